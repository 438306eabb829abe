// Issue 9 journey, amending decision (NĐ 30/2020 Art. 18(3)): xã An Phước proposes a Giấy khen for one
// of its staff; huyện Long Thành appraises, approves and decides; the decision was wrong about the form of
// award, so the leader issues an amending decision with its own number that gives her the CSTĐ cơ sở
// instead. The person's award history shows the new decision only; the old decision's cash total drops
// to 0 đ and the amending decision pays the new amount; both decisions link to each other.
import { expect, test } from '@playwright/test'
import { as, cardWith, createDossierAs, inWorkspace, money, workspaceId } from './support'

const card = cardWith

test('quyết định sửa đổi, bổ sung: đổi hình thức khen thưởng của một người, lịch sử và tổng tiền theo quyết định mới', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const head = await as(browser, 'thutruong.anphuoc')
  const dossierId = await createDossierAs(head, '2024', 'Đề nghị tặng Giấy khen năm 2024 (sẽ sửa đổi)')

  const add = () => head.getByRole('form', { name: 'Thêm người được đề nghị' })
  const person = add().getByRole('combobox', { name: 'Cá nhân' })
  const options = await person.locator('option').all()
  // Not the last one (the correction/revocation journey's) nor the demo dossier's nominee.
  await person.selectOption({ index: options.length - 2 })
  const personId = await person.inputValue()
  const personName = (await person.locator('option:checked').textContent())!.split(' — ')[0].trim()
  await add().getByLabel('Hình thức khen thưởng đề nghị').selectOption('GIAY_KHEN')
  await add().getByLabel('Tóm tắt thành tích').fill('Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2024.')
  await add().getByRole('button', { name: 'Thêm vào hồ sơ' }).click()
  await expect(head.getByRole('article')).toHaveCount(1)
  await head.getByRole('button', { name: 'Trình hồ sơ lên cấp trên' }).click()
  await expect(card(head, personName)).toContainText('Đang xem xét tại Ủy ban nhân dân huyện Long Thành')

  const district = await as(browser, 'noivu.longthanh')
  const leader = await as(browser, 'lanhdao.longthanh')
  await district.goto(inWorkspace(district, `/ho-so-khen-thuong/${dossierId}`))
  await card(district, personName).getByRole('button', { name: 'Thẩm định', exact: true }).click()
  await expect(card(district, personName).getByRole('button', { name: 'Thẩm định lại' })).toBeVisible()
  await leader.goto(`/o/${workspaceId(district)}/ho-so-khen-thuong/${dossierId}`)
  await card(leader, personName).getByRole('button', { name: 'Phê duyệt', exact: true }).click()
  await expect(card(leader, personName)).toContainText('Đã phê duyệt')

  await leader.goto(`/o/${workspaceId(district)}/ho-so-khen-thuong/quyet-dinh/moi`)
  const form = leader.getByRole('form', { name: 'Ban hành quyết định khen thưởng' })
  for (const box of await form.getByRole('checkbox').all()) await box.uncheck()
  await form.getByRole('checkbox', { name: `Chọn ${personName}` }).check()
  await form.getByLabel('Trích yếu quyết định').fill('Về việc tặng Giấy khen năm 2024 (đợt sửa đổi)')
  await form.getByLabel('Ngày quyết định').fill('2025-01-13')
  await form.getByLabel(/^Số quyết định/).fill('51')
  await form.getByLabel('Họ tên người ký').fill('Đặng Văn Hùng')
  await form.getByRole('button', { name: 'Ban hành quyết định' }).click()
  await expect(leader).toHaveURL(/\/quyet-dinh\/[0-9a-f-]{36}$/)
  const oldUrl = leader.url()
  const oldNumber = (await leader.getByTestId('decision-number').textContent())!.trim()
  const giayKhen = money(await leader.getByTestId('decision-total').textContent())
  expect(giayKhen).toBeGreaterThan(0)

  const history = (number: string) => head.getByRole('row').filter({ hasText: number })
  await head.goto(inWorkspace(head, `/ho-so-khen-thuong/lich-su?nguoi=${personId}`))
  await expect(history(oldNumber)).toHaveCount(1)
  await expect(history(oldNumber)).toContainText('Giấy khen')

  // The amending decision: the reason is required, and the refusal says so next to the field.
  const amend = () => leader.getByRole('form', { name: 'Ban hành quyết định sửa đổi, bổ sung hoặc thay thế' })
  await amend()
    .getByRole('checkbox', { name: new RegExp(`Sửa đổi khen thưởng của .*${personName}`) })
    .check()
  await amend().getByLabel('Hình thức khen thưởng đúng').selectOption('CSTD_CO_SO')
  await amend()
    .getByLabel(/^Số quyết định/)
    .fill('52')
  await amend().getByLabel('Ngày quyết định').fill('2025-02-10')
  await amend().getByRole('button', { name: 'Ban hành quyết định sửa đổi, bổ sung / thay thế' }).click()
  await expect(amend().getByText('Vui lòng ghi sai sót về nội dung cần sửa đổi, thay thế.')).toBeVisible()
  await amend().getByLabel('Sai sót về nội dung cần sửa đổi, thay thế').fill('Ghi nhầm hình thức khen thưởng')
  await amend().getByRole('button', { name: 'Ban hành quyết định sửa đổi, bổ sung / thay thế' }).click()
  await expect(leader).not.toHaveURL(oldUrl)
  await expect(leader).toHaveURL(/\/quyet-dinh\/[0-9a-f-]{36}$/)
  const newNumber = (await leader.getByTestId('decision-number').textContent())!.trim()
  expect(newNumber).toBe('52/QĐ-UBND')
  await expect(leader.getByTestId('amends')).toContainText(`Sửa đổi, bổ sung Quyết định số ${oldNumber}`)
  const cstd = money(await leader.getByTestId('decision-total').textContent())
  expect(cstd).toBeGreaterThan(giayKhen)
  await expect(leader.getByRole('row').filter({ hasText: personName })).toContainText('Chiến sĩ thi đua cơ sở')

  // The old decision: the item is marked superseded, linked to the new decision, and no longer paid.
  await leader.goto(oldUrl)
  await expect(leader.getByTestId('superseded')).toContainText(`QĐ số ${newNumber}`)
  await expect(leader.getByTestId('amended-by')).toContainText(`Quyết định số ${newNumber}`)
  await expect.poll(async () => money(await leader.getByTestId('decision-total').textContent())).toBe(0)

  // The person's history counts the new decision only.
  await head.reload()
  await expect(history(oldNumber)).toHaveCount(0)
  await expect(history(newNumber)).toHaveCount(1)
  await expect(history(newNumber)).toContainText('Chiến sĩ thi đua cơ sở')
})
