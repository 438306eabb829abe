// The Word documents of the package that the app writes itself (decision 0022, docs/domain.md §12):
//  - the danh sách of the dossier's nominees (when the compiled submission brings none), in the usual
//    columns: STT, họ và tên / tên tập thể, chức vụ, đơn vị, hình thức đề nghị, thành tích tóm tắt, ghi chú;
//  - one báo cáo thành tích per nominee in the layout of the decree's forms for "khen thưởng công trạng"
//    (NĐ 152/2025/NĐ-CP, Phụ lục: one form for a collective, one for an individual): the facts the app
//    holds are filled in (name, birth date, unit, position, the ratings, initiatives and award history of
//    the register), the rest is left as dotted lines for the unit to complete before signing.
// Laid out as NĐ 30/2020 asks with the plan's layout pieces (Times New Roman, A4, header, rules). Pure.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx'
import type { PlanDocument } from '../plans/document'
import { bodyParagraph, centredLine, FONT, MARGIN, PAGE, run, SIZE, TIGHT_SPACING } from '../plans/docx/format'
import { headerBlock, titleBlock } from '../plans/docx/header-block'
import { fontPt, pt } from '../plans/docx/measure'
import { CREATOR } from '../plans/docx/render-plan-docx'
import { upper } from '../plans/docx/wording'

/** Dotted line left for the unit to fill in by hand. */
export const BLANK = '……………………………………'

export type ListRow = {
  stt: number
  name: string
  collective: boolean
  position: string | null
  unit: string
  award: string
  achievement: string
  note: string | null
}

export type ListDocument = {
  issuer: string
  parentIssuer: string | null
  place: string | null
  /** ISO date */
  date: string
  /** "Đề nghị khen thưởng cấp Nhà nước năm 2025" */
  title: string
  rows: ListRow[]
}

export type AwardLine = { year: number; label: string; decision: string }

type ReportCommon = {
  /** the unit the report is made at, and the body above it, as the header prints them */
  issuer: string
  parentIssuer: string | null
  place: string | null
  date: string
  /** "Bằng khen của Thủ tướng Chính phủ" */
  awardLabel: string
  achievement: string
  titles: AwardLine[]
  awards: AwardLine[]
}

export type IndividualReport = ReportCommon & {
  kind: 'INDIVIDUAL'
  fullName: string
  birthDate: string | null
  gender: 'NAM' | 'NU'
  unit: string
  position: string | null
  /** "2024: Hoàn thành xuất sắc nhiệm vụ" */
  ratings: string[]
  /** "2024 — Số hóa hồ sơ một cửa (cấp tỉnh, công nhận bởi …)" */
  initiatives: string[]
}

export type CollectiveReport = ReportCommon & {
  kind: 'COLLECTIVE'
  name: string
  /** people working in the unit now (active in the register) */
  staff: number
}

export type AchievementReport = IndividualReport | CollectiveReport

/** The shape the shared header reads (issuer, place and date, the document type and its title). */
function layout(
  doc: { issuer: string; parentIssuer: string | null; place: string | null; date: string },
  type: string,
  title: string,
): PlanDocument {
  return {
    documentType: type,
    documentNumber: null,
    issuer: doc.issuer,
    parentIssuer: doc.parentIssuer,
    place: doc.place,
    issuedOn: doc.date,
    title,
    legalBases: [],
    preamble: null,
    purposes: [],
    requirements: [],
    focusTasks: [],
    movements: [],
    periods: [],
    implementation: [],
    recipients: [],
    signer: null,
  }
}

const TABLE_SIZE = 12
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE }
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const NO_GRID = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE }

type Align = (typeof AlignmentType)[keyof typeof AlignmentType]

const cell = (text: string, width: number, options: { bold?: boolean; align?: Align; italics?: boolean } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: pt(3), right: pt(3), top: pt(2), bottom: pt(2) },
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: options.align ?? AlignmentType.LEFT,
          spacing: TIGHT_SPACING,
          children: [run(line, { size: TABLE_SIZE, bold: options.bold, italics: options.italics })],
        }),
    ),
  })

