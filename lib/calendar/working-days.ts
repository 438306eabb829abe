// Working-day arithmetic on ISO dates ("2026-02-14"): Saturdays and Sundays are off unless announced as
// working days, and the public holidays of lib/calendar/holidays.ts are off. Pure functions.
import { HOLIDAYS, type HolidayYear } from './holidays'

const DAY = 86_400_000
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`)
const toIso = (d: Date) => d.toISOString().slice(0, 10)

export type Calendar = readonly HolidayYear[]

function index(calendar: Calendar) {
  const off = new Map<string, string>()
  const working = new Set<string>()
  for (const y of calendar) {
    for (const range of y.off)
      for (let t = toDate(range.from).getTime(); t <= toDate(range.to).getTime(); t += DAY)
        off.set(toIso(new Date(t)), range.label)
    for (const d of y.workingWeekends) working.add(d)
  }
  return { off, working, years: new Set(calendar.map((y) => y.year)) }
}
const DEFAULT = index(HOLIDAYS)
const cached = new WeakMap<Calendar, ReturnType<typeof index>>()
const indexed = (calendar?: Calendar) =>
  calendar ? (cached.get(calendar) ?? cached.set(calendar, index(calendar)).get(calendar)!) : DEFAULT

/** The holiday a day falls on, or null. */
export function holidayOn(iso: string, calendar?: Calendar): string | null {
  return indexed(calendar).off.get(iso) ?? null
}

export function isWorkingDay(iso: string, calendar?: Calendar): boolean {
  const { off, working } = indexed(calendar)
  if (working.has(iso)) return true
  const weekday = toDate(iso).getUTCDay()
  if (weekday === 0 || weekday === 6) return false
  return !off.has(iso)
}

/** Whether the calendar knows the holidays of every year from `from` to `to`. */
export function calendarCovers(from: string, to: string, calendar?: Calendar): boolean {
  const { years } = indexed(calendar)
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) if (!years.has(y)) return false
  return true
}

/**
 * The day on which a period of `days` working days that starts after `from` ends: "within 20 working
 * days from receipt on D" ends on the 20th working day after D (D itself does not count).
 */
export function addWorkingDays(from: string, days: number, calendar?: Calendar): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`bad number of working days ${days}`)
  let t = toDate(from).getTime()
  let left = days
  while (left > 0) {
    t += DAY
    if (isWorkingDay(toIso(new Date(t)), calendar)) left--
  }
  return toIso(new Date(t))
}

/** Working days after `from` up to and including `to` (negative when `to` is before `from`). */
export function workingDaysBetween(from: string, to: string, calendar?: Calendar): number {
  if (to < from) return -workingDaysBetween(to, from, calendar)
  let n = 0
  for (let t = toDate(from).getTime() + DAY; t <= toDate(to).getTime(); t += DAY)
    if (isWorkingDay(toIso(new Date(t)), calendar)) n++
  return n
}
