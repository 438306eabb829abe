/**
 * Dates as Vietnamese administrative documents write them: "ngày 26 tháng 02 năm 2020",
 * "26/02/2020", "01/3" (year given elsewhere), and windows "từ ngày 01/3/2020 đến ngày 30/6/2020"
 * or "từ tháng 3 đến tháng 6/2020". Matching is done on lower-cased text with accents optional
 * ("ngay", "thang", "nam" are tolerated) so that a document typed without tone marks still parses.
 */
import { lowerSameLength } from './text'

/** Builds an ISO date, or null when the day does not exist (31/02, 00/13…). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const DAY_WORD = '(?:ngày|ngay)'
const MONTH_WORD = '(?:tháng|thang)'
const YEAR_WORD = '(?:năm|nam)'
const FROM_WORD = '(?:từ|tu)'
const TO_WORD = '(?:đến|den|tới|toi|[-–—])'
/** Inside a window, "đến hết ngày…" and "đến trước ngày…" mean the same end date. */
const TO_QUALIFIER = '(?:(?:hết|het|trước|truoc)\\s+)?'

/** "26/02/2020", "26-02-2020", "26.02.2020", "01/3" (no year). */
const NUMERIC_DATE = '(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})(?:\\s*[/.\\-]\\s*(\\d{4}))?'
/** "26 tháng 02 năm 2020", "01 tháng 3" (no year). */
const WORDED_DATE = `(\\d{1,2})\\s+${MONTH_WORD}\\s+(\\d{1,2})(?:,?\\s+${YEAR_WORD}\\s+(\\d{4}))?`

/** The place-and-date line of the header: "Mai Sơn, ngày 26 tháng 02 năm 2020". */
const PLACE_DATE_WORDED = new RegExp(
  `^(?<place>.*?)[,\\s]*${DAY_WORD}\\s*(?<day>\\d{1,2})?[\\s.…]*${MONTH_WORD}\\s*(?<month>\\d{1,2})?[\\s.…]*${YEAR_WORD}\\s*(?<year>\\d{4})`,
)
/** The same with a numeric date: "Mai Sơn, ngày 26/02/2020". */
const PLACE_DATE_NUMERIC = new RegExp(
  `^(?<place>.*?)[,\\s]*${DAY_WORD}\\s+(?<day>\\d{1,2})\\s*/\\s*(?<month>\\d{1,2})\\s*/\\s*(?<year>\\d{4})`,
)

export interface PlaceAndDate {
  place: string | null
  issuedOn: string | null
}

/**
 * Reads the place-and-date line. The day may be left blank in a draft ("ngày   tháng 5 năm 2020"):
 * the place is still returned and the date is null.
 */
export function parsePlaceAndDate(line: string): PlaceAndDate | null {
  const lower = lowerSameLength(line)
  const match = PLACE_DATE_WORDED.exec(lower) ?? PLACE_DATE_NUMERIC.exec(lower)
  if (!match || !match.groups) return null
  const { day, month, year } = match.groups
  const placeEnd = match.groups.place.length
  const place = line
    .slice(0, placeEnd)
    .replace(/[\s,]+$/, '')
    .trim()
  const issuedOn = day && month && year ? isoDate(Number(year), Number(month), Number(day)) : null
  return { place: place === '' ? null : place, issuedOn }
}

export interface DateWindow {
  from: string | null
  to: string | null
  /** Index in the input where the window phrase starts ("từ …"). */
  start: number
  /** Index just after the window phrase. */
  end: number
}

interface LooseDate {
  day: number
  month: number
  year: number | null
}

function looseDate(day?: string, month?: string, year?: string): LooseDate {
  return { day: Number(day), month: Number(month), year: year ? Number(year) : null }
}

