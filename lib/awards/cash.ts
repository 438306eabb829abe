// Cash that goes with an award: a multiple of the base salary (lương cơ sở) in force on the date of the
// award decision, rounded UP to the next 10,000 đồng: "Tiền thưởng sau khi nhân với hệ số mức lương cơ
// sở được làm tròn số lên hàng chục nghìn đồng" (Nghị định 91/2017/NĐ-CP, khoản 2 Điều 68; the same rule
// is carried by the later decrees). CASH_ROUNDING is the only place that says so.
import { type AwardCode, RECIPIENT_LABELS, awardLabel } from './catalog'
import { type Effective, formatViDate, pickEffective } from './effective'
import { underLaw2022 } from './legal-bases'

export const BASE_SALARY: readonly Effective<number>[] = [
  { from: '2019-07-01', to: '2023-07-01', value: 1_490_000, source: 'Nghị định 38/2019/NĐ-CP' },
  { from: '2023-07-01', to: '2024-07-01', value: 1_800_000, source: 'Nghị định 24/2023/NĐ-CP' },
  { from: '2024-07-01', value: 2_340_000, source: 'Nghị định 73/2024/NĐ-CP' },
]

export const CASH_ROUNDING = {
  step: 10_000,
  source: 'Nghị định 91/2017/NĐ-CP, khoản 2 Điều 68: làm tròn số lên hàng chục nghìn đồng',
} as const

type Recipient = 'INDIVIDUAL' | 'COLLECTIVE'
/** Multiples of the base salary by award and recipient; at most 3 decimals. Missing: no amount set. */
type Multiples = Partial<Record<AwardCode, Partial<Record<Recipient, number>>>>

const MULTIPLES_2022: Multiples = {
  LDTT: { INDIVIDUAL: 0.3 },
  CSTD_CO_SO: { INDIVIDUAL: 1.0 },
  CSTD_TINH: { INDIVIDUAL: 3.0 },
  TAP_THE_LDTT: { COLLECTIVE: 0.8 },
  TAP_THE_LDXS: { COLLECTIVE: 1.5 },
  CO_THI_DUA_TINH: { COLLECTIVE: 8.0 },
  GIAY_KHEN: { COLLECTIVE: 0.6 },
  BANG_KHEN_TINH: { COLLECTIVE: 3.0 },
}

export const CASH_MULTIPLES: readonly Effective<Multiples>[] = underLaw2022(MULTIPLES_2022)

/** Round up to the next CASH_ROUNDING.step đồng. */
export function roundCash(amount: number): number {
  const step = CASH_ROUNDING.step
  const rest = amount % step
  return rest === 0 ? amount : amount - rest + step
}

export type CashAward =
  | { ok: true; amount: number; baseSalary: number; multiple: number; exact: number; message: string; source: string }
  | { ok: false; message: string }

/** The cash for `award` given to an individual or a collective by a decision dated `onDate`. */
export function cashAward(award: AwardCode, recipient: Recipient, onDate: string): CashAward {
  const label = `“${awardLabel(award)}” (${RECIPIENT_LABELS[recipient]})`
  const salary = pickEffective(BASE_SALARY, onDate)
  const multiples = pickEffective(CASH_MULTIPLES, onDate)
  if (!salary) return { ok: false, message: `Chưa có mức lương cơ sở áp dụng vào ngày ${formatViDate(onDate)}` }
  const multiple = multiples?.value[award]?.[recipient]
  if (!multiples || multiple === undefined)
    return { ok: false, message: `Chưa có mức tiền thưởng cho ${label} áp dụng vào ngày ${formatViDate(onDate)}` }
  // Exact integer arithmetic: the multiple in thousandths times the salary, divided by 1000.
  const thousandths = Math.round(multiple * 1000)
  const product = salary.value * thousandths
  const whole = (product - (product % 1000)) / 1000
  const exact = product % 1000 === 0 ? whole : whole + 1 // no fraction of a đồng: up, like the rounding
  const amount = roundCash(exact)
  const factor = String(multiple).replace('.', ',')
  const rounded = amount === exact ? '' : `, làm tròn lên ${formatVnd(amount)}`
  return {
    ok: true,
    amount,
    baseSalary: salary.value,
    multiple,
    exact,
    message: `${factor} × ${formatVnd(salary.value)} = ${formatVnd(exact)}${rounded}`,
    source: `${multiples.source}; ${salary.source}; ${CASH_ROUNDING.source}`,
  }
}

/** 2340000 → "2.340.000 đ" */
export function formatVnd(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError(`Invalid amount: ${amount}`)
  const n = Math.round(amount)
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return `${n < 0 ? '-' : ''}${digits} đ`
}
