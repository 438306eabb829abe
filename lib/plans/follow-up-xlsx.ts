// The follow-up of the units below as an .xlsx workbook: who sent what and when, and progress per unit
// and per period (the figures the six-monthly review and the year-end summary quote).
import ExcelJS from 'exceljs'
import { todayInVietnam, vnDate } from '../shared/dates'
import { FOLLOW_UP_KINDS, FOLLOW_UP_LABELS, type FollowUpRow, type FollowUpState } from './follow-up'
import { donePercent, type Counts, type ProgressSummary } from './progress'

const STATE: Record<FollowUpState, string> = {
  SENT: 'Đã gửi',
  LATE: 'Gửi muộn',
  OVERDUE: 'Quá hạn, chưa gửi',
  PENDING: 'Chưa gửi (còn hạn)',
  NONE: 'Chưa gửi',
}

function sheet(workbook: ExcelJS.Workbook, name: string, header: string[]) {
  const ws = workbook.addWorksheet(name)
  ws.addRow(header).font = { bold: true }
  ws.columns.forEach((column, i) => (column.width = i === 0 ? 45 : 18))
  return ws
}

const countsRow = (label: string, c: Counts) => [
  label,
  c.DONE,
  c.IN_PROGRESS,
  c.NOT_STARTED,
  c.total,
  donePercent(c) / 100,
]

export async function followUpXlsx(input: { title: string; rows: FollowUpRow[]; progress: ProgressSummary }) {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Phần mềm thi đua, khen thưởng'
  workbook.title = input.title
  const sent = sheet(workbook, 'Tình hình gửi', [
    'Đơn vị',
    ...FOLLOW_UP_KINDS.flatMap((k) => [FOLLOW_UP_LABELS[k], 'Ngày gửi']),
    'Nhắc gần nhất',
  ])
  for (const row of input.rows) {
    sent.addRow([
      row.unit.name,
      ...FOLLOW_UP_KINDS.flatMap((k) => [STATE[row.states[k].state], vnDate(row.states[k].sentOn)]),
      vnDate(row.lastReminder && todayInVietnam(row.lastReminder)),
    ])
  }
  const progressHeader = [
    'Đơn vị / thời gian',
    'Đã hoàn thành',
    'Đang thực hiện',
    'Chưa thực hiện',
    'Tổng số',
    'Tỷ lệ hoàn thành',
  ]
  const perUnit = sheet(workbook, 'Theo đơn vị', progressHeader)
  for (const unit of input.progress.perUnit) perUnit.addRow(countsRow(unit.name, unit.counts))
  const perPeriod = sheet(workbook, 'Theo thời gian', progressHeader)
  for (const period of input.progress.perPeriod) perPeriod.addRow(countsRow(period.label, period.counts))
  perPeriod.addRow([])
  perPeriod.addRow(countsRow('Sơ kết 6 tháng (nhiệm vụ 6 tháng đầu năm)', input.progress.halfYear)).font = {
    bold: true,
  }
  perPeriod.addRow(countsRow('Tổng kết năm (cả năm)', input.progress.year)).font = { bold: true }
  for (const ws of [perUnit, perPeriod]) ws.getColumn(6).numFmt = '0%'
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
