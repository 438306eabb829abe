/**
 * The end of a plan: "Nơi nhận:" with its list on the left, the signature block on the right
 * (authority "TM. ỦY BAN NHÂN DÂN", position "CHỦ TỊCH", the signer's name). Pasting flattens
 * the two columns, so their lines may come interleaved, in either order, or side by side on one
 * line. Every piece is therefore classified on its own shape: a "- …;" item is a recipient, a line
 * starting "TM."/"KT."/"Q."/"TL."/"TUQ." is the authority, an upper-case line is the position, a
 * line of capitalised words is the name. Placeholders such as "(Đã ký)" or "(Ký, ghi rõ họ tên)"
 * and annotations such as "B/c" are skipped.
 */
import { detectMarker, type Line } from './lines'
import { isBullet } from './outline'
import {
  collapseSpaces,
  foldUpper,
  isAllCaps,
  isCasedLetter,
  startsLowercase,
  startsWithKeyword,
  wordCount,
} from './text'

export interface Signer {
  authority: string | null
  position: string | null
  name: string | null
}

export interface Tail {
  recipients: string[]
  signer: Signer | null
}

/** "TM.", "T/M", "KT.", "Q.", "TL.", "TUQ." followed by an upper-case body or title. */
const AUTHORITY = /^(?:T\/M|T\.M|K\.T|T\.L|T\.U\.Q|TUQ|TM|KT|TL|Q)(\.?)\s*(?=\S)/

/** Short annotations next to recipients: "B/c", "(b/c)", "Đ/c", "T/h", "(để báo cáo)", "(để thực hiện)". */
const ANNOTATION = /^\(?\s*(?:để\s+)?(?:[a-zđ]\/[a-zđ]|báo\s+cáo|thực\s+hiện|biết|chỉ\s+đạo|phối\s+hợp)\s*\)?[;.,]?$/i

/** A note in brackets ("(Đã ký)", "(Ký, ghi rõ họ tên)", "[chữ ký]") or a digital-signature stamp. */
const BRACKETED = /^[([].*[)\]][.;]?$/
const SIGNATURE_STAMP = /^(?:đã\s+ký|ký\s+bởi|ký\s+số|signed)(?:[\s:.,]|$)/i

/** Openings of a position ("CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "TRƯỞNG BAN", "HIỆU TRƯỞNG"…). */
const POSITION_OPENINGS = [
  'CHỦ TỊCH',
  'GIÁM ĐỐC',
  'TRƯỞNG',
  'PHÓ',
  'BÍ THƯ',
  'CHÁNH',
  'ỦY VIÊN',
  'UỶ VIÊN',
  'THỦ TRƯỞNG',
  'HIỆU TRƯỞNG',
  'HIỆU PHÓ',
  'CHÍNH ỦY',
  'CHÍNH UỶ',
  'THƯ KÝ',
  'PHỤ TRÁCH',
  'TỔNG GIÁM ĐỐC',
  'TỔNG BIÊN TẬP',
]
/** A position is a few words ("PHÓ CHỦ TỊCH THƯỜNG TRỰC"). */
const MAX_POSITION_WORDS = 8
/** The same, folded, for documents typed without accents (only openings that are no surname). */
const POSITION_OPENINGS_FOLDED = [
  'CHU TICH',
  'GIAM DOC',
  'BI THU',
  'HIEU TRUONG',
  'TRUONG BAN',
  'TRUONG PHONG',
  'PHO CHU TICH',
  'PHO GIAM DOC',
  'PHO TRUONG',
  'CHANH VAN PHONG',
]

export function isAuthorityLine(text: string): boolean {
  const match = AUTHORITY.exec(text)
  if (!match) return false
  const rest = text.slice(match[0].length)
  const hasDotOrSpace = match[1] === '.' || (/^[TK]/.test(match[0]) && /\s$/.test(match[0]))
  return hasDotOrSpace && isAllCaps(rest)
}

export function isRecipientsHeading(text: string): boolean {
  return startsWithKeyword(foldUpper(text), ['NOI NHAN'])
}

/** A position starts with a title word or ends with "TRƯỞNG" ("KẾ TOÁN TRƯỞNG", "CỤC TRƯỞNG"). */
export function isPosition(text: string): boolean {
  if (wordCount(text) > MAX_POSITION_WORDS) return false
  if (POSITION_OPENINGS.some((word) => text === word || text.startsWith(`${word} `))) return true
  if (/TRƯỞNG$/.test(text)) return true
  return startsWithKeyword(foldUpper(text), POSITION_OPENINGS_FOLDED)
}

/** "Vũ Tiến Đĩnh": two to six words, each a capital followed by lower-case letters. */
export function isPersonName(text: string): boolean {
  const words = text.split(' ')
  if (words.length < 2 || words.length > 6) return false
  return words.every((word) => {
    const letters = [...word]
    if (!isCasedLetter(letters[0]) || letters[0] !== letters[0].toUpperCase()) return false
    return letters.slice(1).every((ch) => (isCasedLetter(ch) && ch === ch.toLowerCase()) || ch === '.')
  })
}

