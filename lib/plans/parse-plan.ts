/**
 * Parser of Vietnamese annual emulation and commendation plans (kế hoạch thi đua, khen thưởng).
 *
 * Takes the whole text of a plan, as pasted from an official document, and returns a structured
 * draft. The document is read in the order NĐ 30/2020 lays it out:
 *   header (parent body, issuing body, number, place and date) → "KẾ HOẠCH" and title →
 *   legal bases → body sections I., II., III. → closing sentence → recipients and signature.
 * Each step lives in lib/plans/parse/*. Nothing is guessed: a part that is not in the text is null
 * or an empty list.
 */
import { findHeaderEnd, findTypeLine, LEGAL_BASIS_OPENINGS, parseHeader, parseTitle } from './parse/header'
import { classifyHeading, isSectionKind, periodOf, splitInline } from './parse/headings'
import { splitLines, toParagraphs, type Line, type Paragraph } from './parse/lines'
import { buildOutline, isBullet } from './parse/outline'
import { readBody, type PlanPeriod } from './parse/sections'
import { isAuthorityLine, isPosition, isRecipientsHeading, parseTail, type Signer } from './parse/signature'
import {
  endsLikeSentence,
  foldUpper,
  isAllCaps,
  lowerSameLength,
  startsWithKeyword,
  stripTrailingPunctuation,
  wordCount,
} from './parse/text'
import type { ImplementationUnit } from './parse/units'

export type { PlanPeriod, ImplementationUnit, Signer }

export interface ParsedPlan {
  documentNumber: string | null
  issuer: string | null
  parentIssuer: string | null
  place: string | null
  issuedOn: string | null
  title: string | null
  year: number | null
  legalBases: string[]
  purposes: string[]
  requirements: string[]
  focusTasks: string[]
  periods: PlanPeriod[]
  implementation: ImplementationUnit[]
  recipients: string[]
  signer: Signer | null
}

