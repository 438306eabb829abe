// Exact shares and thresholds ("≥ 80% of the members", "at least 2/3 present") as integer fractions,
// so that 80% of 9 is 7.2 and therefore needs 8, with no floating-point rounding anywhere.

export type Ratio = { num: number; den: number }

/** 80 → 80/100 */
export function percent(p: number): Ratio {
  return ratio(p, 100)
}

export function ratio(num: number, den: number): Ratio {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || num < 0 || den <= 0) {
    throw new RangeError(`Invalid ratio ${num}/${den}: expected integers with num >= 0 and den > 0`)
  }
  return { num, den }
}

function assertCount(n: number, what: string) {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Invalid ${what}: ${n} (expected a non-negative integer)`)
}

/** Integer division of non-negative integers, exact. */
function quotient(a: number, b: number): number {
  return (a - (a % b)) / b
}

/** The smallest count c with c/total ≥ r: ceil(total·num/den). */
export function minimumAtLeast(total: number, r: Ratio): number {
  assertCount(total, 'total')
  return quotient(total * r.num + r.den - 1, r.den)
}

/** The smallest count c with c/total > r: floor(total·num/den) + 1 ("quá nửa" for r = 1/2). */
export function minimumMoreThan(total: number, r: Ratio): number {
  assertCount(total, 'total')
  return quotient(total * r.num, r.den) + 1
}

/** count/total ≥ r, compared as integers. */
export function reachesRatio(count: number, total: number, r: Ratio): boolean {
  assertCount(count, 'count')
  assertCount(total, 'total')
  return count * r.den >= total * r.num
}

/** "80%", "100%", "2/3" */
export function ratioLabel(r: Ratio): string {
  if ((r.num * 100) % r.den === 0) return `${(r.num * 100) / r.den}%`
  return `${r.num}/${r.den}`
}
