import { z } from 'zod'
import { INT32_MAX, requiredDate, uuid } from '../shared/zod'
import { COLLECTIVE_CODES, INDIVIDUAL_CODES } from './titles'

const version = z.coerce
  .number({ error: 'Thiếu phiên bản dữ liệu.' })
  .int()
  .min(0)
  .max(INT32_MAX, 'Phiên bản dữ liệu không hợp lệ. Hãy tải lại trang.')
const year = z.coerce
  .number({ error: 'Năm không hợp lệ.' })
  .int('Năm không hợp lệ.')
  .min(2000, 'Năm không hợp lệ.')
  .max(2100, 'Năm không hợp lệ.')

export const openRoundSchema = z.object({
  organizationId: uuid('Đơn vị không hợp lệ.'),
  year,
  deadline: requiredDate('Vui lòng chọn hạn đăng ký.', 'Hạn đăng ký không hợp lệ.'),
  note: z
    .string()
    .trim()
    .max(2000, 'Ghi chú không được dài quá 2000 ký tự.')
    .optional()
    .transform((v) => v || null),
})

/** The registration form posts one `title:<personId>` field per person of the unit. */
export const saveRegistrationSchema = z
  .record(z.string(), z.string())
  .transform((form) => ({
    ...form,
    entries: Object.entries(form)
      .filter(([key, value]) => key.startsWith('title:') && value)
      .map(([key, title]) => ({ personId: key.slice('title:'.length), title })),
  }))
  .pipe(
    z.object({
      organizationId: uuid('Đơn vị không hợp lệ.'),
      year,
      version,
      collectiveTitle: z
        .union([z.literal(''), z.enum(COLLECTIVE_CODES, { error: 'Danh hiệu tập thể không hợp lệ.' })])
        .optional()
        .transform((v) => v || null),
      commitments: z
        .string()
        .trim()
        .max(10_000, 'Nội dung cam kết không được dài quá 10.000 ký tự.')
        .optional()
        .transform((v) => v || null),
      entries: z
        .array(
          z.object({
            personId: uuid('Người đăng ký không hợp lệ.'),
            title: z.enum(INDIVIDUAL_CODES, { error: 'Danh hiệu cá nhân không hợp lệ.' }),
          }),
        )
        .max(2000, 'Quá nhiều người đăng ký.'),
    }),
  )

export const submitRegistrationSchema = z.object({ registrationId: uuid('Bản đăng ký không hợp lệ.'), version })

export const reviewRegistrationSchema = z
  .object({
    registrationId: uuid('Bản đăng ký không hợp lệ.'),
    version,
    decision: z.enum(['accept', 'return'], { error: 'Thao tác không hợp lệ.' }),
    comment: z
      .string()
      .trim()
      .max(2000, 'Ý kiến không được dài quá 2000 ký tự.')
      .optional()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'return' && !v.comment)
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'Vui lòng ghi lý do trả lại.' })
  })

export type OpenRoundInput = z.infer<typeof openRoundSchema>
export type SaveRegistrationInput = z.infer<typeof saveRegistrationSchema>
export type ReviewRegistrationInput = z.infer<typeof reviewRegistrationSchema>

const REGISTRATION_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'] as const

/**
 * The filters of the registrants list, read from the page's query string (?donvi=&danhhieu=&trangthai=&q=).
 * A value that is not one of the choices is dropped (the list is shown unfiltered on it), never an error page.
 */
export const registrantFilterSchema = z.object({
  unitId: z.uuid().nullable().catch(null),
  title: z
    .enum([...INDIVIDUAL_CODES, ...COLLECTIVE_CODES])
    .nullable()
    .catch(null),
  status: z.enum(REGISTRATION_STATUSES).nullable().catch(null),
  query: z
    .string()
    .transform((v) => v.replace(/\0/g, '').trim().slice(0, 200) || null)
    .nullable()
    .catch(null),
})
export type RegistrantFilter = z.infer<typeof registrantFilterSchema>

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null

export function registrantFilterFrom(params: Record<string, string | string[] | undefined>): RegistrantFilter {
  return registrantFilterSchema.parse({
    unitId: first(params.donvi) || null,
    title: first(params.danhhieu) || null,
    status: first(params.trangthai) || null,
    query: first(params.q),
  })
}
