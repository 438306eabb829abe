// Reads a PDF the way a reviewer would: the size of each page (in PostScript points) and its text.
import { extractText, getDocumentProxy } from 'unpdf'

export interface PdfSummary {
  pages: { width: number; height: number }[]
  text: string
}

export async function readPdf(bytes: Uint8Array): Promise<PdfSummary> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const pages: PdfSummary['pages'] = []
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i)
    const { width, height } = page.getViewport({ scale: 1 })
    pages.push({ width, height })
  }
  const { text } = await extractText(pdf, { mergePages: true })
  return { pages, text }
}

/** A4 is 210 x 297 mm: 595.28 x 841.89 pt. */
export const A4_POINTS = { width: (210 / 25.4) * 72, height: (297 / 25.4) * 72 }
