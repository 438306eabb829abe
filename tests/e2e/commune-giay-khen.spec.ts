// Issue 9 (bullet 5) journey: xã An Phước asks for the commune chairman's own Giấy khen for one of its staff
// (2024, Luật TĐKT 2022 Art. 80(3)); the dossier stops at the commune, its secretariat appraises, the commune
// chairman approves and signs the decision, worded and paid as his (0,15 × 2.340.000 đ → 360.000 đ).
import { expect, test } from '@playwright/test'
import { as, cardWith, createDossierAs, inWorkspace } from './support'

const card = cardWith

test('Giấy khen của Chủ tịch UBND xã: xã đề nghị, thẩm định, phê duyệt và ra quyết định tại xã', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const head = await as(browser, 'thutruong.anphuoc')
  const dossierId = await createDossierAs(head, '2024', 'Đề nghị tặng Giấy khen của Chủ tịch UBND xã năm 2024')

  const add = head.getByRole('form', { name: 'Thêm người được đề nghị' })
  const person = add.getByRole('combobox', { name: 'Cá nhân' })
  await person.selectOption({ index: 2 })
  const personName = (await person.locator('option:checked').textContent())!.split(' — ')[0].trim()
  await add.getByLabel('Hình thức khen thưởng đề nghị').selectOption('GIAY_KHEN')
  // 2024 on the three-tier tree: the district chairman's (default) or the commune chairman's own
  const issuer = add.getByLabel('Giấy khen của')
  await expect(issuer.locator('option')).toHaveText([
    'Giấy khen của Chủ tịch Ủy ban nhân dân huyện Long Thành',
    'Giấy khen của Chủ tịch Ủy ban nhân dân xã An Phước',
  ])
  await expect(issuer).toHaveValue('CHU_TICH_UBND_HUYEN')
  await issuer.selectOption({ label: 'Giấy khen của Chủ tịch Ủy ban nhân dân xã An Phước' })
  await add.getByLabel('Tóm tắt thành tích').fill('Hoàn thành xuất sắc nhiệm vụ một cửa của xã năm 2024.')
  await add.getByRole('button', { name: 'Thêm vào hồ sơ' }).click()
  await expect(card(head, personName)).toContainText('Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã')
  await head.getByRole('button', { name: 'Trình hồ sơ lên cấp trên' }).click()
  await expect(card(head, personName)).toContainText('Đang xem xét tại Ủy ban nhân dân xã An Phước')

  const secretariat = await as(browser, 'noivu.anphuoc')
  await secretariat.goto(inWorkspace(secretariat, `/ho-so-khen-thuong/${dossierId}`))
  await card(secretariat, personName).getByRole('button', { name: 'Thẩm định', exact: true }).click()
  await expect(card(secretariat, personName).getByRole('button', { name: 'Thẩm định lại' })).toBeVisible()

  const chairman = await as(browser, 'lanhdao.anphuoc')
  await chairman.goto(inWorkspace(chairman, `/ho-so-khen-thuong/${dossierId}`))
  await card(chairman, personName).getByRole('button', { name: 'Phê duyệt', exact: true }).click()
  await expect(card(chairman, personName)).toContainText('Đã phê duyệt')

  await chairman.goto(inWorkspace(chairman, '/ho-so-khen-thuong/quyet-dinh/moi'))
  const form = chairman.getByRole('form', { name: 'Ban hành quyết định khen thưởng' })
  for (const box of await form.getByRole('checkbox').all()) await box.uncheck()
  await form.getByRole('checkbox', { name: `Chọn ${personName}` }).check()
  await form.getByLabel('Trích yếu quyết định').fill('Về việc tặng Giấy khen của Chủ tịch UBND xã năm 2024')
  await form.getByLabel('Ngày quyết định').fill('2025-01-15')
  await form.getByLabel('Họ tên người ký').fill('Trịnh Văn An')
  await form.getByRole('button', { name: 'Ban hành quyết định' }).click()
  await expect(chairman).toHaveURL(/\/quyet-dinh\/[0-9a-f-]{36}$/)
  await expect(chairman.getByRole('row').filter({ hasText: personName })).toContainText('360.000 đ')
})
