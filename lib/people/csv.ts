// CSV as Vietnamese offices produce it: UTF-8 with or without BOM, comma (or, from Excel with a Vietnamese
// locale, semicolon) separated, quoted fields that may hold separators, quotes ("") and line breaks. Pure.
import type { SheetRow } from './sheet'

export const NOT_UTF8 =
  'Tệp không phải UTF-8: hãy lưu lại dưới dạng CSV UTF-8 (trong Excel: Lưu dưới dạng → CSV UTF-8 (Comma delimited)).'
export const NOT_A_SHEET = 'Tệp không phải bảng tính .xlsx hoặc .csv: hãy chọn tệp Excel (.xlsx) hoặc CSV UTF-8.'

/** Decodes UTF-8 strictly (a Windows-1258/1252 file fails here), dropping a BOM. */
export function decodeCsv(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  if (bytes.includes(0)) return { ok: false, message: NOT_A_SHEET }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return { ok: false, message: NOT_UTF8 }
  }
  // Control characters other than tab and line breaks mean a binary file that happened to decode.
  if (/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)) return { ok: false, message: NOT_A_SHEET }
  return { ok: true, text: text.replace(/^\uFEFF/, '') }
}

/** The separator used in the first lines (outside quotes): the most frequent of , ; and tab. */
export function detectDelimiter(text: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ])
  let quoted = false
  let lines = 0
  for (let i = 0; i < text.length && lines < 5; i++) {
    const ch = text[i]
    if (ch === '"') quoted = !quoted
    else if (!quoted && ch === '\n') lines++
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1)
  }
  return [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]
}

/** Records of the file, numbered as a spreadsheet shows them (a quoted line break stays in its record). */
export function parseCsv(
  text: string,
  delimiter = detectDelimiter(text),
): { ok: true; rows: SheetRow[] } | { ok: false; message: string } {
  const rows: SheetRow[] = []
  let cells: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let quoteLine = 0
  const endField = () => {
    cells.push(field)
    field = ''
  }
  const endRecord = () => {
    endField()
    rows.push({ row: rows.length + 1, cells })
    cells = []
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else {
        if (ch === '\n') line++
        field += ch === '\r' && text[i + 1] === '\n' ? '' : ch
      }
    } else if (ch === '"' && field.trim() === '') {
      quoted = true
      field = ''
      quoteLine = line
    } else if (ch === delimiter) endField()
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRecord()
      line++
    } else field += ch
  }
  if (quoted) return { ok: false, message: `Tệp CSV bị lỗi: dấu ngoặc kép mở ở dòng ${quoteLine} không được đóng.` }
  if (field !== '' || cells.length > 0) endRecord()
  return { ok: true, rows }
}

/** A cell that a spreadsheet would run as a formula is prefixed with an apostrophe (undone on import). */
export const safeCell = (value: string) => (/^[=+\-@]/.test(value) ? `'${value}` : value)
const quote = (value: string) => (/[",;\r\n\t]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

/** CSV lines (each ending in CRLF) of these rows, without the BOM: for a file written piece by piece. */
export function csvLines(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map((c) => quote(safeCell(c))).join(',') + '\r\n').join('')
}

/** CSV UTF-8 with BOM (so Excel shows the accents), comma separated, CRLF line ends. */
export function toCsv(rows: readonly (readonly string[])[]): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`\uFEFF${csvLines(rows)}`)
}
