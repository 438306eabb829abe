/**
 * What a heading announces. Plans follow NĐ 30/2020: "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG"
 * (with "Nhiệm vụ trọng tâm", "Nhiệm vụ cụ thể" by quarter, or "Thời gian" for a campaign),
 * "III. TỔ CHỨC THỰC HIỆN". Wording varies between agencies, so each kind is a list of accepted
 * openings, compared without accents and case ("Muc dich", "MỤC ĐÍCH" and "Mục đích" are equal).
 */
import { parsePeriodLabel } from './periods'
import { foldUpper, matchKeyword, startsWithKeyword, wordCount } from './text'

export type HeadingKind =
  | 'purposeAndRequirement'
  | 'purpose'
  | 'requirement'
  | 'focus'
  | 'schedule'
  | 'time'
  | 'content'
  | 'implementation'
  | 'ignored'
  /** A heading that joins parts of different kinds ("ĐỐI TƯỢNG, NỘI DUNG THI ĐUA"): its sub-headings say which. */
  | 'combined'

const PURPOSE = ['MUC DICH', 'MUC TIEU']
const REQUIREMENT = ['YEU CAU']
/** Headings whose items are the focus tasks of the year. */
const FOCUS = [
  'NHIEM VU TRONG TAM',
  'CAC NHIEM VU TRONG TAM',
  'NOI DUNG TRONG TAM',
  'NHIEM VU CHU YEU',
  'CAC NHIEM VU CHU YEU',
  'NHIEM VU CHUNG',
  'NHIEM VU VA GIAI PHAP',
  'NHIEM VU, GIAI PHAP',
  'CAC NHIEM VU, GIAI PHAP',
  'NHIEM VU GIAI PHAP',
  'TRONG TAM',
]
/** Headings that group the dated tasks (their children are periods). */
const SCHEDULE = [
  'NHIEM VU CU THE',
  'CAC NHIEM VU CU THE',
  'NOI DUNG CU THE',
  'CONG VIEC CU THE',
  'HOAT DONG CU THE',
  'KE HOACH CU THE',
  'TIEN DO',
  'LICH TRINH',
  'LO TRINH',
  'THOI GIAN VA NOI DUNG',
  'NOI DUNG VA THOI GIAN',
  'NHIEM VU THEO QUY',
  'NHIEM VU TUNG QUY',
]
/** Headings that state when a campaign runs. */
const TIME = ['THOI GIAN']
/** Section II and its generic sub-headings. */
const CONTENT = [
  'NOI DUNG',
  'NHIEM VU',
  'CAC NHIEM VU',
  'CAC NOI DUNG',
  'CHUONG TRINH',
  'CAC PHONG TRAO',
  'PHONG TRAO',
  'CAC HOAT DONG',
  'HOAT DONG',
]
const IMPLEMENTATION = [
  'TO CHUC THUC HIEN',
  'TO CHUC TRIEN KHAI',
  'TRIEN KHAI THUC HIEN',
  'PHAN CONG THUC HIEN',
  'PHAN CONG NHIEM VU',
  'PHAN CONG TRACH NHIEM',
  'TRACH NHIEM THUC HIEN',
  'TRACH NHIEM',
]
/**
 * Parts of a plan that hold no tasks for the draft: award forms, criteria, budget, reporting rules,
 * and the review of last year's results that some plans open with.
 */
const IGNORED = [
  'KET QUA',
  'DANH GIA KET QUA',
  'DANH GIA TINH HINH',
  'TINH HINH',
  'KINH PHI',
  'HINH THUC',
  'TIEU CHUAN',
  'DOI TUONG',
  'PHAM VI',
  'CHE DO BAO CAO',
  'CHE DO THONG TIN',
  'DANH HIEU',
  'CO CAU',
  'THU TUC',
  'HO SO',
]

/** A heading is a short label; longer text is a sentence that happens to start with a keyword. */
const MAX_HEADING_WORDS = 14

