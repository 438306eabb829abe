// The thin layer between an uploaded file and the pure sheet validation: checks size and kind by content
// (an .xlsx is a zip, "PK\x03\x04"; a .csv must be UTF-8 text) and turns the first worksheet into rows.
import { createHash } from 'node:crypto'
import ExcelJS from 'exceljs'
import { DomainError } from '../shared/errors'
import { NOT_A_SHEET, decodeCsv, parseCsv } from './csv'
import { vnDate } from './labels'
import { MAX_ROWS, type SheetRow } from './sheet'
import { tooLargeMessage, UPLOAD_LIMITS } from '../shared/upload-limits'

export const MAX_FILE_BYTES = UPLOAD_LIMITS.spreadsheetBytes
export type Upload = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b)
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0] // Excel 97-2003 (.xls)
const PDF = [0x25, 0x50, 0x44, 0x46]

/** Reads an uploaded file into rows, or throws a DomainError for the file field. Nothing is stored. */
export async function readUpload(file: unknown): Promise<{ name: string; digest: string; rows: SheetRow[] }> {
  if (!isUpload(file) || file.size === 0) throw new DomainError('Vui lòng chọn tệp .xlsx hoặc .csv.', 'file')
  if (file.size > MAX_FILE_BYTES)
    throw new DomainError(`${tooLargeMessage(MAX_FILE_BYTES, file.size)} Hãy chia thành nhiều tệp nhỏ hơn.`, 'file')
  const bytes = new Uint8Array(await file.arrayBuffer())
  const digest = createHash('sha256').update(bytes).digest('hex')
  return { name: file.name.slice(0, 200), digest, rows: await readSheetBytes(bytes) }
}

function isUpload(file: unknown): file is Upload {
  return typeof file === 'object' && file !== null && 'arrayBuffer' in file && typeof (file as Upload).size === 'number'
}

export async function readSheetBytes(bytes: Uint8Array): Promise<SheetRow[]> {
  if (startsWith(bytes, ZIP)) return readXlsx(bytes)
  if (startsWith(bytes, OLE)) {
    throw new DomainError(
      'Tệp Excel 97-2003 (.xls) chưa được hỗ trợ: hãy lưu lại dưới dạng Excel Workbook (.xlsx) hoặc CSV UTF-8.',
      'file',
    )
  }
  if (startsWith(bytes, PDF)) throw new DomainError(NOT_A_SHEET, 'file')
  const decoded = decodeCsv(bytes)
  if (!decoded.ok) throw new DomainError(decoded.message, 'file')
  const parsed = parseCsv(decoded.text)
  if (!parsed.ok) throw new DomainError(parsed.message, 'file')
  return parsed.rows
}

async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0])
  } catch {
    throw new DomainError('Không đọc được tệp Excel: hãy mở tệp và lưu lại dưới dạng Excel Workbook (.xlsx).', 'file')
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0)
  if (!sheet) throw new DomainError('Tệp Excel không có trang tính nào có dữ liệu.', 'file')
  if (sheet.actualRowCount > MAX_ROWS + 20) {
    throw new DomainError(
      `Tệp có hơn ${MAX_ROWS.toLocaleString('vi-VN')} dòng dữ liệu: hãy chia thành nhiều tệp.`,
      'file',
    )
  }
  const rows: SheetRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value)
    })
    rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') })
  })
  return rows
}

/** The text a cell shows: dates as dd/mm/yyyy (Excel dates carry no time zone; exceljs reads them as UTC). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return vnDate(value)
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('')
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    if ('text' in value) return String(value.text)
    return ''
  }
  return String(value)
}
