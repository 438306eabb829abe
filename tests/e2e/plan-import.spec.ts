// Importing an existing plan from pasted text: preview what was recognised, then a draft to correct.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { loginAndLand, workspaceId } from './support'

test('nhập kế hoạch từ văn bản: xem trước, tạo dự thảo, sửa và thấy đủ nhiệm vụ', async ({ page }) => {
  const text = readFileSync(path.resolve(import.meta.dirname, '../fixtures/plans/so-noi-vu.txt'), 'utf8')
  await loginAndLand(page, 'noivu.dongnai')
  await page.goto(`/o/${workspaceId(page)}/ke-hoach/nhap`)
  const form = page.getByRole('form', { name: 'Nhập kế hoạch' })
  await form.getByLabel('Nội dung kế hoạch').fill('quá ngắn')
  await form.getByRole('button', { name: 'Xem trước' }).click()
  await form.getByRole('button', { name: 'Tạo dự thảo từ văn bản này' }).click()
  await expect(form.getByText('Nội dung quá ngắn để là một kế hoạch.')).toBeVisible()

  await form.getByLabel('Nội dung kế hoạch').fill(text)
  await form.getByRole('button', { name: 'Xem trước' }).click()
  await expect(form.getByTestId('preview-tasks')).toHaveText(
    '4 nhiệm vụ trong 3 mốc (Quý I; 6 tháng cuối năm; Thường xuyên)',
  )
  await expect(form.getByText('12/KH-SNV', { exact: true })).toBeVisible()
  await form.getByRole('button', { name: 'Tạo dự thảo từ văn bản này' }).click()

  await expect(page).toHaveURL(/\/sua$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Công tác thi đua, khen thưởng của Sở Nội vụ năm 2021',
  )
  await expect(page.getByTestId('draft-task')).toHaveCount(4)
  await expect(page.getByLabel('Ký hiệu')).toHaveValue('KH-SNV')
  await expect(page.getByLabel('Căn cứ, thực hiện')).toHaveValue(/Thực hiện Kế hoạch số 03\/KH-UBND/)

  // oversized input is refused next to the field and nothing changes
  await page.getByLabel('Trích yếu').fill('x'.repeat(501))
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click()
  await expect(page.getByText('Trích yếu không được dài quá 500 ký tự.')).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Trích yếu')).toHaveValue('Công tác thi đua, khen thưởng của Sở Nội vụ năm 2021')
})
