// The year-end table's form: the unit's evaluation meeting (biên bản bình xét) and the rows it proposes.
import { z } from 'zod'
import { isoDate, uuid } from '../shared/zod'

/** Awards the year-end table proposes for people: the emulation titles and the usual commendations. */
export const TABLE_AWARDS = ['LDTT', 'CSTD_CO_SO', 'CSTD_TINH', 'GIAY_KHEN', 'BANG_KHEN_TINH'] as const
export type TableAward = (typeof TABLE_AWARDS)[number]
/** A unit's staff in one table: a commune or an agency has far fewer; beyond this, per sub-unit. */
export const TABLE_LIMIT = 500

const count = (label: string) =>
  z.coerce
    .number({ error: `${label} phải là số.` })
    .int(`${label} phải là số nguyên.`)
    .min(0, `${label} không được âm.`)
    .max(100_000, `${label} quá lớn.`)

export const proposalRowSchema = z.object({
  personId: uuid('Cá nhân không hợp lệ.'),
  award: z.enum(TABLE_AWARDS, { error: 'Hình thức đề nghị không hợp lệ.' }),
  achievement: z
    .string()
    .trim()
    .min(10, 'Tóm tắt thành tích ít nhất 10 ký tự.')
    .max(4000, 'Tóm tắt thành tích quá dài.'),
  agree: count('Số phiếu đồng ý'),
  disagree: count('Số phiếu không đồng ý'),
})
export type ProposalRow = z.infer<typeof proposalRowSchema>

/** The key of a row (a person may be proposed for LĐTT and for CSTĐ cơ sở in the same year). */
export const rowKey = (row: { personId: string; award: string }) => `row:${row.personId}:${row.award}`

export const bulkProposalSchema = z
  .object({
    organizationId: uuid('Đơn vị đề nghị không hợp lệ.'),
    year: z.coerce
      .number({ error: 'Năm không hợp lệ.' })
      .int()
      .min(2000, 'Năm không hợp lệ.')
      .max(2100, 'Năm không hợp lệ.'),
    title: z.string().trim().min(3, 'Vui lòng nhập trích yếu tờ trình.').max(500, 'Trích yếu quá dài.'),
    meetingOn: isoDate('Ngày họp không hợp lệ.')
      .refine((d) => d !== null, 'Vui lòng nhập ngày họp bình xét.')
      .transform((d) => d!),
    membersTotal: count('Số thành viên').min(1, 'Cuộc họp phải có ít nhất 1 thành viên.'),
    membersPresent: count('Số thành viên có mặt'),
    chairName: z.string().trim().min(2, 'Vui lòng nhập họ tên người chủ trì.').max(100, 'Họ tên quá dài.'),
    secretaryName: z
      .string()
      .trim()
      .max(100, 'Họ tên quá dài.')
      .optional()
      .transform((v) => v || null),
    rows: z
      .string({ error: 'Chưa chọn người được đề nghị.' })
      .transform((v, ctx) => {
        try {
          return JSON.parse(v) as unknown
        } catch {
          ctx.addIssue({ code: 'custom', message: 'Danh sách đề nghị không hợp lệ.' })
          return z.NEVER
        }
      })
      .pipe(
        z
          .array(proposalRowSchema, { error: 'Danh sách đề nghị không hợp lệ.' })
          .min(1, 'Chọn ít nhất một người được đề nghị.')
          .max(TABLE_LIMIT * 2, 'Danh sách quá dài.'),
      ),
  })
  .superRefine((v, ctx) => {
    if (v.membersPresent > v.membersTotal)
      ctx.addIssue({ code: 'custom', path: ['membersPresent'], message: 'Số có mặt không được lớn hơn số thành viên.' })
    const bad = v.rows.find((r) => r.agree + r.disagree > v.membersPresent)
    if (bad)
      ctx.addIssue({
        code: 'custom',
        path: ['rows'],
        message: 'Tổng số phiếu của một người không được lớn hơn số thành viên có mặt.',
      })
  })
export type BulkProposalInput = z.infer<typeof bulkProposalSchema>
