// Compiled submissions (tổng hợp): the district's secretariat sees every nominee waiting at it, makes one
// tờ trình from a selection, and downloads its .docx and .xlsx danh sách (issue #11, item 2).
import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { loginAndLand, workspaceId } from './support'

test('the district compiles the waiting nominees into one tờ trình and downloads its list', async ({ page }) => {
  await loginAndLand(page, 'noivu.longthanh')
  await page.goto(`/o/${workspaceId(page)}/ho-so-khen-thuong`)
  await page.getByRole('link', { name: 'Tổng hợp đề nghị' }).click()
  await expect(page.getByRole('heading', { name: 'Tổng hợp đề nghị khen thưởng' })).toBeVisible()
  const table = page.getByTestId('compile-table')
  await expect(table.getByText('Chiến sĩ thi đua cấp tỉnh').first()).toBeVisible()

  // the accent-free search finds the nominee by a name typed without accents
  const name = (await table.locator('tbody tr td:nth-child(2)').first().innerText()).trim()
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
  await page.getByLabel('Tìm (không cần dấu)').fill(plain.split(' ').slice(-1)[0])
  await page.getByRole('form', { name: 'Lọc danh sách' }).getByRole('button', { name: 'Lọc' }).click()
  await expect(table.getByRole('link', { name }).first()).toBeVisible()

  await table.getByRole('checkbox', { name: `Chọn ${name} (Chiến sĩ thi đua cấp tỉnh)` }).check()
  await expect(page.getByTestId('compile-selected')).toHaveText('Đã chọn 1 người (tập thể)')
  await page.getByLabel('Trích yếu tờ trình').fill('Đề nghị khen thưởng năm 2024 của huyện Long Thành')
  await page.getByRole('button', { name: 'Lập tờ trình từ 1 người đã chọn' }).click()
  await expect(page).toHaveURL(/\/tong-hop\/[0-9a-f-]{36}$/)
  await expect(page.getByTestId('submission-nominees').getByRole('link', { name })).toBeVisible()

  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /tờ trình kèm danh sách \(\.docx\)/ }).click(),
  ])
  expect((await readFile((await docx.path())!)).subarray(0, 2).toString()).toBe('PK')

  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /danh sách đề nghị \(\.xlsx\)/ }).click(),
  ])
  const book = new ExcelJS.Workbook()
  await book.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ExcelJS.Buffer)
  const cells: string[] = []
  book.worksheets[0].eachRow((row) => row.eachCell((c) => cells.push(String(c.value ?? ''))))
  expect(cells.some((c) => c.includes(name))).toBe(true)
})
