/**
 * The header and title of a plan (NĐ 30/2020, Phụ lục I). The header has two columns that pasting
 * flattens in any order: on the left the parent body, the issuing body and "Số: 55/KH-UBND"; on the
 * right the national motto and the place and date. Below come the document type "KẾ HOẠCH" and the
 * title (trích yếu), possibly over several lines.
 */
import { parsePlaceAndDate } from './dates'
import { detectMarker, type Line } from './lines'
import { collapseSpaces, foldUpper, isAllCaps, startsLowercase, startsWithKeyword, wordCount } from './text'

export interface HeaderInfo {
  documentNumber: string | null
  issuer: string | null
  parentIssuer: string | null
  place: string | null
  issuedOn: string | null
}

/** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and "Độc lập - Tự do - Hạnh phúc" (folded forms). */
const NATIONAL_MOTTO = [
  /CONG\s*HOA\s+XA\s+HOI\s+CHU\s+NGHIA\s+VIET\s+NAM/,
  /DOC\s*LAP\s*[-–—,]?\s*TU\s*DO\s*[-–—,]?\s*HANH\s*PHUC/,
]

/** "Số: 55/KH-UBND", "Số 108 /KH-UBND", "So: 12/KH-SNV" (folded). */
const NUMBER_LABEL = /^SO\s*[:.]\s*|^SO\s+(?=\d)/

/**
 * Words that open the name of an agency. A header line that starts with one of them starts a new
 * body; any other upper-case line continues the previous one ("ỦY BAN NHÂN DÂN" / "XÃ CHIỀNG MUNG").
 */
const AGENCY_OPENINGS = [
  'UY BAN',
  'UBND',
  'HOI DONG',
  'HDND',
  'SO',
  'BAN',
  'PHONG',
  'TRUONG',
  'HOI',
  'DANG BO',
  'DANG UY',
  'BO',
  'CUC',
  'CHI CUC',
  'TONG CUC',
  'TRUNG TAM',
  'VAN PHONG',
  'CONG AN',
  'BO CHI HUY',
  'MAT TRAN',
  'UY BAN MTTQ',
  'LIEN DOAN',
  'CONG DOAN',
  'DOAN',
  'TINH DOAN',
  'HUYEN DOAN',
  'TINH UY',
  'HUYEN UY',
  'THANH UY',
  'QUAN UY',
  'THI UY',
  'BENH VIEN',
  'VIEN',
  'HOC VIEN',
  'DAI HOC',
  'THANH TRA',
  'KHO BAC',
  'CHI NHANH',
  'CONG TY',
  'TONG CONG TY',
  'NGAN HANG',
  'TOA AN',
  'BQL',
  'HOP TAC XA',
  'LIEN MINH',
  'DAI',
  'BAO',
  'QUY',
  'BAN CHI HUY',
  'BAN QUAN LY',
  'HOI DONG THI DUA',
]

/** The document type line: "KẾ HOẠCH", also typed without accents or followed by the title. */
const TYPE_WORD = /^KE\s*HOACH(?=$|[\s:.\-–—])/

/** Length of the printed "KẾ HOẠCH" at the start of the text, or 0 when the text does not start with it. */
function typeWordLength(text: string): number {
  return TYPE_WORD.exec(foldUpper(text))?.[0].length ?? 0
}

/** Index of the "KẾ HOẠCH" type line, or -1. Body sentences ("Kế hoạch số …") are not type lines. */
export function findTypeLine(lines: Line[]): number {
  for (const line of lines) {
    const length = typeWordLength(line.text)
    if (length === 0) continue
    const printedAsType = isAllCaps(line.text.slice(0, length)) || line.text.length === length
    if (printedAsType) return line.index
  }
  return -1
}

/**
 * Without a type line the header is the run of leading lines that look like header lines
 * (upper-case agency names, number, place and date, motto).
 */
