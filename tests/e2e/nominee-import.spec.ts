// Importing a nominee list from Excel into the province's compiled table (issue #11, item 2): a file with
// one unknown person is previewed with its row and reason and cannot be saved; the fixed file is saved in
// one step, and its people and collective wait in the Tổng hợp đề nghị table.
import { expect, test } from '@playwright/test'
import ExcelJS from 'exceljs'
import { writeFile } from 'node:fs/promises'
import { loginAndLand, workspaceId } from './support'

const HEADERS = [
  'STT',
  'Họ và tên / Tên tập thể',
  'Chức vụ',
  'Đơn vị',
  'Hình thức khen thưởng',
  'Thành tích tóm tắt',
  'Ghi chú',
]
const ACHIEVEMENT = 'Hoàn thành xuất sắc nhiệm vụ năm 2026, có sáng kiến được công nhận cấp cơ sở.'

async function xlsx(path: string, rows: string[][]) {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Danh sách')
  sheet.addRow(['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2026'])
  sheet.addRow(HEADERS)
  rows.forEach((r, i) => sheet.addRow([i + 1, ...r]))
  await writeFile(path, new Uint8Array(await book.xlsx.writeBuffer()))
  return path
}

test('the province imports a nominee list from Excel and finds it in its compiled table', async ({ browser }, info) => {
  // two people of phường Cam Đường, as its head sees them
  const head = await browser.newPage()
  await loginAndLand(head, 'thutruong.camduong')
  await head.goto(`/o/${workspaceId(head)}/nhan-su`)
  const people = head.locator('table tbody tr')
  const picked: { name: string; position: string }[] = []
  for (const i of [0, 1]) {
    const row = people.nth(i)
    picked.push({
      name: (await row.locator('td').first().innerText()).trim(),
      position: await row
        .locator('td')
        .nth(3)
        .evaluate((td) => (td.firstChild?.textContent ?? '').trim()),
    })
  }
  await head.close()
  const rows = [
    ...picked.map((p) => [
      p.name,
      p.position,
      'UBND phường Cam Đường',
      'Bằng khen của Chủ tịch UBND tỉnh',
      ACHIEVEMENT,
      '',
    ]),
    ['Trường THCS Cam Đường', '', 'UBND phường Cam Đường', 'Tập thể lao động xuất sắc', ACHIEVEMENT, ''],
  ]

  const page = await browser.newPage()
  await loginAndLand(page, 'noivu.laocai')
  await page.goto(`/o/${workspaceId(page)}/ho-so-khen-thuong/tong-hop`)
  await page.getByRole('link', { name: 'Nhập danh sách đề nghị từ tệp Excel' }).click()
  await expect(page.getByRole('heading', { name: 'Nhập danh sách đề nghị từ tệp Excel' })).toBeVisible()
  await page.getByLabel('Năm thi đua').fill('2026')
  await page.getByLabel(/Tên hồ sơ/).fill('Đề nghị tặng Bằng khen và danh hiệu năm 2026')
  const file = page.getByLabel(/Tệp danh sách đề nghị/)

  // one person nobody knows: the row and the reason, and nothing can be saved
  await file.setInputFiles(
    await xlsx(info.outputPath('co-loi.xlsx'), [
      ...rows,
      ['Người Không Có Thật', '', 'UBND phường Cam Đường', 'Bằng khen tỉnh', ACHIEVEMENT, ''],
    ]),
  )
  await page.getByRole('button', { name: 'Xem trước' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'dòng hợp lệ' })).toContainText('3 dòng hợp lệ, 1 dòng lỗi')
  await expect(
    page.getByRole('cell', { name: /Không tìm thấy cán bộ hoặc tập thể “Người Không Có Thật”/ }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: /^Lưu 3 người/ })).toBeDisabled()

  // the fixed file: previewed with each row's match, then saved
  await file.setInputFiles(await xlsx(info.outputPath('danh-sach.xlsx'), rows))
  await page.getByRole('button', { name: 'Xem trước' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'dòng hợp lệ' })).toContainText('3 dòng hợp lệ, 0 dòng lỗi')
  const preview = page.getByTestId('import-preview')
  for (const p of picked) await expect(preview.getByRole('cell', { name: p.name, exact: true })).toBeVisible()
  await expect(preview.getByRole('cell', { name: 'Trường THCS Cam Đường (tập thể)' })).toBeVisible()
  await page.getByRole('button', { name: 'Lưu 3 người (tập thể) được đề nghị' }).click()
  await expect(page.getByText('Đã lưu 3 người (tập thể) được đề nghị.')).toBeVisible()

  await page.getByRole('link', { name: 'Về bảng tổng hợp đề nghị' }).click()
  await expect(page.getByRole('heading', { name: 'Tổng hợp đề nghị khen thưởng' })).toBeVisible()
  const filters = page.getByRole('form', { name: 'Lọc danh sách' })
  await filters.locator('select[name="year"]').selectOption('2026')
  await filters.locator('select[name="unit"]').selectOption({ label: 'Ủy ban nhân dân phường Cam Đường' })
  await filters.getByRole('button', { name: 'Lọc' }).click()
  const table = page.getByTestId('compile-table')
  for (const p of picked)
    await expect(
      table.getByRole('checkbox', { name: `Chọn ${p.name} (Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh)` }),
    ).toBeVisible()
  await expect(
    table.getByRole('checkbox', { name: 'Chọn Trường THCS Cam Đường (Tập thể lao động xuất sắc)' }),
  ).toBeVisible()
})
