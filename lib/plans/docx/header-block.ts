// The top of the first page: issuing body and number on the left, national title, motto and the place
// and date on the right (NĐ 30, Phụ lục I, mục II.1-II.5), then the document type and the title (II.5).
import type { Paragraph, Table } from 'docx'
import type { PlanDocument } from '../document'
import { balancedLines } from './line-breaks'
import { estimateTextWidth, mm, pt } from './measure'
import { centredLine, centredRule, layoutTable, run, SIZE, TEXT_WIDTH, type RunStyle } from './format'
import { numberLine, placeAndDate, upper } from './wording'

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc'

/** The left column (bodies, number) is the narrower one; the national title needs ~97 mm on one line. */
const LEFT_COLUMN = mm(64)
const RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN

/**
 * Phụ lục I, II.3: the rule under the issuing body and under the title is "từ 1/3 đến 1/2 độ dài của dòng
 * chữ", centred on it. 0.4 of the (estimated) longest line sits in that range.
 */
const SHORT_RULE_RATIO = 0.4

/** The lines a body's name is printed on: in capitals, broken into balanced lines if it does not fit. */
const bodyNameLines = (name: string, style: RunStyle): string[] =>
  balancedLines(upper(name.trim()), style.size ?? SIZE.issuer, LEFT_COLUMN, { bold: style.bold })

/** A centred body name, its lines separated by line breaks within one paragraph. */
function bodyName(lines: string[], style: RunStyle): Paragraph {
  return centredLine(lines.map((line, index) => run(line, { ...style, lineBreakBefore: index > 0 })))
}

/** A short rule under text set in lines of `available` width (0.4 of the longest line). */
function shortRule(lines: string[], sizePt: number, available: number, spaceAfter = 0): Paragraph {
  const longest = Math.max(...lines.map((line) => Math.min(estimateTextWidth(line, sizePt, { bold: true }), available)))
  return centredRule(Math.round(longest * SHORT_RULE_RATIO), available, spaceAfter)
}

/** Left column, upper row: tên cơ quan chủ quản (capitals, regular) and tên cơ quan ban hành (capitals, bold). */
function issuingBodies(doc: PlanDocument): Paragraph[] {
  const blocks: Paragraph[] = []
  if (doc.parentIssuer?.trim()) {
    const style = { size: SIZE.issuer }
    blocks.push(bodyName(bodyNameLines(doc.parentIssuer, style), style))
  }
  if (doc.issuer?.trim()) {
    const style = { size: SIZE.issuer, bold: true }
    const lines = bodyNameLines(doc.issuer, style)
    blocks.push(bodyName(lines, style), shortRule(lines, SIZE.issuer, LEFT_COLUMN))
  }
  return blocks
}

/** Right column, upper row: quốc hiệu (bold capitals) and tiêu ngữ (bold, with a rule as long as itself). */
function nationalTitle(): Paragraph[] {
  return [
    centredLine([run(NATIONAL_TITLE, { size: SIZE.nationalTitle, bold: true })]),
    centredLine([run(MOTTO, { size: SIZE.motto, bold: true })]),
    // Phụ lục I, II.1: "phía dưới có đường kẻ ngang, nét liền, có độ dài bằng độ dài của dòng chữ".
    centredRule(estimateTextWidth(MOTTO, SIZE.motto, { bold: true }), RIGHT_COLUMN),
  ]
}

/** Lower row: "Số: 55/KH-UBND" on the left, level with the italic place and date on the right. */
function numberAndDate(doc: PlanDocument): [Paragraph[], Paragraph[]] {
  const spacing = { before: pt(6), after: 0 }
  return [
    [centredLine([run(numberLine(doc.documentNumber, doc.documentType), { size: SIZE.number })], { spacing })],
    [centredLine([run(placeAndDate(doc.place, doc.issuedOn), { size: SIZE.placeDate, italics: true })], { spacing })],
  ]
}

/** The two-column, borderless header table of the first page. */
export function headerBlock(doc: PlanDocument): Table {
  return layoutTable([LEFT_COLUMN, RIGHT_COLUMN], [[issuingBodies(doc), nationalTitle()], numberAndDate(doc)])
}

/** "KẾ HOẠCH" (bold capitals) and the trích yếu under it (bold), centred, with a short rule below. */
export function titleBlock(doc: PlanDocument): Paragraph[] {
  const title = doc.title?.trim()
  const typeLine = centredLine([run(upper(doc.documentType.trim()), { size: SIZE.documentType, bold: true })], {
    spacing: { before: pt(24), after: title ? 0 : pt(18) },
    keepNext: Boolean(title),
  })
  if (!title) return [typeLine]
  return [
    typeLine,
    centredLine([run(title, { size: SIZE.title, bold: true })], { keepNext: true }),
    shortRule([title], SIZE.title, TEXT_WIDTH, pt(18)),
  ]
}
