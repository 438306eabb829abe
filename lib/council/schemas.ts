// Input schemas of the council forms and actions, shared by both. Forms with a row per member, nominee
// or agenda item name their fields "present_<memberId>", "nominee_<nomineeId>", "vote_<itemId>"; a typed
// caller may pass the arrays directly.
import { z } from 'zod'
import { boundedInt, uuid, version } from '../shared/zod'
import { BALLOT_POLICY } from './policy'

export const MAX_AGENDA = 200
export const MAX_MEMBERS = 100

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v || null)

/** Ids taken from checkbox names "<prefix><id>" when the caller did not pass `field` itself. */
const idsFrom = (prefix: string, field: string) => (raw: unknown) => {
  if (!raw || typeof raw !== 'object' || Array.isArray((raw as Record<string, unknown>)[field])) return raw
  const ids = Object.keys(raw)
    .filter((k) => k.startsWith(prefix))
    .map((k) => k.slice(prefix.length))
  return { ...raw, [field]: ids }
}

/** Radio groups "vote_<itemId>" = AGREE | DISAGREE become votes; a group left empty is no vote. */
const votesFrom = (raw: unknown) => {
  if (!raw || typeof raw !== 'object' || Array.isArray((raw as { votes?: unknown }).votes)) return raw
  const entries = Object.entries(raw as Record<string, unknown>).filter(([k, v]) => k.startsWith('vote_') && v)
  return { ...raw, votes: entries.map(([k, choice]) => ({ itemId: k.slice('vote_'.length), choice })) }
}

const councilFields = {
  name: z
    .string({ error: 'Vui lòng nhập tên Hội đồng.' })
    .trim()
    .min(5, 'Tên Hội đồng phải có ít nhất 5 ký tự.')
    .max(300, 'Tên Hội đồng không được dài quá 300 ký tự.'),
  quorumPercent: z.coerce
    .number({ error: 'Tỷ lệ dự họp tối thiểu không hợp lệ.' })
    .int('Tỷ lệ dự họp tối thiểu là số nguyên (phần trăm).')
    .min(67, 'Tỷ lệ dự họp tối thiểu từ 2/3 (67%) tổng số thành viên trở lên.')
    .max(100, 'Tỷ lệ dự họp tối thiểu không quá 100%.'),
}

export const createCouncilSchema = z.object({ organizationId: uuid('Đơn vị không hợp lệ.'), ...councilFields })
export const updateCouncilSchema = z.object({ councilId: uuid('Hội đồng không hợp lệ.'), ...councilFields })

export const addMemberSchema = z.object({
  councilId: uuid('Hội đồng không hợp lệ.'),
  userId: uuid('Vui lòng chọn người được bổ sung vào Hội đồng.'),
  position: optionalText(200, 'Chức vụ không được dài quá 200 ký tự.'),
  chair: z
    .union([z.boolean(), z.literal('on'), z.literal('')])
    .optional()
    .transform((v) => v === true || v === 'on'),
})

export const memberActionSchema = z.object({
  councilId: uuid('Hội đồng không hợp lệ.'),
  memberId: uuid('Thành viên không hợp lệ.'),
  action: z.enum(['chair', 'remove'], { error: 'Thao tác không hợp lệ.' }),
})

