// Rows of tasks copied from a Word or Excel table (the clipboard holds them as tab-separated text) or a
// plain list, one task per line. Pure: which column is which comes from a header row when there is one
// ("STT | Nội dung | Thời gian | Chủ trì | Hạn"), else from what the cells hold (numbers, periods,
// dates, the longest text). The use case (paste-tasks.ts) resolves periods, units and dates against
// the plan and its tree.
import { normalizeText, foldUpper } from './parse/text'
import { parsePeriodLabel } from './parse/periods'
import { isoDate } from './parse/dates'

export type PasteColumn = 'index' | 'text' | 'period' | 'lead' | 'due' | 'ignored'

export interface PastedRow {
  /** 1-based row number among the pasted rows that hold something (header excluded), as the preview numbers them */
  row: number
  text: string
  period: string | null
  lead: string | null
  due: string | null
}

export interface PastedTable {
  columns: PasteColumn[]
  hasHeader: boolean
  rows: PastedRow[]
}

export const MAX_PASTED_ROWS = 300
export const MAX_PASTE_CHARS = 200_000

/**
 * Splits clipboard text into rows of cells. Excel quotes a cell that holds a tab, a line break or a
 * quote ("a ""b"" c"); such a cell may span lines. Word separates cells by tabs, rows by line breaks.
 */
export function splitClipboard(raw: string): string[][] {
  const text = normalizeText(raw)
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let i = 0
  let atCellStart = true
  while (i < text.length) {
    const ch = text[i]
    if (atCellStart && ch === '"' && closesQuoted(text, i)) {
      // a quoted cell: up to the closing quote that ends the cell
      i++
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"'
            i += 2
            continue
          }
          i++
          break
        }
        cell += text[i++]
      }
      atCellStart = false
      continue
    }
    if (ch === '\t') {
      row.push(cell)
      cell = ''
      atCellStart = true
    } else if (ch === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      atCellStart = true
    } else {
      cell += ch
      atCellStart = false
    }
    i++
  }
  if (cell !== '' || row.length) {
    row.push(cell)
    rows.push(row)
  }
  return rows.map((r) => r.map((c) => c.replace(/\s+/g, ' ').trim())).filter((r) => r.some((c) => c !== ''))
}

/** A quote opens a quoted cell only when a closing quote ends a cell (before a tab, a line end or the end). */
function closesQuoted(text: string, start: number) {
  for (let j = start + 1; j < text.length; j++) {
    if (text[j] !== '"') continue
    if (text[j + 1] === '"') {
      j++
      continue
    }
    const next = text[j + 1]
    return next === undefined || next === '\t' || next === '\n'
  }
  return false
}

const fold = (s: string) => foldUpper(s).replace(/\s+/g, ' ').trim()

/**
 * The column a header cell names, or null when the cell is not a header word. A header cell is short
 * and starts with its word ("Đơn vị chủ trì", "Thời gian thực hiện"), so a task that merely mentions
 * "nhiệm vụ" is not taken for a header.
 */
export function headerColumn(cell: string): PasteColumn | null {
  const f = fold(cell).replace(/[.:*]+$/, '')
  if (f === '' || f.split(' ').length > 6) return null
  if (/^(?:S\.?\s?T\.?\s?T|T\.?T|SO TT|SO THU TU)$/.test(f)) return 'index'
  if (/^(?:(?:DON VI|CO QUAN)(?:, DON VI)? )?PHOI HOP|^GHI CHU|^KET QUA|^KINH PHI|^SAN PHAM/.test(f)) return 'ignored'
  if (/^(?:DON VI|CO QUAN|BO PHAN|NGUOI|CHU TRI|PHU TRACH|TRACH NHIEM)/.test(f)) return 'lead'
  if (/^(?:THOI )?HAN\b|^THOI (?:GIAN|DIEM) HOAN THANH|^NGAY HOAN THANH/.test(f)) return 'due'
  if (/^(?:THOI GIAN|THOI DIEM|QUY|DOT|TIEN DO)\b/.test(f)) return 'period'
  if (/^(?:NOI DUNG|NHIEM VU|CONG VIEC|HOAT DONG|TEN)\b/.test(f)) return 'text'
  return null
}

