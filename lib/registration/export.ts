// Exports: a unit's registration as a .docx form (bản đăng ký thi đua) and the managing level's
// overview as an .xlsx sheet.
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import ExcelJS from 'exceljs'
import type { RegistrantRow } from './registrants'
import { titleLabel } from './titles'

export const STATUS_LABELS = {
  DRAFT: 'Đang soạn',
  SUBMITTED: 'Đã nộp',
  RETURNED: 'Bị trả lại',
  ACCEPTED: 'Đã chấp nhận',
} as const

const FONT = 'Times New Roman'
const text = (value: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text: value, font: FONT, size: (options.size ?? 13) * 2, bold: options.bold, italics: options.italics })
const centred = (...runs: TextRun[]) => new Paragraph({ alignment: AlignmentType.CENTER, children: runs })
const cell = (value: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [text(value, { bold, size: 12 })] })] })

export async function registrationDocx(input: {
  unitName: string
  parentName: string | null
  year: number
  collectiveTitle: string | null
  commitments: string | null
  entries: { fullName: string; position: string | null; title: string }[]
  status: string
}): Promise<Buffer> {
  const rows = [
    new TableRow({
      tableHeader: true,
      children: ['STT', 'Họ và tên', 'Chức vụ', 'Danh hiệu đăng ký'].map((h) => cell(h, true)),
    }),
    ...input.entries.map(
      (e, i) =>
        new TableRow({
          children: [cell(String(i + 1)), cell(e.fullName), cell(e.position ?? ''), cell(titleLabel(e.title))],
        }),
    ),
  ]
  const doc = new Document({
    creator: 'Phần mềm thi đua, khen thưởng',
    title: `Đăng ký thi đua năm ${input.year} - ${input.unitName}`,
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } },
        },
        children: [
          centred(text((input.parentName ?? '').toUpperCase(), { size: 13 })),
          centred(text(input.unitName.toUpperCase(), { bold: true })),
          centred(text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true })),
          centred(text('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 14 })),
          new Paragraph({ children: [] }),
          centred(text('BẢN ĐĂNG KÝ THI ĐUA', { bold: true, size: 14 })),
          centred(text(`Năm ${input.year}`, { bold: true, size: 14 })),
          new Paragraph({ children: [] }),
          new Paragraph({
            children: [
              text('1. Danh hiệu tập thể đăng ký: ', { bold: true, size: 14 }),
              text(titleLabel(input.collectiveTitle), { size: 14 }),
            ],
          }),
          new Paragraph({
            children: [
              text('2. Nội dung cam kết: ', { bold: true, size: 14 }),
              text(input.commitments ?? '', { size: 14 }),
            ],
          }),
          new Paragraph({ children: [text('3. Danh hiệu cá nhân đăng ký:', { bold: true, size: 14 })] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
          new Paragraph({ children: [] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [text('THỦ TRƯỞNG ĐƠN VỊ', { bold: true })] }),
          new Paragraph({
            alignment: AlignmentType.LEFT,
            children: [text(`Tình trạng: ${input.status}`, { italics: true, size: 11 })],
          }),
        ],
      },
    ],
  })
  return Packer.toBuffer(doc)
}

export async function overviewXlsx(input: {
  managingName: string
  year: number
  deadline: Date | null
  rows: { unit: string; status: string; collectiveTitle: string | null; entries: number; late: boolean }[]
  /** who registered for which title in the whole subtree, by name (a second sheet) */
  registrants?: RegistrantRow[]
  registrantsTruncated?: boolean
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Phần mềm thi đua, khen thưởng'
  const sheet = workbook.addWorksheet(`Đăng ký ${input.year}`)
  sheet.addRow([`Tổng hợp đăng ký thi đua năm ${input.year} — ${input.managingName}`]).font = { bold: true, size: 13 }
  sheet.addRow([input.deadline ? `Hạn nộp: ${input.deadline.toISOString().slice(0, 10)}` : 'Chưa mở đăng ký'])
  sheet.addRow([])
  const header = sheet.addRow(['STT', 'Đơn vị', 'Trạng thái', 'Danh hiệu tập thể', 'Số cá nhân đăng ký', 'Nộp muộn'])
  header.font = { bold: true }
  input.rows.forEach((r, i) =>
    sheet.addRow([i + 1, r.unit, r.status, titleLabel(r.collectiveTitle), r.entries, r.late ? 'Có' : '']),
  )
  sheet.columns.forEach((column, i) => (column.width = [6, 44, 24, 30, 18, 10][i]))
  if (input.registrants) {
    const list = workbook.addWorksheet('Danh sách đăng ký')
    list.addRow([`Danh sách cá nhân, tập thể đăng ký thi đua năm ${input.year} — ${input.managingName}`]).font = {
      bold: true,
      size: 13,
    }
    if (input.registrantsTruncated) list.addRow(['Danh sách quá dài: chỉ gồm phần đầu, hãy lọc theo đơn vị.'])
    list.addRow([])
    list.addRow([
      'STT',
      'Họ và tên / Tên tập thể',
      'Cá nhân / Tập thể',
      'Chức vụ',
      'Đơn vị',
      'Danh hiệu đăng ký',
      'Trạng thái',
    ]).font = { bold: true }
    input.registrants.forEach((r, i) =>
      list.addRow([
        i + 1,
        r.name,
        r.kind === 'COLLECTIVE' ? 'Tập thể' : 'Cá nhân',
        r.position ?? '',
        r.unitName,
        titleLabel(r.title),
        STATUS_LABELS[r.status],
      ]),
    )
    list.columns.forEach((column, i) => (column.width = [6, 34, 14, 24, 40, 30, 18][i]))
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