export const openSessionSchema = z.preprocess(
  idsFrom('nominee_', 'nomineeIds'),
  z.object({
    councilId: uuid('Hội đồng không hợp lệ.'),
    title: z
      .string({ error: 'Vui lòng nhập tên phiên họp.' })
      .trim()
      .min(5, 'Tên phiên họp phải có ít nhất 5 ký tự.')
      .max(300, 'Tên phiên họp không được dài quá 300 ký tự.'),
    nomineeIds: z
      .array(z.uuid({ error: 'Người được đề nghị không hợp lệ.' }))
      .transform((ids) => [...new Set(ids)])
      .pipe(
        z
          .array(z.string())
          .min(1, 'Vui lòng chọn ít nhất một người (tập thể) được đề nghị để đưa vào phiên họp.')
          .max(MAX_AGENDA, `Một phiên họp xét tối đa ${MAX_AGENDA} người (tập thể).`),
      ),
    /** the voting window, fixed at opening: before it ends the session closes only once all present voted */
    votingMinutes: z.coerce
      .number({ error: 'Thời gian biểu quyết không hợp lệ.' })
      .int('Thời gian biểu quyết là số phút nguyên.')
      .min(BALLOT_POLICY.minVotingMinutes, `Thời gian biểu quyết ít nhất ${BALLOT_POLICY.minVotingMinutes} phút.`)
      .max(BALLOT_POLICY.maxVotingMinutes, `Thời gian biểu quyết không quá ${BALLOT_POLICY.maxVotingMinutes} phút.`)
      .optional()
      .transform((v) => v ?? BALLOT_POLICY.defaultVotingMinutes),
    /** fixed at opening: in the app (secret electronic ballot) or on paper (counted by a committee) */
    voteMode: z
      .enum(['ELECTRONIC', 'PAPER'], { error: 'Vui lòng chọn hình thức biểu quyết.' })
      .optional()
      .transform((v) => v ?? 'ELECTRONIC'),
  }),
)

export const reconsiderSchema = z.object({
  councilId: uuid('Hội đồng không hợp lệ.'),
  nomineeId: uuid('Người được đề nghị không hợp lệ.'),
  reason: z
    .string({ error: 'Vui lòng ghi lý do xét lại.' })
    .trim()
    .min(10, 'Lý do xét lại cần ít nhất 10 ký tự.')
    .max(1000, 'Lý do xét lại không được dài quá 1000 ký tự.'),
})

export const attendanceSchema = z.preprocess(
  idsFrom('present_', 'presentIds'),
  z.object({
    sessionId: uuid('Phiên họp không hợp lệ.'),
    version,
    presentIds: z
      .array(z.uuid({ error: 'Thành viên không hợp lệ.' }))
      .max(MAX_MEMBERS, 'Danh sách có mặt không hợp lệ.')
      .transform((ids) => [...new Set(ids)]),
  }),
)

const votes = z
  .array(
    z.object({
      itemId: uuid('Nội dung biểu quyết không hợp lệ.'),
      choice: z.enum(['AGREE', 'DISAGREE'], { error: 'Vui lòng chọn “Đồng ý” hoặc “Không đồng ý”.' }),
    }),
  )
  .min(1, 'Vui lòng chọn “Đồng ý” hoặc “Không đồng ý” cho ít nhất một người (tập thể).')
  .max(MAX_AGENDA, 'Phiếu biểu quyết không hợp lệ.')
  .refine(
    (list) => new Set(list.map((v) => v.itemId)).size === list.length,
    'Mỗi người (tập thể) chỉ được biểu quyết một lần trên phiếu.',
  )

export const ballotSchema = z.preprocess(votesFrom, z.object({ sessionId: uuid('Phiên họp không hợp lệ.'), votes }))

export const writtenBallotSchema = z.preprocess(
  votesFrom,
  z.object({
    sessionId: uuid('Phiên họp không hợp lệ.'),
    memberId: uuid('Vui lòng chọn thành viên vắng mặt có phiếu bằng văn bản.'),
    votes,
  }),
)

/** Number fields "agree_<itemId>", "disagree_<itemId>", "invalid_<itemId>" become the counts per nominee. */
const paperCountsFrom = (raw: unknown) => {
  if (!raw || typeof raw !== 'object' || Array.isArray((raw as { counts?: unknown }).counts)) return raw
  const values = raw as Record<string, unknown>
  const ids = Object.keys(values)
    .filter((k) => k.startsWith('agree_'))
    .map((k) => k.slice('agree_'.length))
  return {
    ...values,
    counts: ids.map((itemId) => ({
      itemId,
      agree: values[`agree_${itemId}`],
      disagree: values[`disagree_${itemId}`],
      invalid: values[`invalid_${itemId}`] || 0,
    })),
  }
}

