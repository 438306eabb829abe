// "Bản in" prints the document alone: A4, without the app's header, navigation or sign-out button.
import { expect, test } from '@playwright/test'
import { A4_POINTS, readPdf } from '../support/pdf'
import { loginAndLand, workspaceId } from './support'

test('bản in kế hoạch: chỉ có văn bản, khổ A4, không có thanh điều hướng', async ({ page }) => {
  await loginAndLand(page, 'noivu.dongnai')
  const orgId = workspaceId(page)
  const userName = (await page.getByTestId('current-user').textContent())!.trim()
  await page.goto(`/o/${orgId}/ke-hoach`)
  await page.getByRole('link', { name: '52/KH-UBND — Công tác thi đua, khen thưởng năm 2020' }).click()
  await page.getByRole('link', { name: 'Bản in' }).click()
  await expect(page).toHaveURL(/\/in$/)
  // on screen the app stays around the document, with a way back
  await expect(page.getByRole('navigation', { name: 'Chức năng' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'In văn bản' })).toBeVisible()

  const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  expect(pdf.pages.length).toBeGreaterThan(0)
  for (const size of pdf.pages) {
    expect(size.width).toBeCloseTo(A4_POINTS.width, 0)
    expect(size.height).toBeCloseTo(A4_POINTS.height, 0)
  }
  const text = pdf.text.replace(/\s+/g, ' ')
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
  expect(text).toContain('52/KH-UBND')
  expect(text).toContain('KẾ HOẠCH')
  // the shell's own words (the navigation labels that a plan's text never uses), the user and the buttons
  const shell = ['Đăng xuất', 'Tổng quan', 'Cán bộ, người lao động', 'Khối, cụm thi đua', 'Quản trị', userName]
  for (const label of [...shell, 'In văn bản', 'Quay lại kế hoạch', 'chỉ văn bản được in']) {
    expect(text, `"${label}" must not be printed`).not.toContain(label)
  }
})
