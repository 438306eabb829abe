// Excel (.xlsx) of a submission's danh sách đề nghị: the same groups and columns as the Word list, so
// the province can keep working in its own spreadsheet (and import the file back: lib/submissions/sheet.ts
// reads this layout). Text that a spreadsheet would run as a formula is neutralised as every export does.
import ExcelJS from 'exceljs'
import type { Actor } from '../auth/actor'
import { withTenant } from '../db/tenant'
import { safeCell } from '../people/csv'
import { roman, upper } from '../plans/docx/wording'
import { vnDateOfIso } from '../shared/dates'
import { LIST_COLUMNS, submissionDocumentOf, type SubmissionDocument } from './document'
import { loadSubmission } from './queries'

const WIDTHS = [6, 28, 24, 30, 30, 60, 18]

export async function renderSubmissionXlsx(doc: SubmissionDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Phần mềm thi đua, khen thưởng'
  const sheet = workbook.addWorksheet('Danh sách đề nghị', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  })
  const title = (text: string, bold = true) => {
    const row = sheet.addRow([safeCell(text)])
    sheet.mergeCells(row.number, 1, row.number, LIST_COLUMNS.length)
    row.font = { name: 'Times New Roman', bold, italic: !bold, size: 13 }
    row.alignment = { horizontal: 'center' }
  }
  title('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM ' + doc.year)
  title(
    `(Kèm theo Tờ trình ${doc.documentNumber ? `số ${doc.documentNumber}` : 'số …'} ngày ${vnDateOfIso(doc.issuedOn)} của ${doc.issuer})`,
    false,
  )
  sheet.addRow([])
  const header = sheet.addRow([...LIST_COLUMNS])
  header.font = { name: 'Times New Roman', bold: true }
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  sheet.views = [{ state: 'frozen', ySplit: header.number }]
  doc.groups.forEach((g, gi) => {
    const row = sheet.addRow([roman(gi + 1), safeCell(`${upper(g.label)}`)])
    sheet.mergeCells(row.number, 2, row.number, LIST_COLUMNS.length)
    row.font = { name: 'Times New Roman', bold: true }
    for (const r of g.rows) {
      const line = sheet.addRow([
        r.stt,
        ...[r.name, r.position, r.unit, r.award, r.achievement, r.note].map((t) => (t ? safeCell(t) : null)),
      ])
      line.font = { name: 'Times New Roman' }
      line.alignment = { vertical: 'top', wrapText: true }
    }
  })
  sheet.columns.forEach((column, i) => (column.width = WIDTHS[i]))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** The danh sách of a submission as .xlsx bytes, for whoever may see the submission. */
export async function submissionXlsx(actor: Actor, submissionId: string): Promise<Buffer> {
  const loaded = await withTenant(actor.tenantId, (tx) => loadSubmission(tx, actor, submissionId))
  return renderSubmissionXlsx(submissionDocumentOf(loaded))
}
