/**
 * Undoes the line wrapping of a text copied from a legal website or a PDF, before anything else reads
 * it. Two shapes, both recognised by form, never by words:
 *  - emphasis that spans lines: a line that opens "**" or "*" without closing it goes on in the next
 *    lines ("**I. MỤC ĐÍCH,\nYÊU CẦU**", "*Đắk Lắk, ngày 18\ntháng 11 năm 2025*");
 *  - a hard-wrapped text: paragraphs separated by blank lines, each broken every 60–90 characters.
 *    There, consecutive lines are one paragraph unless the next one opens a list item, a line ends a
 *    sentence, or either line is in capitals (headings, positions in the signature block).
 * A text typed one paragraph a line is left as it is.
 */
import { detectMarker } from './lines'
import { isAuthorityLine, isPosition } from './signature'
import { isAllCaps, stripMarkdown } from './text'

/** Never glue more than this many lines into one: a runaway "**" must not swallow the document. */
const MAX_EMPHASIS_SPAN = 6
/** A wrapped line ends without the punctuation that closes a paragraph. */
const PARAGRAPH_END = /[.;:!?…]["”’)*]*\s*\/?\.?\s*$/

export function unwrapLines(lines: string[]): string[] {
  const joined = joinOpenEmphasis(lines)
  return isHardWrapped(joined) ? joinWrappedLines(joined) : joined
}

function emphasisIsOpen(line: string): boolean {
  const withoutBullet = line.replace(/^\s*\*\s+/, '')
  const doubles = (withoutBullet.match(/\*\*/g) ?? []).length
  const singles = (withoutBullet.replace(/\*\*/g, '').match(/\*/g) ?? []).length
  return doubles % 2 === 1 || singles % 2 === 1
}

function joinOpenEmphasis(lines: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]
    let span = 0
    while (
      emphasisIsOpen(line) &&
      i + 1 < lines.length &&
      joinsEmphasis(line, lines[i + 1]) &&
      span < MAX_EMPHASIS_SPAN
    ) {
      line = `${line.trimEnd()} ${lines[i + 1].trimStart()}`
      i++
      span++
    }
    out.push(line)
  }
  return out
}

/**
 * "**TM. ỦY BAN NHÂN\nDÂN**" is one line, but "**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**" stays two: the authority and
 * the position are separate lines of the signature block.
 */
function joinsEmphasis(line: string, next: string): boolean {
  const a = plain(line)
  const b = plain(next)
  if (next.trim() === '') return false
  if (b === '') return true
  return !(isAllCaps(a) && isPosition(b)) && !isAuthorityLine(b)
}

const plain = (line: string) => stripMarkdown(line.replace(/\|/g, ' ')).trim()

function continues(previous: string, next: string): boolean {
  const a = plain(previous)
  const b = plain(next)
  if (a === '' || b === '') return false
  if (PARAGRAPH_END.test(a)) return false
  if (detectMarker(b).style !== null) return false
  if (isAllCaps(a) || isAllCaps(b)) return false
  if (/^\s*\|/.test(next) || /\|\s*$/.test(previous)) return false
  return true
}

/**
 * Hard-wrapped: blank lines separate paragraphs, and a good share of the non-blank lines run on into
 * the next line.
 */
function isHardWrapped(lines: string[]): boolean {
  let nonBlank = 0
  let blank = 0
  let runOns = 0
  for (let i = 0; i < lines.length; i++) {
    if (plain(lines[i]) === '') {
      blank++
      continue
    }
    nonBlank++
    if (i + 1 < lines.length && continues(lines[i], lines[i + 1])) runOns++
  }
  return blank >= 5 && runOns >= 5 && runOns >= nonBlank * 0.2
}

function joinWrappedLines(lines: string[]): string[] {
  const out: string[] = []
  for (const line of lines) {
    const last = out.length - 1
    if (last >= 0 && continues(out[last], line)) out[last] = `${out[last].trimEnd()} ${line.trimStart()}`
    else out.push(line)
  }
  return out
}
