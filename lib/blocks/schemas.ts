// Input schemas of the block forms and actions, shared by both. Messages are what the user reads.
// Forms with a row per unit or per criterion name their fields "member_<id>", "criterion_<n>_name",
// "score_<criterionId>"…, so that an error lands next to the field it concerns.
import { z } from 'zod'
import { requiredDate, uuid, version } from '../shared/zod'
import { MAX_POINTS_HUNDREDTHS, formatPoints, parsePoints } from './points'
import { CRITERION_KINDS, type CriterionKind } from './scoring'

export const MAX_MEMBERS = 60
export const MAX_CRITERIA = 50
export const BLANK_CRITERION_ROWS = 3
/** The number of Cờ thi đua a block may propose (the database checks the same range). */
export const MAX_FLAG_QUOTA = 10

const optionalUuid = (message: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.uuid({ error: message }).nullable())

const blockFields = {
  name: z
    .string({ error: 'Vui lòng nhập tên khối thi đua.' })
    .trim()
    .min(3, 'Tên khối phải có ít nhất 3 ký tự.')
    .max(200, 'Tên khối không được dài quá 200 ký tự.'),
  year: z.coerce
    .number({ error: 'Năm không hợp lệ.' })
    .int('Năm không hợp lệ.')
    .min(2000, 'Năm phải từ 2000 trở đi.')
    .max(2100, 'Năm không hợp lệ.'),
  memberIds: z
    .array(z.uuid({ error: 'Đơn vị thành viên không hợp lệ.' }))
    .transform((ids) => [...new Set(ids)])
    .pipe(
      z
        .array(z.string())
        .min(2, 'Khối thi đua cần ít nhất 2 đơn vị thành viên.')
        .max(MAX_MEMBERS, `Một khối có tối đa ${MAX_MEMBERS} đơn vị.`),
    ),
  leaderOrgId: uuid('Vui lòng chọn đơn vị trưởng khối.'),
  deputyOrgId: optionalUuid('Đơn vị phó khối không hợp lệ.'),
}

/** Checked boxes "member_<id>" become memberIds; a typed caller may pass memberIds directly. */
const withMemberIds = (raw: unknown) => {
  if (!raw || typeof raw !== 'object' || Array.isArray((raw as { memberIds?: unknown }).memberIds)) return raw
  const ids = Object.keys(raw)
    .filter((k) => k.startsWith('member_'))
    .map((k) => k.slice('member_'.length))
  return { ...raw, memberIds: ids }
}

const leaderIsNotDeputy = (v: { leaderOrgId: string; deputyOrgId: string | null }, ctx: z.RefinementCtx) => {
  if (v.deputyOrgId && v.deputyOrgId === v.leaderOrgId) {
    ctx.addIssue({ code: 'custom', path: ['deputyOrgId'], message: 'Đơn vị phó khối phải khác đơn vị trưởng khối.' })
  }
}

export const createBlockSchema = z.preprocess(
  withMemberIds,
  z
    .object({ organizationId: uuid('Đơn vị quản lý khối không hợp lệ.'), ...blockFields })
    .superRefine(leaderIsNotDeputy),
)

export const updateBlockSchema = z.preprocess(
  withMemberIds,
  z.object({ blockId: uuid('Khối thi đua không hợp lệ.'), version, ...blockFields }).superRefine(leaderIsNotDeputy),
)

const rowIndexes = (raw: Record<string, unknown>, pattern: RegExp) =>
  [...new Set(Object.keys(raw).flatMap((k) => (pattern.exec(k) ? [Number(pattern.exec(k)![1])] : [])))].sort(
    (a, b) => a - b,
  )
