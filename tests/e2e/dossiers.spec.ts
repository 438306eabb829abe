// Issue 5 journey across roles: a commune head proposes a CSTĐ cấp tỉnh and a Giấy khen; the district
// appraises, its council votes, the Giấy khen is decided there and the CSTĐ forwarded; the province
// council votes with one member against (9/10 ≥ 90%); the decision is issued and enters the history.
import { expect, test } from '@playwright/test'
import { as, inWorkspace, nomineeCard, runCouncil, workspaceId } from './support'

const OVERRIDE = 'Đã đối chiếu hồ sơ gốc, báo cáo thành tích được cấp ủy xác nhận.'

test('hồ sơ khen thưởng: xã đề nghị, huyện thẩm định và quyết định Giấy khen, tỉnh biểu quyết và ra quyết định', async ({
  browser,
}) => {
  test.setTimeout(360_000)
  // 1. The commune head proposes a CSTĐ cấp tỉnh and a Giấy khen for one person (year 2024: three tiers)
  const head = await as(browser, 'thutruong.anphuoc')
  await head.goto(inWorkspace(head, '/ho-so-khen-thuong/moi'))
  const create = head.getByRole('form', { name: 'Tạo hồ sơ đề nghị khen thưởng' })
  await create.getByLabel('Năm thi đua').fill('2024')
  await create.getByLabel('Tên hồ sơ (trích yếu tờ trình)').fill('Đề nghị khen thưởng thành tích năm 2024')
  await create.getByRole('button', { name: 'Tạo hồ sơ' }).click()
  await expect(head).toHaveURL(/\/ho-so-khen-thuong\/[0-9a-f-]{36}$/)
  const dossierId = head.url().split('/').pop()!
  const add = head.getByRole('form', { name: 'Thêm người được đề nghị' })
  const person = add.getByRole('combobox', { name: 'Cá nhân' })
  await person.selectOption({ index: 1 })
  const personId = await person.inputValue()
  const personLabel = (await person.locator('option:checked').textContent())!.split(' — ')[0].trim()
  await add.getByLabel('Hình thức khen thưởng đề nghị').selectOption('CSTD_TINH')
  await add
    .getByLabel('Tóm tắt thành tích')
    .fill('Ba năm liền hoàn thành xuất sắc nhiệm vụ, sáng kiến cải cách thủ tục hành chính.')
  await add.getByRole('button', { name: 'Thêm vào hồ sơ' }).click()
  await expect(head.getByRole('article')).toHaveCount(1)
  const add2 = head.getByRole('form', { name: 'Thêm người được đề nghị' })
  await add2.getByRole('combobox', { name: 'Cá nhân' }).selectOption(personId)
  await add2.getByLabel('Hình thức khen thưởng đề nghị').selectOption('GIAY_KHEN')
  await add2.getByLabel('Tóm tắt thành tích').fill('Hoàn thành xuất sắc nhiệm vụ năm 2024.')
  await add2.getByRole('button', { name: 'Thêm vào hồ sơ' }).click()
  await expect(head.getByRole('article')).toHaveCount(2)
  await head.getByRole('button', { name: 'Trình hồ sơ lên cấp trên' }).click()
  await expect(await nomineeCard(head, /Giấy khen/)).toContainText('Đang xem xét tại Ủy ban nhân dân huyện Long Thành')

  // 2. The district appraises both (a failed check needs the written reason) …
  const district = await as(browser, 'noivu.longthanh')
  await district.goto(inWorkspace(district, `/ho-so-khen-thuong/${dossierId}`))
  for (const award of [/Giấy khen/, /Chiến sĩ thi đua cấp tỉnh/]) {
    const card = await nomineeCard(district, award)
    await card.getByLabel('Lý do vượt qua tiêu chí chưa đạt (nếu có)').fill(OVERRIDE)
    await card.getByRole('button', { name: 'Thẩm định' }).click()
    await expect(card.getByText(/Thẩm định lại|✓|✗/).first()).toBeVisible()
  }
  // … its council votes on both …
  await runCouncil(browser, district, {
    present: [
      ['lanhdao.longthanh', 'Đặng Văn Hùng'],
      ['hoidong1.longthanh', 'Đinh Thị Kim Oanh'],
      ['hoidong2.longthanh', 'Ngô Văn Thắng'],
      ['hoidong3.longthanh', 'Tạ Thị Bích Ngọc'],
    ],
    absent: [['hoidong4.longthanh', 'Lương Minh Tuấn']],
    against: [],
  })
  // … the leader decides the Giấy khen at the district, the staff forward the CSTĐ cấp tỉnh
  const districtLeader = await as(browser, 'lanhdao.longthanh')
  await districtLeader.goto(`/o/${workspaceId(district)}/ho-so-khen-thuong/${dossierId}`)
  await (await nomineeCard(districtLeader, /Giấy khen/)).getByRole('button', { name: 'Phê duyệt', exact: true }).click()
  await expect(await nomineeCard(districtLeader, /Giấy khen/)).toContainText('Đã phê duyệt')
  await district.goto(inWorkspace(district, `/ho-so-khen-thuong/${dossierId}`))
  await (await nomineeCard(district, /Chiến sĩ thi đua cấp tỉnh/)).getByRole('button', { name: /Chuyển lên/ }).click()
  await expect(await nomineeCard(district, /Chiến sĩ thi đua cấp tỉnh/)).toContainText(
    'Đang xem xét tại Ủy ban nhân dân tỉnh Đồng Nai',
  )
  await districtLeader.goto(`/o/${workspaceId(district)}/ho-so-khen-thuong/quyet-dinh/moi`)
  const gkDecision = districtLeader.getByRole('form', { name: 'Ban hành quyết định khen thưởng' })
  for (const box of await gkDecision.getByRole('checkbox').all()) await box.check()
  await gkDecision.getByLabel('Trích yếu quyết định').fill('Về việc tặng Giấy khen năm 2024')
  await gkDecision.getByLabel('Ngày quyết định').fill('2025-01-10')
  await gkDecision.getByLabel('Họ tên người ký').fill('Đặng Văn Hùng')
  await gkDecision.getByRole('button', { name: 'Ban hành quyết định' }).click()
  await expect(districtLeader).toHaveURL(/\/quyet-dinh\/[0-9a-f-]{36}$/)

  // 3. The province appraises; its council votes with one member against; the leader approves and decides
  const province = await as(browser, 'noivu.dongnai')
  await province.goto(inWorkspace(province, `/ho-so-khen-thuong/${dossierId}`))
  const cstd = await nomineeCard(province, /Chiến sĩ thi đua cấp tỉnh/)
  await cstd.getByLabel('Lý do vượt qua tiêu chí chưa đạt (nếu có)').fill(OVERRIDE)
  await cstd.getByRole('button', { name: 'Thẩm định' }).click()
  await expect(cstd.getByRole('button', { name: 'Thẩm định lại' })).toBeVisible()
  await runCouncil(browser, province, {
    present: [
      ['lanhdao.dongnai', 'Lê Minh Đức'],
      ['hoidong.dongnai', 'Phạm Thị Lan'],
      ['hoidong1.dongnai', 'Nguyễn Thị Thanh Hương'],
      ['hoidong2.dongnai', 'Trần Quốc Bảo'],
      ['hoidong3.dongnai', 'Lê Thị Mỹ Dung'],
      ['hoidong4.dongnai', 'Phan Văn Trường'],
      ['hoidong5.dongnai', 'Huỳnh Ngọc Ánh'],
    ],
    absent: [
      ['lanhdao.longthanh', 'Đặng Văn Hùng'],
      ['hoidong6.dongnai', 'Vũ Đình Khoa'],
      ['hoidong7.dongnai', 'Mai Thị Thu Trang'],
    ],
    against: ['hoidong2.dongnai'],
  })
  const result = province.getByRole('row', { name: /Chiến sĩ thi đua cấp tỉnh/ })
  await expect(result.getByRole('cell')).toHaveText([/\d+/, /.+/, 'Chiến sĩ thi đua cấp tỉnh', '9', '9', '1', 'Đạt'])

  const leader = await as(browser, 'lanhdao.dongnai')
  await leader.goto(inWorkspace(leader, `/ho-so-khen-thuong/${dossierId}`))
  await (
    await nomineeCard(leader, /Chiến sĩ thi đua cấp tỉnh/)
  )
    .getByRole('button', { name: 'Phê duyệt', exact: true })
    .click()
  await expect(await nomineeCard(leader, /Chiến sĩ thi đua cấp tỉnh/)).toContainText('Đã phê duyệt')
  await leader.goto(inWorkspace(leader, '/ho-so-khen-thuong/quyet-dinh/moi'))
  const decision = leader.getByRole('form', { name: 'Ban hành quyết định khen thưởng' })
  await decision.getByRole('checkbox', { name: new RegExp(personLabel) }).check()
  await decision.getByLabel('Trích yếu quyết định').fill('Về việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2024')
  await decision.getByLabel('Ngày quyết định').fill('2025-01-20')
  await decision.getByLabel('Họ tên người ký').fill('Cao Tiến Dũng')
  await decision.getByRole('button', { name: 'Ban hành quyết định' }).click()
  await expect(leader).toHaveURL(/\/quyet-dinh\/[0-9a-f-]{36}$/)
  await expect(leader.getByText(/\d+\/QĐ-UBND/).first()).toBeVisible()
  await expect(leader.getByText('7.020.000 đ').first()).toBeVisible()

  // 4. The award is in the person's history, and the commune was notified
  await head.goto(inWorkspace(head, `/ho-so-khen-thuong/lich-su?nguoi=${personId}`))
  await expect(head.getByRole('row', { name: /Chiến sĩ thi đua cấp tỉnh/ })).toContainText('2024')
  await expect(head.getByRole('row', { name: /Giấy khen/ })).toContainText('2024')
  await head.goto(inWorkspace(head, '/ho-so-khen-thuong'))
  await expect(head.getByText(/QĐ-UBND/).first()).toBeVisible()
  // a sibling commune cannot open the dossier
  const sibling = await as(browser, 'thutruong.longan')
  const response = await sibling.goto(inWorkspace(sibling, `/ho-so-khen-thuong/${dossierId}`))
  expect(response?.status()).toBe(404)
})
