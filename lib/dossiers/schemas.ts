import { z } from 'zod'
import { isoDate, uuid, version } from '../shared/zod'
import { ISSUERS } from '../awards/authority'
import { AWARD_CODES } from '../awards/catalog'
import { AWARD_METHOD_CODES } from '../stats/categories'
import { NOMINEE_ACTIONS, NOMINEE_MOVES } from './transitions'

const reason = (required: string) =>
  z.string({ error: required }).trim().min(3, required).max(4000, 'Nội dung không được dài quá 4000 ký tự.')
const optionalUuid = (message: string) =>
  z
    .string()
    .optional()
    .transform((v) => v || null)
    .pipe(uuid(message).nullable())

export const DOSSIER_KINDS = [
  { value: 'THUONG_XUYEN', label: 'Thường xuyên (hằng năm)' },
  { value: 'CHUYEN_DE', label: 'Chuyên đề (theo phong trào)' },
  { value: 'DOT_XUAT', label: 'Đột xuất' },
] as const

export const createDossierSchema = z
  .object({
    organizationId: uuid('Đơn vị đề nghị không hợp lệ.'),
    kind: z.enum(['THUONG_XUYEN', 'CHUYEN_DE', 'DOT_XUAT'], { error: 'Vui lòng chọn loại hồ sơ.' }),
    year: z.coerce
      .number({ error: 'Năm không hợp lệ.' })
      .int()
      .min(2000, 'Năm không hợp lệ.')
      .max(2100, 'Năm không hợp lệ.'),
    title: z
      .string()
      .trim()
      .min(3, 'Vui lòng nhập tên hồ sơ (trích yếu tờ trình).')
      .max(500, 'Tên hồ sơ không được dài quá 500 ký tự.'),
    movementId: optionalUuid('Phong trào không hợp lệ.'),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'CHUYEN_DE' && !v.movementId)
      ctx.addIssue({
        code: 'custom',
        path: ['movementId'],
        message: 'Hồ sơ chuyên đề phải gắn với một phong trào thi đua.',
      })
  })

export const addNomineeSchema = z
  .object({
    dossierId: uuid('Hồ sơ không hợp lệ.'),
    version,
    personId: optionalUuid('Cá nhân không hợp lệ.'),
    organizationId: optionalUuid('Tập thể không hợp lệ.'),
    award: z.enum(AWARD_CODES, { error: 'Vui lòng chọn hình thức khen thưởng.' }),
    achievement: z
      .string()
      .trim()
      .min(10, 'Vui lòng tóm tắt thành tích (ít nhất 10 ký tự).')
      .max(10_000, 'Tóm tắt thành tích quá dài.'),
    /** phương thức khen thưởng (statistics forms); empty = from the dossier's kind */
    method: z
      .union([z.literal(''), z.enum(AWARD_METHOD_CODES, { error: 'Phương thức khen thưởng không hợp lệ.' })])
      .optional()
      .transform((v) => (v ? v : null)),
    /** whose Giấy khen (lib/awards/authority.ts ISSUERS); empty = the default path */
    issuer: z
      .union([z.literal(''), z.enum(ISSUERS, { error: 'Cấp tặng Giấy khen không hợp lệ.' })])
      .optional()
      .transform((v) => (v ? v : null)),
  })
  .superRefine((v, ctx) => {
    if (!v.personId === !v.organizationId)
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Chọn một cá nhân hoặc một tập thể được đề nghị.' })
  })

export const removeNomineeSchema = z.object({
  dossierId: uuid('Hồ sơ không hợp lệ.'),
  version,
  nomineeId: uuid('Người được đề nghị không hợp lệ.'),
})
export const submitDossierSchema = z.object({ dossierId: uuid('Hồ sơ không hợp lệ.'), version })

