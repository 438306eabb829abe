// Small zod pieces shared by the feature schemas.
import { z } from 'zod'

/** yyyy-mm-dd from <input type="date"> as a UTC date, null when empty; a non-existent day is refused. */
export const isoDate = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null
      const date = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : null
      if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== v) {
        ctx.addIssue({ code: 'custom', message })
        return z.NEVER
      }
      return date
    })

/** An id field; the message names what is missing or wrong. */
export const uuid = (message: string) => z.uuid({ error: message })

/** The version a form was built from (optimistic concurrency). */
export const version = z.coerce.number({ error: 'Thiếu phiên bản dữ liệu.' }).int().positive()
