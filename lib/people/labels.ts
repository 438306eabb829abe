// Vietnamese labels and small pure helpers of the people registry, shared by server and client code.
import { awardLabel, isAwardCode } from '../awards/catalog'
import type { DisciplineLevel, Gender, InitiativeLevel, TaskRating } from '../generated/prisma/enums'

export const GENDERS = ['NAM', 'NU'] as const satisfies readonly Gender[]
export const GENDER_LABELS = { NAM: 'Nam', NU: 'Nữ' } as const satisfies Record<Gender, string>

export const TASK_RATINGS = ['HTXS', 'HTT', 'HT', 'KHT'] as const satisfies readonly TaskRating[]
export const RATING_LABELS = {
  HTXS: 'Hoàn thành xuất sắc nhiệm vụ',
  HTT: 'Hoàn thành tốt nhiệm vụ',
  HT: 'Hoàn thành nhiệm vụ',
  KHT: 'Không hoàn thành nhiệm vụ',
} as const satisfies Record<TaskRating, string>

/** Lightest to heaviest (Luật Cán bộ, công chức, Điều 79): the one order every rule reads. */
export const DISCIPLINE_LEVELS = [
  'KHIEN_TRACH',
  'CANH_CAO',
  'HA_BAC_LUONG',
  'GIANG_CHUC',
  'CACH_CHUC',
  'BUOC_THOI_VIEC',
] as const satisfies readonly DisciplineLevel[]
/** Heavier levels rank higher; an unknown level (a bad row) ranks below every known one. */
export const disciplineRank = (level: string) => (DISCIPLINE_LEVELS as readonly string[]).indexOf(level)
/** Is the discipline `level` at least as heavy as `minimum` ("từ cảnh cáo trở lên")? */
export const disciplineAtLeast = (level: string, minimum: DisciplineLevel) =>
  disciplineRank(level) >= disciplineRank(minimum)

export const DISCIPLINE_LABELS = {
  KHIEN_TRACH: 'Khiển trách',
  CANH_CAO: 'Cảnh cáo',
  HA_BAC_LUONG: 'Hạ bậc lương',
  GIANG_CHUC: 'Giáng chức',
  CACH_CHUC: 'Cách chức',
  BUOC_THOI_VIEC: 'Buộc thôi việc',
} as const satisfies Record<DisciplineLevel, string>

export const INITIATIVE_LEVELS = ['CO_SO', 'TINH', 'TOAN_QUOC'] as const satisfies readonly InitiativeLevel[]
export const INITIATIVE_LEVEL_LABELS = {
  CO_SO: 'Cơ sở',
  TINH: 'Tỉnh',
  TOAN_QUOC: 'Toàn quốc',
} as const satisfies Record<InitiativeLevel, string>

export const LEADER_LABELS = { true: 'Lãnh đạo, quản lý', false: 'Trực tiếp công tác, lao động' } as const

/** Years a record may carry: from 2000 to next year (plans and registrations run a year ahead). */
export const MIN_RECORD_YEAR = 2000
export const maxRecordYear = (now = new Date()) => now.getUTCFullYear() + 1
export const recordYearError = (year: number, now = new Date()) =>
  !Number.isInteger(year) || year < MIN_RECORD_YEAR || year > maxRecordYear(now)
    ? `Năm phải từ ${MIN_RECORD_YEAR} đến ${maxRecordYear(now)}.`
    : null

/** The last three finished years (the ratings an export carries): in 2026, 2023–2025. */
export const lastRatingYears = (now = new Date()) => [3, 2, 1].map((back) => now.getUTCFullYear() - back)

/** dd/mm/yyyy and yyyy-mm-dd of date-only values. */
export { isoDay, vnDate } from '../shared/dates'

/** Today in Việt Nam at UTC midnight. */
export { todayInVietnam as today } from '../shared/dates'

type Use = { award: string; year: number; releasedAt: Date | null; releaseReason?: string | null }
const describeUse = (u: Use) => `${isAwardCode(u.award) ? awardLabel(u.award) : u.award} năm ${u.year}`

/** "đã dùng làm tiêu chí Chiến sĩ thi đua cơ sở năm 2024" (the live use in the ledger), or null while unused. */
export function criterionUse(initiative: { uses: readonly Use[] }) {
  const live = initiative.uses.find((u) => !u.releasedAt)
  return live ? `đã dùng làm tiêu chí ${describeUse(live)}` : null
}

/** Earlier uses released by a revocation: "Bằng khen … năm 2024 (đã hủy: …)". */
export function releasedUses(initiative: { uses: readonly Use[] }): string[] {
  return initiative.uses
    .filter((u) => u.releasedAt)
    .map((u) => `${describeUse(u)} (đã giải phóng${u.releaseReason ? `: ${u.releaseReason}` : ''})`)
}