export const nomineeActionSchema = z
  .object({
    nomineeId: uuid('Người được đề nghị không hợp lệ.'),
    version,
    action: z.enum(NOMINEE_ACTIONS, { error: 'Thao tác không hợp lệ.' }),
    reason: z
      .string()
      .trim()
      .max(4000, 'Nội dung không được dài quá 4000 ký tự.')
      .optional()
      .transform((v) => v || null),
    /** at appraisal: the legal route the appraiser chose, for awards with several (Bằng khen tỉnh) */
    route: z
      .string()
      .trim()
      .max(60, 'Căn cứ xét tặng không hợp lệ.')
      .regex(/^[a-z0-9-]*$/, 'Căn cứ xét tặng không hợp lệ.')
      .optional()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (NOMINEE_MOVES[v.action].reason && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Vui lòng ghi lý do.' })
  })

/** Moves the year-end cycle makes for many nominees at once (lib/dossiers/bulk.ts). */
export const BULK_ACTIONS = ['appraise', 'forward', 'approve'] as const
/** At most this many nominees per call: one transaction, each nominee by the single-nominee rules. */
export const BULK_LIMIT = 100

export const bulkNomineeActionSchema = z.object({
  action: z.enum(BULK_ACTIONS, { error: 'Thao tác không hợp lệ.' }),
  /** "nomineeId:version" per ticked row, comma-separated (one checkbox per row). */
  items: z.string({ error: 'Chọn ít nhất một người.' }).transform((value, ctx) => {
    const list = value.split(',').filter(Boolean)
    const fail = (message: string) => {
      ctx.addIssue({ code: 'custom', message })
      return z.NEVER
    }
    if (list.length === 0) return fail('Chọn ít nhất một người.')
    if (list.length > BULK_LIMIT) return fail(`Mỗi lần xử lý tối đa ${BULK_LIMIT} người: hãy chọn bớt.`)
    const items: { nomineeId: string; version: number }[] = []
    for (const item of list) {
      const match = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):(\d{1,9})$/i.exec(item)
      if (!match || Number(match[2]) < 1) return fail('Danh sách người được chọn không hợp lệ. Hãy tải lại trang.')
      items.push({ nomineeId: match[1].toLowerCase(), version: Number(match[2]) })
    }
    if (new Set(items.map((i) => i.nomineeId)).size !== items.length) return fail('Một người được chọn hai lần.')
    return items
  }),
})

export const decisionSchema = z.object({
  organizationId: uuid('Đơn vị không hợp lệ.'),
  nomineeIds: z
    .string()
    .transform((v) => v.split(',').filter(Boolean))
    .pipe(
      z.array(uuid('Người được đề nghị không hợp lệ.')).min(1, 'Chọn ít nhất một người được khen thưởng.').max(500),
    ),
  numberSeq: z.coerce
    .number({ error: 'Vui lòng nhập số quyết định theo sổ văn thư.' })
    .int('Số quyết định là số nguyên, ví dụ 12.')
    .min(1, 'Số quyết định từ 1 trở lên.')
    .max(99_999, 'Số quyết định không hợp lệ.'),
  title: reason('Vui lòng nhập trích yếu quyết định.'),
  decidedOn: isoDate('Ngày quyết định không hợp lệ.')
    .refine((d) => d !== null, 'Vui lòng chọn ngày quyết định.')
    .transform((d) => d!),
  signerAuthority: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((v) => v || null),
  signerPosition: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((v) => v || null),
  signerName: z.string().trim().min(2, 'Vui lòng nhập họ tên người ký.').max(100, 'Họ tên quá dài.'),
})

export type CreateDossierInput = z.infer<typeof createDossierSchema>
/** `method` may be left out by callers that predate it (it then follows the dossier kind). */
export type AddNomineeInput = Omit<z.infer<typeof addNomineeSchema>, 'method' | 'issuer'> & {
  method?: z.infer<typeof addNomineeSchema>['method']
  issuer?: z.infer<typeof addNomineeSchema>['issuer']
}
export type BulkNomineeActionInput = z.infer<typeof bulkNomineeActionSchema>
export type NomineeActionInput = Omit<z.infer<typeof nomineeActionSchema>, 'route'> & { route?: string | null }
/** The number given by the register; a caller without one (a script, a test) takes the suggested next number. */
export type DecisionInput = Omit<z.infer<typeof decisionSchema>, 'numberSeq'> & { numberSeq?: number | null }
