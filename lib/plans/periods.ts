// Periods a task can be scheduled in: quarters, combined quarters, the whole year, or a date window.
// The label is what the document prints; the quarters and dates are what the app checks and sorts by.
import { vnDate } from '../shared/dates'
import { foldUpper } from './parse/text'

export const PERIOD_OPTIONS = [
  { code: 'Q1', label: 'Quý I', quarters: [1] },
  { code: 'Q2', label: 'Quý II', quarters: [2] },
  { code: 'Q3', label: 'Quý III', quarters: [3] },
  { code: 'Q4', label: 'Quý IV', quarters: [4] },
  { code: 'Q1-2', label: 'Quý I và II', quarters: [1, 2] },
  { code: 'Q3-4', label: 'Quý III và IV', quarters: [3, 4] },
  { code: 'YEAR', label: 'Cả năm', quarters: [1, 2, 3, 4] },
  { code: 'WINDOW', label: 'Khoảng thời gian', quarters: [] },
] as const
export type PeriodCode = (typeof PERIOD_OPTIONS)[number]['code']
export const PERIOD_CODES = PERIOD_OPTIONS.map((o) => o.code) as [PeriodCode, ...PeriodCode[]]

const ROMAN = ['I', 'II', 'III', 'IV']

/** "Từ 01/3/2020 đến 30/6/2020" */
export function windowLabel(from: Date, to: Date) {
  return `Từ ${vnDate(from)} đến ${vnDate(to)}`
}

/** The standard code of a set of quarters, or null for an unusual combination such as [2, 3]. */
export function codeOfQuarters(quarters: readonly number[]): PeriodCode | null {
  const key = [...quarters].sort().join(',')
  return PERIOD_OPTIONS.find((o) => o.code !== 'WINDOW' && o.quarters.join(',') === key)?.code ?? null
}

/** A label for quarters outside the standard options: "Quý II, III". */
export function quartersLabel(quarters: readonly number[]) {
  const code = codeOfQuarters(quarters)
  if (code) return PERIOD_OPTIONS.find((o) => o.code === code)!.label
  return `Quý ${[...quarters]
    .sort()
    .map((q) => ROMAN[q - 1])
    .join(', ')}`
}

export type TaskPeriod = { label: string; quarters: number[]; from: Date | null; to: Date | null }

/** First and last day a period covers in a year (UTC dates). */
export function periodBounds(period: TaskPeriod, year: number): { from: Date; to: Date } {
  if (period.from && period.to) return { from: period.from, to: period.to }
  const qs = period.quarters.length ? period.quarters : [1, 2, 3, 4]
  const first = Math.min(...qs)
  const last = Math.max(...qs)
  return { from: new Date(Date.UTC(year, (first - 1) * 3, 1)), to: new Date(Date.UTC(year, last * 3, 0)) }
}

/**
 * Why a task's period or due date does not fit the plan, in Vietnamese, or null when it fits.
 * An annual plan's periods lie within its year; a campaign's within its window.
 */
export function periodError(
  period: TaskPeriod,
  dueDate: Date | null,
  plan: { year: number; kind: 'ANNUAL' | 'CAMPAIGN'; windowFrom: Date | null; windowTo: Date | null },
): { field: 'period' | 'dueDate'; message: string } | null {
  if (period.from && period.to && period.from > period.to)
    return { field: 'period', message: 'Ngày bắt đầu phải trước ngày kết thúc.' }
  if (period.quarters.some((q) => q < 1 || q > 4)) return { field: 'period', message: 'Quý phải từ I đến IV.' }
  const limits =
    plan.kind === 'CAMPAIGN' && plan.windowFrom && plan.windowTo
      ? { from: plan.windowFrom, to: plan.windowTo, name: 'thời gian của đợt thi đua' }
      : {
          from: new Date(Date.UTC(plan.year, 0, 1)),
          to: new Date(Date.UTC(plan.year, 11, 31)),
          name: `năm ${plan.year} của kế hoạch`,
        }
  if (period.from && period.to && (period.from < limits.from || period.to > limits.to)) {
    return { field: 'period', message: `Khoảng thời gian nằm ngoài ${limits.name}.` }
  }
  if (dueDate) {
    const bounds = period.from && period.to ? period : periodBounds(period, plan.year)
    if (dueDate < limits.from || dueDate > limits.to)
      return { field: 'dueDate', message: `Hạn hoàn thành nằm ngoài ${limits.name}.` }
    if (bounds.from && bounds.to && (dueDate < bounds.from || dueDate > bounds.to)) {
      return { field: 'dueDate', message: `Hạn hoàn thành không thuộc ${period.label}.` }
    }
  }
  return null
}

/** Order of periods in the document: by first day, then by length. */
export function comparePeriods(a: TaskPeriod, b: TaskPeriod, year: number) {
  const x = periodBounds(a, year)
  const y = periodBounds(b, year)
  return x.from.getTime() - y.from.getTime() || x.to.getTime() - y.to.getTime()
}

/** Lower-case, accent-free form used for searching ("Kế hoạch … Quý" → "ke hoach … quy"). */
export function searchKey(text: string) {
  return foldUpper(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim()
}
