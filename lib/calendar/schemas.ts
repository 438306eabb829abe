// The form the tenant's administrator fills to set a deadline from a date (app/o/[orgId]/quan-tri/thoi-han).
// Each bad value is refused next to its field: a number outside its range, a month/day that does not
// exist, an impossible calendar day; a date before the value in force is refused by the use case.
import { z } from 'zod'
import { isoDate, uuid } from '../shared/zod'
import { DEADLINE_KEYS, type DeadlineKey } from './deadlines'

/** The largest number of working days a tenant may set for a period. */
export const MAX_WORKING_DAYS = 90

/** A MMDD setting (the annual submission dates) rather than a count of working days. */
export const isMonthDayKey = (key: DeadlineKey) => key === 'annualSubmission' || key === 'schoolSubmission'

/** "10/12" or "1210" → 1210 (MMDD); a day that no year has (31/02, 00/13) → null. */
export function parseMonthDay(raw: string): number | null {
  const text = raw.trim()
  let day: number
  let month: number
  const slash = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})$/.exec(text)
  if (slash) [day, month] = [Number(slash[1]), Number(slash[2])]
  else if (/^\d{3,4}$/.test(text)) [month, day] = [Math.floor(Number(text) / 100), Number(text) % 100]
  else return null
  if (month < 1 || month > 12) return null
  // a leap year, so 29/02 is allowed (the date then falls on 28/02 in other years: not our problem here)
  if (day < 1 || day > new Date(Date.UTC(2024, month, 0)).getUTCDate()) return null
  return month * 100 + day
}

export const addDeadlineSettingSchema = z
  .object({
    organizationId: uuid('Đơn vị không hợp lệ.'),
    key: z.enum(DEADLINE_KEYS, { error: 'Vui lòng chọn thời hạn cần đặt.' }),
    value: z
      .string({ error: 'Vui lòng nhập giá trị.' })
      .trim()
      .min(1, 'Vui lòng nhập giá trị.')
      .max(10, 'Giá trị quá dài.'),
    validFrom: isoDate('Ngày áp dụng không hợp lệ.'),
    source: z
      .string({ error: 'Vui lòng nhập căn cứ (số, ngày văn bản, cơ quan ban hành).' })
      .trim()
      .min(5, 'Vui lòng nhập căn cứ (số, ngày văn bản, cơ quan ban hành).')
      .max(500, 'Căn cứ không được dài quá 500 ký tự.'),
  })
  .transform((v, ctx) => {
    if (!v.validFrom) ctx.addIssue({ code: 'custom', path: ['validFrom'], message: 'Vui lòng chọn ngày áp dụng.' })
    let value: number | null = null
    if (isMonthDayKey(v.key)) {
      value = parseMonthDay(v.value)
      if (value === null)
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: 'Ngày/tháng không hợp lệ: ghi dạng ngày/tháng có thật, ví dụ 10/12.',
        })
    } else {
      value = /^\d{1,3}$/.test(v.value) ? Number(v.value) : null
      if (value === null || value < 1 || value > MAX_WORKING_DAYS)
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `Số ngày làm việc phải là số nguyên từ 1 đến ${MAX_WORKING_DAYS}.`,
        })
    }
    return {
      organizationId: v.organizationId,
      key: v.key,
      value: value ?? 0,
      validFrom: v.validFrom ?? new Date(0),
      source: v.source,
    }
  })

export type AddDeadlineSettingInput = z.infer<typeof addDeadlineSettingSchema>