/** A day-precise window: "từ ngày 01/3/2020 đến ngày 30/6/2020", "từ 01 tháng 3 đến 30 tháng 6 năm 2020". */
const DAY_WINDOWS = [NUMERIC_DATE, WORDED_DATE].map(
  (date) =>
    new RegExp(
      `${FROM_WORD}\\s+(?:${DAY_WORD}\\s+)?${date}\\s*${TO_WORD}\\s*${TO_QUALIFIER}(?:${DAY_WORD}\\s+)?${date}`,
    ),
)

/** A month-precise window: "từ tháng 3 đến tháng 6 năm 2020", "từ tháng 3/2020 đến tháng 6/2020". */
const MONTH_OF_YEAR = `(\\d{1,2})(?:\\s*/\\s*(\\d{4})|\\s+${YEAR_WORD}\\s+(\\d{4}))?`
const MONTH_WINDOW = new RegExp(
  `${FROM_WORD}\\s+${MONTH_WORD}\\s+${MONTH_OF_YEAR}\\s*${TO_WORD}\\s*${TO_QUALIFIER}(?:${MONTH_WORD}\\s+)?${MONTH_OF_YEAR}`,
)

/**
 * Finds a dated window in the text. A missing year on one side is taken from the other side
 * ("từ ngày 01/3 đến ngày 30/6/2020"); a side that stays incomplete is null.
 */
export function findDateWindow(text: string): DateWindow | null {
  const lower = lowerSameLength(text)
  for (const pattern of DAY_WINDOWS) {
    const match = pattern.exec(lower)
    if (!match) continue
    const from = looseDate(match[1], match[2], match[3])
    const to = looseDate(match[4], match[5], match[6])
    const fromYear = from.year ?? to.year
    const toYear = to.year ?? from.year
    return {
      from: fromYear === null ? null : isoDate(fromYear, from.month, from.day),
      to: toYear === null ? null : isoDate(toYear, to.month, to.day),
      start: match.index,
      end: match.index + match[0].length,
    }
  }
  const month = MONTH_WINDOW.exec(lower)
  if (month) {
    const fromMonth = Number(month[1])
    const toMonth = Number(month[4])
    const explicitFromYear = month[2] ?? month[3]
    const explicitToYear = month[5] ?? month[6]
    const fromYear = Number(explicitFromYear ?? explicitToYear)
    const toYear = Number(explicitToYear ?? explicitFromYear)
    const known = explicitFromYear !== undefined || explicitToYear !== undefined
    return {
      from: known ? isoDate(fromYear, fromMonth, 1) : null,
      to: known && toMonth >= 1 && toMonth <= 12 ? isoDate(toYear, toMonth, lastDayOfMonth(toYear, toMonth)) : null,
      start: month.index,
      end: month.index + month[0].length,
    }
  }
  return null
}

/**
 * Finds any time-window phrase "từ … đến …" in a sentence, dated or not
 * ("từ nay đến khi kết thúc Đại hội…"). Returns the phrase as printed (up to the end of its
 * sentence, without closing punctuation) and the dates when they can be read.
 */
export function findWindowPhrase(text: string): { phrase: string; from: string | null; to: string | null } | null {
  const lower = lowerSameLength(text)
  const fromWord = /(?:^|[\s(,;:])(từ|tu)\s/g
  for (let match = fromWord.exec(lower); match; match = fromWord.exec(lower)) {
    const start = match.index + match[0].indexOf(match[1])
    const sentenceEnd = findSentenceEnd(lower, start)
    const sentence = lower.slice(start, sentenceEnd)
    if (!/\s(đến|den|tới|toi)\s/.test(sentence)) continue
    const phrase = text
      .slice(start, sentenceEnd)
      .replace(/[\s.;:,)]+$/, '')
      .trim()
    const dated = findDateWindow(phrase)
    return { phrase, from: dated?.from ?? null, to: dated?.to ?? null }
  }
  return null
}

/** End of the sentence that contains `from`: the next ". " / ";" / end of text (dates like 01.3 are not ends). */
function findSentenceEnd(text: string, from: number): number {
  const rest = text.slice(from)
  const end = /(?:[.;!?](?=\s|$)|\n)/.exec(rest)
  return end ? from + end.index : text.length
}
