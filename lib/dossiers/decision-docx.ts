// Word (.docx) export of an award decision (quyết định khen thưởng), laid out as NĐ 30/2020/NĐ-CP,
// Phụ lục I asks, reusing the plan's layout pieces: header (issuing body, "Số: 12/QĐ-UBND" | national
// title, motto, italic place and date) → "QUYẾT ĐỊNH" and the trích yếu → the authority line → the
// "Căn cứ…" lines and "Xét đề nghị…" → "QUYẾT ĐỊNH:" → Điều 1 worded by the form of award ("Công nhận
// danh hiệu “Lao động tiên tiến”…", "Tặng Giấy khen…") with the table of awardees, Điều 2 (the cash and
// its source: the emulation fund of the deciding body), Điều 3 (execution) → recipients | signature.
// Pure: takes a DecisionDocument, returns bytes.
import { issuerTitle } from '../awards/authority'
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx'
import { awardLabel, isAwardCode, type AwardCode } from '../awards/catalog'
import { formatVnd } from '../awards/cash'
import type { PlanDocument } from '../plans/document'
import { placeOf } from '../plans/contents'
import { closingBlock } from '../plans/docx/closing-block'
import {
  bodyParagraph,
  centredLine,
  FONT,
  HEADER_DISTANCE,
  MARGIN,
  PAGE,
  run,
  SIZE,
  TEXT_WIDTH,
  TIGHT_SPACING,
} from '../plans/docx/format'
import { headerBlock, titleBlock } from '../plans/docx/header-block'
import { fontPt, pt } from '../plans/docx/measure'
import { pageHeaders } from '../plans/docx/page-headers'
import { CREATOR } from '../plans/docx/render-plan-docx'
import { upper } from '../plans/docx/wording'
import { vnDate } from '../shared/dates'

export const DECISION_TYPE = 'QUYẾT ĐỊNH'

export type DecisionAwardee = { name: string; unit: string; award: string; amount: number }

export interface DecisionDocument {
  issuer: string
  parentIssuer: string | null
  documentNumber: string | null
  place: string | null
  /** ISO date */
  decidedOn: string | null
  /** trích yếu, "Về việc khen thưởng …" */
  title: string
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI" */
  authority: string
  legalBases: string[]
  /** "Xét đề nghị của Trưởng phòng Nội vụ." */
  proposal: string
  /** Điều 1's opening, worded by the form of award */
  article1: string
  awardees: DecisionAwardee[]
  /** the body whose emulation fund pays */
  fundOwner: string
  signer: { authority: string | null; position: string | null; name: string | null }
  recipients: string[]
  /** the decision this one amends (SUA_DOI) or replaces (THAY_THE), NĐ 30/2020 Art. 18(3) */
  amends?: AmendedDecision | null
}

/** "Quyết định số 40/QĐ-UBND ngày 15/01/2025 của Ủy ban nhân dân huyện Long Thành" and how it is amended. */
export type AmendedDecision = { kind: 'SUA_DOI' | 'THAY_THE'; reference: string; number: string; title: string }