const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** The covenant text and the criteria table; a row left blank is ignored. Points in hundredths. */
export const covenantSchema = z
  .looseObject({
    blockId: uuid('Khối thi đua không hợp lệ.'),
    version,
    covenant: z
      .string()
      .trim()
      .max(20_000, 'Nội dung giao ước không được dài quá 20.000 ký tự.')
      .optional()
      .default(''),
    flagQuota: z.coerce
      .number({ error: 'Số Cờ thi đua không hợp lệ.' })
      .int('Số Cờ thi đua là số nguyên.')
      .min(1, 'Khối được đề nghị ít nhất 1 Cờ thi đua.')
      .max(MAX_FLAG_QUOTA, `Khối được đề nghị tối đa ${MAX_FLAG_QUOTA} Cờ thi đua.`)
      .optional()
      .default(1),
  })
  .superRefine((raw, ctx) => {
    let rows = 0
    let regular = 0
    for (const i of rowIndexes(raw, /^criterion_(\d{1,3})_(?:name|max)$/)) {
      const name = str(raw[`criterion_${i}_name`])
      const max = str(raw[`criterion_${i}_max`])
      if (!name && !max) continue
      rows += 1
      const kind = str(raw[`criterion_${i}_kind`]) || 'TIEU_CHI'
      if (!(CRITERION_KINDS as readonly string[]).includes(kind))
        ctx.addIssue({ code: 'custom', path: [`criterion_${i}_kind`], message: 'Loại tiêu chí không hợp lệ.' })
      else if (kind === 'TIEU_CHI') regular += 1
      if (!name) ctx.addIssue({ code: 'custom', path: [`criterion_${i}_name`], message: 'Vui lòng nhập tên tiêu chí.' })
      else if (name.length > 500)
        ctx.addIssue({
          code: 'custom',
          path: [`criterion_${i}_name`],
          message: 'Tên tiêu chí không được dài quá 500 ký tự.',
        })
      const points = parsePoints(max)
      if (!max) ctx.addIssue({ code: 'custom', path: [`criterion_${i}_max`], message: 'Vui lòng nhập điểm tối đa.' })
      else if (points === null)
        ctx.addIssue({
          code: 'custom',
          path: [`criterion_${i}_max`],
          message: 'Điểm tối đa là số dương, tối đa 2 chữ số thập phân, ví dụ 10,5.',
        })
      else if (points <= 0)
        ctx.addIssue({ code: 'custom', path: [`criterion_${i}_max`], message: 'Điểm tối đa phải lớn hơn 0.' })
      else if (points > MAX_POINTS_HUNDREDTHS)
        ctx.addIssue({
          code: 'custom',
          path: [`criterion_${i}_max`],
          message: `Điểm tối đa không vượt quá ${formatPoints(MAX_POINTS_HUNDREDTHS)}.`,
        })
    }
    if (rows > MAX_CRITERIA)
      ctx.addIssue({ code: 'custom', path: ['covenant'], message: `Giao ước có tối đa ${MAX_CRITERIA} tiêu chí.` })
    if (rows > 0 && regular === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['criterion_0_kind'],
        message: 'Bảng điểm cần ít nhất một tiêu chí chấm điểm (không chỉ điểm thưởng, điểm trừ).',
      })
  })
  .transform((raw) => ({
    blockId: raw.blockId,
    version: raw.version,
    covenant: raw.covenant,
    flagQuota: raw.flagQuota,
    criteria: rowIndexes(raw, /^criterion_(\d{1,3})_(?:name|max)$/)
      .map((i) => ({
        name: str(raw[`criterion_${i}_name`]),
        kind: (str(raw[`criterion_${i}_kind`]) || 'TIEU_CHI') as CriterionKind,
        maxPoints: parsePoints(str(raw[`criterion_${i}_max`])),
      }))
      .filter(
        (row): row is { name: string; kind: CriterionKind; maxPoints: number } =>
          row.name !== '' && row.maxPoints !== null,
      ),
  }))

export const acceptCovenantSchema = z.object({
  blockId: uuid('Khối thi đua không hợp lệ.'),
  organizationId: uuid('Đơn vị không hợp lệ.'),
  version,
})

export type ScoreEntry = { criterionId: string; score: number | null; evidence?: string | null; version: number }