export function findHeaderEnd(lines: Line[], typeLine: number): number {
  if (typeLine >= 0) return typeLine
  let end = 0
  for (const line of lines) {
    if (line.text !== '' && !line.cells.every(isHeaderCell)) break
    end = line.index + 1
  }
  return end
}

function isHeaderCell(cell: string): boolean {
  if (detectMarker(cell).style === 'roman') return false
  const withoutMotto = removeNationalMotto(cell)
  if (withoutMotto === '') return true
  if (NUMBER_LABEL.test(foldUpper(withoutMotto))) return true
  if (parsePlaceAndDate(withoutMotto)) return true
  return isAllCaps(withoutMotto) && wordCount(withoutMotto) <= 14
}

function removeNationalMotto(cell: string): string {
  let text = cell
  for (const motto of NATIONAL_MOTTO) {
    const match = motto.exec(foldUpper(text))
    if (match) text = text.slice(0, match.index) + text.slice(match.index + match[0].length)
  }
  return collapseSpaces(text)
}

/**
 * Reads the document number at the start of a cell. The number is the token after "Số:" with the
 * spaces around "/" and "-" removed ("108 /KH-UBND" → "108/KH-UBND"). A number without digits
 * ("Số: /KH-UBND", a draft awaiting its number) is null.
 */
function readDocumentNumber(cell: string): { number: string | null; rest: string } | null {
  const label = NUMBER_LABEL.exec(foldUpper(cell))
  if (!label) return null
  const afterLabel = cell.slice(label[0].length).replace(/\s*([/\-–])\s*/g, '$1')
  const token = /^[^\s,;]+/.exec(afterLabel)?.[0] ?? ''
  const rest = afterLabel.slice(token.length).trim()
  const number = token.replace(/[.,;:]+$/, '').replace(/^[.…]+/, '')
  return { number: /\d/.test(number) ? number : null, rest }
}

/**
 * A text copied from a web page carries the page's own lines before the document: the site's date
 * ("Thứ 2, Ngày 28/10/2024"), breadcrumbs, "Cập nhật lúc …". The document's header starts at the
 * national motto, or at the capitals of the agency column printed just before it; what comes earlier
 * is the page, not the document.
 */
function fromDocumentStart(headerLines: Line[]): Line[] {
  const motto = headerLines.findIndex((line) => NATIONAL_MOTTO.some((pattern) => pattern.test(foldUpper(line.text))))
  if (motto < 0) return headerLines
  let start = motto
  for (let i = motto - 1; i >= 0; i--) {
    const text = headerLines[i].text
    if (text === '') continue
    if (!isAllCaps(text) || parsePlaceAndDate(text)) break
    start = i
  }
  return headerLines.slice(start)
}

export function parseHeader(allHeaderLines: Line[]): HeaderInfo {
  const info: HeaderInfo = { documentNumber: null, issuer: null, parentIssuer: null, place: null, issuedOn: null }
  const agencyLines: string[] = []
  const headerLines = fromDocumentStart(allHeaderLines)
  for (const line of headerLines) {
    for (const rawCell of rejoinBrokenFields(line.cells)) {
      let cell = removeNationalMotto(rawCell)
      if (cell === '') continue
      const numbered = readDocumentNumber(cell)
      if (numbered) {
        info.documentNumber ??= numbered.number
        cell = numbered.rest
        if (cell === '') continue
      }
      const placeAndDate = parsePlaceAndDate(cell)
      if (placeAndDate) {
        info.place ??= placeAndDate.place
        info.issuedOn ??= placeAndDate.issuedOn
        continue
      }
      if (isAgencyLine(cell)) agencyLines.push(cell)
    }
  }
  const bodies = groupAgencyLines(agencyLines)
  info.issuer = bodies.length > 0 ? bodies[bodies.length - 1] : null
  info.parentIssuer = bodies.length > 1 ? bodies[bodies.length - 2] : null
  return info
}