/** The legal bases in force on the day of the decision (lib/awards/legal-bases.ts periods). */
export function decisionLegalBases(decidedOn: string, isCommittee: boolean): string[] {
  const bases = isCommittee ? ['Căn cứ Luật Tổ chức chính quyền địa phương;'] : []
  if (decidedOn < '2024-01-01') {
    return [
      ...bases,
      'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013;',
      'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    ]
  }
  const decree =
    decidedOn < '2025-07-01'
      ? 'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;'
      : 'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;'
  return [...bases, 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', decree]
}

/**
 * How a decision words its one form of award (Luật Thi đua, khen thưởng 2022 Điều 80: the head "quyết định
 * tặng" titles and certificates; offices write "công nhận" for the annual LĐTT titles): the verb and what
 * it gives. Titles are given for a year; certificates for achievements.
 */
export const DECISION_FORMS: Record<AwardCode, { action: string; title: boolean }> = {
  LDTT: { action: 'Công nhận danh hiệu “Lao động tiên tiến”', title: true },
  TAP_THE_LDTT: { action: 'Công nhận danh hiệu “Tập thể lao động tiên tiến”', title: true },
  CSTD_CO_SO: { action: 'Tặng danh hiệu “Chiến sĩ thi đua cơ sở”', title: true },
  CSTD_TINH: { action: 'Tặng danh hiệu “Chiến sĩ thi đua cấp tỉnh”', title: true },
  CSTD_TOAN_QUOC: { action: 'Tặng danh hiệu “Chiến sĩ thi đua toàn quốc”', title: true },
  TAP_THE_LDXS: { action: 'Tặng danh hiệu “Tập thể lao động xuất sắc”', title: true },
  CO_THI_DUA_TINH: { action: 'Tặng Cờ thi đua của Chủ tịch Ủy ban nhân dân tỉnh', title: true },
  GIAY_KHEN: { action: 'Tặng Giấy khen', title: false },
  BANG_KHEN_TINH: { action: 'Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', title: false },
  BANG_KHEN_TTG: { action: 'Tặng Bằng khen của Thủ tướng Chính phủ', title: false },
  HUAN_CHUONG: { action: 'Tặng Huân chương', title: false },
  ANH_HUNG: { action: 'Tặng danh hiệu Anh hùng', title: false },
}

const lowerFirst = (t: string) => `${t.charAt(0).toLocaleLowerCase('vi-VN')}${t.slice(1)}`

/** The trích yếu the form suggests: "Về việc công nhận danh hiệu “Lao động tiên tiến” năm 2024". */
export function suggestedDecisionTitle(award: string, year: number): string {
  if (!isAwardCode(award)) return 'Về việc khen thưởng các cá nhân, tập thể có thành tích xuất sắc'
  const form = DECISION_FORMS[award]
  return `Về việc ${lowerFirst(form.action)}${form.title ? ` năm ${year}` : ` cho các cá nhân, tập thể có thành tích năm ${year}`}`
}

/**
 * Điều 1's opening for `count` awardees of one form. `issuer`: the deciding unit, for a Giấy khen, which names
 * whose it is ("Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã An Phước").
 */
export function article1Text(
  award: string | null,
  awardees: { individual: number; collective: number },
  year: number,
  issuer?: { name: string; kind: string } | null,
) {
  const who = [
    awardees.individual ? `${awardees.individual} cá nhân` : '',
    awardees.collective ? `${awardees.collective} tập thể` : '',
  ]
    .filter(Boolean)
    .join(' và ')
  if (!award || !isAwardCode(award))
    return `Khen thưởng ${who} có tên sau đây đã có thành tích trong phong trào thi đua:`
  const form = DECISION_FORMS[award]
  const action = award === 'GIAY_KHEN' && issuer ? `${form.action} của ${issuerTitle(issuer)}` : form.action
  return form.title
    ? `${action} năm ${year} cho ${who} có tên sau đây:`
    : `${action} cho ${who} có tên sau đây đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${year}:`
}

/** "Xét đề nghị…": the body that prepares award decisions at each level. */
export function proposalLine(issuer: { kind: string; level?: string }): string {
  if (issuer.kind !== 'CHINH_QUYEN') return 'Xét đề nghị của Hội đồng Thi đua - Khen thưởng.'
  if (issuer.level === 'TINH') return 'Xét đề nghị của Giám đốc Sở Nội vụ.'
  if (issuer.level === 'HUYEN') return 'Xét đề nghị của Trưởng phòng Nội vụ.'
  return 'Xét đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng.'
}

/** "Về việc khen thưởng…": the trích yếu as decisions print it. */
export function decisionTitle(title: string): string {
  const t = title.trim()
  if (/^về việc\s/iu.test(t)) return `Về việc ${t.replace(/^về việc\s+/iu, '')}`
  return `Về việc ${t.charAt(0).toLocaleLowerCase('vi-VN')}${t.slice(1)}`
}

type FoundDecision = {
  decision: {
    award?: string | null
    amendKind?: 'SUA_DOI' | 'THAY_THE' | null
    amends?: { documentNumber: string | null; decidedOn: Date | null; title: string } | null
    documentNumber: string | null
    decidedOn: Date | null
    title: string
    signerAuthority: string | null
    signerPosition: string | null
    signerName: string | null
  }
  issuer: { name: string; kind: string; level?: string }
  parentName: string | null
  /** the achievement year (of the dossiers); the decision's year when absent */
  year?: number
  items: { displayName: string; unitName: string; award: string; amount: number; personId?: string | null }[]
}

/** The document of a decision as lib/dossiers/queries.ts `findDecisionForActor` loads it. */
export function decisionDocumentOf(found: FoundDecision): DecisionDocument {
  const { decision, issuer } = found
  const committee = issuer.kind === 'CHINH_QUYEN'
  const decidedOn = decision.decidedOn ? decision.decidedOn.toISOString().slice(0, 10) : null
  const noSigner = !decision.signerAuthority && !decision.signerPosition
  return {
    issuer: issuer.name,
    // A people's committee prints no parent body above its name; an agency prints the body it belongs to.
    parentIssuer: committee ? null : found.parentName,
    documentNumber: decision.documentNumber,
    place: placeOf(issuer.name) ?? (found.parentName ? placeOf(found.parentName) : null),
    decidedOn,
    title: decisionTitle(decision.title),
    authority: committee ? `CHỦ TỊCH ${upper(issuer.name)}` : `THỦ TRƯỞNG ${upper(issuer.name)}`,
    legalBases: decisionLegalBases(decidedOn ?? '9999-12-31', committee),
    proposal: proposalLine(issuer),
    article1: article1Text(
      decision.award ?? single(found.items.map((i) => i.award)),
      {
        individual: found.items.filter((i) => i.personId).length,
        collective: found.items.filter((i) => !i.personId).length,
      },
      found.year ?? Number((decidedOn ?? '').slice(0, 4)),
      issuer,
    ),
    awardees: found.items.map((i) => ({
      name: i.displayName,
      unit: i.unitName,
      award: isAwardCode(i.award) ? awardLabel(i.award) : i.award,
      amount: i.amount,
    })),
    fundOwner: issuer.name,
    signer: {
      authority: decision.signerAuthority,
      position: noSigner && committee ? 'CHỦ TỊCH' : decision.signerPosition,
      name: decision.signerName,
    },
    recipients: ['Như Điều 3', 'Lưu: VT, NV'],
    amends:
      decision.amends && decision.amendKind
        ? {
            kind: decision.amendKind,
            number: decision.amends.documentNumber ?? '',
            reference: `Quyết định số ${decision.amends.documentNumber ?? ''} ngày ${vnDate(decision.amends.decidedOn)} của ${committee ? `Chủ tịch ${issuer.name}` : `Thủ trưởng ${issuer.name}`}`,
            title: decisionTitle(decision.amends.title),
          }
        : null,
  }
}

/**
 * Điều 1 of an amending decision (sửa đổi, bổ sung): what it amends, then the awards as they now read;
 * the rest of the amended decision stands. A replacing decision words Điều 1 as a new one and says in its
 * last article which decision it replaces (NĐ 30/2020 Art. 18(3); docs/decisions/0017).
 */
export function amendingArticle1(amends: AmendedDecision): string {
  return `Sửa đổi, bổ sung ${amends.reference} ${lowerFirst(amends.title)}: khen thưởng đối với các cá nhân, tập thể có tên sau đây được sửa đổi như sau:`
}

/** The one value of a list, or null when it has none or several. */
const single = (values: string[]) => (new Set(values).size === 1 ? values[0] : null)

const TABLE_SIZE = 13
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const COLUMNS = [0.08, 0.28, 0.26, 0.22, 0.16].map((share) => Math.round(TEXT_WIDTH * share))

function cell(
  text: string,
  width: number,
  options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: pt(4), right: pt(4), top: pt(2), bottom: pt(2) },
    children: [
      new Paragraph({
        alignment: options.align ?? AlignmentType.LEFT,
        spacing: TIGHT_SPACING,
        children: [run(text, { size: TABLE_SIZE, bold: options.bold })],
      }),
    ],
  })
}

