// Certificates as PDF (pdfkit: a maintained PDF writer that embeds and subsets TrueType fonts, wraps and
// aligns text, and streams pages; pdf-lib would need fontkit and our own line breaking). One page per
// awardee, A4 landscape, Vietnamese in Liberation Serif (metric-compatible with Times New Roman, SIL OFL,
// committed in lib/certificates/fonts with its licence). Also the test-print page: a millimetre grid with
// every field's box, to align a printer's blank before printing the real ones.
import path from 'node:path'
import PDFDocument from 'pdfkit'
import { BASE_LAYOUT, FIELD_KEYS, FIELD_LABELS, PAGE_MM, placed, type FieldKey, type Offsets } from './templates'

const FONT_DIR = path.join(process.cwd(), 'lib', 'certificates', 'fonts')
const FONTS = {
  regular: path.join(FONT_DIR, 'LiberationSerif-Regular.ttf'),
  bold: path.join(FONT_DIR, 'LiberationSerif-Bold.ttf'),
  italic: path.join(FONT_DIR, 'LiberationSerif-Italic.ttf'),
  boldItalic: path.join(FONT_DIR, 'LiberationSerif-BoldItalic.ttf'),
}
const RED = '#c8102e'
const MM = 72 / 25.4
const mm = (v: number) => v * MM

export type CertificatePage = Record<FieldKey, string>

function newDocument(title: string) {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    autoFirstPage: false,
    font: FONTS.regular,
    info: { Title: title, Creator: 'Phần mềm thi đua, khen thưởng' },
  })
  doc.registerFont('regular', FONTS.regular)
  doc.registerFont('bold', FONTS.bold)
  doc.registerFont('italic', FONTS.italic)
  doc.registerFont('boldItalic', FONTS.boldItalic)
  return doc
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = []
  return new Promise((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.end()
  })
}

function writeField(doc: PDFKit.PDFDocument, key: FieldKey, text: string, offsets: Offsets) {
  if (!text) return
  const box = placed(key, offsets)
  const font = box.bold && box.italic ? 'boldItalic' : box.bold ? 'bold' : box.italic ? 'italic' : 'regular'
  doc
    .font(font)
    .fontSize(box.size)
    .fillColor(box.red ? RED : 'black')
    .text(text, mm(box.x), mm(box.y), { width: mm(box.width), align: box.align, lineGap: 2 })
  if (key === 'national') {
    // the short rule under "Độc lập - Tự do - Hạnh phúc"
    const y = doc.y + 2
    const centre = mm(box.x + box.width / 2)
    doc
      .moveTo(centre - mm(30), y)
      .lineTo(centre + mm(30), y)
      .lineWidth(0.8)
      .strokeColor('black')
      .stroke()
  }
}

/** One PDF, one page per awardee; each page with the offsets of its template. */
export async function renderCertificates(
  title: string,
  pages: readonly { fields: CertificatePage; offsets: Offsets }[],
) {
  const doc = newDocument(title)
  for (const page of pages) {
    doc.addPage()
    for (const key of FIELD_KEYS) writeField(doc, key, page.fields[key], page.offsets)
  }
  return collect(doc)
}

/** A grid every 10 mm (5 mm ticks) and each field's box, named, where it will print with these offsets. */
export async function renderTestPage(title: string, offsets: Offsets) {
  const doc = newDocument(title)
  doc.addPage()
  doc.lineWidth(0.2).strokeColor('#9ca3af')
  for (let x = 0; x <= PAGE_MM.width; x += 5) {
    doc
      .lineWidth(x % 10 === 0 ? 0.3 : 0.1)
      .moveTo(mm(x), 0)
      .lineTo(mm(x), mm(PAGE_MM.height))
      .stroke()
    if (x % 10 === 0 && x > 0 && x < PAGE_MM.width)
      doc
        .font('regular')
        .fontSize(6)
        .fillColor('#4b5563')
        .text(String(x), mm(x) + 1, 2, { lineBreak: false })
  }
  for (let y = 0; y <= PAGE_MM.height; y += 5) {
    doc
      .lineWidth(y % 10 === 0 ? 0.3 : 0.1)
      .moveTo(0, mm(y))
      .lineTo(mm(PAGE_MM.width), mm(y))
      .stroke()
    if (y % 10 === 0 && y > 0 && y < PAGE_MM.height)
      doc
        .font('regular')
        .fontSize(6)
        .fillColor('#4b5563')
        .text(String(y), 2, mm(y) + 1, { lineBreak: false })
  }
  for (const key of FIELD_KEYS) {
    const box = placed(key, offsets)
    const height = BASE_LAYOUT[key].size * 0.5
    doc
      .lineWidth(0.8)
      .strokeColor(box.red ? RED : '#1d4ed8')
      .rect(mm(box.x), mm(box.y), mm(box.width), mm(height))
      .stroke()
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#1d4ed8')
      .text(`${FIELD_LABELS[key]} (x ${box.x.toFixed(1)}, y ${box.y.toFixed(1)} mm)`, mm(box.x) + 2, mm(box.y) + 2, {
        width: mm(box.width) - 4,
      })
  }
  doc
    .font('bold')
    .fontSize(12)
    .fillColor('black')
    .text('TRANG IN THỬ: ' + title, mm(20), mm(PAGE_MM.height - 12))
  return collect(doc)
}
