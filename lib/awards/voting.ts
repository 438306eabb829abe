// Council voting (Hội đồng Thi đua - Khen thưởng): thresholds counted on the council's TOTAL membership,
// not on those present, and the quorum of the session. All arithmetic is on integers (see ./ratio):
// 80% of 9 members is 7.2, so 8 votes are needed; a majority of 10 is 6.
import { type AwardCode, awardLabel } from './catalog'
import { type Effective, formatViDate, pickEffective } from './effective'
import { underLaw2022 } from './legal-bases'
import { type Ratio, minimumAtLeast, minimumMoreThan, ratio, ratioLabel, reachesRatio } from './ratio'

/** AT_LEAST: agree ≥ ratio·total; MORE_THAN: agree > ratio·total (majority is MORE_THAN 1/2). */
export type VoteThreshold = { kind: 'AT_LEAST' | 'MORE_THAN'; ratio: Ratio }

const AT_LEAST_80 = { kind: 'AT_LEAST', ratio: ratio(80, 100) } as const satisfies VoteThreshold
const AT_LEAST_90 = { kind: 'AT_LEAST', ratio: ratio(90, 100) } as const satisfies VoteThreshold
const MAJORITY = { kind: 'MORE_THAN', ratio: ratio(1, 2) } as const satisfies VoteThreshold

export const VOTE_THRESHOLDS = {
  CSTD_CO_SO: underLaw2022<VoteThreshold>(AT_LEAST_80),
  CO_THI_DUA_TINH: underLaw2022<VoteThreshold>(AT_LEAST_80),
  CSTD_TINH: underLaw2022<VoteThreshold>(AT_LEAST_90),
  CSTD_TOAN_QUOC: underLaw2022<VoteThreshold>(AT_LEAST_90),
  ANH_HUNG: underLaw2022<VoteThreshold>(AT_LEAST_90),
  LDTT: underLaw2022<VoteThreshold>(MAJORITY),
  TAP_THE_LDTT: underLaw2022<VoteThreshold>(MAJORITY),
  TAP_THE_LDXS: underLaw2022<VoteThreshold>(MAJORITY),
  GIAY_KHEN: underLaw2022<VoteThreshold>(MAJORITY),
  BANG_KHEN_TINH: underLaw2022<VoteThreshold>(MAJORITY),
  BANG_KHEN_TTG: underLaw2022<VoteThreshold>(MAJORITY),
  HUAN_CHUONG: underLaw2022<VoteThreshold>(MAJORITY),
} as const satisfies Record<AwardCode, readonly Effective<VoteThreshold>[]>

/** Quorum when the tenant sets none: 2/3 of the members present. Tenants may require more (e.g. 80%). */
export const DEFAULT_QUORUM = {
  ratio: ratio(2, 3),
  source: 'Quy chế hoạt động của Hội đồng Thi đua - Khen thưởng (mặc định: ít nhất 2/3 tổng số thành viên dự họp)',
} as const

function assertMembers(total: number) {
  if (!Number.isSafeInteger(total) || total < 1)
    throw new RangeError(`Tổng số thành viên Hội đồng không hợp lệ: ${total}`)
}

export function voteThreshold(award: AwardCode, onDate: string): Effective<VoteThreshold> | null {
  return pickEffective<VoteThreshold>(VOTE_THRESHOLDS[award], onDate)
}

/** "80% tổng số thành viên", "quá nửa tổng số thành viên" */
export function thresholdLabel(t: VoteThreshold): string {
  if (t.kind === 'MORE_THAN')
    return t.ratio.num * 2 === t.ratio.den
      ? 'quá nửa tổng số thành viên'
      : `trên ${ratioLabel(t.ratio)} tổng số thành viên`
  return `${ratioLabel(t.ratio)} tổng số thành viên`
}

function votesFor(t: VoteThreshold, total: number): number {
  return t.kind === 'AT_LEAST' ? minimumAtLeast(total, t.ratio) : minimumMoreThan(total, t.ratio)
}

/** The fewest agree votes that pass `award` in a council of `totalMembers`; throws when no rule is in force. */
export function requiredVotes(award: AwardCode, totalMembers: number, onDate: string): number {
  assertMembers(totalMembers)
  const rule = voteThreshold(award, onDate)
  if (!rule)
    throw new RangeError(
      `Chưa có quy định về tỷ lệ phiếu xét “${awardLabel(award)}” có hiệu lực vào ngày ${formatViDate(onDate)}.`,
    )
  return votesFor(rule.value, totalMembers)
}

/** The fewest members present for a valid session. */
export function quorumMinimum(total: number, quorum: Ratio = DEFAULT_QUORUM.ratio): number {
  assertMembers(total)
  return minimumAtLeast(total, quorum)
}

/** Are `present` members of `total` enough for a valid session? */
export function hasQuorum(present: number, total: number, quorum: Ratio = DEFAULT_QUORUM.ratio): boolean {
  assertMembers(total)
  if (!Number.isSafeInteger(present) || present < 0 || present > total) return false
  return reachesRatio(present, total, quorum)
}

export type VoteCount = {
  total: number // the council's membership
  agree: number // agree votes, written votes of absent members included
  disagree: number
  present?: number // members at the session; when given, the quorum is checked
}
export type VoteDecision = {
  passed: boolean
  required: number
  agree: number
  total: number
  message: string
  source: string
}

/** The result of the vote on one nominee for `award`, explained in Vietnamese. */
export function decide(
  award: AwardCode,
  votes: VoteCount,
  onDate: string,
  quorum: Ratio = DEFAULT_QUORUM.ratio,
): VoteDecision {
  const { total, agree, disagree, present } = votes
  assertMembers(total)
  const rule = voteThreshold(award, onDate)
  if (!rule) {
    const message = `Chưa có quy định về tỷ lệ phiếu xét “${awardLabel(award)}” có hiệu lực vào ngày ${formatViDate(onDate)}`
    return { passed: false, required: 0, agree, total, message, source: 'Không có' }
  }
  const required = votesFor(rule.value, total)
  const base = { required, agree, total, source: rule.source }
  const counts = [agree, disagree, ...(present === undefined ? [] : [present])]
  if (counts.some((n) => !Number.isSafeInteger(n) || n < 0) || agree + disagree > total || (present ?? 0) > total) {
    return {
      ...base,
      passed: false,
      message: `Số phiếu không hợp lệ: ${agree} đồng ý, ${disagree} không đồng ý trên ${total} thành viên`,
    }
  }
  if (present !== undefined && !hasQuorum(present, total, quorum)) {
    const min = quorumMinimum(total, quorum)
    const message = `Phiên họp không đủ số thành viên: ${present}/${total} thành viên dự họp, cần tối thiểu ${min} (${ratioLabel(quorum)} tổng số thành viên)`
    return { ...base, passed: false, message }
  }
  const passed = agree >= required
  const message = `${passed ? 'Đạt' : 'Không đạt'}: ${agree}/${total} thành viên đồng ý, cần tối thiểu ${required} (${thresholdLabel(rule.value)})`
  return { ...base, passed, message }
}
