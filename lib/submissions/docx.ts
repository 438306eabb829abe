// Word (.docx) of a submission: the tờ trình on A4 portrait laid out as NĐ 30/2020/NĐ-CP Phụ lục I asks
// (the plan's header, title and closing blocks), then the danh sách đề nghị on A4 landscape in its own
// section: "(Kèm theo Tờ trình số … ngày … của …)", one heading row per form of award, the usual columns.
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
} from 'docx'
import type { Actor } from '../auth/actor'
import { withTenant } from '../db/tenant'
import type { PlanDocument } from '../plans/document'
import { closingBlock } from '../plans/docx/closing-block'
import {
  bodyParagraph,
  centredLine,
  HEADER_DISTANCE,
  MARGIN,
  PAGE,
  run,
  SIZE,
  TIGHT_SPACING,
} from '../plans/docx/format'
import { headerBlock, titleBlock } from '../plans/docx/header-block'
import { pt } from '../plans/docx/measure'
import { pageHeaders } from '../plans/docx/page-headers'
import { CREATOR, STYLES } from '../plans/docx/render-plan-docx'
import { roman, upper } from '../plans/docx/wording'
import { vnDateOfIso } from '../shared/dates'
import { LIST_COLUMNS, submissionDocumentOf, summaryLines, type ListRow, type SubmissionDocument } from './document'
import { loadSubmission } from './queries'

export const SUBMISSION_TYPE = 'TỜ TRÌNH'

const LANDSCAPE_WIDTH = PAGE.height - MARGIN.left - MARGIN.right
const SHARES = [0.05, 0.17, 0.12, 0.15, 0.14, 0.29, 0.08]
const COLUMNS = SHARES.map((s) => Math.round(LANDSCAPE_WIDTH * s))
const TABLE_SIZE = 12
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' }

function cell(text: string, width: number, opts: { bold?: boolean; centre?: boolean; span?: number } = {}) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: pt(3), right: pt(3), top: pt(2), bottom: pt(2) },
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: opts.centre ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: TIGHT_SPACING,
          children: [run(line, { size: TABLE_SIZE, bold: opts.bold })],
        }),
    ),
  })
}

const rowCells = (r: ListRow) => [String(r.stt), r.name, r.position, r.unit, r.award, r.achievement, r.note]

function listTable(doc: SubmissionDocument): Table {
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: LIST_COLUMNS.map((h, i) => cell(h, COLUMNS[i], { bold: true, centre: true })),
    }),
  ]
  doc.groups.forEach((g, gi) => {
    const count = [g.individuals ? `${g.individuals} cá nhân` : '', g.collectives ? `${g.collectives} tập thể` : '']
      .filter(Boolean)
      .join(', ')
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell(roman(gi + 1), COLUMNS[0], { bold: true, centre: true }),
          cell(
            `${upper(g.label)} (${count})`,
            COLUMNS.slice(1).reduce((a, b) => a + b, 0),
            { bold: true, span: 6 },
          ),
        ],
      }),
    )
    for (const r of g.rows)
      rows.push(
        new TableRow({
          cantSplit: true,
          children: rowCells(r).map((text, i) => cell(text, COLUMNS[i], { centre: i === 0 })),
        }),
      )
  })
  return new Table({
    width: { size: LANDSCAPE_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS,
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows,
  })
}

/** The plan document shape the shared header and closing blocks read. */
function layoutOf(doc: SubmissionDocument): PlanDocument {
  return {
    documentType: SUBMISSION_TYPE,
    documentNumber: doc.documentNumber,
    issuer: doc.issuer,
    parentIssuer: doc.parentIssuer,
    place: doc.place,
    issuedOn: doc.issuedOn,
    title: doc.title,
    legalBases: [],
    preamble: null,
    purposes: [],
    requirements: [],
    focusTasks: [],
    movements: [],
    periods: [],
    implementation: [],
    recipients: doc.copies,
    signer: doc.signer,
  }
}

export async function renderSubmissionDocx(doc: SubmissionDocument): Promise<Buffer> {
  const layout = layoutOf(doc)
  const closing = closingBlock(layout)
  const addressed = doc.recipients.map((r, i) =>
    centredLine([run(i === 0 ? `Kính gửi: ${r}.` : `${r}.`, { size: SIZE.body })], {
      spacing: { ...TIGHT_SPACING, after: i === doc.recipients.length - 1 ? pt(12) : 0 },
    }),
  )
  const letter = [
    headerBlock(layout),
    ...titleBlock(layout),
    ...addressed,
    ...doc.legalBases.map((b) => bodyParagraph([run(b, { italics: true })])),
    bodyParagraph([run(doc.body)]),
    ...summaryLines(doc.groups).map((line) => bodyParagraph([run(line)])),
    bodyParagraph([run(doc.closing)], { keepNext: true }),
    ...(closing ? [closing] : []),
  ]
  const number = doc.documentNumber ? `số ${doc.documentNumber}` : 'số …'
  const list = [
    centredLine([run('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', { size: SIZE.documentType, bold: true })], { keepNext: true }),
    centredLine([run(`Năm ${doc.year}`, { size: SIZE.title, bold: true })], { keepNext: true }),
    centredLine(
      [run(`(Kèm theo Tờ trình ${number} ngày ${vnDateOfIso(doc.issuedOn)} của ${doc.issuer})`, { italics: true })],
      { spacing: { before: 0, after: pt(12) }, keepNext: true },
    ),
    listTable(doc),
  ]
  const margin = { ...MARGIN, header: HEADER_DISTANCE, footer: HEADER_DISTANCE }
  const document = new Document({
    title: doc.title,
    subject: `Tờ trình ${number} của ${doc.issuer}`,
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    styles: STYLES,
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin }, titlePage: true },
        headers: pageHeaders(false),
        children: letter,
      },
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
            margin,
          },
        },
        children: list,
      },
    ],
  })
  return Packer.toBuffer(document)
}

/**
 * The tờ trình kèm danh sách of a submission as .docx bytes, for whoever may see the submission (its
 * compiling level, and the level it was sent to). The Ministry package (lib/ministry) includes it.
 */
export async function submissionDocx(actor: Actor, submissionId: string): Promise<Buffer> {
  const loaded = await withTenant(actor.tenantId, (tx) => loadSubmission(tx, actor, submissionId))
  return renderSubmissionDocx(submissionDocumentOf(loaded))
}
