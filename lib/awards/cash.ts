// Cash that goes with an award: a multiple of the base salary (lương cơ sở) in force on the date of the
// award decision, rounded UP to the next 10,000 đồng (NĐ 91/2017 khoản 2 Điều 68; NĐ 98/2023 and
// NĐ 152/2025 carry the rule). The rates are dated rows (lib/awards/cash-rates.ts), the shipped ones
// plus the province's own; `cashAward` is pure and takes the rows it may read.
import type { Issuer } from './authority'
import { type AwardCode, RECIPIENT_LABELS, awardLabel } from './catalog'
import { CASH_ROUNDING, SHIPPED_RATES, type CashRate, type Recipient } from './cash-rates'
import { formatViDate, inForce, isIsoDate } from './effective'

export { CASH_ROUNDING, type CashRate, type Recipient } from './cash-rates'

/**
 * The row in force on `onDate` among `rows`: the one that took effect last (the newer text prevails);
 * on the same day, the province's own row over a shipped one, then the row added last.
 */
export function pickRate(rows: readonly CashRate[], onDate: string): CashRate | null {
  if (!isIsoDate(onDate)) throw new RangeError(`Invalid ISO date "${onDate}" (expected YYYY-MM-DD)`)
  let picked: CashRate | null = null
  for (const row of rows) {
    if (!inForce(row, onDate)) continue
    if (picked === null || row.from > picked.from || (row.from === picked.from && (picked.shipped || !row.shipped)))
      picked = row
  }
  return picked
}

const roundingOn = (onDate: string) => CASH_ROUNDING.find((r) => inForce(r, onDate)) ?? CASH_ROUNDING.at(-1)!

/** Round up to the next step (10.000 đ) of the rounding rule in force on `onDate`. */
export function roundCash(amount: number, onDate = '9999-12-31'): number {
  const step = roundingOn(onDate).step
  const rest = amount % step
  return rest === 0 ? amount : amount - rest + step
}

export type CashAward =
  | {
      ok: true
      amount: number
      baseSalary: number
      multiple: number
      exact: number
      message: string
      source: string
      /** every rate used was confirmed from a primary text */
      confirmed: boolean
    }
  | { ok: false; message: string }

/**
 * The cash for `award` given to an individual or a collective by a decision dated `onDate`. `issuer`: whose
 * Giấy khen it is (the deciding unit's head, lib/awards/authority.ts `issuerOfUnit`): its own rows when it has
 * one in force (the commune chairman's), else the rows for every issuer.
 */
export function cashAward(
  award: AwardCode,
  recipient: Recipient,
  onDate: string,
  rates: readonly CashRate[] = SHIPPED_RATES,
  issuer?: Issuer | null,
): CashAward {
  const label = `“${awardLabel(award)}” (${RECIPIENT_LABELS[recipient]})`
  const salary = pickRate(
    rates.filter((r) => r.kind === 'BASE_SALARY'),
    onDate,
  )
  if (!salary) return { ok: false, message: `Chưa có mức lương cơ sở áp dụng vào ngày ${formatViDate(onDate)}` }
  const multiples = rates.filter((r) => r.kind === 'MULTIPLE' && r.award === award && r.recipient === recipient)
  const factor =
    (issuer
      ? pickRate(
          multiples.filter((r) => r.issuer === issuer),
          onDate,
        )
      : null) ??
    pickRate(
      multiples.filter((r) => !r.issuer),
      onDate,
    )
  if (!factor)
    return { ok: false, message: `Chưa có mức tiền thưởng cho ${label} áp dụng vào ngày ${formatViDate(onDate)}` }
  // Exact integer arithmetic: the multiple in thousandths times the salary, divided by 1000.
  const product = salary.value * factor.value
  const whole = (product - (product % 1000)) / 1000
  const exact = product % 1000 === 0 ? whole : whole + 1 // no fraction of a đồng: up, like the rounding
  const amount = roundCash(exact, onDate)
  const multiple = factor.value / 1000
  const rounded = amount === exact ? '' : `, làm tròn lên ${formatVnd(amount)}`
  const rounding = roundingOn(onDate)
  return {
    ok: true,
    amount,
    baseSalary: salary.value,
    multiple,
    exact,
    message: `${String(multiple).replace('.', ',')} × ${formatVnd(salary.value)} = ${formatVnd(exact)}${rounded}`,
    source: `${factor.source}; ${salary.source}; ${rounding.source}`,
    confirmed: factor.confirmed && salary.confirmed,
  }
}

/** 2340000 → "2.340.000 đ" */
export function formatVnd(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError(`Invalid amount: ${amount}`)
  const n = Math.round(amount)
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return `${n < 0 ? '-' : ''}${digits} đ`
}