/**
 * Splits a cell where single-space flattening glued the right column onto a recipient:
 * "- Lưu: VT. TM. ỦY BAN NHÂN DÂN" or "- Như trên; CHỦ TỊCH" or "- Lưu: VT. Nguyễn Văn A".
 */
function splitGluedColumns(cell: string): string[] {
  if (!isBullet(detectMarker(cell).style)) return [cell]
  const boundary = /[;.]\s+/g
  for (let match = boundary.exec(cell); match; match = boundary.exec(cell)) {
    const right = cell.slice(match.index + match[0].length)
    const gluedSignature =
      isAuthorityLine(right) ||
      (isAllCaps(right) && wordCount(right) >= 2 && !/[,;:.]/.test(right)) ||
      isPersonName(right)
    if (gluedSignature) return [cell.slice(0, match.index + 1), right]
  }
  return [cell]
}

/** Splits "Nơi nhận: - Như trên; - Lưu: VT." into its items. */
function splitInlineRecipients(text: string): string[] {
  return text
    .split(/(?:^|\s)[-–—•+]\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

function cleanRecipient(text: string): string {
  return collapseSpaces(text).replace(/[\s;.,]+$/, '')
}

export function parseTail(lines: Line[]): Tail {
  const cells = lines.flatMap((line) => line.cells).flatMap(splitGluedColumns)
  const hasRecipientList = cells.some(isRecipientsHeading)
  const recipients: string[] = []
  const authorities: string[] = []
  const capitalLines: string[] = []
  let name: string | null = null
  let inRecipients = false
  let lastWasRecipient = false

  const addRecipient = (text: string) => {
    const recipient = cleanRecipient(text)
    if (recipient !== '') recipients.push(recipient)
  }

  for (const cell of cells) {
    const continuesRecipient = lastWasRecipient && startsLowercase(cell)
    lastWasRecipient = false
    if (isRecipientsHeading(cell)) {
      inRecipients = true
      const rest = cell.replace(/^\S+\s+\S+\s*:?\s*/, '')
      if (isAuthorityLine(rest)) authorities.push(rest)
      else splitInlineRecipients(rest).forEach(addRecipient)
      lastWasRecipient = recipients.length > 0
      continue
    }
    if (ANNOTATION.test(cell) || BRACKETED.test(cell) || SIGNATURE_STAMP.test(cell)) continue
    const marked = detectMarker(cell)
    if (isBullet(marked.style)) {
      if (hasRecipientList) {
        addRecipient(marked.text)
        lastWasRecipient = true
      }
    } else if (continuesRecipient) {
      recipients[recipients.length - 1] = cleanRecipient(`${recipients[recipients.length - 1]} ${cell}`)
      lastWasRecipient = true
    } else if (isAuthorityLine(cell)) {
      authorities.push(cell)
    } else if (isAllCaps(cell) && wordCount(cell) <= 12) {
      capitalLines.push(cell)
    } else if (isPersonName(cell)) {
      name ??= cell
    } else if (inRecipients && (/;\s*$/.test(cell) || startsWithKeyword(foldUpper(cell), ['LUU']))) {
      addRecipient(cell)
      lastWasRecipient = true
    }
  }

  const { position, authorityContinuation, capitalName } = readCapitalLines(capitalLines, authorities.length > 0)
  const authority = authorities.length > 0 ? collapseSpaces([...authorities, ...authorityContinuation].join(' ')) : null
  name ??= capitalName
  const signer = authority === null && position === null && name === null ? null : { authority, position, name }
  return { recipients, signer }
}

/**
 * Upper-case lines of the signature block, in order. The last one that reads as a position is the
 * position; upper-case lines before it continue the authority ("TM. BAN THƯỜNG VỤ" /
 * "HỘI CỰU CHIẾN BINH"); one after it is a name printed in capitals. Without any position word,
 * the single upper-case line of a block without authority is the position ("TRƯỞNG BAN").
 */
function readCapitalLines(
  lines: string[],
  hasAuthority: boolean,
): { position: string | null; authorityContinuation: string[]; capitalName: string | null } {
  let positionIndex = -1
  lines.forEach((line, index) => {
    if (isPosition(line)) positionIndex = index
  })
  if (positionIndex >= 0) {
    return {
      position: lines[positionIndex],
      authorityContinuation: hasAuthority ? lines.slice(0, positionIndex) : [],
      capitalName: lines[positionIndex + 1] ?? null,
    }
  }
  if (!hasAuthority && lines.length > 0) {
    return { position: lines[lines.length - 1], authorityContinuation: [], capitalName: null }
  }
  return { position: null, authorityContinuation: lines, capitalName: null }
}