/**
 * A draft leaves blanks to fill by hand ("Số:      /KH-UBND", "ngày     tháng 5 năm 2020"), and those
 * blanks look like column gaps. A cell that ends with "Số:", "ngày" or "tháng" continues in the next.
 */
function rejoinBrokenFields(cells: string[]): string[] {
  const joined: string[] = []
  for (const cell of cells) {
    const previous = joined[joined.length - 1]
    const previousIsOpen = previous !== undefined && /(?:^SO\s*:?|\b(?:NGAY|THANG))\s*$/.test(foldUpper(previous))
    if (previousIsOpen) joined[joined.length - 1] = `${previous} ${cell}`
    else joined.push(cell)
  }
  return joined
}

/**
 * What is left of the header once number, date and motto are taken out is the agencies' names:
 * printed in capitals by the standard, but accepted in any case when pasted from a web page.
 */
function isAgencyLine(cell: string): boolean {
  const hasLetters = /[A-Za-zÀ-ỹĐđ]/.test(cell)
  return hasLetters && !isSymbolFragment(cell) && wordCount(cell) <= 14 && !/[.;:!?]$/.test(cell)
}

/** A lone symbol such as "/KH-THCS" (the rest of a number whose digits are missing) is no agency. */
function isSymbolFragment(cell: string): boolean {
  return !/\s/.test(cell) && cell.includes('/')
}

/** Joins wrapped agency lines into bodies: the parent first, the issuing body last. */
function groupAgencyLines(lines: string[]): string[] {
  const bodies: string[] = []
  for (const line of lines) {
    const opensBody = startsWithKeyword(foldUpper(line), AGENCY_OPENINGS)
    if (bodies.length === 0 || opensBody) bodies.push(line)
    else bodies[bodies.length - 1] = `${bodies[bodies.length - 1]} ${line}`
  }
  return bodies.map(collapseSpaces)
}

/** Openings of a legal-basis paragraph: these end the title. */
export const LEGAL_BASIS_OPENINGS = [
  'CAN CU',
  'THUC HIEN',
  'TRIEN KHAI',
  'TIEP TUC THUC HIEN',
  'THEO',
  'TREN CO SO',
  'XET DE NGHI',
  'THI HANH',
]

/**
 * Reads the title that follows the type line: the rest of the type line, then the following
 * non-blank lines (a blank line ends it unless the next paragraph starts in lower case, i.e. the
 * title wrapped). A first line starting "Căn cứ" or ending with ";" is a legal basis, not a title.
 */
export function parseTitle(lines: Line[], typeLine: number): { title: string | null; nextLine: number } {
  if (typeLine < 0) return { title: null, nextLine: 0 }
  const parts: string[] = []
  const typeText = lines[typeLine].text
  const sameLine = typeText
    .slice(typeWordLength(typeText))
    .replace(/^[\s:.\-–—]+/, '')
    .trim()
  if (sameLine !== '') parts.push(sameLine)

  let index = typeLine + 1
  let sawBlankAfterTitle = false
  for (; index < lines.length; index++) {
    const text = lines[index].text
    if (text === '') {
      if (parts.length > 0) sawBlankAfterTitle = true
      continue
    }
    if (!canContinueTitle(text, parts.length === 0, sawBlankAfterTitle)) break
    parts.push(text)
    sawBlankAfterTitle = false
  }
  const title = parts.length > 0 ? collapseSpaces(parts.join(' ')) : null
  return { title, nextLine: index }
}

function canContinueTitle(text: string, isFirst: boolean, afterBlank: boolean): boolean {
  if (detectMarker(text).style !== null) return false
  const folded = foldUpper(text)
  if (isFirst) return !startsWithKeyword(folded, ['CAN CU']) && !/[;,]\s*$/.test(text)
  if (afterBlank) return startsLowercase(text)
  return !startsWithKeyword(folded, LEGAL_BASIS_OPENINGS) && wordCount(text) <= 30
}