const INDEX_CELL = /^(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])[.)]?$/i

/** "31/3/2020", "31-03-2020", "31.3.2020", "2020-03-31" → "2020-03-31"; null when the cell is no date. */
export function pastedDate(cell: string): string | null {
  const t = cell.trim()
  const vn = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t)
  if (vn) return isoDate(Number(vn[3]), Number(vn[2]), Number(vn[1]))
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t)
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  return null
}
/** Looks like a date, real or not ("31/02/2020" is one the user must correct, not a task text). */
const DATE_SHAPE = /^(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{4}-\d{1,2}-\d{1,2})$/

/** A bullet or numbering the text cell starts with: "- ", "+ ", "• ", "1. ", "a) ". */
const LEADING_MARK = /^(?:[-–•+*]\s+|(?:\d{1,3}|[a-zđ])[.)]\s+)/i

function guessColumns(rows: string[][], width: number): PasteColumn[] {
  const columns: PasteColumn[] = []
  const stats = Array.from({ length: width }, (_, c) => {
    const cells = rows.map((r) => r[c] ?? '').filter((v) => v !== '')
    return {
      filled: cells.length,
      index: cells.filter((v) => INDEX_CELL.test(v)).length,
      period: cells.filter((v) => parsePeriodLabel(v) !== null).length,
      date: cells.filter((v) => DATE_SHAPE.test(v)).length,
      length: cells.reduce((n, v) => n + v.length, 0) / Math.max(1, cells.length),
    }
  })
  for (const s of stats) {
    if (s.filled === 0) columns.push('ignored')
    else if (s.index === s.filled) columns.push('index')
    else if (s.date === s.filled) columns.push('due')
    else if (s.period * 2 >= s.filled) columns.push('period')
    else columns.push('ignored') // decided below: the text, then the lead
  }
  const open = stats.map((s, c) => ({ s, c })).filter(({ c, s }) => columns[c] === 'ignored' && s.filled > 0)
  if (open.length) {
    const text = open.reduce((best, x) => (x.s.length > best.s.length ? x : best))
    columns[text.c] = 'text'
    const lead = open.find((x) => x.c !== text.c)
    if (lead) columns[lead.c] = 'lead'
  }
  // one period column, one due column: later duplicates are ignored
  for (const kind of ['period', 'due'] as const) {
    const first = columns.indexOf(kind)
    columns.forEach((col, c) => {
      if (col === kind && c !== first) columns[c] = 'ignored'
    })
  }
  return columns
}

/** Reads pasted rows. Empty rows are skipped; a row keeps its number so the preview can point at it. */
export function parsePastedTasks(raw: string): PastedTable {
  const cells = splitClipboard(raw)
  if (cells.length === 0) return { columns: [], hasHeader: false, rows: [] }
  const width = Math.max(...cells.map((r) => r.length))
  const header = cells[0].map(headerColumn)
  const named = header.filter((c) => c !== null)
  // a header names the text column and at least one other (a one-column list has no header)
  const hasHeader = named.length >= 2 && named.includes('text') && cells.length > 1
  const body = hasHeader ? cells.slice(1) : cells
  let columns: PasteColumn[]
  if (hasHeader) {
    columns = Array.from({ length: width }, (_, c) => header[c] ?? 'ignored')
    const firstText = columns.indexOf('text')
    columns = columns.map((col, c) => (col === 'text' && c !== firstText ? 'ignored' : col))
  } else columns = guessColumns(body, width)
  const pick = (row: string[], kind: PasteColumn) => {
    const c = columns.indexOf(kind)
    const value = c >= 0 ? (row[c] ?? '').trim() : ''
    return value === '' ? null : value
  }
  const rows = body.map((row, i) => ({
    row: i + 1,
    text: (pick(row, 'text') ?? '').replace(LEADING_MARK, '').trim(),
    period: pick(row, 'period'),
    lead: pick(row, 'lead'),
    due: pick(row, 'due'),
  }))
  return { columns, hasHeader, rows }
}
