// Ranking of an emulation block (khối, cụm thi đua) at year end. Pure, so every rule is unit-tested.
//  1. Only units that signed the covenant (giao ước) are ranked; the others are listed apart with the
//     reason. Of the signed, only units with an agreed score on every criterion are ranked; the others
//     are "chưa chấm xong".
//  2. Higher total first, computed by the block's own rule (scoring.ts: criteria, bonus and penalty
//     items), in integer hundredths: no rounding anywhere.
//  3. Equal totals: the tie-break rule of the Law (lib/awards/eligibility/tie-break.ts — a collective at
//     least 70% female goes first). A higher share below 70%, or between two units both above it,
//     decides nothing.
//  4. Still equal: the same rank (đồng hạng). Ranks are dense: 1, 1, 2, 3…
// Who the block proposes (candidatesOf) also needs the members' agreement (agreement.ts) and the
// block's number of Cờ thi đua.
// Each tie decision is explained in Vietnamese for the people who read the table.
import { TIE_BREAK, hasTiePriority } from '../awards/eligibility/tie-break'
import { formatPoints, toPointsNumber } from './points'
import { sheetTotal, type RuleCriterion } from './scoring'

/** The share of women that gives a collective priority on a tie, from its one home (as a percentage). */
export const FEMALE_PRIORITY_PERCENT = (TIE_BREAK.femaleShare.num * 100) / TIE_BREAK.femaleShare.den

export type RankingInput = {
  organizationId: string
  name: string
  /** the unit signed the block's covenant */
  signed: boolean
  /** agreed score per criterion of the block, in hundredths; null when not recorded yet */
  agreed: readonly (number | null)[]
  /** active people of the unit, and the women among them */
  women: number
  people: number
}

export type RankedUnit = {
  organizationId: string
  name: string
  /** hundredths of a point */
  total: number
  rank: number
  women: number
  people: number
  /** the unit's share of women reaches the priority threshold */
  femalePriority: boolean
  tieNotes: string[]
}

export type IncompleteUnit = { organizationId: string; name: string; missing: number; note: string }
export type UnsignedUnit = { organizationId: string; name: string; note: string }

export type BlockRanking = { ranked: RankedUnit[]; incomplete: IncompleteUnit[]; unsigned: UnsignedUnit[] }

export type Award = 'CO_THI_DUA_TINH' | 'BANG_KHEN_TINH'
export type Candidate = { organizationId: string; name: string; rank: number; total: number; award: Award }

const hasPriority = (u: { women: number; people: number }) =>
  u.people > 0 && hasTiePriority({ kind: 'COLLECTIVE', femaleShare: u.women / u.people })

/** Compares the female shares exactly (cross-multiplied); a unit without people counts as 0%. */
function compareShare(a: { women: number; people: number }, b: { women: number; people: number }) {
  if (a.people === 0 || b.people === 0) return Math.sign((a.people > 0 ? a.women : 0) - (b.people > 0 ? b.women : 0))
  return Math.sign(a.women * b.people - b.women * a.people)
}

/** "75%", "66,7%", or "chưa xác định" for a unit without people on record. */
export function formatShare(u: { women: number; people: number }) {
  if (u.people === 0) return 'chưa xác định (chưa có danh sách cán bộ)'
  const tenths = Math.round((u.women * 1000) / u.people)
  return `${Math.trunc(tenths / 10)}${tenths % 10 ? `,${tenths % 10}` : ''}%`
}

function tieNote(u: RankedUnit, v: RankedUnit): string {
  const percent = FEMALE_PRIORITY_PERCENT
  const prefix = `Bằng điểm với ${v.name}`
  if (u.femalePriority !== v.femalePriority) {
    return u.femalePriority
      ? `${prefix}; xếp trên vì tỷ lệ nữ ${formatShare(u)} ≥ ${percent}% (${v.name}: ${formatShare(v)})`
      : `${prefix}; xếp dưới vì ${v.name} có tỷ lệ nữ ${formatShare(v)} ≥ ${percent}% (đơn vị: ${formatShare(u)})`
  }
  const both = u.femalePriority ? `cùng có tỷ lệ nữ từ ${percent}%` : `cùng chưa có tỷ lệ nữ ${percent}%`
  return compareShare(u, v) === 0
    ? `${prefix} và bằng tỷ lệ nữ (${formatShare(u)}): đồng hạng`
    : `${prefix}, ${both} (${formatShare(u)} và ${formatShare(v)}): đồng hạng`
}

