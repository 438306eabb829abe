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

/**
 * An amending (sửa đổi, bổ sung) or replacing (thay thế) decision for a content error of an issued one (NĐ
 * 30/2020 Art. 18(3)): a wrong form of award, amount or name of an awardee, or an awardee who should not be
 * there. SUA_DOI re-issues only the items it lists; THAY_THE re-issues every standing item, with the listed
 * changes. Each re-issued item supersedes its old one (lib/decisions/amend.ts).
 */
export const AMEND_KINDS = [
  { value: 'SUA_DOI', label: 'Sửa đổi, bổ sung một số nội dung của quyết định' },
  { value: 'THAY_THE', label: 'Thay thế toàn bộ quyết định' },
] as const
export type AmendKind = (typeof AMEND_KINDS)[number]['value']
export const amendKindLabel = (value: string) => AMEND_KINDS.find((k) => k.value === value)?.label ?? value

/** The award select's value that takes the awardee out of the decision. */
export const REMOVE_ITEM = 'REMOVE'

const itemChange = z.object({
  itemId: uuid('Người được khen thưởng không hợp lệ.'),
  /** the award the item should read (an award code), or REMOVE_ITEM */
  award: z.string().trim().min(1, 'Chọn hình thức khen thưởng đúng.').max(40, 'Hình thức khen thưởng không hợp lệ.'),
  /** the name the item should read; null keeps it */
  displayName: z
    .string()
    .trim()
    .max(300, 'Họ tên không được dài quá 300 ký tự.')
    .nullish()
    .transform((v) => v || null),
})
export type AmendItemChange = z.infer<typeof itemChange>

/** Per-row form fields "award.<itemId>", "name.<itemId>", "pick.<itemId>" into the list of changes. */
function changesOf(raw: unknown) {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw
  const fields = raw as Record<string, unknown>
  if (Array.isArray(fields.changes)) return raw
  const kind = fields.kind
  const changes = Object.keys(fields)
    .filter((k) => k.startsWith('award.'))
    .map((k) => k.slice('award.'.length))
    .filter((id) => kind !== 'SUA_DOI' || fields[`pick.${id}`] === 'on')
    .map((id) => ({ itemId: id, award: fields[`award.${id}`], displayName: fields[`name.${id}`] ?? null }))
  const addNomineeIds = Array.isArray(fields.addNomineeIds)
    ? fields.addNomineeIds
    : Object.keys(fields)
        .filter((k) => k.startsWith('add.') && fields[k] === 'on')
        .map((k) => k.slice('add.'.length))
  return { ...fields, changes, addNomineeIds }
}

export const amendDecisionSchema = z.preprocess(
  changesOf,
  z
    .object({
      decisionId: uuid('Quyết định không hợp lệ.'),
      kind: z.enum(AMEND_KINDS.map((k) => k.value) as [AmendKind, ...AmendKind[]], {
        error: 'Chọn sửa đổi, bổ sung hay thay thế quyết định.',
      }),
      // Left empty: the next number of the register in the year of the chosen date (a suggestion).
      numberSeq: z
        .preprocess(
          (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
          z.coerce
            .number({ error: 'Số quyết định là số nguyên, ví dụ 12.' })
            .int('Số quyết định là số nguyên, ví dụ 12.')
            .min(1, 'Số quyết định từ 1 trở lên.')
            .max(99_999, 'Số quyết định không hợp lệ.')
            .optional(),
        )
        .transform((v) => v ?? null),
      decidedOn: requiredDate('Vui lòng chọn ngày quyết định.'),
      title: text('Vui lòng nhập trích yếu quyết định.', 500),
      reason: text('Vui lòng ghi sai sót về nội dung cần sửa đổi, thay thế.'),
      signerAuthority: z
        .string()
        .trim()
        .max(100, 'Thẩm quyền ký quá dài.')
        .optional()
        .transform((v) => v || null),
      signerPosition: z
        .string()
        .trim()
        .max(100, 'Chức vụ quá dài.')
        .optional()
        .transform((v) => v || null),
      signerName: z.string().trim().min(2, 'Vui lòng nhập họ tên người ký.').max(100, 'Họ tên quá dài.'),
      changes: z.array(itemChange).max(500, 'Quá nhiều người trong một quyết định.'),
      /** approved nominees of this level, not yet decided, that the new decision adds (bổ sung) */
      addNomineeIds: z
        .array(uuid('Người được đề nghị không hợp lệ.'))
        .max(500, 'Quá nhiều người trong một quyết định.')
        .default([]),
    })
    .superRefine((v, ctx) => {
      if (v.kind === 'SUA_DOI' && v.changes.length === 0 && v.addNomineeIds.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['changes'],
          message: 'Chọn ít nhất một người được khen thưởng cần sửa đổi hoặc bổ sung.',
        })
      const seen = new Set<string>()
      for (const c of v.changes) {
        if (seen.has(c.itemId))
          ctx.addIssue({ code: 'custom', path: ['changes'], message: 'Mỗi người chỉ được sửa đổi một lần.' })
        seen.add(c.itemId)
      }
    }),
)
export type AmendDecisionInput = Omit<z.infer<typeof amendDecisionSchema>, 'numberSeq' | 'addNomineeIds'> & {
  numberSeq?: number | null
  addNomineeIds?: string[]
}
