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

/** The instant as Việt Nam's wall clock, read through the UTC getters. */
const inVietnam = (at: Date) => new Date(at.getTime() + 7 * 3_600_000)

/** dd/mm/yyyy of the day an instant falls on in Việt Nam: "20/11/2026". */
export const vnDayOf = (at: Date) => vnDate(inVietnam(at))

/** "12/01/2026 09:30": an instant (a submission, a signature, a journal entry) in Việt Nam time. */
export function vnDateTime(at: Date) {
  const d = inVietnam(at)
  return `${vnDate(d)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`
}

/** "14 giờ 05, ngày 20/11/2026": an instant as minutes and official letters write it. */
export function vnTimeSpoken(at: Date) {
  const d = inVietnam(at)
  return `${two(d.getUTCHours())} giờ ${two(d.getUTCMinutes())}, ngày ${vnDate(d)}`
}

/** "2025-07-01" → "01/07/2025" (a rule's date, an evaluation day); anything else is returned as it is. */
export function vnDateOfIso(iso: string) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso
}