/** Điều 1's table: STT, họ tên / tập thể, đơn vị, hình thức, số tiền, and the total. */
function awardeeTable(awardees: DecisionAwardee[]): Table {
  const header = ['STT', 'Họ và tên / Tập thể', 'Đơn vị', 'Hình thức khen thưởng', 'Số tiền (đồng)']
  const total = awardees.reduce((sum, a) => sum + a.amount, 0)
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: header.map((h, i) => cell(h, COLUMNS[i], { bold: true, align: AlignmentType.CENTER })),
    }),
    ...awardees.map(
      (a, index) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(String(index + 1), COLUMNS[0], { align: AlignmentType.CENTER }),
            cell(a.name, COLUMNS[1]),
            cell(a.unit, COLUMNS[2]),
            cell(a.award, COLUMNS[3]),
            cell(a.amount > 0 ? formatVnd(a.amount) : '-', COLUMNS[4], { align: AlignmentType.RIGHT }),
          ],
        }),
    ),
    new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          columnSpan: 4,
          width: { size: COLUMNS.slice(0, 4).reduce((a, b) => a + b, 0), type: WidthType.DXA },
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: TIGHT_SPACING,
              children: [run('Tổng cộng', { size: TABLE_SIZE, bold: true })],
            }),
          ],
        }),
        cell(formatVnd(total), COLUMNS[4], { bold: true, align: AlignmentType.RIGHT }),
      ],
    }),
  ]
  const borders = {
    top: CELL_BORDER,
    bottom: CELL_BORDER,
    left: CELL_BORDER,
    right: CELL_BORDER,
    insideHorizontal: CELL_BORDER,
    insideVertical: CELL_BORDER,
  }
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS,
    layout: TableLayoutType.FIXED,
    borders,
    rows,
  })
}

