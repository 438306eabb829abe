// Ties between nominees with equal achievements go to women, and to collectives whose members are
// at least 70% women. A comparator helper: sort by the real criteria first, then by this.
import type { Gender } from '../../generated/prisma/enums'
import { type Ratio, percent } from '../ratio'

export const TIE_BREAK = {
  femaleShare: percent(70) satisfies Ratio,
  source: 'Luật Thi đua, khen thưởng 2022 — nguyên tắc khen thưởng (ưu tiên nữ và tập thể có tỷ lệ nữ cao)',
} as const

export type TieBreakCandidate = { kind: 'INDIVIDUAL'; gender: Gender } | { kind: 'COLLECTIVE'; femaleShare: number }

/** A woman, or a collective at least TIE_BREAK.femaleShare female (share 0..1; a hair of float slack). */
export function hasTiePriority(c: TieBreakCandidate): boolean {
  if (c.kind === 'INDIVIDUAL') return c.gender === 'NU'
  const { num, den } = TIE_BREAK.femaleShare
  return c.femaleShare * den + 1e-9 >= num
}

/**
 * Comparator for two nominees already equal on merit: negative when `a` goes first (it has priority
 * and `b` has not), positive for the reverse, 0 when both or neither have priority.
 *   nominees.sort((x, y) => byMerit(x, y) || tieBreak(x, y))
 */
export function tieBreak(a: TieBreakCandidate, b: TieBreakCandidate): number {
  return Number(hasTiePriority(b)) - Number(hasTiePriority(a))
}
