// The issuing level follows up the units below: it sets the deadline for implementing plans, sees who
// is overdue, reminds one unit (once a day, not twice), and that unit finds the notice in its workspace.
import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { loginAndLand, workspaceId } from './support'

const LONG_THANH = 'Ủy ban nhân dân huyện Long Thành'

test('theo dõi cấp dưới: đặt hạn, nhắc đơn vị chưa gửi kế hoạch thực hiện, đơn vị nhận thông báo', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const province = await browser.newPage()
  await loginAndLand(province, 'noivu.dongnai')
  await province.goto(`/o/${workspaceId(province)}/ke-hoach`)
  await province.getByRole('link', { name: '52/KH-UBND — Công tác thi đua, khen thưởng năm 2020' }).click()
  await province.getByRole('link', { name: /Theo dõi hạn gửi, nhắc cấp dưới/ }).click()
  await expect(province.getByRole('heading', { level: 1 })).toContainText('Theo dõi cấp dưới')

  // a deadline outside the plan's year is refused next to the field
  const deadlines = province.getByRole('form', { name: 'Hạn gửi của cấp dưới' })
  await deadlines.getByLabel('Hạn gửi kế hoạch thực hiện').fill('2021-03-15')
  await deadlines.getByRole('button', { name: 'Lưu hạn' }).click()
  await expect(deadlines.getByText('Hạn phải thuộc năm 2020.')).toBeVisible()
  await deadlines.getByLabel('Hạn gửi kế hoạch thực hiện').fill('2020-03-15')
  await deadlines.getByRole('button', { name: 'Lưu hạn' }).click()
  await expect(province.getByText('Đã lưu hạn gửi của cấp dưới.')).toBeVisible()

  const row = province.getByTestId('follow-up-row').filter({ hasText: LONG_THANH })
  await expect(row).toContainText('Quá hạn, chưa gửi')
  await row
    .getByRole('button', { name: `Nhắc ${LONG_THANH}` })
    .first()
    .click()
  await expect(row.getByRole('status')).toHaveText('Đã gửi thông báo nhắc 1 đơn vị.')
  await expect(row).toContainText('(1 lần)')
  // a second click the same day sends nothing more
  await row
    .getByRole('button', { name: `Nhắc ${LONG_THANH}` })
    .first()
    .click()
  await expect(row.getByRole('status')).toContainText('đã được nhắc trong ngày')
  await expect(row).toContainText('(1 lần)')

  // the chart has its table view, and the workbook downloads with its three sheets
  await expect(province.getByRole('figure').first()).toBeVisible()
  await expect(province.getByText('Xem dạng bảng').first()).toBeVisible()
  const [download] = await Promise.all([
    province.waitForEvent('download'),
    province.getByRole('link', { name: 'Xuất Excel (.xlsx)' }).click(),
  ])
  const workbook = new ExcelJS.Workbook()
  const bytes = readFileSync(await download.path())
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Tình hình gửi', 'Theo đơn vị', 'Theo thời gian'])
  const sentSheet = workbook.getWorksheet('Tình hình gửi')!
  const longThanhRow = sentSheet.getRows(2, sentSheet.rowCount - 1)!.find((r) => r.getCell(1).value === LONG_THANH)
  expect(longThanhRow?.getCell(2).value).toBe('Quá hạn, chưa gửi')

  // the district sees the reminder among its plan notices and opens the plan from it
  const district = await browser.newPage()
  await loginAndLand(district, 'noivu.longthanh')
  await district.goto(`/o/${workspaceId(district)}/ke-hoach`)
  const notice = district.getByTestId('plan-notice')
  await expect(notice).toHaveCount(1)
  await expect(notice).toContainText('chưa gửi kế hoạch thực hiện theo Kế hoạch số 52/KH-UBND')
  await notice.getByRole('link').click()
  await expect(district.getByRole('heading', { level: 1 })).toHaveText('Công tác thi đua, khen thưởng năm 2020')
})
