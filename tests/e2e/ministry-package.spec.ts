// The package to the Ministry (issue #11, item 7): the province's secretariat downloads the archive of the
// demo dossier it submitted to the central level; every document is there as .docx and as .pdf.
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { unzipSync } from 'fflate'
import { loginAndLand, workspaceId } from './support'

test('the province downloads the Ministry package: each document as .docx and .pdf', async ({ page }) => {
  test.setTimeout(240_000) // LibreOffice converts every document of the package
  await loginAndLand(page, 'noivu.laocai')
  await page.goto(`/o/${workspaceId(page)}/ho-so-khen-thuong`)
  await page
    .getByRole('link', { name: /Đề nghị Thủ tướng Chính phủ tặng Bằng khen năm 2025/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { name: /trình Trung ương/i }).first()).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 180_000 }),
    page.getByRole('link', { name: 'Tải gói hồ sơ trình Trung ương (.zip)' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^Ho-so-trinh-Trung-uong_.*\.zip$/)
  const entries = Object.keys(unzipSync(new Uint8Array(await readFile((await download.path())!))))
  const docx = entries.filter((e) => e.endsWith('.docx'))
  expect(docx.length).toBeGreaterThanOrEqual(3) // danh sách, báo cáo thành tích, biên bản
  expect(entries.filter((e) => e.endsWith('.pdf')).sort()).toEqual(docx.map((e) => e.replace(/\.docx$/, '.pdf')).sort())
  expect(entries.some((e) => e.includes('Bien-ban'))).toBe(true)
})