/** A ruled table: bold centred header row repeated on each page, then the rows. */
function grid(widths: number[], header: string[], rows: string[][], centred: number[]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) => cell(h, widths[i], { bold: true, align: AlignmentType.CENTER })),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.map((value, i) =>
              cell(value, widths[i], { align: centred.includes(i) ? AlignmentType.CENTER : AlignmentType.LEFT }),
            ),
          }),
      ),
    ],
  })
}

const heading = (text: string) => bodyParagraph([run(text, { bold: true })], { keepNext: true })
const line = (label: string, value: string | null | undefined) =>
  bodyParagraph([run(`${label}: `), run(value?.trim() ? value.trim() : BLANK)])
const text = (value: string) => bodyParagraph([run(value)])

function documentOf(title: string, children: FileChild[], landscape = false) {
  const page = landscape
    ? // docx swaps width and height itself for a landscape page
      { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE } }
    : { size: { width: PAGE.width, height: PAGE.height } }
  return new Document({
    title,
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
            size: fontPt(SIZE.body),
            language: { value: 'vi-VN' },
          },
        },
      },
    },
    sections: [{ properties: { page: { ...page, margin: MARGIN } }, children }],
  })
}

/** The landscape text width: the page's height less the left and right margins. */
const LANDSCAPE_WIDTH = PAGE.height - MARGIN.left - MARGIN.right
const PORTRAIT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right
const shares = (total: number, parts: number[]) => parts.map((p) => Math.round(total * p))

export async function nomineeListDocx(doc: ListDocument): Promise<Buffer> {
  const widths = shares(LANDSCAPE_WIDTH, [0.05, 0.17, 0.12, 0.16, 0.14, 0.28, 0.08])
  const rows = doc.rows.map((r) => [
    String(r.stt),
    r.collective ? `${r.name} (tập thể)` : r.name,
    r.position ?? '',
    r.unit,
    r.award,
    r.achievement,
    r.note ?? '',
  ])
  const plan = layout(doc, 'DANH SÁCH', doc.title)
  const individuals = doc.rows.filter((r) => !r.collective).length
  return Packer.toBuffer(
    documentOf(
      `Danh sách — ${doc.title}`,
      [
        headerBlock(plan),
        ...titleBlock(plan),
        grid(
          widths,
          ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ', 'Đơn vị', 'Hình thức đề nghị', 'Thành tích tóm tắt', 'Ghi chú'],
          rows,
          [0],
        ),
        new Paragraph({
          spacing: { before: pt(6) },
          children: [
            run(`Tổng số: ${individuals} cá nhân, ${doc.rows.length - individuals} tập thể.`, {
              italics: true,
              size: 13,
            }),
          ],
        }),
      ],
      true,
    ),
  )
}

const decisionHeader = (what: string) => [
  'Năm',
  what,
  `Số, ngày, tháng, năm của quyết định ${what === 'Danh hiệu thi đua' ? 'công nhận danh hiệu thi đua' : 'khen thưởng'}; cơ quan ban hành quyết định`,
]

function awardTables(report: AchievementReport): FileChild[] {
  const widths = shares(PORTRAIT_WIDTH, [0.12, 0.38, 0.5])
  const table = (what: string, lines: AwardLine[]) =>
    lines.length
      ? grid(
          widths,
          decisionHeader(what),
          lines.map((l) => [String(l.year), l.label, l.decision]),
          [0],
        )
      : text('Chưa có trong sổ vàng của phần mềm.')
  return [
    heading('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
    heading('1. Danh hiệu thi đua:'),
    table('Danh hiệu thi đua', report.titles),
    heading('2. Hình thức khen thưởng:'),
    table('Hình thức khen thưởng', report.awards),
  ]
}

/** Two signature columns side by side (title, what to do, room to sign, the name when known). */
function signatures(columns: { title: string; hint: string; name?: string }[]): Table {
  const width = Math.round(PORTRAIT_WIDTH / columns.length)
  return new Table({
    width: { size: width * columns.length, type: WidthType.DXA },
    columnWidths: columns.map(() => width),
    layout: TableLayoutType.FIXED,
    borders: NO_GRID,
    rows: [
      new TableRow({
        cantSplit: true,
        children: columns.map(
          (c) =>
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              borders: NO_GRID,
              children: [
                centredLine([run(c.title, { bold: true, size: 13 })], { spacing: { before: pt(12) } }),
                centredLine([run(c.hint, { italics: true, size: 13 })]),
                ...[1, 2, 3, 4].map(() => centredLine([run('')])),
                centredLine([run(c.name ?? '', { bold: true, size: 13 })]),
              ],
            }),
        ),
      }),
    ],
  })
}