/** Closing remarks after the last section: "Trên đây là Kế hoạch…", "Trong quá trình thực hiện…". */
const CLOSING_OPENINGS = ['TREN DAY', 'TREN CO SO', 'TRONG QUA TRINH', 'QUA TRINH', 'NHAN DUOC KE HOACH']
/** "./" (or "/.") ends the text of an administrative document. */
const END_OF_TEXT = /\.\s*\/\s*$|\/\.\s*$/
/** …but a web address that ends a sentence ("https://misposasoft.molisa.gov.vn/.") is not that mark. */
function endsText(text: string): boolean {
  const lastWord = text.trim().split(/\s+/).pop() ?? ''
  return END_OF_TEXT.test(text) && !/^\(?(?:https?:\/\/|www\.)/i.test(lastWord)
}
/** An unnumbered upper-case heading is short; a longer upper-case line is text typed in capitals. */
const MAX_HEADING_WORDS = 12

export function parsePlanText(text: string): ParsedPlan {
  const lines = splitLines(text)
  const typeLine = findTypeLine(lines)
  const header = parseHeader(lines.slice(0, findHeaderEnd(lines, typeLine)))
  const { title, nextLine } = parseTitle(lines, typeLine)
  const afterTitle = typeLine >= 0 ? nextLine : findHeaderEnd(lines, typeLine)

  const paragraphs = promoteUnmarkedHeadings(toParagraphs(lines.slice(afterTitle)))
  const bodyStart = findBodyStart(paragraphs)
  const { bodyEnd, tailLine } = findBodyEnd(paragraphs, bodyStart)
  const preamble = paragraphs.slice(0, Math.min(bodyStart, bodyEnd))
  const body = readBody(buildOutline(paragraphs.slice(bodyStart, bodyEnd)))
  const tail = tailLine === null ? { recipients: [], signer: null } : parseTail(beforeAppendix(lines.slice(tailLine)))

  return {
    ...header,
    title,
    year: planYear(title, header.issuedOn),
    legalBases: readLegalBases(preamble),
    purposes: body.purposes,
    requirements: body.requirements,
    focusTasks: body.focusTasks,
    periods: body.periods,
    implementation: body.implementation,
    recipients: tail.recipients,
    signer: tail.signer,
  }
}

/**
 * Gives unnumbered headings a marker so the outline can nest under them: an upper-case section
 * label ("TỔ CHỨC THỰC HIỆN") acts like a Roman numeral; a period label ("Quý I:"), a short
 * section label in sentence case ("Mục đích") or another short upper-case line
 * ("CÔNG TÁC TUYÊN TRUYỀN") acts as a heading of its own style. An upper-case position
 * ("CHỦ TỊCH") is left alone: it starts the signature block.
 */
function promoteUnmarkedHeadings(paragraphs: Paragraph[]): Paragraph[] {
  return paragraphs.map((paragraph) => {
    if (paragraph.style !== null) return paragraph
    if (periodOf(paragraph.text).period) return { ...paragraph, style: 'label' }
    const { head, inline } = splitInline(paragraph.text)
    const kind = classifyHeading(inline !== null ? head : paragraph.text)
    const isSectionLabel = isSectionKind(kind) && (inline !== null || !endsLikeSentence(paragraph.text))
    if (isSectionLabel) return { ...paragraph, style: isAllCaps(head) ? 'roman' : 'label' }
    if (isUpperCaseHeading(paragraph.text)) return { ...paragraph, style: 'label' }
    return paragraph
  })
}

function isUpperCaseHeading(text: string): boolean {
  return (
    isAllCaps(text) &&
    wordCount(text) <= MAX_HEADING_WORDS &&
    !endsLikeSentence(text) &&
    !isPosition(text) &&
    !isAuthorityLine(text) &&
    !isRecipientsHeading(text)
  )
}

/** The body opens at the first Roman-numbered heading, or the first heading that names a section. */
function findBodyStart(paragraphs: Paragraph[]): number {
  const roman = paragraphs.findIndex((p) => p.style === 'roman')
  const named = paragraphs.findIndex(
    (p) => p.style !== null && isSectionKind(classifyHeading(splitInline(p.text).head)),
  )
  const candidates = [roman, named].filter((index) => index >= 0)
  return candidates.length > 0 ? Math.min(...candidates) : paragraphs.length
}

/**
 * Finds where the body stops and the recipients/signature part begins: at "Nơi nhận", at an
 * authority line ("TM. …"), at a lone upper-case position line, or right after the closing sentence
 * (an unnumbered paragraph that opens with a closing phrase or ends with "./"; it is not a task).
 * "Nơi nhận" and authorities are looked for even when no section heading was recognised.
 */
function findBodyEnd(paragraphs: Paragraph[], bodyStart: number): { bodyEnd: number; tailLine: number | null } {
  for (let i = 0; i < paragraphs.length; i++) {
    const { text, style, line, endLine } = paragraphs[i]
    if (isRecipientsHeading(text) || isAuthorityLine(text)) return { bodyEnd: i, tailLine: line }
    if (i < bodyStart) continue
    if (style === null && isAllCaps(text) && isPosition(text)) return { bodyEnd: i, tailLine: line }
    const isClosing = style === null && (startsWithKeyword(foldUpper(text), CLOSING_OPENINGS) || endsText(text))
    if (isClosing) return { bodyEnd: i, tailLine: endLine + 1 }
    if (endsText(text)) return { bodyEnd: i + 1, tailLine: endLine + 1 }
  }
  return { bodyEnd: paragraphs.length, tailLine: null }
}

/** "PHỤ LỤC" (an appendix: scoring table, forms) after the signature is not part of the signature block. */
const APPENDIX = /^PHU LUC(?:\s+[0-9IVX]+)?\s*[:.]?$/

function beforeAppendix(tail: Line[]): Line[] {
  const appendix = tail.findIndex((line) => APPENDIX.test(foldUpper(line.text).trim()))
  return appendix < 0 ? tail : tail.slice(0, appendix)
}

/**
 * Legal bases are the paragraphs (or "- " bullets) before section I that open with "Căn cứ", "Thực hiện",
 * "Triển khai thực hiện"… When the same paragraph goes on to announce the plan
 * ("…, Ban Quản lý xây dựng kế hoạch … như sau:"), that announcement is cut off.
 */
function readLegalBases(preamble: Paragraph[]): string[] {
  return preamble
    .filter(
      (p) => (p.style === null || isBullet(p.style)) && startsWithKeyword(foldUpper(p.text), LEGAL_BASIS_OPENINGS),
    )
    .map((p) => stripTrailingPunctuation(withoutPlanAnnouncement(p.text)))
    .filter((basis) => basis !== '')
}

/** ", <issuer> xây dựng / ban hành kế hoạch … như sau:" at the end of a basis paragraph. */
const PLAN_ANNOUNCEMENT =
  /[,;]\s+[^,;]*?\s(?:xây\s+dựng|ban\s+hành|triển\s+khai)\s+(?:kế\s+hoạch|ke\s+hoach)[^,;]*?như\s+sau\s*:?\s*$/

function withoutPlanAnnouncement(text: string): string {
  const match = PLAN_ANNOUNCEMENT.exec(lowerSameLength(text))
  return match ? text.slice(0, match.index) : text
}

/** The plan's year: "năm 2020" (or "năm học 2019-2020") in the title, else the year of issue. */
function planYear(title: string | null, issuedOn: string | null): number | null {
  const inTitle = title ? /(?:năm|nam)\s+(?:học\s+|hoc\s+)?(\d{4})/.exec(lowerSameLength(title)) : null
  if (inTitle) return Number(inTitle[1])
  return issuedOn ? Number(issuedOn.slice(0, 4)) : null
}
