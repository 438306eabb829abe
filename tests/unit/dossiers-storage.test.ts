// What an uploaded file is, judged by its content; and the name it is kept and sent back under.
import { describe, expect, it } from 'vitest'
import { Document, Packer, Paragraph } from 'docx'
import ExcelJS from 'exceljs'
import {
  MAX_UPLOAD_BYTES,
  attachmentDisposition,
  sanitizeFileName,
  sniffContentType,
  uploadProblem,
  zipEntryNames,
} from '../../lib/dossiers/storage'

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))))

/** A zip with stored (uncompressed) entries, enough for the sniffer. */
function storedZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(entries)) {
    const n = Buffer.from(name)
    const data = Buffer.from(content)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(n.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(n.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, n, data)
    centrals.push(central, n)
    offset += 30 + n.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(entries).length, 8)
  end.writeUInt16LE(Object.keys(entries).length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const PDF = bytes('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR')
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF')
const EXE = bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0], 'This program cannot be run in DOS mode.')

describe('content sniffing', () => {
  it('recognises PDF, PNG and JPEG by their first bytes', () => {
    expect(sniffContentType(PDF)?.contentType).toBe('application/pdf')
    expect(sniffContentType(PNG)?.contentType).toBe('image/png')
    expect(sniffContentType(JPEG)?.contentType).toBe('image/jpeg')
  })

  it('recognises real Word and Excel files as zips with [Content_Types].xml', async () => {
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('Báo cáo thành tích')] }] }),
    )
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Danh sách').addRow(['Họ và tên'])
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer())
    expect(zipEntryNames(docx)).toContain('[Content_Types].xml')
    expect(sniffContentType(docx)?.extension).toBe('docx')
    expect(sniffContentType(xlsx)?.extension).toBe('xlsx')
  })

  it('refuses executables, plain zips, other office zips, HTML, text and broken zips', () => {
    expect(sniffContentType(EXE)).toBeNull()
    expect(sniffContentType(storedZip({ 'virus.exe': 'MZ' }))).toBeNull()
    expect(
      sniffContentType(storedZip({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p/>' })),
    ).toBeNull()
    expect(
      sniffContentType(storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>' }))?.extension,
    ).toBe('docx')
    expect(sniffContentType(bytes('PK', [3, 4], 'word/ [Content_Types].xml but no directory'))).toBeNull()
    expect(sniffContentType(bytes('<!doctype html><script>alert(1)</script>'))).toBeNull()
    expect(sniffContentType(bytes(' %PDF-1.4'))).toBeNull() // the signature must come first
    expect(sniffContentType(new Uint8Array())).toBeNull()
  })

  it('explains why a file is refused: empty, too large, wrong content', () => {
    expect(uploadProblem(new Uint8Array())).toMatch(/Tệp rỗng/)
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1)
    big.set(PDF)
    expect(uploadProblem(big)).toMatch(/Tệp quá lớn \(tối đa 10 MB\)/)
    expect(uploadProblem(EXE)).toMatch(/không đúng định dạng/)
    const limit = new Uint8Array(MAX_UPLOAD_BYTES)
    limit.set(PDF)
    expect(uploadProblem(limit)).toBeNull()
  })
})

describe('file names', () => {
  it('keeps only the last path segment and Vietnamese letters', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd')
    expect(sanitizeFileName('C:\\Users\\an\\Báo cáo thành tích.pdf')).toBe('Báo cáo thành tích.pdf')
    expect(sanitizeFileName('To trinh'.normalize('NFD'))).toBe('To trinh')
    expect(sanitizeFileName('Tờ trình'.normalize('NFD'))).toBe('Tờ trình'.normalize('NFC'))
  })

  it('drops control and reserved characters, leading dots and bidi tricks', () => {
    expect(sanitizeFileName('.htaccess')).toBe('htaccess')
    expect(sanitizeFileName('a\u0000b\r\nc.pdf')).toBe('abc.pdf')
    expect(sanitizeFileName('bao<cao>:"x"|y?*.pdf')).toBe('bao_cao___x__y__.pdf')
    expect(sanitizeFileName('hoa\u202Efdp.exe')).toBe('hoafdp.exe')
    expect(sanitizeFileName('   ')).toBe('tep-dinh-kem')
    expect(sanitizeFileName('...', 'pdf')).toBe('tep-dinh-kem.pdf')
  })

  it('makes the name end with the extension of the sniffed type', () => {
    expect(sanitizeFileName('bao-cao.exe', 'pdf')).toBe('bao-cao.exe.pdf')
    expect(sanitizeFileName('anh.JPEG', 'jpg')).toBe('anh.JPEG')
    expect(sanitizeFileName('anh', 'png')).toBe('anh.png')
    expect(sanitizeFileName('Bien ban.PDF', 'pdf')).toBe('Bien ban.PDF')
  })

  it('cuts long names but keeps the extension', () => {
    const name = sanitizeFileName(`${'dài '.repeat(100)}.docx`, 'docx')
    expect(name.length).toBeLessThanOrEqual(150)
    expect(name.endsWith('.docx')).toBe(true)
  })

  it('sends the name as an attachment with an ASCII fallback and the UTF-8 form', () => {
    const header = attachmentDisposition('Báo cáo "Đạt".pdf')
    expect(header).toMatch(/^attachment; /)
    expect(header).toContain('filename="Bao cao _Dat_.pdf"')
    expect(header).toContain(`filename*=UTF-8''${encodeURIComponent('Báo cáo "Đạt".pdf')}`)
  })
})
