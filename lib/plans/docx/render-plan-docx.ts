// Word (.docx) export of an annual emulation plan, laid out as NĐ 30/2020/NĐ-CP, Phụ lục I asks:
//   header block (issuing body, number | national title, motto, place and date) → document type and
//   title → legal bases → I., II., III. → recipients | signature. Page numbers from page 2 on.
// Pure: takes a PlanDocument, returns the file's bytes.
import { Document, Packer, type FileChild } from 'docx'
import type { PlanDocument } from '../document'
import { bodyBlocks } from './body'
import { closingBlock } from './closing-block'
import { FONT, HEADER_DISTANCE, MARGIN, PAGE, SIZE } from './format'
import { headerBlock, titleBlock } from './header-block'
import { fontPt } from './measure'
import { DRAFT_MARK, pageHeaders } from './page-headers'

export const CREATOR = 'Phần mềm thi đua, khen thưởng'
const LANGUAGE = 'vi-VN'

export interface RenderPlanDocxOptions {
  /** Marks every page "DỰ THẢO" (watermark, header mark, boxed mark on page 1). */
  draft: boolean
}

/** The document's properties (File > Info in Word). */
function coreProperties(doc: PlanDocument, draft: boolean) {
  const type = doc.documentType.trim()
  const title = doc.title?.trim() || type
  const numbered = doc.documentNumber?.trim() ? `${type} số ${doc.documentNumber.trim()}` : type
  const issuer = doc.issuer?.trim() ? ` của ${doc.issuer.trim()}` : ''
  return {
    title,
    subject: `${numbered}${issuer}`,
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    description: draft ? `${DRAFT_MARK}: ${numbered} - ${title} (chưa ban hành)` : `${numbered} - ${title}`,
    keywords: draft ? `${DRAFT_MARK}; thi đua; khen thưởng` : 'thi đua; khen thưởng',
  }
}

/** Times New Roman everywhere, including the theme fonts Word falls back on, in Vietnamese. */
export const STYLES = {
  default: {
    document: {
      run: {
        font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
        size: fontPt(SIZE.body),
        language: { value: LANGUAGE },
      },
    },
  },
}

export async function renderPlanDocx(doc: PlanDocument, options: RenderPlanDocxOptions): Promise<Buffer> {
  const closing = closingBlock(doc)
  const children: FileChild[] = [
    headerBlock(doc),
    ...titleBlock(doc),
    ...bodyBlocks(doc, { keepLastWithNext: closing !== null }),
    ...(closing ? [closing] : []),
  ]

  const document = new Document({
    ...coreProperties(doc, options.draft),
    styles: STYLES,
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
        headers: pageHeaders(options.draft),
        children,
      },
    ],
  })
  return Packer.toBuffer(document)
}
