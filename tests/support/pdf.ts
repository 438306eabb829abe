// The text of each page of a PDF (pdfjs-dist, the reader Firefox uses), for tests that check what prints.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise
  const pages: string[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const content = await page.getTextContent()
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .normalize('NFC'),
    )
  }
  await doc.destroy()
  return pages
}
