// The block's own scoring rule (giao ước thi đua): the one place a unit's total is computed.
//  - A criterion (TIEU_CHI) adds its agreed score; every one must be scored before the unit is ranked.
//  - A bonus item (CONG, điểm thưởng) adds its score; a penalty item (TRU, điểm trừ) subtracts it. Both
//    are bounded by their maximum like any criterion, and count 0 when the block recorded nothing.
// The maximum of the table is the sum of the criteria and bonus items (a penalty cannot raise it).
// All in integer hundredths of a point (see points.ts).
import { sumPoints } from './points'

export type CriterionKind = 'TIEU_CHI' | 'CONG' | 'TRU'
export const CRITERION_KINDS = ['TIEU_CHI', 'CONG', 'TRU'] as const satisfies readonly CriterionKind[]

export const CRITERION_KIND_LABELS = {
  TIEU_CHI: 'Tiêu chí chấm điểm',
  CONG: 'Điểm thưởng (cộng)',
  TRU: 'Điểm trừ',
} as const satisfies Record<CriterionKind, string>

export type RuleCriterion = { kind: CriterionKind; maxHundredths: number }

/** The most a unit can total under the block's table. */
export const maxTotalOf = (criteria: readonly RuleCriterion[]) =>
  sumPoints(criteria.filter((c) => c.kind !== 'TRU').map((c) => c.maxHundredths))

/**
 * A unit's total by the block's rule, and how many criteria (TIEU_CHI) still lack a score. `values`
 * are in the order of `criteria`; null is "not recorded".
 */
export function sheetTotal(criteria: readonly RuleCriterion[], values: readonly (number | null)[]) {
  let total = 0
  let missing = 0
  let required = 0
  criteria.forEach((c, i) => {
    const value = values[i] ?? null
    if (c.kind === 'TIEU_CHI') required += 1
    if (value === null) {
      if (c.kind === 'TIEU_CHI') missing += 1
      return
    }
    total += c.kind === 'TRU' ? -value : value
  })
  return { total, missing, required }
}
