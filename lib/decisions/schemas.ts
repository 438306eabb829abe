// Forms after a decision is issued: a correction letter (đính chính) and the revocation of an item.
import { z } from 'zod'
import { isoDate, uuid } from '../shared/zod'

const text = (required: string, max = 2000) =>
  z
    .string({ error: required })
    .trim()
    .min(3, required)
    .max(max, `Nội dung không được dài quá ${max} ký tự.`)
    .refine((v) => !v.includes('\u0000'), 'Nội dung có ký tự không hợp lệ.')

const documentNumber = text('Vui lòng nhập số, ký hiệu văn bản.', 60)
const requiredDate = (message: string) =>
  isoDate(message)
    .refine((d) => d !== null, message)
    .transform((d) => d!)

/**
 * The grounds of Luật Thi đua, khen thưởng 2022 Art. 93(2) on which a decision is revoked (hủy bỏ) and the
 * award and money recovered (thu hồi hiện vật, tiền thưởng).
 */
export const REVOCATION_GROUNDS = [
  { value: 'GIAN_DOI', label: 'Gian dối trong kê khai công trạng, thành tích (Điều 93 khoản 2 điểm a)' },
  { value: 'SAI_SU_THAT', label: 'Cung cấp thông tin sai sự thật, làm giả hồ sơ, giấy tờ (điểm b)' },
  { value: 'TRAI_QUY_DINH', label: 'Thẩm định, xét, duyệt, đề nghị trái quy định của pháp luật (điểm c)' },
  {
    value: 'VI_PHAM_KET_LUAN',
    label: 'Có kết luận, quyết định, bản án về vi phạm trong thời gian tính thành tích (điểm d)',
  },
] as const
export type RevocationGround = (typeof REVOCATION_GROUNDS)[number]['value']
export const revocationGroundLabel = (value: string) =>
  REVOCATION_GROUNDS.find((g) => g.value === value)?.label ?? value

export const revokeItemSchema = z.object({
  decisionId: uuid('Quyết định không hợp lệ.'),
  itemId: uuid('Người được khen thưởng không hợp lệ.'),
  ground: z.enum(REVOCATION_GROUNDS.map((g) => g.value) as [RevocationGround, ...RevocationGround[]], {
    error: 'Chọn căn cứ hủy bỏ theo Điều 93 khoản 2 Luật Thi đua, khen thưởng.',
  }),
  document: documentNumber,
  note: text('Vui lòng ghi nội dung, lý do hủy bỏ.'),
})
export type RevokeItemInput = z.infer<typeof revokeItemSchema>

/** What a correction letter may change: the form of the decision, never who is awarded what. */
export const CORRECTABLE_FIELDS = [
  { value: 'displayName', label: 'Họ tên / tên tập thể được khen thưởng', item: true },
  { value: 'title', label: 'Trích yếu quyết định', item: false },
  { value: 'signerName', label: 'Họ tên người ký', item: false },
] as const
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number]['value']

export const correctDecisionSchema = z
  .object({
    decisionId: uuid('Quyết định không hợp lệ.'),
    field: z.enum(CORRECTABLE_FIELDS.map((f) => f.value) as [CorrectableField, ...CorrectableField[]], {
      error: 'Chọn nội dung cần đính chính.',
    }),
    itemId: z
      .string()
      .optional()
      .transform((v) => v || null)
      .pipe(uuid('Người được khen thưởng không hợp lệ.').nullable()),
    after: text('Vui lòng nhập nội dung đúng.', 500),
    letterNumber: documentNumber,
    letterDate: requiredDate('Vui lòng chọn ngày công văn đính chính.'),
    reason: text('Vui lòng ghi sai sót cần đính chính.'),
  })
  .superRefine((v, ctx) => {
    const field = CORRECTABLE_FIELDS.find((f) => f.value === v.field)
    if (field?.item && !v.itemId)
      ctx.addIssue({ code: 'custom', path: ['itemId'], message: 'Chọn người được khen thưởng cần đính chính.' })
  })
export type CorrectDecisionInput = z.infer<typeof correctDecisionSchema>
