// Issue 9 journey after the decision: xã An Phước proposes a Giấy khen for one of its staff and one for
// its school; the district appraises them (a Giấy khen needs no override reason) and decides; the leader
// corrects a name by a correction letter, then revokes both awards one by one: the person's award history
// loses the row and the decision's cash total drops by the revoked amounts.
import { expect, test } from '@playwright/test'
import { as, cardWith, createDossierAs, inWorkspace, money, workspaceId } from './support'

const card = cardWith

test('sau quyết định: đính chính họ tên, hủy bỏ từng khen thưởng, lịch sử và tổng tiền thay đổi theo', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const head = await as(browser, 'thutruong.anphuoc')
  const dossierId = await createDossierAs(head, '2024', 'Đề nghị tặng Giấy khen năm 2024 (bổ sung)')

  const add = () => head.getByRole('form', { name: 'Thêm người được đề nghị' })
  const person = add().getByRole('combobox', { name: 'Cá nhân' })
  const options = await person.locator('option').all()
  await person.selectOption({ index: options.length - 1 }) // the last of the list: not the demo dossier's nominee
  const personId = await person.inputValue()
  const personName = (await person.locator('option:checked').textContent())!.split(' — ')[0].trim()
  await add().getByLabel('Hình thức khen thưởng đề nghị').selectOption('GIAY_KHEN')
  await add().getByLabel('Tóm tắt thành tích').fill('Hoàn thành xuất sắc nhiệm vụ tiếp công dân năm 2024.')
  await add().getByRole('button', { name: 'Thêm vào hồ sơ' }).click()
  await expect(head.getByRole('article')).toHaveCount(1)
  await add().getByLabel('Tập thể', { exact: true }).check()
  await add().getByRole('combobox', { name: 'Tập thể' }).selectOption({ label: 'Trường THCS An Phước' })
  await add().getByLabel('Hình thức khen thưởng đề nghị').selectOption('GIAY_KHEN')
  await add().getByLabel('Tóm tắt thành tích').fill('Tập thể có thành tích trong phong trào thi đua dạy tốt năm 2024.')
  await add().getByRole('button', { name: 'Thêm vào hồ sơ' }).click()
  await expect(head.getByRole('article')).toHaveCount(2)
  await head.getByRole('button', { name: 'Trình hồ sơ lên cấp trên' }).click()
  await expect(card(head, personName)).toContainText('Đang xem xét tại Ủy ban nhân dân huyện Long Thành')

  // The district appraises without any override reason: a Giấy khen has nothing to fail, the conduct
  // check says it has no data (never a ✓), and the leader approves.
  const district = await as(browser, 'noivu.longthanh')
  const leader = await as(browser, 'lanhdao.longthanh')
  for (const name of [personName, 'Trường THCS An Phước']) {
    await district.goto(inWorkspace(district, `/ho-so-khen-thuong/${dossierId}`))
    await card(district, name).getByRole('button', { name: 'Thẩm định', exact: true }).click()
    await expect(card(district, name).getByRole('button', { name: 'Thẩm định lại' })).toBeVisible()
    await expect(card(district, name).locator('li[data-status="NO_DATA"]')).toContainText('Chưa có dữ liệu')
    await expect(card(district, name).locator('li[data-status="FAILED"]')).toHaveCount(0)
    await leader.goto(`/o/${workspaceId(district)}/ho-so-khen-thuong/${dossierId}`)
    await card(leader, name).getByRole('button', { name: 'Phê duyệt', exact: true }).click()
    await expect(card(leader, name)).toContainText('Đã phê duyệt')
  }

  await leader.goto(`/o/${workspaceId(district)}/ho-so-khen-thuong/quyet-dinh/moi`)
  const form = leader.getByRole('form', { name: 'Ban hành quyết định khen thưởng' })
  for (const box of await form.getByRole('checkbox').all()) await box.uncheck()
  await form.getByRole('checkbox', { name: `Chọn ${personName}` }).check()
  await form.getByRole('checkbox', { name: 'Chọn Trường THCS An Phước' }).check()
  await form.getByLabel('Trích yếu quyết định').fill('Về việc tặng Giấy khen năm 2024 (bổ sung)')
  await form.getByLabel('Ngày quyết định').fill('2025-01-12')
  // The number the register gives for 2025: other journeys may already have used the first ones of that year.
  await form.getByLabel(/^Số quyết định/).fill('41')
  await form.getByLabel('Họ tên người ký').fill('Đặng Văn Hùng')
  await form.getByRole('button', { name: 'Ban hành quyết định' }).click()
  await expect(leader).toHaveURL(/\/quyet-dinh\/[0-9a-f-]{36}$/)
  const documentNumber = (await leader.getByTestId('decision-number').textContent())!.trim()
  const history = () => head.getByRole('row').filter({ hasText: documentNumber })
  await head.goto(inWorkspace(head, `/ho-so-khen-thuong/lich-su?nguoi=${personId}`))
  await expect(history()).toHaveCount(1)
  const total = leader.getByTestId('decision-total')
  const before = money(await total.textContent())
  const row = (name: string) => leader.getByRole('row').filter({ hasText: name })
  await expect(row(personName).getByRole('cell').first()).toHaveText(/^[12]$/) // số sổ vàng
  const schoolAmount = money(await row('Trường THCS An Phước').getByRole('cell').last().textContent())
  const personAmount = money(await row(personName).getByRole('cell').last().textContent())
  expect(schoolAmount).toBeGreaterThan(0)
  expect(before).toBe(schoolAmount + personAmount)

  // A correction letter fixes the spelling of the school's name (a form error: NĐ 30/2020 Art. 18(3)).
  const correct = leader.getByRole('form', { name: 'Đính chính sai sót về thể thức' })
  await correct.getByLabel('Nội dung cần đính chính').selectOption('displayName')
  await correct
    .getByLabel('Người được khen thưởng (khi đính chính họ tên)')
    .selectOption({ label: (await correct.locator('option', { hasText: 'Trường THCS An Phước' }).textContent())! })
  await correct.getByLabel('Nội dung đúng').fill('Trường Trung học cơ sở An Phước')
  await correct.getByLabel('Số công văn đính chính').fill('15/UBND-NV')
  await correct.getByLabel('Ngày công văn').fill('2025-01-20')
  await correct.getByLabel('Sai sót').fill('Viết tắt tên trường trong danh sách')
  await correct.getByRole('button', { name: 'Ghi đính chính' }).click()
  await expect(leader.getByTestId('after-list')).toContainText('Công văn đính chính số 15/UBND-NV')
  await expect(row('Trường Trung học cơ sở An Phước')).toBeVisible()

  // Revoke the person's award: it leaves the history; the total keeps only the standing awards.
  const revoke = () => leader.getByRole('form', { name: 'Hủy bỏ khen thưởng, thu hồi hiện vật và tiền thưởng' })
  await revoke()
    .getByLabel('Người được khen thưởng')
    .selectOption({ label: (await revoke().locator('option', { hasText: personName }).textContent())! })
  await revoke().getByLabel('Căn cứ (Điều 93 khoản 2 Luật Thi đua, khen thưởng)').selectOption('SAI_SU_THAT')
  await revoke().getByLabel('Quyết định hủy bỏ (số, ký hiệu, ngày)').fill('25/QĐ-UBND ngày 01/03/2025')
  await revoke().getByLabel('Nội dung, lý do').fill('Báo cáo thành tích không đúng sự thật')
  await revoke().getByRole('button', { name: 'Hủy bỏ khen thưởng' }).click()
  await expect(row(personName).getByTestId('revoked')).toBeVisible()
  await expect.poll(async () => money(await total.textContent())).toBe(schoolAmount)
  await head.reload()
  await expect(history()).toHaveCount(0)

  // Revoke the school's award: the money it carried leaves the total.
  await revoke().getByLabel('Người được khen thưởng').selectOption({ index: 1 })
  await revoke().getByLabel('Căn cứ (Điều 93 khoản 2 Luật Thi đua, khen thưởng)').selectOption('TRAI_QUY_DINH')
  await revoke().getByLabel('Quyết định hủy bỏ (số, ký hiệu, ngày)').fill('26/QĐ-UBND ngày 02/03/2025')
  await revoke().getByLabel('Nội dung, lý do').fill('Xét duyệt không đúng đối tượng')
  await revoke().getByRole('button', { name: 'Hủy bỏ khen thưởng' }).click()
  await expect(leader.getByTestId('revoked')).toHaveCount(2)
  await expect.poll(async () => money(await total.textContent())).toBe(0)
})
