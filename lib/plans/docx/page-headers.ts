// Page headers: the page number, centred at the top from page 2 on (NĐ 30, Phụ lục I, mục I.7 "Số trang
// văn bản … được đặt canh giữa theo chiều ngang trong phần lề trên của văn bản, không hiển thị số trang
// thứ nhất"), and on a draft the "DỰ THẢO" marks.
import { AlignmentType, BorderStyle, Header, PageNumber, Paragraph, Tab, TabStopType, TextRun } from 'docx'
import { TextWatermark } from 'docx/watermarks'
import { fontPt } from './measure'
import { FONT, SIZE, TEXT_WIDTH, TIGHT_SPACING } from './format'

export const DRAFT_MARK = 'DỰ THẢO'
const DRAFT_COLOR = 'FF0000'

/** The bold red "DỰ THẢO" in a box, as drafts are marked by hand at the top right of the first page. */
function draftMark(): TextRun {
  return new TextRun({
    text: `\u00a0${DRAFT_MARK}\u00a0`,
    font: FONT,
    size: fontPt(SIZE.pageNumber),
    bold: true,
    color: DRAFT_COLOR,
    border: { style: BorderStyle.SINGLE, size: 12, color: DRAFT_COLOR, space: 2 },
  })
}

/**
 * A real Word watermark (a WordArt shape behind the text, which Word's Design > Watermark command can
 * remove) repeated on every page through the headers.
 */
function draftWatermark(): TextWatermark {
  return new TextWatermark({ text: DRAFT_MARK, font: FONT, bold: true, color: DRAFT_COLOR, opacity: 0.15 })
}

/** First page: no page number; on a draft, the boxed mark at the right and the watermark. */
function firstPageHeader(draft: boolean): Header {
  const children = draft ? [draftWatermark(), draftMark()] : []
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, spacing: TIGHT_SPACING, children })],
  })
}

const tab = () => new TextRun({ children: [new Tab()] })

/** Pages 2 and on: the page number centred; on a draft also the boxed mark at the right margin. */
function otherPagesHeader(draft: boolean): Header {
  const pageNumber = new TextRun({ font: FONT, size: fontPt(SIZE.pageNumber), children: [PageNumber.CURRENT] })
  const paragraph = draft
    ? new Paragraph({
        spacing: TIGHT_SPACING,
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(TEXT_WIDTH / 2) },
          { type: TabStopType.RIGHT, position: TEXT_WIDTH },
        ],
        children: [draftWatermark(), tab(), pageNumber, tab(), draftMark()],
      })
    : new Paragraph({ alignment: AlignmentType.CENTER, spacing: TIGHT_SPACING, children: [pageNumber] })
  return new Header({ children: [paragraph] })
}

/** Headers of the single section; the section sets `titlePage` so that `first` is used on page 1. */
export function pageHeaders(draft: boolean): { first: Header; default: Header } {
  return { first: firstPageHeader(draft), default: otherPagesHeader(draft) }
}
