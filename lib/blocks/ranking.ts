// Ranking of an emulation block (khối, cụm thi đua) at year end. Pure, so every rule is unit-tested.
//  1. Only units with an agreed score on every criterion are ranked; the others are "chưa chấm xong".
//  2. Higher total of agreed scores first (integer hundredths: no rounding anywhere).
//  3. Equal totals: a unit at least 70% female goes first. That is the whole rule (the priority of
//     "tập thể có tỷ lệ nữ từ 70% trở lên" when several are equally deserving, docs/domain.md §3): a higher
//     share below 70%, or between two units both above it, decides nothing.
//  4. Still equal: the same rank (đồng hạng). Ranks are dense: 1, 1, 2, 3…
// Each tie decision is explained in Vietnamese for the people who read the table.
import { formatPoints, toPointsNumber } from './points'

/** The share of women that gives a collective priority on a tie (Luật TĐKT 2022; Nghị định 152/2025). */
export const FEMALE_PRIORITY_PERCENT = 70

export type RankingInput = {
  organizationId: string
  name: string
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

export type BlockRanking = { ranked: RankedUnit[]; incomplete: IncompleteUnit[] }

export type Award = 'CO_THI_DUA_TINH' | 'BANG_KHEN_TINH'
export type Candidate = { organizationId: string; name: string; rank: number; total: number; award: Award }

const reachesPriority = (u: { women: number; people: number }, percent: number) =>
  u.people > 0 && u.women * 100 >= u.people * percent

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

function tieNote(u: RankedUnit, v: RankedUnit, percent: number): string {
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
  criteriaCount: number,
  options: { femalePriorityPercent?: number } = {},
): BlockRanking {
  const percent = options.femalePriorityPercent ?? FEMALE_PRIORITY_PERCENT
  const incomplete: IncompleteUnit[] = []
  const complete: RankedUnit[] = []
  for (const unit of units) {
    const scored = unit.agreed.filter((v): v is number => v !== null)
    const missing = Math.max(0, criteriaCount - scored.length)
    if (criteriaCount === 0 || missing > 0) {
      incomplete.push({
        organizationId: unit.organizationId,
        name: unit.name,
        missing,
        note:
          criteriaCount === 0
            ? 'Chưa chấm xong: khối chưa có tiêu chí chấm điểm.'
            : `Chưa chấm xong: còn ${missing}/${criteriaCount} tiêu chí chưa có điểm thống nhất.`,
      })
      continue
    }
    complete.push({
      organizationId: unit.organizationId,
      name: unit.name,
      total: scored.reduce((sum, v) => sum + v, 0),
      rank: 0,
      women: unit.women,
      people: unit.people,
      femalePriority: reachesPriority(unit, percent),
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
      if (other !== unit && other.total === unit.total) unit.tieNotes.push(tieNote(unit, other, percent))
    }
  }
  incomplete.sort((a, b) => a.name.localeCompare(b.name, 'vi'))
  return { ranked: complete, incomplete }
}

/**
 * Who the block proposes: rank 1 (all of them when tied after the tie rules) for the Cờ thi đua,
 * ranks 2 and 3 for the Bằng khen. Nobody while a member is not completely scored: the order is not
 * final until then.
 */
export function candidatesOf(ranking: BlockRanking): Candidate[] {
  if (ranking.incomplete.length > 0) return []
  return ranking.ranked
    .filter((u) => u.rank <= 3)
    .map((u) => ({
      organizationId: u.organizationId,
      name: u.name,
      rank: u.rank,
      total: toPointsNumber(u.total),
      award: u.rank === 1 ? ('CO_THI_DUA_TINH' as const) : ('BANG_KHEN_TINH' as const),
    }))
}

export const AWARD_LABELS: Record<Award, string> = {
  CO_THI_DUA_TINH: 'Cờ thi đua cấp tỉnh',
  BANG_KHEN_TINH: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
}

/** "85,5 điểm" */
export const pointsLabel = (hundredths: number) => `${formatPoints(hundredths)} điểm`
