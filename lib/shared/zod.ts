// Small zod pieces shared by the feature schemas. Bad input gets a Vietnamese message and never reaches
// the database: no impossible calendar day (no silent rollover of 2026-02-30 to 02/03), no integer past
// what a Postgres INTEGER holds, no NUL byte (Postgres refuses it in text).
import { z } from 'zod'

/** The largest value of a Postgres INTEGER column. */
export const INT32_MAX = 2_147_483_647

/** Why "yyyy-mm-dd" is not a real calendar day, or null when it is one (years 1900–2100). */
export function calendarDayProblem(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return 'Ngày phải có dạng ngày/tháng/năm hợp lệ.'
  const [year, month, day] = match.slice(1).map(Number)
  if (year < 1900 || year > 2100) return 'Năm phải trong khoảng 1900–2100.'
  if (month < 1 || month > 12) return `Tháng ${month} không tồn tại: tháng phải từ 1 đến 12.`
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day < 1 || day > days) return `Ngày ${day} không tồn tại: tháng ${month}/${year} chỉ có ${days} ngày.`
  return null
}

const day = (value: string, message: string, ctx: z.RefinementCtx) => {
  const problem = calendarDayProblem(value)
  if (problem) {
    ctx.addIssue({ code: 'custom', message: `${message} ${problem}` })
    return z.NEVER
  }
  return new Date(`${value}T00:00:00Z`)
}

/** yyyy-mm-dd from <input type="date"> as a UTC date, null when empty; a non-existent day is refused. */
export const isoDate = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => (v ? day(v, message, ctx) : null))

/** A required yyyy-mm-dd: `missing` when empty, `message` and the reason when it is no real day. */
export const requiredDate = (missing: string, message: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .transform((v, ctx) => day(v, message, ctx))

/** An integer within [min, max] (max at most INT32_MAX), from a form field or a number. */
export const boundedInt = (min: number, max: number, message: string) =>
  z.coerce.number({ error: message }).int(message).min(min, message).max(Math.min(max, INT32_MAX), message)

/** An id field; the message names what is missing or wrong. */
export const uuid = (message: string) => z.uuid({ error: message })

/** The version a form was built from (optimistic concurrency). */
export const version = z.coerce
  .number({ error: 'Thiếu phiên bản dữ liệu.' })
  .int('Phiên bản dữ liệu không hợp lệ.')
  .positive('Phiên bản dữ liệu không hợp lệ.')
  .max(INT32_MAX, 'Phiên bản dữ liệu không hợp lệ. Hãy tải lại trang.')

/** Form fields whose value holds a NUL byte, which no text column can store. */
export function fieldsWithNul(values: Record<string, string>): string[] {
  return Object.entries(values)
    .filter(([, v]) => v.includes('\0'))
    .map(([k]) => k)
}
export const NUL_MESSAGE = 'Nội dung chứa ký tự không hợp lệ (ký tự NUL). Vui lòng nhập lại.'
