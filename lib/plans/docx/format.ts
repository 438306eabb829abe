// Page setup, fonts and the paragraph shapes every block of the plan is built from.
// Values cite NĐ 30/2020/NĐ-CP, Phụ lục I ("Thể thức và kỹ thuật trình bày văn bản hành chính").
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
} from 'docx'
import { MARGIN_MM } from '../page-format'
import { cm, fontPt, lines, mm, pt } from './measure'

/** Phụ lục I, I.2: phông chữ Times New Roman (bộ mã Unicode TCVN 6909:2001). */
export const FONT = 'Times New Roman'

/** Phụ lục I, I.3: khổ giấy A4 (210 mm x 297 mm), portrait. Word's own A4 values, in twips. */
export const PAGE = { width: 11906, height: 16838 } as const

/** Phụ lục I, I.5: lề trên, lề dưới 20-25 mm; lề trái 30-35 mm; lề phải 15-20 mm. The lower bound of each. */
export const MARGIN = {
  top: mm(MARGIN_MM.top),
  bottom: mm(MARGIN_MM.bottom),
  left: mm(MARGIN_MM.left),
  right: mm(MARGIN_MM.right),
} as const

/** Distance from the page edge to the page-number header, inside the 20 mm top margin. */
export const HEADER_DISTANCE = mm(10)

/** The width text can take between the left and right margins. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right

/** Font sizes in points, from the table in Phụ lục I, mục IV. */
export const SIZE = {
  /** Nội dung văn bản: 13-14 */
  body: 14,
  /** Quốc hiệu, tên cơ quan chủ quản và ban hành: 12-13 */
  nationalTitle: 13,
  issuer: 13,
  /** Tiêu ngữ: 13-14 */
  motto: 14,
  /** Số, ký hiệu: 13 */
  number: 13,
  /** Địa danh và thời gian: 13-14, nghiêng */
  placeDate: 14,
  /** Tên loại và trích yếu: 13-14, đậm */
  documentType: 14,
  title: 14,
  /** Quyền hạn, chức vụ và họ tên người ký: 13-14, đậm */
  signer: 14,
  /** "Nơi nhận:" 12, nghiêng đậm; the list 11 */
  recipientsHeading: 12,
  recipient: 11,
  /** Số trang: 13-14 */
  pageNumber: 13,
} as const

/**
 * Phụ lục I, mục IV: chữ đầu dòng lùi vào 1 cm đến 1,27 cm; khoảng cách giữa các đoạn tối thiểu 6 pt;
 * khoảng cách giữa các dòng từ dòng đơn đến 1,5 dòng.
 */
export const BODY_FIRST_LINE_INDENT = cm(1)
export const BODY_SPACING = { before: 0, after: pt(6), line: lines(1.15), lineRule: LineRuleType.AUTO }

/** Spacing for the compact blocks (header and closing tables): single lines, nothing between paragraphs. */
export const TIGHT_SPACING = { before: 0, after: 0, line: lines(1), lineRule: LineRuleType.AUTO }

/** A thin solid line, as the rules under the issuing body, the motto and the title are drawn. */
const RULE_BORDER = { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 }

export interface RunStyle {
  size?: number
  bold?: boolean
  italics?: boolean
  color?: string
  /** Starts the run on a new line of the same paragraph. */
  lineBreakBefore?: boolean
}

/** A run of text in the document font; `size` in points. */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    // Precomposed Vietnamese letters (NFC): fonts and Word's spell checker handle them best.
    text: text.normalize('NFC'),
    font: FONT,
    size: fontPt(style.size ?? SIZE.body),
    bold: style.bold,
    italics: style.italics,
    color: style.color,
    break: style.lineBreakBefore ? 1 : undefined,
  })
}

/** A justified body paragraph with the first-line indent, for running text, list items and headings. */
export function bodyParagraph(children: TextRun[], options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY_FIRST_LINE_INDENT },
    spacing: BODY_SPACING,
    keepNext: options.keepNext,
    keepLines: options.keepNext,
  })
}

/** A centred, single-spaced paragraph for the header and signature blocks. */
export function centredLine(children: TextRun[], options: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: TIGHT_SPACING, ...options, children })
}

/**
 * A horizontal rule `width` twips long, centred in a block `containerWidth` wide: an empty, very low
 * paragraph whose bottom border is narrowed by equal left and right indents.
 */
export function centredRule(width: number, containerWidth: number, spaceAfter = 0): Paragraph {
  const side = Math.max(0, Math.round((containerWidth - width) / 2))
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: pt(2), after: spaceAfter, line: pt(2), lineRule: LineRuleType.EXACT },
    border: { bottom: RULE_BORDER },
    run: { size: fontPt(1) },
    children: [],
  })
}

/** A table with no borders whose cells hold blocks side by side (header and closing blocks). */
export function layoutTable(columnWidths: number[], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          // A block is not split between two pages (the signature never stands alone on a page).
          cantSplit: true,
          children: cells.map(
            (children, column) =>
              new TableCell({
                width: { size: columnWidths[column], type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
                children: children.length > 0 ? children : [new Paragraph({ children: [] })],
              }),
          ),
        }),
    ),
  })
}
