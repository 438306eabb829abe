// Ids of another tenant's (or a sibling's) records in the URL give 404, never data.
import { expect, test, type Page } from '@playwright/test'
import { loginAndLand, workspaceId } from './support'

async function expect404(page: Page, url: string) {
  const response = await page.goto(url)
  expect(response?.status(), url).toBe(404)
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible()
}

test('một tỉnh không xem được đơn vị của tỉnh khác, dù đổi id trên địa chỉ', async ({ browser }) => {
  const laoCai = await browser.newPage()
  await loginAndLand(laoCai, 'quantri.laocai')
  const laoCaiRoot = workspaceId(laoCai)
  await laoCai.close()

  const page = await browser.newPage()
  await loginAndLand(page, 'quantri.dongnai')
  const dongNaiRoot = workspaceId(page)
  await expect404(page, `/o/${laoCaiRoot}/tong-quan`)
  await expect404(page, `/o/${laoCaiRoot}/quan-tri/don-vi`)
  await expect404(page, `/o/${dongNaiRoot}/quan-tri/don-vi/${laoCaiRoot}`)
  await expect404(page, `/o/${dongNaiRoot}/quan-tri/don-vi?cha=${laoCaiRoot}`)
  await expect404(page, `/o/${dongNaiRoot}/quan-tri/don-vi/khong-phai-uuid`)
  // and the page of its own records still works
  await page.goto(`/o/${dongNaiRoot}/quan-tri/don-vi/${dongNaiRoot}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ủy ban nhân dân tỉnh Đồng Nai')
})

test('một xã không vào được xã bên cạnh, huyện hay trang quản trị', async ({ browser }) => {
  const admin = await browser.newPage()
  await loginAndLand(admin, 'quantri.dongnai')
  await admin.getByRole('link', { name: 'Quản trị', exact: true }).click()
  await admin.getByRole('link', { name: 'Cơ cấu tổ chức' }).click()
  await admin.getByRole('link', { name: 'Ủy ban nhân dân huyện Long Thành', exact: true }).click()
  const longAnHref = await admin
    .getByRole('link', { name: 'Ủy ban nhân dân xã Long An', exact: true })
    .getAttribute('href')
  const longAnId = /cha=([0-9a-f-]{36})/.exec(longAnHref ?? '')![1]
  const longThanhId = /cha=([0-9a-f-]{36})/.exec(admin.url())![1]
  await admin.close()

  const page = await browser.newPage()
  await loginAndLand(page, 'thutruong.anphuoc')
  const own = workspaceId(page)
  await expect404(page, `/o/${longAnId}/tong-quan`)
  await expect404(page, `/o/${longThanhId}/tong-quan`)
  await expect404(page, `/o/${own}/quan-tri`)
  await expect404(page, `/o/${own}/quan-tri/don-vi?cha=${longAnId}`)
})
