// Issue 11 item 4: the province's administrator sets its own publication window (7 working days) from a
// date with its source, after a refused out-of-range value, and sees it listed next to the default in
// force; another tenant's administrator gets 404 on the page.
import { expect, test } from '@playwright/test'
import { loginAndLand, workspaceId } from './support'

test('quản trị tỉnh Lào Cai đặt thời gian công khai 7 ngày làm việc từ một ngày', async ({ browser }) => {
  const admin = await browser.newPage()
  await loginAndLand(admin, 'quantri.laocai')
  const province = workspaceId(admin)
  await admin.getByRole('link', { name: 'Quản trị', exact: true }).click()
  await admin.getByRole('link', { name: 'Thời hạn xét khen thưởng' }).click()
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Thời hạn xét khen thưởng')
  const current = admin.getByRole('table').first()
  await expect(current.getByRole('row', { name: /Thời gian công khai.*10 ngày làm việc/ })).toBeVisible()

  const form = admin.getByRole('form', { name: 'Đặt thời hạn mới' })
  await form.getByLabel('Thời hạn', { exact: true }).selectOption('publicationWorkingDays')
  await form.getByLabel('Số ngày làm việc').fill('91')
  await form.getByLabel('Áp dụng từ ngày').fill('2030-01-02')
  await form.getByLabel(/Căn cứ/).fill('Quyết định 15/2026/QĐ-UBND của UBND tỉnh Lào Cai, Điều 5')
  await form.getByRole('button', { name: 'Đặt thời hạn' }).click()
  await expect(form.getByText('Số ngày làm việc phải là số nguyên từ 1 đến 90.')).toBeVisible()

  await form.getByLabel('Số ngày làm việc').fill('7')
  await form.getByRole('button', { name: 'Đặt thời hạn' }).click()
  await expect(admin.getByRole('status').filter({ hasText: 'Đã đặt thời hạn mới.' })).toBeVisible()
  const history = admin.getByRole('table').last()
  await expect(
    history.getByRole('row', {
      name: /Thời gian công khai.*7 ngày làm việc.*02\/01\/2030.*Quyết định 15\/2026\/QĐ-UBND.*Sắp áp dụng · do tỉnh đặt/,
    }),
  ).toBeVisible()
  // the default stays in force until that day
  await expect(
    history.getByRole('row', {
      name: /Thời gian công khai.*10 ngày làm việc.*01\/01\/2024.*02\/01\/2030.*Đang áp dụng/,
    }),
  ).toBeVisible()

  const other = await browser.newPage()
  await loginAndLand(other, 'quantri.dongnai')
  const response = await other.goto(`/o/${province}/quan-tri/thoi-han`)
  expect(response?.status()).toBe(404)
})

test('quản trị tỉnh xem các hình thức cần ý kiến cấp ủy trước khi trình Trung ương', async ({ page }) => {
  await loginAndLand(page, 'quantri.laocai')
  await page.getByRole('link', { name: 'Quản trị', exact: true }).click()
  await page.getByRole('link', { name: 'Ý kiến cấp ủy' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ý kiến cấp ủy')
  // the demo tenants need it for the state-level awards (decision 0027)
  await expect(
    page
      .getByRole('table')
      .first()
      .getByRole('row', { name: /Huân chương/ }),
  ).toBeVisible()
})
