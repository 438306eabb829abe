// Forms of the compiled submission (tổng hợp): the filters of the table of nominees waiting at a level,
// the submission made from a selection, sending it, and the import of a nominee list.
import { z } from 'zod'
import { AWARD_CODES } from '../awards/catalog'
import { boundedInt, uuid, version } from '../shared/zod'

/** The states a nominee waiting at a level can be in, as the table filters them. */
export const WAITING_STATES = ['CHO_THAM_DINH', 'DA_THAM_DINH', 'DA_PHE_DUYET'] as const
export type WaitingState = (typeof WAITING_STATES)[number]
export const WAITING_STATE_LABELS: Record<WaitingState, string> = {
  CHO_THAM_DINH: 'Chờ thẩm định',
  DA_THAM_DINH: 'Đã thẩm định',
  DA_PHE_DUYET: 'Đã phê duyệt, chờ quyết định',
}

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === undefined || v === null ? undefined : v), schema.optional())

/** The filters of the compiled table, from the page's query string (a bad value is dropped, not an error). */
export const compileFiltersSchema = z.object({
  award: optional(z.enum(AWARD_CODES)).catch(undefined),
  unit: optional(z.uuid()).catch(undefined),
  state: optional(z.enum(WAITING_STATES)).catch(undefined),
  year: optional(z.coerce.number().int().min(2000).max(2100)).catch(undefined),
  q: optional(z.string().trim().max(100)).catch(undefined),
})
export type CompileFilters = z.infer<typeof compileFiltersSchema>

/** The most nominees one submission holds (a province's December list is a few hundred). */
export const SUBMISSION_MAX_NOMINEES = 1000

export const createSubmissionSchema = z.object({
  organizationId: uuid('Đơn vị không hợp lệ.'),
  title: z.string().trim().min(3, 'Vui lòng nhập trích yếu tờ trình.').max(500, 'Trích yếu quá dài.'),
  documentNumber: z
    .string()
    .trim()
    .max(50, 'Số ký hiệu quá dài.')
    .optional()
    .transform((v) => v || null),
  nomineeIds: z
    .string({ error: 'Chọn ít nhất một người (tập thể) được đề nghị.' })
    .transform((v) => [...new Set(v.split(',').filter(Boolean))])
    .pipe(
      z
        .array(uuid('Danh sách người được đề nghị không hợp lệ.'))
        .min(1, 'Chọn ít nhất một người (tập thể) được đề nghị.')
        .max(SUBMISSION_MAX_NOMINEES, `Một tờ trình có tối đa ${SUBMISSION_MAX_NOMINEES} người (tập thể).`),
    ),
})
export type CreateSubmissionInput = z.infer<typeof createSubmissionSchema>

export const sendSubmissionSchema = z.object({ submissionId: uuid('Tờ trình không hợp lệ.'), version })
export type SendSubmissionInput = z.infer<typeof sendSubmissionSchema>

export const importNomineesSchema = z.object({
  organizationId: uuid('Đơn vị không hợp lệ.'),
  year: boundedInt(2000, 2100, 'Năm thi đua không hợp lệ.'),
  title: z.string().trim().min(3, 'Vui lòng nhập tên hồ sơ (trích yếu tờ trình).').max(500, 'Tên hồ sơ quá dài.'),
  digest: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional()
    .or(z.literal('').transform(() => undefined)),
})
export type ImportNomineesInput = z.infer<typeof importNomineesSchema>
