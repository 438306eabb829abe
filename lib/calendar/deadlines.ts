// The deadlines of the award cycle, as data with their source and the day they took effect; a tenant can
// override each from a date of its own (DeadlineSetting), e.g. a 7-working-day publication window.
import { type Effective, pickEffective } from '../awards/effective'
import { addWorkingDays, calendarCovers, workingDaysBetween } from './working-days'

export const DEADLINE_KEYS = [
  'appraisalWorkingDays',
  'publicationWorkingDays',
  'consultationWorkingDays',
  'annualSubmission',
  'schoolSubmission',
] as const
export type DeadlineKey = (typeof DEADLINE_KEYS)[number]

export const DEADLINE_LABELS: Record<DeadlineKey, string> = {
  appraisalWorkingDays: 'Thời hạn thẩm định hồ sơ (ngày làm việc)',
  publicationWorkingDays: 'Thời gian công khai danh sách khen thưởng cấp Nhà nước (ngày làm việc)',
  consultationWorkingDays: 'Thời hạn trả lời hiệp y (ngày làm việc)',
  annualSubmission: 'Hạn gửi hồ sơ khen thưởng tổng kết năm (ngày/tháng, dạng MMDD)',
  schoolSubmission: 'Hạn gửi hồ sơ của trường học theo năm học (ngày/tháng, dạng MMDD)',
}

/**
 * Defaults. How sure: the 10 working days of public comment for state-level awards are in the Law's
 * procedure (Luật TĐKT 2022, Điều 84; NĐ 98/2023 then NĐ 152/2025); the 20 working days of appraisal
 * at the commune and the 10/12 and 10/7 dates are those the year-end issue states — NĐ 91/2017 (Điều 48)
 * gave 10 working days at the commune; provinces set the dates by their own regulation — so a tenant
 * should confirm or override them. Consultation: 10 working days, as the central level's rule
 * (NĐ 91/2017, as amended) gives consulted bodies.
 */
export const DEADLINE_DEFAULTS: Record<DeadlineKey, readonly Effective<number>[]> = {
  appraisalWorkingDays: [{ from: '2024-01-01', value: 20, source: 'Thời hạn thẩm định tại cấp xã (20 ngày làm việc)' }],
  publicationWorkingDays: [
    {
      from: '2024-01-01',
      value: 10,
      source:
        'Luật Thi đua, khen thưởng 2022; NĐ 98/2023, NĐ 152/2025: công khai 10 ngày làm việc trước khi họp Hội đồng',
    },
  ],
  consultationWorkingDays: [
    { from: '2024-01-01', value: 10, source: 'Thời hạn trả lời văn bản xin ý kiến hiệp y (10 ngày làm việc)' },
  ],
  annualSubmission: [{ from: '2024-01-01', value: 1210, source: 'Hạn gửi hồ sơ khen thưởng tổng kết năm: 10/12' }],
  schoolSubmission: [{ from: '2024-01-01', value: 710, source: 'Hạn gửi hồ sơ khen thưởng theo năm học: 10/7' }],
}

export type TenantOverride = { key: string; value: number; validFrom: Date; source: string }
export type DeadlineSettings = Record<DeadlineKey, { value: number; source: string }>

/** The settings in force on `onDate`: the tenant's latest override from before that day, else the default. */
export function settingsOn(onDate: string, overrides: readonly TenantOverride[] = []): DeadlineSettings {
  const result = {} as DeadlineSettings
  for (const key of DEADLINE_KEYS) {
    const own = overrides
      .filter((o) => o.key === key)
      .map((o) => ({ from: o.validFrom.toISOString().slice(0, 10), value: o.value, source: o.source }))
    const picked = pickEffective([...DEADLINE_DEFAULTS[key], ...own], onDate)
    result[key] = picked ? { value: picked.value, source: picked.source } : { value: 0, source: 'Không có' }
  }
  return result
}

/** The calendar date of a MMDD setting in a year, e.g. 1210 → "2026-12-10". */
export const dateOfYear = (mmdd: number, year: number) =>
  `${year}-${String(Math.floor(mmdd / 100)).padStart(2, '0')}-${String(mmdd % 100).padStart(2, '0')}`

/** Working days left counted as a notice: within this many, the deadline is "near". */
export const NEAR_WORKING_DAYS = 3

export type DeadlineState = 'past' | 'near' | 'open'
export type Deadline = {
  label: string
  due: string
  /** working days from today to the due day (0 on the day, negative once past) */
  left: number
  state: DeadlineState
  /** the calendar lacks the official holidays of a year the period crosses */
  uncertain: boolean
  source: string
}

export function deadline(label: string, due: string, today: string, source: string): Deadline {
  const left = due >= today ? workingDaysBetween(today, due) : -workingDaysBetween(due, today)
  return {
    label,
    due,
    left,
    state: due < today ? 'past' : left <= NEAR_WORKING_DAYS ? 'near' : 'open',
    uncertain: !calendarCovers(today < due ? today : due, today < due ? due : today),
    source,
  }
}

/** A deadline of `days` working days after `from` (receipt, publication, the consultation letter). */
export function workingDayDeadline(label: string, from: string, days: number, today: string, source: string) {
  return deadline(label, addWorkingDays(from, days), today, source)
}
