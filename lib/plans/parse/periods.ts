/**
 * Period labels of the task schedule. A plan lists its concrete tasks under labels such as
 * "Quý I", "Quý I và II", "Quý II, III", "Quý I/2020", "Quy IV" (typed without accents),
 * "6 tháng đầu năm", "Cả năm", "Thường xuyên", "Tháng 3", or a dated window
 * ("Từ ngày 01/3/2020 đến ngày 30/6/2020", "Đợt 1 (từ ngày … đến ngày …)").
 * A label is recognised only when it is the whole heading, so sentences that merely mention a
 * quarter ("Trong quý I, tổ chức…") remain tasks.
 */
import { findDateWindow } from './dates'
import { foldUpper } from './text'

export interface PeriodLabel {
  /** The label as printed, without numbering and without a trailing colon. */
  label: string
  /** Quarters covered (1–4), empty for a dated window. */
  quarters: number[]
  from: string | null
  to: string | null
}

/** Optional words before a period label: "Trong quý I", "Nhiệm vụ quý II", "Các công việc thường xuyên". */
const LABEL_PREFIX = '(?:(?:TRONG|VAO|CAC|NHIEM VU|CONG VIEC|HOAT DONG)\\s+)*'
/** A quarter number, Roman or Arabic. IV must be tried before I. */
const QUARTER_NUMBER = '(?:IV|III|II|I|[1-4])(?![0-9A-Z])'
/** What may join two quarter numbers: "I và II", "II, III", "I - II", "I đến III", "I + II". */
const QUARTER_JOINER = '\\s*(?:,|;|&|\\+|-|–|—|VA|DEN|TOI)\\s*(?:QUY\\s+)?'
/** A year after the label: "/2020", "năm 2020", "năm học 2019-2020". */
const YEAR_SUFFIX = '(?:\\s*/\\s*\\d{4}|\\s+NAM\\s+(?:HOC\\s+)?\\d{4}(?:\\s*[-–—/]\\s*\\d{4})?|\\s+\\d{4})?'
/** An explanatory parenthesis after the label: "Quý I (từ tháng 1 đến tháng 3)". */
const TRAILING_PAREN = '(?:\\s*\\(.*\\))?'

