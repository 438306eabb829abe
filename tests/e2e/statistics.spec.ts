// Issue 12 journey: a leader opens the overview and sees the charts and, one click away, their tables;
// the secretariat downloads biểu 0603.N of the year and the certificates PDF of a decision, whose pages
// carry the awardees' names; a figure of the form opens the register rows behind it.
import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { expect, test, type Page } from '@playwright/test'
import { pdfPageTexts } from '../support/pdf'
import { login, workspaceId } from './support'

/** Signs in and waits for the overview; generous, as logins (scrypt) and the dashboard are slow on a busy CI. */
async function loginAndLand(page: Page, username: string) {
  await login(page, username)
  await expect(page).toHaveURL(/\/o\/[0-9a-f-]{36}\/tong-quan$/, { timeout: 60_000 })
}

test('lãnh đạo xem biểu đồ; thường trực tải biểu 0603.N và bằng khen của một quyết định', async ({ browser }) => {
  test.setTimeout(180_000)
  const leader = await browser.newPage()
  await loginAndLand(leader, 'lanhdao.dongnai')
  const byForm = leader.getByTestId('chart-awards-by-form')
  await expect(byForm.getByRole('heading', { name: 'Khen thưởng theo danh hiệu, hình thức qua các năm' })).toBeVisible()
  // the chart itself: recharts' accessibility layer makes it one keyboard stop (arrow keys walk the data)
  await expect(byForm.getByRole('application')).toHaveAttribute('tabindex', '0')
  await expect(leader.getByTestId('chart-women-share')).toBeVisible()
  await expect(leader.getByTestId('chart-awards-by-level')).toBeVisible()
  // the table view, by keyboard
  const toggle = byForm.getByRole('button', { name: 'Xem bảng số liệu' })
  await toggle.focus()
  await leader.keyboard.press('Enter')
  await expect(byForm.getByRole('button', { name: 'Ẩn bảng số liệu' })).toHaveAttribute('aria-expanded', 'true')
  const table = byForm.getByRole('table')
  await expect(table.getByRole('columnheader', { name: 'Năm' })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: 'Bằng khen tỉnh' })).toBeVisible()
  await expect(table.getByRole('rowheader', { name: '2025' })).toBeVisible()
  await leader.close()

  const staff = await browser.newPage()
  await loginAndLand(staff, 'noivu.dongnai')
  const base = `/o/${workspaceId(staff)}`
  await staff.goto(`${base}/thong-ke?bieu=0603.N&nam=2025`)
  const form = staff.getByTestId('form-0603.N')
  await expect(form).toContainText('SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ')
  // row 01 Tổng số: 3 Bằng khen (demo decision 125/QĐ-UBND) + 1 CSTĐ cấp tỉnh (126/QĐ-UBND)
  await expect(form.locator('[data-cell="01:tong"]')).toHaveText('4')
  await expect(form.locator('[data-cell="01:bang_khen"]')).toHaveText('3')
  const download = staff.waitForEvent('download')
  await staff.getByRole('link', { name: 'Tải biểu 0603.N (.xlsx)' }).click()
  const xlsx = await download
  expect(xlsx.suggestedFilename()).toBe('bieu-0603-n-nam-2025.xlsx')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ExcelJS.Buffer)
  const rows: string[] = []
  wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).join('|')))
  expect(rows.join('\n')).toContain('Biểu số: 0603.N/BNV-TĐKT')
  expect(rows.find((r) => r.includes('|Tổng số|01|'))).toContain('|4|3|1|0|0')

  // a figure opens the records behind it
  await form.locator('[data-cell="05:bang_khen"]').getByRole('link').click()
  await expect(staff.getByTestId('figure-label')).toContainText('mã số 05')
  await expect(staff.getByTestId('register').getByRole('row')).toHaveCount(3) // header + 2 people
  // the register finds without accents and links the decision
  await staff.goto(`${base}/so-vang?q=125%2Fqd`)
  await staff.getByTestId('register').getByRole('link', { name: 'Số 125/QĐ-UBND' }).first().click()
  await expect(staff.getByTestId('decision-number')).toHaveText('125/QĐ-UBND')
  const names = await staff.locator('table tbody tr td:nth-child(2)').allTextContents()
  expect(names).toHaveLength(3)

  const pdfDownload = staff.waitForEvent('download')
  await staff.getByRole('link', { name: 'In bằng, giấy khen (.pdf)' }).click()
  const pdf = await pdfDownload
  const pages = await pdfPageTexts(await readFile((await pdf.path())!))
  expect(pages).toHaveLength(3)
  names.forEach((name, i) => {
    expect(pages[i]).toContain(name.trim())
    expect(pages[i]).toContain(`Số sổ vàng: ${i + 1}`)
  })
  expect(pages[0]).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI')
})
