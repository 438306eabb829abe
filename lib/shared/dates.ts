// Dates as the app stores them: date-only values at UTC midnight, "today" in Việt Nam (UTC+7, no DST).

/** Today in Việt Nam at UTC midnight: the value a @db.Date column stores. */
export function todayInVietnam(now = new Date()) {
  const local = new Date(now.getTime() + 7 * 3_600_000)
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()))
}

const two = (n: number) => String(n).padStart(2, '0')

/** dd/mm/yyyy of a date-only value (stored at UTC midnight), '' when absent. NĐ 30/2020 pads both. */
export function vnDate(date: Date | null | undefined) {
  return date ? `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}` : ''
}

/** yyyy-mm-dd of a date-only value (for <input type="date"> and the rules' dates), '' when absent. */
export const isoDay = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : '')