export function rankBlock(
  units: readonly RankingInput[],
  criteria: readonly RuleCriterion[],
  options: { year?: number } = {},
): BlockRanking {
  const incomplete: IncompleteUnit[] = []
  const unsigned: UnsignedUnit[] = []
  const complete: RankedUnit[] = []
  const year = options.year ? ` năm ${options.year}` : ''
  for (const unit of units) {
    if (!unit.signed) {
      unsigned.push({
        organizationId: unit.organizationId,
        name: unit.name,
        note: `Không xếp hạng: đơn vị chưa ký giao ước thi đua${year} của khối.`,
      })
      continue
    }
    const { total, missing, required } = sheetTotal(criteria, unit.agreed)
    if (required === 0 || missing > 0) {
      incomplete.push({
        organizationId: unit.organizationId,
        name: unit.name,
        missing,
        note:
          required === 0
            ? 'Chưa chấm xong: khối chưa có tiêu chí chấm điểm.'
            : `Chưa chấm xong: còn ${missing}/${required} tiêu chí chưa có điểm thống nhất.`,
      })
      continue
    }
    complete.push({
      organizationId: unit.organizationId,
      name: unit.name,
      total,
      rank: 0,
      women: unit.women,
      people: unit.people,
      femalePriority: hasPriority(unit),
      tieNotes: [],
    })
  }

  const compare = (a: RankedUnit, b: RankedUnit) =>
    b.total - a.total || Number(b.femalePriority) - Number(a.femalePriority)
  complete.sort((a, b) => compare(a, b) || a.name.localeCompare(b.name, 'vi'))
  complete.forEach((unit, i) => {
    unit.rank = i === 0 ? 1 : compare(complete[i - 1], unit) === 0 ? complete[i - 1].rank : complete[i - 1].rank + 1
  })
  for (const unit of complete) {
    for (const other of complete) {
      if (other !== unit && other.total === unit.total) unit.tieNotes.push(tieNote(unit, other))
    }
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi')
  incomplete.sort(byName)
  unsigned.sort(byName)
  return { ranked: complete, incomplete, unsigned }
}

export type BlockProposal = {
  candidates: Candidate[]
  /** units tied across the block's number of Cờ after the tie rule: the ranking cannot choose among them */
  undecided: RankedUnit[]
  /** why there is no (complete) proposal, or null */
  note: string | null
}

/**
 * Who the block proposes once its ranking is final (agreed by the members, every signed unit scored):
 * the leading units for the Cờ thi đua — as many as the block's number of Cờ (flagQuota), taken rank by
 * rank — then the next two ranks for the Bằng khen. A group of units tied across that number after the
 * tie rule is not cut arbitrarily: it is listed as undecided and none of it gets the Cờ.
 */
export function candidatesOf(ranking: BlockRanking, rule: { flagQuota: number; final: boolean }): BlockProposal {
  if (ranking.incomplete.length > 0)
    return {
      candidates: [],
      undecided: [],
      note: 'Chưa xác định: danh sách đề nghị chỉ được lập khi tất cả đơn vị đã ký giao ước có điểm thống nhất ở mọi tiêu chí.',
    }
  if (ranking.ranked.length === 0) return { candidates: [], undecided: [], note: 'Chưa có đơn vị nào được xếp hạng.' }
  if (!rule.final)
    return {
      candidates: [],
      undecided: [],
      note: 'Chưa xác định: xếp hạng chỉ là kết quả cuối cùng khi các đơn vị trong khối đã thống nhất kết quả chấm điểm.',
    }
  const ranks = [...new Set(ranking.ranked.map((u) => u.rank))]
  const flags: RankedUnit[] = []
  let undecided: RankedUnit[] = []
  let lastFlagRank = 0
  for (const rank of ranks) {
    const group = ranking.ranked.filter((u) => u.rank === rank)
    if (flags.length + group.length <= rule.flagQuota) {
      flags.push(...group)
      lastFlagRank = rank
      if (flags.length === rule.flagQuota) break
    } else {
      if (flags.length < rule.flagQuota) {
        undecided = group
        lastFlagRank = rank
      }
      break
    }
  }
  const candidate = (u: RankedUnit, award: Award): Candidate => ({
    organizationId: u.organizationId,
    name: u.name,
    rank: u.rank,
    total: toPointsNumber(u.total),
    award,
  })
  const bangKhen = ranking.ranked.filter((u) => u.rank > lastFlagRank && u.rank <= lastFlagRank + 2)
  return {
    candidates: [
      ...flags.map((u) => candidate(u, 'CO_THI_DUA_TINH')),
      ...bangKhen.map((u) => candidate(u, 'BANG_KHEN_TINH')),
    ],
    undecided,
    note: undecided.length
      ? `${undecided.map((u) => u.name).join(', ')} đồng hạng ${undecided[0].rank} sau khi áp dụng quy tắc ưu tiên, vượt số ${rule.flagQuota} Cờ thi đua của khối: khối cần bình xét, suy tôn để chọn đơn vị đề nghị.`
      : null,
  }
}

export const AWARD_LABELS: Record<Award, string> = {
  CO_THI_DUA_TINH: 'Cờ thi đua cấp tỉnh',
  BANG_KHEN_TINH: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
}

/** "85,5 điểm" */
export const pointsLabel = (hundredths: number) => `${formatPoints(hundredths)} điểm`
