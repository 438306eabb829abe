// Forms of the consultation (hiệp y): the tenant's bodies, the letter sent, the replies recorded.
import { z } from 'zod'
import { isoDate, uuid } from '../shared/zod'

/** Bodies most provinces consult before the council; each tenant keeps its own list. */
export const DEFAULT_CONSULTED_BODIES = [
  'Công an tỉnh',
  'Thuế tỉnh',
  'Bảo hiểm xã hội tỉnh',
  'Thanh tra tỉnh',
  'Sở Y tế',
  'Sở Nông nghiệp và Môi trường',
] as const

const ids = (message: string, max: number) =>
  z
    .string({ error: message })
    .transform((v) => v.split(',').filter(Boolean))
    .pipe(z.array(uuid(message)).min(1, message).max(max, 'Danh sách quá dài.'))

export const consultedBodySchema = z.object({
  name: z.string().trim().min(3, 'Vui lòng nhập tên cơ quan.').max(200, 'Tên quá dài.'),
})

export const sendConsultationSchema = z.object({
  organizationId: uuid('Đơn vị không hợp lệ.'),
  title: z.string().trim().min(3, 'Vui lòng nhập trích yếu văn bản xin ý kiến.').max(500, 'Trích yếu quá dài.'),
  deadline: isoDate('Hạn trả lời không hợp lệ.'),
  bodyIds: ids('Chọn ít nhất một cơ quan được xin ý kiến.', 50),
  nomineeIds: ids('Chọn ít nhất một người được đề nghị.', 1000),
})
export type SendConsultationInput = z.infer<typeof sendConsultationSchema>

export const replySchema = z
  .object({
    consultationId: uuid('Văn bản xin ý kiến không hợp lệ.'),
    bodyId: uuid('Cơ quan không hợp lệ.'),
    nomineeId: uuid('Người được đề nghị không hợp lệ.'),
    answer: z.enum(['NO_OBJECTION', 'OBJECTION'], { error: 'Chọn ý kiến của cơ quan.' }),
    kind: z.enum(['INVESTIGATION', 'INSPECTION', 'COMPLAINT', 'VIOLATION']).default('VIOLATION'),
    reason: z
      .string()
      .trim()
      .max(4000, 'Nội dung quá dài.')
      .optional()
      .transform((v) => v || null),
    reference: z
      .string()
      .trim()
      .max(300, 'Số hiệu văn bản quá dài.')
      .optional()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.answer === 'OBJECTION' && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Ghi lý do cơ quan không đồng ý.' })
    if (v.answer === 'OBJECTION' && !v.reference)
      ctx.addIssue({ code: 'custom', path: ['reference'], message: 'Ghi số, ngày văn bản trả lời của cơ quan.' })
  })
export type ReplyInput = z.infer<typeof replySchema>

/** A consulted body's own answer in the app (/co-quan-hiep-y): its body is its account's, never the form's. */
export const bodyAnswerSchema = z
  .object({
    consultationId: uuid('Văn bản xin ý kiến không hợp lệ.'),
    nomineeId: uuid('Người được đề nghị không hợp lệ.'),
    answer: z.enum(['NO_OBJECTION', 'OBJECTION'], { error: 'Chọn ý kiến của cơ quan.' }),
    kind: z
      .enum(['INVESTIGATION', 'INSPECTION', 'COMPLAINT', 'VIOLATION'], { error: 'Chọn loại vấn đề.' })
      .default('VIOLATION'),
    reason: z
      .string()
      .trim()
      .max(4000, 'Nội dung quá dài.')
      .optional()
      .transform((v) => v || null),
    reference: z
      .string()
      .trim()
      .max(300, 'Số hiệu văn bản quá dài.')
      .optional()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.answer === 'OBJECTION' && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Ghi nội dung vấn đề của người được đề nghị.' })
  })
export type BodyAnswerInput = z.infer<typeof bodyAnswerSchema>