const article = (label: string, text: string, keepNext = false) =>
  bodyParagraph([run(`${label} `, { bold: true }), run(text)], { keepNext })

/** The paragraphs and tables between the title and the closing block. */
function decisionBody(doc: DecisionDocument): FileChild[] {
  const total = doc.awardees.reduce((sum, a) => sum + a.amount, 0)
  const amounts = [...new Set(doc.awardees.map((a) => a.amount))]
  const each = amounts.length === 1 ? `mỗi cá nhân, tập thể ${formatVnd(amounts[0])}; ` : ''
  const money =
    total > 0
      ? `Tiền thưởng kèm theo: ${each}tổng cộng ${formatVnd(total)} (mức của từng cá nhân, tập thể tại Điều 1). Nguồn kinh phí: Quỹ thi đua, khen thưởng của ${doc.fundOwner}, theo quy định của pháp luật về thi đua, khen thưởng.`
      : `Các khoản chi cho công tác khen thưởng (nếu có) được chi từ Quỹ thi đua, khen thưởng của ${doc.fundOwner} theo quy định của pháp luật về thi đua, khen thưởng.`
  const office = doc.authority.startsWith('CHỦ TỊCH')
    ? `Chánh Văn phòng ${doc.fundOwner}`
    : `Chánh Văn phòng (Trưởng phòng Hành chính) ${doc.fundOwner}`
  return [
    centredLine([run(doc.authority, { size: SIZE.title, bold: true })], {
      spacing: { before: 0, after: pt(12) },
      keepNext: true,
    }),
    ...doc.legalBases.map((basis) => bodyParagraph([run(basis, { italics: true })])),
    bodyParagraph([run(doc.proposal, { italics: true })]),
    centredLine([run('QUYẾT ĐỊNH:', { size: SIZE.documentType, bold: true })], {
      spacing: { before: pt(6), after: pt(6) },
      keepNext: true,
    }),
    article('Điều 1.', doc.amends?.kind === 'SUA_DOI' ? amendingArticle1(doc.amends) : doc.article1, true),
    awardeeTable(doc.awardees),
    new Paragraph({ spacing: { before: 0, after: pt(6) }, children: [] }),
    ...(doc.amends?.kind === 'SUA_DOI'
      ? [bodyParagraph([run(`Các nội dung khác của Quyết định số ${doc.amends.number} giữ nguyên hiệu lực thi hành.`)])]
      : []),
    article('Điều 2.', money),
    article(
      'Điều 3.',
      `Quyết định này có hiệu lực kể từ ngày ký${doc.amends?.kind === 'THAY_THE' ? ` và thay thế ${doc.amends.reference}` : ''}. ${office}, Thủ trưởng các cơ quan, đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
      true,
    ),
  ]
}

/** The plan document shape the shared header and closing blocks read. */
function layoutOf(doc: DecisionDocument): PlanDocument {
  return {
    documentType: DECISION_TYPE,
    documentNumber: doc.documentNumber,
    issuer: doc.issuer,
    parentIssuer: doc.parentIssuer,
    place: doc.place,
    issuedOn: doc.decidedOn,
    title: doc.title,
    legalBases: [],
    preamble: null,
    purposes: [],
    requirements: [],
    focusTasks: [],
    movements: [],
    periods: [],
    implementation: [],
    recipients: doc.recipients,
    signer: doc.signer,
  }
}

export async function renderDecisionDocx(doc: DecisionDocument): Promise<Buffer> {
  const layout = layoutOf(doc)
  const closing = closingBlock(layout)
  const document = new Document({
    title: doc.title,
    subject: `Quyết định số ${doc.documentNumber ?? ''} của ${doc.issuer}`,
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
    theme: { fonts: { headings: FONT, body: FONT } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, header: HEADER_DISTANCE, footer: HEADER_DISTANCE },
          },
          titlePage: true,
        },
        headers: pageHeaders(false),
        children: [headerBlock(layout), ...titleBlock(layout), ...decisionBody(doc), ...(closing ? [closing] : [])],
      },
    ],
  })
  return Packer.toBuffer(document)
}