const ballotCount = (what: string) => boundedInt(0, MAX_MEMBERS, `${what} là số nguyên từ 0 đến ${MAX_MEMBERS}.`)

export const MAX_COMMITTEE = 15

/** The counting committee (Ban kiểm phiếu): one name a line, at least two people, no name twice. */
const committee = z
  .string({ error: 'Vui lòng ghi họ tên các thành viên Ban kiểm phiếu.' })
  .max(MAX_COMMITTEE * 101, 'Danh sách Ban kiểm phiếu quá dài.')
  .transform((v) =>
    v
      .split(/\r?\n|;/)
      .map((name) => name.trim().replace(/\s+/g, ' '))
      .filter(Boolean),
  )
  .pipe(
    z
      .array(z.string().min(2, 'Mỗi họ tên cần ít nhất 2 ký tự.').max(100, 'Mỗi họ tên không quá 100 ký tự.'))
      .min(2, 'Ban kiểm phiếu cần ít nhất 2 người: ghi mỗi họ tên một dòng.')
      .max(MAX_COMMITTEE, `Ban kiểm phiếu không quá ${MAX_COMMITTEE} người.`)
      .refine(
        (names) => new Set(names.map((n) => n.toLocaleLowerCase('vi'))).size === names.length,
        'Có họ tên bị ghi trùng trong Ban kiểm phiếu.',
      ),
  )

export const paperCountSchema = z.preprocess(
  paperCountsFrom,
  z.object({
    sessionId: uuid('Phiên họp không hợp lệ.'),
    version,
    ballotsIssued: ballotCount('Số phiếu phát ra'),
    ballotsReturned: ballotCount('Số phiếu thu vào').pipe(
      z.number().min(1, 'Số phiếu thu vào phải có ít nhất 1 phiếu.'),
    ),
    committee,
    counts: z
      .array(
        z.object({
          itemId: uuid('Nội dung biểu quyết không hợp lệ.'),
          agree: ballotCount('Số phiếu đồng ý'),
          disagree: ballotCount('Số phiếu không đồng ý'),
          invalid: ballotCount('Số phiếu không hợp lệ'),
        }),
      )
      .min(1, 'Vui lòng nhập số phiếu cho từng người (tập thể) được đề nghị.')
      .max(MAX_AGENDA, 'Kết quả kiểm phiếu không hợp lệ.')
      .refine(
        (list) => new Set(list.map((c) => c.itemId)).size === list.length,
        'Mỗi người (tập thể) chỉ có một dòng kết quả.',
      ),
  }),
)

export const closeSessionSchema = z.object({ sessionId: uuid('Phiên họp không hợp lệ.'), version })

export type CreateCouncilInput = z.infer<typeof createCouncilSchema>
export type UpdateCouncilInput = z.infer<typeof updateCouncilSchema>
export type AddMemberInput = z.infer<typeof addMemberSchema>
export type MemberActionInput = z.infer<typeof memberActionSchema>
/** The voting window may be left to the default by typed callers. */
export type OpenSessionInput = Omit<z.infer<typeof openSessionSchema>, 'votingMinutes' | 'voteMode'> & {
  votingMinutes?: number
  voteMode?: 'ELECTRONIC' | 'PAPER'
}
export type PaperCountInput = z.infer<typeof paperCountSchema>
export type AttendanceInput = z.infer<typeof attendanceSchema>
export type BallotInput = z.infer<typeof ballotSchema>
export type WrittenBallotInput = z.infer<typeof writtenBallotSchema>
export type CloseSessionInput = z.infer<typeof closeSessionSchema>
export type ReconsiderInput = z.infer<typeof reconsiderSchema>
