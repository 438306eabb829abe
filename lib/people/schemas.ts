// Input schemas of the people forms and actions, shared by both. Messages are what the user reads.
import { z } from 'zod'
import { isoDate, uuid, version } from '../shared/zod'
import { DISCIPLINE_LEVELS, GENDERS, INITIATIVE_LEVELS, TASK_RATINGS, recordYearError, today } from './labels'
import { STAFF_CATEGORY_CODES } from '../stats/categories'

const personId = uuid('Cán bộ không hợp lệ.')
const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} không được dài quá ${max} ký tự.`)
    .optional()
    .transform((v) => (v ? v.replace(/\s+/g, ' ') : null))

/** A year between 2000 and next year, checked when the form is parsed (not when the module loads). */
const year = z
  .string({ error: 'Vui lòng nhập năm.' })
  .trim()
  .transform((v, ctx) => {
    const n = /^\d{4}$/.test(v) ? Number(v) : NaN
    const error = Number.isNaN(n) ? 'Năm không hợp lệ (ví dụ 2025).' : recordYearError(n)
    if (error) {
      ctx.addIssue({ code: 'custom', message: v ? error : 'Vui lòng nhập năm.' })
      return z.NEVER
    }
    return n
  })

export const fullNameSchema = z
  .string({ error: 'Vui lòng nhập họ và tên.' })
  .trim()
  .transform((v) => v.normalize('NFC').replace(/\s+/g, ' '))
  .pipe(
    z.string().min(2, 'Vui lòng nhập họ và tên (ít nhất 2 ký tự).').max(100, 'Họ và tên không được dài quá 100 ký tự.'),
  )

const birthDate = isoDate('Ngày sinh không hợp lệ.').refine(
  (d) => d === null || (d.getUTCFullYear() >= 1900 && d < today()),
  'Ngày sinh phải sau năm 1900 và trước ngày hôm nay.',
)

const personFields = {
  fullName: fullNameSchema,
  gender: z.enum(GENDERS, { error: 'Vui lòng chọn giới tính.' }),
  birthDate,
  position: optionalText('Chức vụ', 200),
  isLeader: z
    .enum(['true', 'false'], { error: 'Vui lòng chọn lãnh đạo, quản lý hay trực tiếp công tác.' })
    .transform((v) => v === 'true'),
  /** the group of the statistics forms (TT 02/2023/TT-BNV); empty = not entered yet */
  staffCategory: z
    .union([z.literal(''), z.enum(STAFF_CATEGORY_CODES, { error: 'Nhóm đối tượng không hợp lệ.' })])
    .optional()
    .transform((v) => (v ? v : null)),
}

export const createPersonSchema = z.object({ ...personFields, organizationId: uuid('Vui lòng chọn đơn vị.') })
export const updatePersonSchema = z.object({ ...personFields, personId, version })

export const movePersonSchema = z.object({
  personId,
  version,
  organizationId: uuid('Vui lòng chọn đơn vị mới.'),
  movedOn: isoDate('Ngày chuyển không hợp lệ.'),
  position: optionalText('Chức vụ', 200),
})

export const setPersonActiveSchema = z.object({
  personId,
  version,
  active: z.enum(['true', 'false']).transform((v) => v === 'true'),
})

export const yearRecordSchema = z.object({
  personId,
  year,
  rating: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.enum(TASK_RATINGS, { error: 'Xếp loại không hợp lệ.' }).nullable()),
})

export const addDisciplineSchema = z
  .object({
    personId,
    year,
    level: z.enum(DISCIPLINE_LEVELS, { error: 'Vui lòng chọn hình thức kỷ luật.' }),
    decidedOn: isoDate('Ngày quyết định không hợp lệ.'),
    /** thời hạn thi hành kỷ luật: achievements count only after its end (docs/domain.md §4) */
    startsOn: isoDate('Ngày bắt đầu không hợp lệ.'),
    endsOn: isoDate('Ngày kết thúc không hợp lệ.'),
    reference: optionalText('Số, ký hiệu quyết định kỷ luật', 200),
    note: optionalText('Ghi chú', 1000),
  })
  .superRefine((v, ctx) => {
    const from = v.startsOn ?? v.decidedOn
    if (from && v.endsOn && v.endsOn < from)
      ctx.addIssue({
        code: 'custom',
        path: ['endsOn'],
        message: 'Ngày kết thúc phải sau ngày bắt đầu thi hành kỷ luật.',
      })
  })

/** A dated investigation, inspection, complaint or violation entered by staff (ConductRecord). */
export const CONDUCT_KINDS = ['INVESTIGATION', 'INSPECTION', 'COMPLAINT', 'VIOLATION'] as const
export const addConductSchema = z
  .object({
    personId: z
      .string()
      .optional()
      .transform((v) => v || null)
      .pipe(personId.nullable()),
    organizationId: z
      .string()
      .optional()
      .transform((v) => v || null)
      .pipe(uuid('Đơn vị không hợp lệ.').nullable()),
    kind: z.enum(CONDUCT_KINDS, { error: 'Chọn loại việc.' }),
    startedOn: isoDate('Ngày bắt đầu không hợp lệ.')
      .refine((d) => d !== null, 'Vui lòng chọn ngày bắt đầu.')
      .transform((d) => d!),
    endedOn: isoDate('Ngày kết thúc không hợp lệ.'),
    summary: z
      .string({ error: 'Vui lòng ghi nội dung.' })
      .trim()
      .min(3, 'Vui lòng ghi nội dung.')
      .max(1000, 'Nội dung không được dài quá 1000 ký tự.'),
    reference: optionalText('Văn bản làm căn cứ', 200),
  })
  .superRefine((v, ctx) => {
    if (!v.personId === !v.organizationId)
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Ghi nhận cho một cá nhân hoặc một đơn vị.' })
    if (v.endedOn && v.endedOn < v.startedOn)
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'Ngày kết thúc phải sau ngày bắt đầu.' })
  })
export const closeConductSchema = z.object({
  conductId: uuid('Ghi nhận không hợp lệ.'),
  endedOn: isoDate('Ngày kết thúc không hợp lệ.')
    .refine((d) => d !== null, 'Vui lòng chọn ngày kết thúc.')
    .transform((d) => d!),
})
export type AddConductInput = z.infer<typeof addConductSchema>
export type CloseConductInput = z.infer<typeof closeConductSchema>

export const disciplineRefSchema = z.object({ personId, disciplineId: uuid('Kỷ luật không hợp lệ.') })
export const setDisciplineActiveSchema = disciplineRefSchema.extend({
  active: z.enum(['true', 'false']).transform((v) => v === 'true'),
})

export const addInitiativeSchema = z.object({
  personId,
  year,
  title: z
    .string({ error: 'Vui lòng nhập tên sáng kiến.' })
    .trim()
    .min(3, 'Vui lòng nhập tên sáng kiến.')
    .max(500, 'Tên sáng kiến không được dài quá 500 ký tự.'),
  level: z.enum(INITIATIVE_LEVELS, { error: 'Vui lòng chọn cấp công nhận.' }),
  recognizedBy: optionalText('Nơi công nhận', 300),
})

export const initiativeRefSchema = z.object({ personId, initiativeId: uuid('Sáng kiến không hợp lệ.') })

export const importPeopleSchema = z.object({
  organizationId: uuid('Đơn vị không hợp lệ.'),
  digest: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(
      z
        .string()
        .regex(/^[0-9a-f]{64}$/, 'Thiếu mã bản xem trước.')
        .nullable(),
    ),
})

export type CreatePersonInput = z.infer<typeof createPersonSchema>
export type UpdatePersonInput = z.infer<typeof updatePersonSchema>
export type MovePersonInput = z.infer<typeof movePersonSchema>
export type SetPersonActiveInput = z.infer<typeof setPersonActiveSchema>
export type YearRecordInput = z.infer<typeof yearRecordSchema>
type DisciplinePeriod = 'startsOn' | 'endsOn' | 'reference'
export type AddDisciplineInput = Omit<z.infer<typeof addDisciplineSchema>, DisciplinePeriod> &
  Partial<Pick<z.infer<typeof addDisciplineSchema>, DisciplinePeriod>>
export type DisciplineRefInput = z.infer<typeof disciplineRefSchema>
export type SetDisciplineActiveInput = z.infer<typeof setDisciplineActiveSchema>
export type AddInitiativeInput = z.infer<typeof addInitiativeSchema>
export type InitiativeRefInput = z.infer<typeof initiativeRefSchema>
export type ImportPeopleInput = z.infer<typeof importPeopleSchema>