/** One unit's sheet: "score_<criterionId>", "evidence_<criterionId>", "version_<criterionId>" (0: none yet). */
export const scoreSheetSchema = z
  .looseObject({
    blockId: uuid('Khối thi đua không hợp lệ.'),
    organizationId: uuid('Đơn vị không hợp lệ.'),
    mode: z.enum(['self', 'agreed'], { error: 'Loại điểm không hợp lệ.' }),
  })
  .superRefine((raw, ctx) => {
    for (const key of Object.keys(raw).filter((k) => k.startsWith('score_'))) {
      const text = str(raw[key])
      if (text && parsePoints(text) === null)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'Điểm là số không âm, tối đa 2 chữ số thập phân, ví dụ 8,75.',
        })
    }
    for (const key of Object.keys(raw).filter((k) => k.startsWith('evidence_'))) {
      if (str(raw[key]).length > 5000)
        ctx.addIssue({ code: 'custom', path: [key], message: 'Minh chứng không được dài quá 5.000 ký tự.' })
    }
    const ids = Object.keys(raw).filter((k) => k.startsWith('version_'))
    if (ids.length === 0 || ids.length > MAX_CRITERIA)
      ctx.addIssue({ code: 'custom', path: ['blockId'], message: 'Bảng điểm không hợp lệ.' })
    for (const key of ids) {
      if (!/^\d{1,9}$/.test(str(raw[key])) || !z.uuid().safeParse(key.slice('version_'.length)).success) {
        ctx.addIssue({ code: 'custom', path: ['blockId'], message: 'Bảng điểm không hợp lệ.' })
      }
    }
  })
  .transform((raw) => ({
    blockId: raw.blockId,
    organizationId: raw.organizationId,
    mode: raw.mode,
    entries: Object.keys(raw)
      .filter((k) => k.startsWith('version_'))
      .map((k): ScoreEntry => {
        const id = k.slice('version_'.length)
        const text = str(raw[`score_${id}`])
        return {
          criterionId: id,
          score: text ? parsePoints(text) : null,
          ...(raw.mode === 'self' ? { evidence: str(raw[`evidence_${id}`]) || null } : {}),
          version: Number(raw[k]),
        }
      }),
  }))

/** The block head puts the agreed scores to the members, who answer by the deadline. */
export const proposeScoresSchema = z.object({
  blockId: uuid('Khối thi đua không hợp lệ.'),
  version,
  deadline: requiredDate('Vui lòng chọn hạn góp ý.', 'Hạn góp ý không hợp lệ.'),
})

export const withdrawScoresSchema = z.object({ blockId: uuid('Khối thi đua không hợp lệ.'), version })

export const respondScoresSchema = z
  .object({
    blockId: uuid('Khối thi đua không hợp lệ.'),
    organizationId: uuid('Đơn vị không hợp lệ.'),
    version,
    response: z.enum(['DONG_Y', 'PHAN_DOI'], { error: 'Vui lòng chọn đồng ý hoặc phản đối.' }),
    objection: z.string().trim().max(5000, 'Ý kiến không được dài quá 5.000 ký tự.').optional().default(''),
  })
  .superRefine((v, ctx) => {
    if (v.response === 'PHAN_DOI' && v.objection.length < 5)
      ctx.addIssue({
        code: 'custom',
        path: ['objection'],
        message: 'Vui lòng nêu lý do phản đối (tiêu chí, điểm nào và vì sao).',
      })
  })
  .transform((v) => ({ ...v, objection: v.response === 'PHAN_DOI' ? v.objection : null }))

/** The head of a leading unit creates its Cờ thi đua proposal from the block's agreed ranking. */
export const proposeFlagSchema = z.object({
  blockId: uuid('Khối thi đua không hợp lệ.'),
  organizationId: uuid('Đơn vị không hợp lệ.'),
})

export type CreateBlockInput = z.infer<typeof createBlockSchema>
export type UpdateBlockInput = z.infer<typeof updateBlockSchema>
/** What saveCovenant takes: the form's output; a typed caller may leave out the kinds and the number of Cờ. */
export type CovenantInput = Omit<z.infer<typeof covenantSchema>, 'criteria' | 'flagQuota'> & {
  flagQuota?: number
  criteria: { name: string; maxPoints: number; kind?: CriterionKind }[]
}
export type AcceptCovenantInput = z.infer<typeof acceptCovenantSchema>
export type ScoreSheetInput = z.infer<typeof scoreSheetSchema>
export type ProposeScoresInput = z.infer<typeof proposeScoresSchema>
export type WithdrawScoresInput = z.infer<typeof withdrawScoresSchema>
export type RespondScoresInput = z.infer<typeof respondScoresSchema>
export type ProposeFlagInput = z.infer<typeof proposeFlagSchema>
