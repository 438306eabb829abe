// Shared vocabulary and helpers of the eligibility checks, and the rule that applies to everyone.
import type { AwardCode } from '../catalog'
import { awardShort } from '../catalog'
import type { AwardRecord, Check, DisciplineLevel, Evidence, InitiativeLevel, Nominee, TaskRating } from './types'

export const RATING_LABELS = {
  HTXS: 'Hoàn thành xuất sắc nhiệm vụ',
  HTT: 'Hoàn thành tốt nhiệm vụ',
  HT: 'Hoàn thành nhiệm vụ',
  KHT: 'Không hoàn thành nhiệm vụ',
} as const satisfies Record<TaskRating, string>
/** Worst to best. */
export const RATING_ORDER = ['KHT', 'HT', 'HTT', 'HTXS'] as const satisfies readonly TaskRating[]

export const DISCIPLINE_LABELS = {
  KHIEN_TRACH: 'khiển trách',
  CANH_CAO: 'cảnh cáo',
  HA_BAC_LUONG: 'hạ bậc lương',
  GIANG_CHUC: 'giáng chức',
  CACH_CHUC: 'cách chức',
  BUOC_THOI_VIEC: 'buộc thôi việc',
} as const satisfies Record<DisciplineLevel, string>
/** Lightest to heaviest: the order has one home, lib/people/labels.ts. */
export { disciplineAtLeast } from '../../people/labels'

export const INITIATIVE_LEVEL_LABELS = {
  CO_SO: 'cấp cơ sở',
  TINH: 'cấp tỉnh',
  TOAN_QUOC: 'toàn quốc',
} as const satisfies Record<InitiativeLevel, string>
export const INITIATIVE_LEVEL_ORDER = ['CO_SO', 'TINH', 'TOAN_QUOC'] as const satisfies readonly InitiativeLevel[]

export const ratingAtLeast = (rating: TaskRating, minimum: TaskRating) =>
  RATING_ORDER.indexOf(rating) >= RATING_ORDER.indexOf(minimum)
export const initiativeAtLeast = (level: InitiativeLevel, minimum: InitiativeLevel) =>
  INITIATIVE_LEVEL_ORDER.indexOf(level) >= INITIATIVE_LEVEL_ORDER.indexOf(minimum)

/** "hoàn thành tốt nhiệm vụ trở lên"; the top rating needs no "trở lên". */
export function ratingPhrase(minimum: TaskRating): string {
  const text = RATING_LABELS[minimum].toLowerCase()
  return minimum === 'HTXS' ? text : `${text} trở lên`
}

/** The years ending with `year`, oldest first: yearsEnding(2024, 3) = [2022, 2023, 2024]. */
export function yearsEnding(year: number, years: number): number[] {
  return Array.from({ length: years }, (_, i) => year - years + 1 + i)
}

/** "2022–2024", or "2024" for a one-year window. */
export function span(years: readonly number[]): string {
  return years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`
}

/** Awards that count toward consecutive-year and period rules: thematic and sudden ones never do. */
export function counted(awards: readonly AwardRecord[], award: AwardCode, year: number): boolean {
  return awards.some((a) => a.award === award && a.year === year && !a.thematic)
}

/** " (năm 2019 chỉ có khen thưởng chuyên đề, đột xuất, không tính)" for the missing years that have one. */
export function thematicNote(awards: readonly AwardRecord[], award: AwardCode, missing: readonly number[]): string {
  const thematic = missing.filter((y) => awards.some((a) => a.award === award && a.year === y && a.thematic))
  return thematic.length ? ` (năm ${thematic.join(', ')} chỉ có khen thưởng chuyên đề, đột xuất, không tính)` : ''
}

/** N consecutive years of an award, ending with the year under consideration (individual or collective). */
export function consecutiveAwards(p: { award: AwardCode; years: number }): Check<Nominee> {
  return function consecutiveAwardsCheck(nominee, { year }) {
    const years = yearsEnding(year, p.years)
    const missing = years.filter((y) => !counted(nominee.awards, p.award, y))
    const short = awardShort(p.award)
    if (!missing.length)
      return {
        passed: true,
        message: `Đạt ${short} ${p.years} năm liên tục (${span(years)})`,
        evidence: evidence({ awards: years.map((y) => ({ award: p.award, year: y })) }),
      }
    return {
      passed: false,
      message: `Chưa đủ ${p.years} năm liên tục đạt ${short}: thiếu năm ${missing.join(', ')}${thematicNote(nominee.awards, p.award, missing)}`,
    }
  }
}

/** Evidence with the parts given, the rest empty. */
export function evidence(part: Partial<Evidence>): Evidence {
  return { initiativeIds: part.initiativeIds ?? [], ratingYears: part.ratingYears ?? [], awards: part.awards ?? [] }
}

/** Everything several passing checks relied on, each item once. */
export function mergeEvidence(parts: ReadonlyArray<Evidence | undefined>): Evidence {
  const present = parts.filter((p): p is Evidence => !!p)
  const awards = new Map(present.flatMap((p) => p.awards).map((a) => [`${a.award}:${a.year}`, a]))
  return {
    initiativeIds: [...new Set(present.flatMap((p) => p.initiativeIds))],
    ratingYears: [...new Set(present.flatMap((p) => p.ratingYears))].sort((a, b) => a - b),
    awards: [...awards.values()],
  }
}

/** Lower-case the first letter, to embed a message in a sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
