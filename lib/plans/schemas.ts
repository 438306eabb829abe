// Input schemas of the plan forms and actions, shared by both. Messages are what the user reads.
import { z } from 'zod'
import { isoDate, uuid, version } from '../shared/zod'
import { PERIOD_CODES } from './periods'

const text = (label: string, max: number) =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    .trim()
    .min(1, `Vui lòng nhập ${label}.`)
    .max(max, `${label[0].toUpperCase()}${label.slice(1)} không được dài quá ${max} ký tự.`)
const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} không được dài quá ${max} ký tự.`)
    .optional()
    .transform((v) => (v ? v : null))

const MAX_ITEMS = 200
const MAX_ITEM = 5000
/** A textarea with one item per line (blank lines ignored). */
const lines = (label: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const items = (v ?? '')
        .split(/\r?\n/)
        .map((l) => l.trim().replace(/^[-–•+]\s+/, ''))
        .filter(Boolean)
      if (items.length > MAX_ITEMS) ctx.addIssue({ code: 'custom', message: `${label}: tối đa ${MAX_ITEMS} mục.` })
      const long = items.findIndex((i) => i.length > MAX_ITEM)
      if (long >= 0) ctx.addIssue({ code: 'custom', message: `${label}: mục ${long + 1} dài quá ${MAX_ITEM} ký tự.` })
      return items
    })

export const currentYear = () => new Date().getUTCFullYear()

export const planHeaderSchema = z
  .object({
    kind: z.enum(['ANNUAL', 'CAMPAIGN'], { error: 'Vui lòng chọn loại kế hoạch.' }),
    year: z.coerce
      .number({ error: 'Năm không hợp lệ.' })
      .int('Năm không hợp lệ.')
      .min(2000, 'Năm phải từ 2000 trở đi.')
      .max(2100, 'Năm không hợp lệ.'),
    symbol: z
      .string({ error: 'Vui lòng nhập ký hiệu văn bản.' })
      .trim()
      .toUpperCase()
      .min(2, 'Vui lòng nhập ký hiệu văn bản, ví dụ KH-UBND.')
      .max(30, 'Ký hiệu không được dài quá 30 ký tự.')
      .regex(/^[\p{Lu}\d.-]+$/u, 'Ký hiệu chỉ gồm chữ in hoa, số và dấu gạch ngang, ví dụ KH-UBND.'),
    issuerName: text('tên cơ quan ban hành', 300),
    parentIssuerName: optionalText('Tên cơ quan cấp trên', 300),
    place: text('địa danh', 100),
    title: text('trích yếu', 500),
    preamble: optionalText('Câu dẫn', MAX_ITEM),
    legalBases: lines('Căn cứ'),
    purposes: lines('Mục đích'),
    requirements: lines('Yêu cầu'),
    focusTasks: lines('Nhiệm vụ trọng tâm'),
    movements: lines('Phong trào thi đua'),
    implementation: z.string().max(100_000, 'Phần tổ chức thực hiện quá dài.').optional().default(''),
    recipients: lines('Nơi nhận'),
    windowFrom: isoDate('Ngày bắt đầu không hợp lệ.'),
    windowTo: isoDate('Ngày kết thúc không hợp lệ.'),
    signerAuthority: optionalText('Thẩm quyền ký', 100),
    signerPosition: optionalText('Chức vụ người ký', 100),
    signerName: optionalText('Họ tên người ký', 100),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'CAMPAIGN') {
      if (!v.windowFrom)
        ctx.addIssue({ code: 'custom', path: ['windowFrom'], message: 'Kế hoạch phát động cần ngày bắt đầu.' })
      if (!v.windowTo)
        ctx.addIssue({ code: 'custom', path: ['windowTo'], message: 'Kế hoạch phát động cần ngày kết thúc.' })
      if (v.windowFrom && v.windowTo && v.windowFrom > v.windowTo) {
        ctx.addIssue({ code: 'custom', path: ['windowTo'], message: 'Ngày kết thúc phải sau ngày bắt đầu.' })
      }
    }
  })

export const createPlanSchema = planHeaderSchema.and(
  z.object({ organizationId: uuid('Đơn vị ban hành không hợp lệ.') }),
)
export const updatePlanSchema = planHeaderSchema.and(z.object({ planId: uuid('Kế hoạch không hợp lệ.'), version }))

export const taskSchema = z
  .object({
    planId: uuid('Kế hoạch không hợp lệ.'),
    version,
    taskId: z
      .string()
      .optional()
      .transform((v) => (v ? v : null))
      .pipe(z.uuid({ error: 'Nhiệm vụ không hợp lệ.' }).nullable()),
    period: z.enum(PERIOD_CODES, { error: 'Vui lòng chọn thời gian thực hiện.' }),
    periodFrom: isoDate('Ngày bắt đầu không hợp lệ.'),
    periodTo: isoDate('Ngày kết thúc không hợp lệ.'),
    text: text('nội dung nhiệm vụ', MAX_ITEM),
    leadOrganizationId: z
      .string()
      .optional()
      .transform((v) => (v ? v : null))
      .pipe(z.uuid({ error: 'Đơn vị chủ trì không hợp lệ.' }).nullable()),
    coordinatorIds: z
      .string()
      .optional()
      .transform((v) => (v ? v.split(',').filter(Boolean) : []))
      .pipe(z.array(z.uuid({ error: 'Đơn vị phối hợp không hợp lệ.' })).max(50, 'Tối đa 50 đơn vị phối hợp.')),
    dueDate: isoDate('Hạn hoàn thành không hợp lệ.'),
  })
  .superRefine((v, ctx) => {
    if (v.period === 'WINDOW' && (!v.periodFrom || !v.periodTo)) {
      ctx.addIssue({ code: 'custom', path: ['period'], message: 'Vui lòng nhập ngày bắt đầu và ngày kết thúc.' })
    }
  })

export const removeTaskSchema = z.object({
  planId: uuid('Kế hoạch không hợp lệ.'),
  version,
  taskId: uuid('Nhiệm vụ không hợp lệ.'),
})

export const transitionSchema = z
  .object({
    planId: uuid('Kế hoạch không hợp lệ.'),
    version,
    action: z.enum(['submit', 'return', 'issue'], { error: 'Thao tác không hợp lệ.' }),
    comment: optionalText('Ý kiến', 2000),
    documentNumber: optionalText('Số ký hiệu', 40),
    issuedOn: isoDate('Ngày ban hành không hợp lệ.'),
  })
  .superRefine((v, ctx) => {
    if (v.action === 'return' && !v.comment)
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'Vui lòng ghi lý do trả lại.' })
  })

export const reportSchema = z.object({
  taskId: uuid('Nhiệm vụ không hợp lệ.'),
  status: z.enum(['NOT_STARTED', 'IN_PROGRESS', 'DONE'], { error: 'Vui lòng chọn tình trạng.' }),
  text: text('nội dung báo cáo', MAX_ITEM),
  reportedOn: isoDate('Ngày báo cáo không hợp lệ.'),
})

export const planRefSchema = z.object({ planId: uuid('Kế hoạch không hợp lệ.') })
export const implementSchema = z.object({
  planId: uuid('Kế hoạch không hợp lệ.'),
  organizationId: uuid('Đơn vị không hợp lệ.'),
})
export const importPlanSchema = z.object({
  organizationId: uuid('Đơn vị ban hành không hợp lệ.'),
  text: z
    .string({ error: 'Vui lòng dán nội dung kế hoạch.' })
    .min(50, 'Nội dung quá ngắn để là một kế hoạch.')
    .max(300_000, 'Nội dung quá dài (tối đa 300.000 ký tự).'),
})

export type PlanHeaderInput = z.infer<typeof planHeaderSchema>
export type CreatePlanInput = z.infer<typeof createPlanSchema>
export type UpdatePlanInput = z.infer<typeof updatePlanSchema>
export type TaskInput = z.infer<typeof taskSchema>
export type TransitionInput = z.infer<typeof transitionSchema>
export type ReportInput = z.infer<typeof reportSchema>

/**
 * The units confirmed in one step: the form posts one "lead:<taskId>" field per suggested task, with
 * the suggested unit (or "" when the user unticked it).
 */
export const assignUnitsSchema = z
  .object({ planId: uuid('Kế hoạch không hợp lệ.'), version })
  .catchall(z.string().max(100))
  .transform(({ planId, version, ...fields }, ctx) => {
    const assignments: { taskId: string; organizationId: string }[] = []
    for (const [name, value] of Object.entries(fields)) {
      const taskId = /^lead:(.+)$/.exec(name)?.[1]
      if (!taskId || value === '') continue
      const ids = z.object({ taskId: uuid(''), organizationId: uuid('') }).safeParse({ taskId, organizationId: value })
      if (!ids.success) {
        ctx.addIssue({ code: 'custom', message: 'Đơn vị hoặc nhiệm vụ không hợp lệ.', path: ['assignments'] })
        return z.NEVER
      }
      assignments.push(ids.data)
    }
    if (assignments.length > MAX_ITEMS * 5) {
      ctx.addIssue({ code: 'custom', message: 'Quá nhiều nhiệm vụ trong một lần giao.', path: ['assignments'] })
      return z.NEVER
    }
    return { planId, version, assignments }
  })
export type AssignUnitsInput = z.output<typeof assignUnitsSchema>

export const deadlinesSchema = z.object({
  planId: uuid('Kế hoạch không hợp lệ.'),
  version,
  implementationDueOn: isoDate('Hạn gửi kế hoạch thực hiện không phải một ngày có thật.'),
  halfYearReportDueOn: isoDate('Hạn báo cáo sơ kết không phải một ngày có thật.'),
  yearReportDueOn: isoDate('Hạn báo cáo tổng kết không phải một ngày có thật.'),
})
export type DeadlinesInput = z.output<typeof deadlinesSchema>

export const remindSchema = z.object({
  planId: uuid('Kế hoạch không hợp lệ.'),
  kind: z.enum(['IMPLEMENTATION', 'HALF_YEAR', 'YEAR'], { error: 'Việc cần nhắc không hợp lệ.' }),
  organizationId: z
    .union([uuid('Đơn vị không hợp lệ.'), z.literal('')])
    .optional()
    .transform((v) => (v ? v : null)),
})

// ---- editing a long plan: order, periods, the table, pasted rows (ADR 0023) ----------------------

/** One task's move: up or down within its period, to a position in it, or into another period. */
export const moveTaskSchema = z
  .object({
    planId: uuid('Kế hoạch không hợp lệ.'),
    version,
    taskId: uuid('Nhiệm vụ không hợp lệ.'),
    op: z.enum(['up', 'down', 'to', 'period'], { error: 'Thao tác không hợp lệ.' }),
    position: z.string().trim().max(10).optional(),
    period: z.string().max(700).optional(),
  })
  .transform((v, ctx) => {
    let position: number | null = null
    if (v.op === 'to') {
      position = /^\d{1,5}$/.test(v.position ?? '') ? Number(v.position) : NaN
      if (!(position >= 1)) {
        ctx.addIssue({ code: 'custom', path: ['position'], message: 'Vị trí phải là một số từ 1 trở lên.' })
        return z.NEVER
      }
    }
    if (v.op === 'period' && !v.period) {
      ctx.addIssue({ code: 'custom', path: ['period'], message: 'Vui lòng chọn thời gian thực hiện.' })
      return z.NEVER
    }
    return { planId: v.planId, version: v.version, taskId: v.taskId, op: v.op, position, period: v.period ?? null }
  })
export type MoveTaskInput = z.output<typeof moveTaskSchema>

const MAX_TABLE_ROWS = 1000
const tableRow = z.object({
  // a textarea posts its line ends as CRLF; the stored text has LF
  text: z.preprocess(
    (v) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : v),
    text('nội dung nhiệm vụ', MAX_ITEM),
  ),
  period: z
    .string({ error: 'Vui lòng chọn thời gian thực hiện.' })
    .min(1, 'Vui lòng chọn thời gian thực hiện.')
    .max(700),
  lead: z.union([uuid('Đơn vị chủ trì không hợp lệ.'), z.literal('')]).transform((v) => (v ? v : null)),
  due: isoDate('Hạn hoàn thành không hợp lệ.'),
})
/** A table field's name: "<column>:<taskId>", e.g. "text:4f0c…". */
export const tableField = (column: keyof z.input<typeof tableRow>, taskId: string) => `${column}:${taskId}`

/**
 * The task table, saved at once. The form posts "rows" (the task ids in table order) and one field per
 * cell; a refused cell answers under its own name, prefixed with its row number.
 */
export const taskTableSchema = z
  .object({ planId: uuid('Kế hoạch không hợp lệ.'), version, rows: z.string().max(40 * MAX_TABLE_ROWS) })
  .catchall(z.string().max(MAX_ITEM * 2))
  .transform(({ planId, version, rows, ...fields }, ctx) => {
    const ids = rows.split(',').filter(Boolean)
    if (ids.length === 0 || ids.length > MAX_TABLE_ROWS || ids.some((id) => !uuid('').safeParse(id).success)) {
      ctx.addIssue({ code: 'custom', path: ['rows'], message: 'Bảng nhiệm vụ không hợp lệ; hãy tải lại trang.' })
      return z.NEVER
    }
    const parsed = ids.map((taskId, i) => {
      const row = tableRow.safeParse({
        text: fields[tableField('text', taskId)],
        period: fields[tableField('period', taskId)],
        lead: fields[tableField('lead', taskId)] ?? '',
        due: fields[tableField('due', taskId)],
      })
      if (!row.success)
        for (const issue of row.error.issues)
          ctx.addIssue({
            code: 'custom',
            path: [tableField(String(issue.path[0]) as keyof z.input<typeof tableRow>, taskId)],
            message: `Dòng ${i + 1}: ${issue.message}`,
          })
      return row.success ? { taskId, row: i + 1, ...row.data } : null
    })
    if (parsed.some((r) => r === null)) return z.NEVER
    return { planId, version, rows: parsed.filter((r) => r !== null) }
  })
export type TaskTableInput = z.output<typeof taskTableSchema>

/** Rows pasted from Word or Excel; `period` is the period of the rows that give none. */
export const pasteTasksSchema = z.object({
  planId: uuid('Kế hoạch không hợp lệ.'),
  version,
  text: z
    .string({ error: 'Vui lòng dán các dòng nhiệm vụ.' })
    .max(200_000, 'Nội dung dán quá dài (tối đa 200.000 ký tự).')
    .refine((v) => v.trim() !== '', 'Vui lòng dán các dòng nhiệm vụ.'),
  period: z.string().max(700).optional().default(''),
})
export type PasteTasksInput = z.output<typeof pasteTasksSchema>