/**
 * Classifies a heading by its wording; null when the wording is not a known section label. A heading
 * that lists parts of different kinds ("II. ĐỐI TƯỢNG, NỘI DUNG THI ĐUA", "THỜI GIAN VÀ TRÁCH NHIỆM
 * THỰC HIỆN") is 'combined': its own sub-headings are read one by one.
 */
export function classifyHeading(text: string): HeadingKind | null {
  const label = text.replace(/[\s:.]+$/, '')
  if (wordCount(label) > MAX_HEADING_WORDS) return null
  const folded = foldUpper(label).replace(/\s+/g, ' ')
  const kinds = new Set(
    headingParts(folded)
      .map(classifyPart)
      .filter((kind) => kind !== null && kind !== 'ignored'),
  )
  const whole = classifyPart(folded)
  if (whole === 'purposeAndRequirement') return whole
  const holdsContent = [...kinds].some(isContentKind)
  const holdsOther = [...kinds].some((kind) => !isContentKind(kind))
  if ((holdsContent && holdsOther) || (whole === 'ignored' && kinds.size > 0)) return 'combined'
  return whole
}

/** "ĐỐI TƯỢNG, NỘI DUNG THI ĐUA" → ["ĐỐI TƯỢNG", "NỘI DUNG THI ĐUA"] (folded). */
function headingParts(folded: string): string[] {
  return folded
    .split(/\s*[,;]\s*|\s+VA\s+|\s*[-–—]\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

/** The section kinds that hold the content of the plan (tasks, periods). */
export function isContentKind(kind: HeadingKind | null): boolean {
  return kind === 'focus' || kind === 'schedule' || kind === 'time' || kind === 'content'
}

/** True when the heading, or one of the parts it lists, names the content of the plan. */
export function namesContent(text: string): boolean {
  const folded = foldUpper(text.replace(/[\s:.]+$/, '')).replace(/\s+/g, ' ')
  return [folded, ...headingParts(folded)].some((part) => isContentKind(classifyPart(part)))
}

function classifyPart(folded: string): HeadingKind | null {
  if (startsWithKeyword(folded, PURPOSE)) {
    return folded.includes('YEU CAU') ? 'purposeAndRequirement' : 'purpose'
  }
  if (startsWithKeyword(folded, REQUIREMENT)) return 'requirement'
  if (startsWithKeyword(folded, IMPLEMENTATION)) return 'implementation'
  if (startsWithKeyword(folded, FOCUS) || isFocusPhrase(folded)) return 'focus'
  if (startsWithKeyword(folded, SCHEDULE)) return 'schedule'
  if (startsWithKeyword(folded, TIME)) return 'time'
  if (startsWithKeyword(folded, IGNORED)) return 'ignored'
  if (matchKeyword(folded, CONTENT)) return 'content'
  return null
}

/** "Một số nhiệm vụ trọng tâm", "Nội dung thi đua trọng tâm"… */
function isFocusPhrase(folded: string): boolean {
  return /(NHIEM VU|NOI DUNG|CONG TAC)\b.*\bTRONG TAM\b/.test(folded)
}

/** Section kinds that may open the body of the plan (a Roman heading, or the same words unnumbered). */
export function isSectionKind(kind: HeadingKind | null): boolean {
  return kind !== null && kind !== 'ignored'
}

/** Splits "Mục đích: Phát huy…" or "Quý I: Tổ chức…" into the heading and its inline content. */
export function splitInline(text: string): { head: string; inline: string | null } {
  const colon = text.indexOf(':')
  if (colon < 0) return { head: text, inline: null }
  const head = text.slice(0, colon).trim()
  const inline = text.slice(colon + 1).trim()
  return { head, inline: inline === '' ? null : inline }
}

/** True when the text (as a whole, or its part before a colon) is a period label. */
export function periodOf(text: string): { period: ReturnType<typeof parsePeriodLabel>; inline: string | null } {
  const whole = parsePeriodLabel(text)
  if (whole) return { period: whole, inline: null }
  const { head, inline } = splitInline(text)
  if (inline === null) return { period: null, inline: null }
  return { period: parsePeriodLabel(head), inline }
}