function individualBody(r: IndividualReport): FileChild[] {
  return [
    heading('I. SƠ LƯỢC LÝ LỊCH'),
    line('- Họ và tên (ghi đầy đủ bằng chữ in thường, không viết tắt)', r.fullName),
    bodyParagraph([
      run(`- Sinh ngày, tháng, năm: ${r.birthDate ?? BLANK}`),
      run(`; Giới tính: ${r.gender === 'NU' ? 'Nữ' : 'Nam'}`),
    ]),
    line('- Quê quán', null),
    line('- Trú quán', null),
    line('- Đơn vị công tác', r.unit),
    line('- Chức vụ (Đảng, chính quyền, đoàn thể)', r.position),
    line('- Trình độ chuyên môn, nghiệp vụ', null),
    line('- Học hàm, học vị, danh hiệu, giải thưởng', null),
    heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    line('1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận', r.position),
    heading('2. Thành tích đạt được của cá nhân:'),
    text(r.achievement),
    ...(r.ratings.length ? [text('Kết quả đánh giá, xếp loại:'), ...r.ratings.map((x) => text(`- ${x};`))] : []),
    ...(r.initiatives.length
      ? [text('Sáng kiến, đề tài được công nhận:'), ...r.initiatives.map((x) => text(`- ${x};`))]
      : []),
    ...awardTables(r),
    signatures([
      { title: 'THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ', hint: '(Ký, đóng dấu)' },
      { title: 'NGƯỜI BÁO CÁO THÀNH TÍCH', hint: '(Ký, ghi rõ họ và tên)', name: r.fullName },
    ]),
    signatures([{ title: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', hint: '(Ký, đóng dấu)' }]),
  ]
}

function collectiveBody(r: CollectiveReport): FileChild[] {
  return [
    line('Tên tập thể đề nghị (ghi đầy đủ bằng chữ in thường, không viết tắt)', r.name),
    heading('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH'),
    heading('1. Đặc điểm, tình hình:'),
    line('- Địa điểm trụ sở chính, điện thoại, fax; địa chỉ trang tin điện tử', null),
    line('- Quá trình thành lập và phát triển', null),
    line(
      '- Tổng số cán bộ, công chức, viên chức, người lao động',
      r.staff ? `${r.staff} người (theo danh sách cán bộ trong phần mềm)` : null,
    ),
    line('- Các tổ chức đảng, đoàn thể', null),
    line('2. Chức năng, nhiệm vụ được giao', null),
    heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    heading('1. Kết quả thực hiện nhiệm vụ được giao:'),
    text(r.achievement),
    line('2. Những biện pháp hoặc nguyên nhân đạt được thành tích; các phong trào thi đua đã được áp dụng', null),
    line('3. Việc thực hiện chủ trương, đường lối của Đảng, chính sách và pháp luật của Nhà nước', null),
    ...awardTables(r),
    signatures([
      { title: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', hint: '(Ký, đóng dấu)' },
      { title: 'THỦ TRƯỞNG ĐƠN VỊ', hint: '(Ký, đóng dấu)' },
    ]),
  ]
}

export async function achievementReportDocx(report: AchievementReport): Promise<Buffer> {
  const title = `ĐỀ NGHỊ TẶNG ${upper(report.awardLabel)}`
  const plan = layout(report, 'BÁO CÁO THÀNH TÍCH', title)
  const who = report.kind === 'INDIVIDUAL' ? report.fullName : report.name
  return Packer.toBuffer(
    documentOf(`Báo cáo thành tích — ${who}`, [
      headerBlock(plan),
      ...titleBlock(plan),
      ...(report.kind === 'INDIVIDUAL' ? individualBody(report) : collectiveBody(report)),
    ]),
  )
}