const QUARTER_LABEL = new RegExp(
  `^${LABEL_PREFIX}QUY\\s+(${QUARTER_NUMBER}(?:${QUARTER_JOINER}${QUARTER_NUMBER})*)${YEAR_SUFFIX}${TRAILING_PAREN}$`,
)
const HALF_YEAR_LABEL = new RegExp(
  `^${LABEL_PREFIX}(?:6|SAU)\\s+THANG\\s+(DAU|CUOI)\\s+NAM${YEAR_SUFFIX}${TRAILING_PAREN}$`,
)
/** Tasks carried out all year long. */
const WHOLE_YEAR_LABEL = new RegExp(
  `^${LABEL_PREFIX}(?:CA NAM|TRONG NAM|QUANH NAM|HANG NAM|HANG QUY|THUONG XUYEN|THUC HIEN THUONG XUYEN)(?:\\s+TRONG NAM)?${YEAR_SUFFIX}${TRAILING_PAREN}$`,
)
const MONTH_LABEL = new RegExp(
  `^${LABEL_PREFIX}THANG\\s+(\\d{1,2}(?:\\s*(?:,|-|–|—|VA|DEN|TOI)\\s*(?:THANG\\s+)?\\d{1,2})*)(?:\\s*/\\s*\\d{4}|\\s+NAM\\s+\\d{4})?${TRAILING_PAREN}$`,
)
/** A dated window, possibly named: "Từ ngày …", "Đợt 1: từ ngày …", "Giai đoạn 2 (từ tháng …)". */
const WINDOW_LABEL_START = /^(?:(?:DOT|GIAI DOAN)\s+[^\s:,(]+\s*[:,(\-–—]?\s*)?\(?TU\s/

/**
 * A round of a campaign: "Đợt 1", "Đợt thi đua thứ hai", "Đợt 01 dự kiến: … (từ ngày 20/11 đến 03/12/2025)".
 * It is a period when it is a short label or when its text carries its dates.
 */
const ROUND_LABEL =
  /^(?:CAC\s+)?DOT\s+(?:THI DUA\s+)?(?:\d{1,2}|[IVX]{1,4}|THU\s+\S+|MOT|HAI|BA|BON|NAM|CAO DIEM\s+\S+)(?=$|[\s:,.(\-–—])/
const MAX_ROUND_LABEL_WORDS = 8

const ROMAN_QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 }

function quarterNumber(token: string): number {
  return ROMAN_QUARTERS[token] ?? Number(token)
}

/** Expands the list part of a quarter label: "I VA II" → [1,2], "I - III" → [1,2,3], "II, IV" → [2,4]. */
function quartersFromList(list: string): number[] {
  const tokenPattern = new RegExp(QUARTER_NUMBER, 'g')
  const quarters: number[] = []
  let previousEnd = 0
  for (let match = tokenPattern.exec(list); match; match = tokenPattern.exec(list)) {
    const value = quarterNumber(match[0])
    const joiner = list.slice(previousEnd, match.index)
    const isRange = /[-–—]|DEN|TOI/.test(joiner) && quarters.length > 0
    if (isRange) {
      for (let q = quarters[quarters.length - 1] + 1; q < value; q++) quarters.push(q)
    }
    quarters.push(value)
    previousEnd = match.index + match[0].length
  }
  return [...new Set(quarters)].sort((a, b) => a - b)
}

/** Quarters that contain the listed months: "1 - 3" → [1], "3, 4" → [1, 2]. */
function quartersFromMonths(list: string): number[] {
  const months = (list.match(/\d{1,2}/g) ?? []).map(Number).filter((m) => m >= 1 && m <= 12)
  const isRange = /[-–—]|DEN|TOI/.test(list) && months.length === 2
  const all = isRange ? range(months[0], months[1]) : months
  return [...new Set(all.map((month) => Math.ceil(month / 3)))].sort((a, b) => a - b)
}

function range(from: number, to: number): number[] {
  const values: number[] = []
  for (let value = from; value <= to; value++) values.push(value)
  return values
}

/**
 * Reads a heading as a period label, or returns null when the heading is not one.
 * The label keeps the printed wording; quarters are derived from it.
 */
export function parsePeriodLabel(heading: string): PeriodLabel | null {
  const label = heading.replace(/[\s:]+$/, '').trim()
  if (label === '') return null
  const folded = foldUpper(label).replace(/\s+/g, ' ')

  const quarter = QUARTER_LABEL.exec(folded)
  if (quarter) return { label, quarters: quartersFromList(quarter[1]), from: null, to: null }

  const half = HALF_YEAR_LABEL.exec(folded)
  if (half) return { label, quarters: half[1] === 'DAU' ? [1, 2] : [3, 4], from: null, to: null }

  if (WHOLE_YEAR_LABEL.test(folded)) return { label, quarters: [1, 2, 3, 4], from: null, to: null }

  const month = MONTH_LABEL.exec(folded)
  if (month) {
    const quarters = quartersFromMonths(month[1])
    if (quarters.length > 0) return { label, quarters, from: null, to: null }
  }

  if (WINDOW_LABEL_START.test(folded)) {
    const window = findDateWindow(label)
    const restAfterWindow = window ? label.slice(window.end).replace(/[\s)]+$/, '') : null
    if (window && restAfterWindow === '') return { label, quarters: [], from: window.from, to: window.to }
  }

  if (ROUND_LABEL.test(folded)) {
    const round = label.replace(/[\s.;,]+$/, '')
    const window = findDateWindow(round)
    if (window) return { label: round, quarters: [], from: window.from, to: window.to }
    if (round.split(/\s+/).length <= MAX_ROUND_LABEL_WORDS) return { label: round, quarters: [], from: null, to: null }
  }
  return null
}
