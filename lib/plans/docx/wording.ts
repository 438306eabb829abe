// Small text rules of an administrative document: list dashes, end punctuation, Roman numerals, dates.

/** Marks a list item already carries ("- ", "– ", "+ ", "• "). */
const ITEM_MARK = /^\s*[-–—+•]\s*/
/** Punctuation a line may already end with. */
const END_PUNCTUATION = /[\s.;,:]+$/

/** "- text", keeping a mark the text already has instead of adding a second one. */
export function listItem(text: string): string {
  const trimmed = text.trim()
  if (/^[+]/.test(trimmed)) return trimmed.replace(/^\+\s*/, '+ ')
  return `- ${trimmed.replace(ITEM_MARK, '')}`
}

/** Replaces whatever end punctuation a line has with `end`. */
export function withEnd(text: string, end: string): string {
  return `${text.trim().replace(END_PUNCTUATION, '')}${end}`
}

/** Adds `end` only to a line that does not already end with punctuation. */
export function withEndIfMissing(text: string, end: string): string {
  const trimmed = text.trim()
  return /[.;:,!?…]$/.test(trimmed) ? trimmed : `${trimmed}${end}`
}

/**
 * Lines of the recipients list (NĐ 30, Phụ lục I): "- Ban Thi đua, khen thưởng tỉnh;" … and the last
 * one, usually "- Lưu: VT, NV.", ending with a full stop.
 */
export function recipientLines(recipients: string[]): string[] {
  const items = recipients.map((r) => r.trim().replace(ITEM_MARK, '')).filter((r) => r.length > 0)
  return items.map((item, index) => `- ${withEnd(item, index === items.length - 1 ? '.' : ';')}`)
}

/**
 * Legal bases are one clause each, separated by ";". Only a basis without end punctuation gets one: ";"
 * when more text follows (another basis or the preamble), "." otherwise.
 */
export function legalBasisLines(bases: string[], preambleFollows: boolean): string[] {
  const items = bases.map((b) => b.trim()).filter((b) => b.length > 0)
  return items.map((item, index) => withEndIfMissing(item, index < items.length - 1 || preambleFollows ? ';' : '.'))
}

/** Drops a numbering the text already starts with ("1. ", "a) ", "II. "), since the renderer numbers it. */
export function withoutNumbering(text: string): string {
  return text.trim().replace(/^(?:[IVXLC]+\.|\d+(?:\.\d+)*\.|[a-zđ]\))\s+/u, '')
}

const ROMAN: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
]

/** 1 → "I", 4 → "IV" (the section numbers "I.", "II.", "III." of NĐ 30). */
export function roman(value: number): string {
  let rest = value
  let result = ''
  for (const [amount, numeral] of ROMAN) {
    while (rest >= amount) {
      result += numeral
      rest -= amount
    }
  }
  return result
}

/** 1 → "a", 2 → "b" … (Vietnamese documents skip no letter for the first 26 points). */
export function letter(value: number): string {
  return String.fromCharCode('a'.charCodeAt(0) + ((value - 1) % 26))
}

/** Two digits: NĐ 30 asks for a leading zero on days and months below 10 (docs/domain.md, section 10). */
const twoDigits = (value: number): string => String(value).padStart(2, '0')

/** Stands for a place or date part not known yet, on a draft. */
export const BLANK = '……'

/**
 * The italic place-and-date line: "Mai Sơn, ngày 26 tháng 02 năm 2020". Without a date (a draft):
 * "Mai Sơn, ngày … tháng … năm …"; without a place, "……" stands in for it.
 */
export function placeAndDate(place: string | null, isoDate: string | null): string {
  const where = place?.trim() || BLANK
  const match = isoDate ? /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(isoDate) : null
  if (!match) return `${where}, ngày … tháng … năm …`
  const [, year, month, day] = match
  return `${where}, ngày ${twoDigits(Number(day))} tháng ${twoDigits(Number(month))} năm ${year}`
}

/** Ký hiệu of the common document types, used to print "Số:      /KH-……" on a draft without a number. */
const TYPE_ABBREVIATIONS: Record<string, string> = {
  'KẾ HOẠCH': 'KH',
  'QUYẾT ĐỊNH': 'QĐ',
  'CHỈ THỊ': 'CT',
  'BÁO CÁO': 'BC',
  'TỜ TRÌNH': 'TTr',
  'THÔNG BÁO': 'TB',
  'HƯỚNG DẪN': 'HD',
  'CÔNG VĂN': '',
}

/** "Số: 55/KH-UBND", or with the number left blank for the clerk to fill in: "Số:        /KH-……". */
export function numberLine(documentNumber: string | null, documentType: string): string {
  if (documentNumber?.trim()) return `Số: ${documentNumber.trim()}`
  const abbreviation = TYPE_ABBREVIATIONS[upper(documentType.trim())]
  return `Số:${' '.repeat(8)}/${abbreviation ? `${abbreviation}-${BLANK}` : ''}`
}

/** Vietnamese capitals ("Ủy ban nhân dân" → "ỦY BAN NHÂN DÂN"). */
export const upper = (text: string): string => text.toLocaleUpperCase('vi-VN')
