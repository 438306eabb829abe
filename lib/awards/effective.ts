// Legal rules change by decree, so every rule is a value with the dates it is in force and its legal
// source. Dates are ISO calendar dates ("2025-07-01"), compared as strings.
//  - `from` is the first day in force (the day the text takes effect);
//  - `to` is the first day NO LONGER in force (the day the replacing text takes effect, as Vietnamese
//    texts say "hết hiệu lực kể từ ngày …"); absent while the rule is still in force.
// So a decree replaced "from 01/07/2025" ends with `to: '2025-07-01'` and its successor starts
// with `from: '2025-07-01'`, and exactly one of them applies on every day.
import { vnDateOfIso } from '../shared/dates'

export type Effective<T> = {
  from: string // ISO date, inclusive
  to?: string // ISO date, exclusive
  value: T
  source: string // legal source, e.g. 'Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP'
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** "2025-07-01" and a real calendar day (no 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

function assertIsoDate(value: string) {
  if (!isIsoDate(value)) throw new RangeError(`Invalid ISO date "${value}" (expected YYYY-MM-DD)`)
}

export function inForce(rule: Pick<Effective<unknown>, 'from' | 'to'>, onDate: string): boolean {
  return rule.from <= onDate && (rule.to === undefined || onDate < rule.to)
}

/**
 * The rule in force on `onDate`, or null when none is (not yet in force, or lapsed without successor).
 * Should periods ever overlap, the one that took effect last wins (the newer text prevails).
 */
export function pickEffective<T>(rules: readonly Effective<T>[], onDate: string): Effective<T> | null {
  assertIsoDate(onDate)
  let picked: Effective<T> | null = null
  for (const rule of rules) {
    if (inForce(rule, onDate) && (picked === null || rule.from > picked.from)) picked = rule
  }
  return picked
}

/** What is wrong with a list of periods (bad dates, empty or overlapping periods); [] when sound. */
export function periodErrors(rules: readonly Effective<unknown>[]): string[] {
  const errors: string[] = []
  for (const r of rules) {
    if (!isIsoDate(r.from)) errors.push(`bad from date ${r.from}`)
    if (r.to !== undefined && !isIsoDate(r.to)) errors.push(`bad to date ${r.to}`)
    if (r.to !== undefined && r.to <= r.from) errors.push(`empty period ${r.from}..${r.to}`)
    if (!r.source.trim()) errors.push(`period from ${r.from} has no legal source`)
  }
  const sorted = [...rules].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]
    if (prev.to === undefined || prev.to > sorted[i].from)
      errors.push(`period from ${prev.from} overlaps period from ${sorted[i].from}`)
  }
  return errors
}

/** "2025-07-01" → "01/07/2025", as Vietnamese documents write dates. */
export function formatViDate(iso: string): string {
  assertIsoDate(iso)
  return vnDateOfIso(iso)
}
