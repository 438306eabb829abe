// A statistics form for a year and the subtree of a unit the actor may see; also its .xlsx in the form's
// own layout (header block, numbered columns A, B, C, 1, 2…, rows with their codes, signature block).
import ExcelJS from 'exceljs'
import type { Actor } from '../auth/actor'
import { withTenant, type Tx } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { DomainError, NotFoundError } from '../shared/errors'
import { computeForm, type FormTable } from './compute'
import { readFacts } from './facts'
import { formFor, isFormCode, type FormCode } from './forms'

export type FormRequest = { code: string; year: number; unitId: string }
export type FormReport = FormTable & { year: number; unit: { id: string; name: string } }

export const MIN_YEAR = 2000
export const maxYear = () => new Date().getUTCFullYear() + 1

export async function statisticsFormInTx(tx: Tx, actor: Actor, request: FormRequest): Promise<FormReport> {
  if (!isFormCode(request.code)) throw new NotFoundError('Không có biểu thống kê này.')
  if (!Number.isInteger(request.year) || request.year < MIN_YEAR || request.year > maxYear())
    throw new DomainError(`Năm báo cáo phải từ ${MIN_YEAR} đến ${maxYear()}.`, 'nam')
  const form = formFor(request.code as FormCode, request.year)
  if (!form) throw new DomainError(`Biểu ${request.code} không áp dụng cho năm ${request.year}.`, 'nam')
  const unit = await findOrganizationForActor(tx, actor, request.unitId, 'workspace.view')
  const facts = await readFacts(tx, form.source, { tenantId: actor.tenantId, unitPath: unit.path, year: request.year })
  return { ...computeForm(form, facts), year: request.year, unit: { id: unit.id, name: unit.name } }
}

export function statisticsForm(actor: Actor, request: FormRequest) {
  return withTenant(actor.tenantId, (tx) => statisticsFormInTx(tx, actor, request))
}

const THIN = { style: 'thin' as const }
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN }

/** The form as an .xlsx workbook, laid out as printed in the circular. */
export async function formWorkbook(report: FormReport): Promise<Buffer> {
  const { form } = report
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Phần mềm thi đua, khen thưởng'
  const ws = wb.addWorksheet(`Biểu ${form.code.replace('.', '')}`, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  })
  const fixed = form.unitColumn ? 3 : 2
  const width = fixed + 1 + form.columns.length
  ws.getColumn(1).width = 55
  ws.getColumn(2).width = 8
  if (form.unitColumn) ws.getColumn(3).width = 12
  for (let c = fixed + 1; c <= width; c++) ws.getColumn(c).width = 16
  const half = Math.max(2, Math.ceil(width / 2))
  const line = (left: string, right: string, bold = false) => {
    const row = ws.addRow([])
    ws.mergeCells(row.number, 1, row.number, half)
    if (width > half) ws.mergeCells(row.number, half + 1, row.number, width)
    row.getCell(1).value = left
    row.getCell(half + 1).value = right
    row.getCell(1).font = { bold }
    row.getCell(half + 1).alignment = { horizontal: 'center' }
  }
  line(`Biểu số: ${form.code}/BNV-TĐKT`, `Đơn vị báo cáo: ${report.unit.name}`, true)
  line(form.basis, 'Đơn vị nhận báo cáo: Bộ Nội vụ')
  line('Ngày nhận báo cáo: ngày 15 tháng 12 năm báo cáo', '')
  const centred = (text: string, font: Partial<ExcelJS.Font>) => {
    const row = ws.addRow([text])
    ws.mergeCells(row.number, 1, row.number, width)
    row.getCell(1).alignment = { horizontal: 'center', wrapText: true }
    row.getCell(1).font = font
  }
  centred(form.title, { bold: true, size: 14 })
  centred(`Năm ${report.year}`, { italic: true })
  if (form.unitOfCount) {
    const row = ws.addRow([])
    ws.mergeCells(row.number, 1, row.number, width)
    row.getCell(1).value = `Đơn vị tính: ${form.unitOfCount}`
    row.getCell(1).alignment = { horizontal: 'right' }
    row.getCell(1).font = { italic: true }
  }
  // Header: group row (when any column has a group), label row, numbering row.
  const hasGroups = form.columns.some((c) => c.group)
  const head1 = ws.addRow([])
  const head2 = hasGroups ? ws.addRow([]) : head1
  const fixedLabels = ['', 'Mã số', ...(form.unitColumn ? ['Đơn vị tính'] : []), form.totalColumn.label]
  fixedLabels.forEach((label, i) => {
    head1.getCell(i + 1).value = label
    if (hasGroups) ws.mergeCells(head1.number, i + 1, head2.number, i + 1)
  })
  form.columns.forEach((c, i) => {
    const col = fixed + 2 + i
    head2.getCell(col).value = c.label
    if (!hasGroups) return
    if (c.group) {
      head1.getCell(col).value = c.group
    } else {
      head1.getCell(col).value = c.label
      ws.mergeCells(head1.number, col, head2.number, col)
    }
  })
  if (hasGroups) {
    // merge runs of the same group across columns
    let i = 0
    while (i < form.columns.length) {
      const group = form.columns[i].group
      let j = i
      while (group && j + 1 < form.columns.length && form.columns[j + 1].group === group) j++
      if (group && j > i) ws.mergeCells(head1.number, fixed + 2 + i, head1.number, fixed + 2 + j)
      i = j + 1
    }
  }
  const numbering = ws.addRow(['A', 'B', ...(form.unitColumn ? ['C'] : []), form.totalColumn.number])
  form.columns.forEach((c, i) => (numbering.getCell(fixed + 2 + i).value = c.number))
  for (const row of hasGroups ? [head1, head2, numbering] : [head1, numbering]) {
    row.font = { bold: true }
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    for (let c = 1; c <= width; c++) row.getCell(c).border = BORDER
  }
  for (const r of report.rows) {
    const values: (string | number | null)[] = [r.def.label, r.def.code || null]
    if (form.unitColumn) values.push(r.def.unit ?? null)
    values.push(r.total, ...r.cells.map((c) => c.value))
    const row = ws.addRow(values)
    row.getCell(1).alignment = { indent: r.def.indent ?? 0, wrapText: true }
    if (r.def.heading || r.def.code === '01') row.font = { bold: true }
    for (let c = 1; c <= width; c++) {
      row.getCell(c).border = BORDER
      if (c > 1) row.getCell(c).alignment = { horizontal: 'center' }
    }
  }
  ws.addRow([])
  for (const note of form.notes) {
    const row = ws.addRow([`Ghi chú: ${note}`])
    ws.mergeCells(row.number, 1, row.number, width)
    row.getCell(1).alignment = { wrapText: true }
    row.getCell(1).font = { italic: true, size: 10 }
    row.height = 30
  }
  ws.addRow([])
  line('', '…………, ngày … tháng … năm …')
  line('Người lập biểu', 'Thủ trưởng đơn vị', true)
  line('(Ký, họ tên)', '(Ký, họ tên, đóng dấu)')
  return Buffer.from(await wb.xlsx.writeBuffer())
}
