import { describe, expect, it } from 'vitest'
import { cashAward, formatVnd, roundCash } from '../../lib/awards/cash'
import type { AwardCode } from '../../lib/awards/catalog'
import { SHIPPED_RATES, type CashRate } from '../../lib/awards/cash-rates'

const amount = (award: AwardCode, recipient: 'INDIVIDUAL' | 'COLLECTIVE', onDate: string) => {
  const result = cashAward(award, recipient, onDate)
  if (!result.ok) throw new Error(result.message)
  return result.amount
}

type Case = [AwardCode, 'INDIVIDUAL' | 'COLLECTIVE', number]
// Each period: a decision date, the base salary and its decree, the decree and article of the multiples,
// and every award the province pays with its amount (multiple × base salary, rounded up to 10.000 đ).
const PERIODS: Array<{
  on: string
  salary: number
  salaryText: string
  decree: string
  titles: string
  cases: Case[]
}> = [
  {
    on: '2020-03-01',
    salary: 1_490_000,
    salaryText: 'Nghị định 38/2019/NĐ-CP',
    decree: 'Nghị định 91/2017/NĐ-CP',
    titles: 'Điều 69',
    cases: [
      ['LDTT', 'INDIVIDUAL', 450_000], // 447.000 → 450.000
      ['CSTD_CO_SO', 'INDIVIDUAL', 1_490_000],
      ['CSTD_TINH', 'INDIVIDUAL', 4_470_000],
      ['TAP_THE_LDTT', 'COLLECTIVE', 1_200_000], // 1.192.000 → 1.200.000
      ['TAP_THE_LDXS', 'COLLECTIVE', 2_240_000], // 2.235.000 → 2.240.000
      ['CO_THI_DUA_TINH', 'COLLECTIVE', 11_920_000],
      ['GIAY_KHEN', 'INDIVIDUAL', 450_000],
      ['GIAY_KHEN', 'COLLECTIVE', 900_000], // 894.000 → 900.000
      ['BANG_KHEN_TINH', 'INDIVIDUAL', 1_490_000],
      ['BANG_KHEN_TINH', 'COLLECTIVE', 2_980_000],
    ],
  },
  {
    on: '2023-08-01',
    salary: 1_800_000,
    salaryText: 'Nghị định 24/2023/NĐ-CP',
    decree: 'Nghị định 91/2017/NĐ-CP',
    titles: 'Điều 69',
    cases: [
      ['LDTT', 'INDIVIDUAL', 540_000],
      ['GIAY_KHEN', 'INDIVIDUAL', 540_000],
      ['BANG_KHEN_TINH', 'COLLECTIVE', 3_600_000],
    ],
  },
  {
    on: '2024-03-01',
    salary: 1_800_000,
    salaryText: 'Nghị định 24/2023/NĐ-CP',
    decree: 'Nghị định 98/2023/NĐ-CP',
    titles: 'Điều 54',
    cases: [
      ['LDTT', 'INDIVIDUAL', 540_000],
      ['CSTD_CO_SO', 'INDIVIDUAL', 1_800_000],
      ['CSTD_TINH', 'INDIVIDUAL', 5_400_000],
      ['TAP_THE_LDTT', 'COLLECTIVE', 1_440_000],
      ['TAP_THE_LDXS', 'COLLECTIVE', 2_700_000],
      ['CO_THI_DUA_TINH', 'COLLECTIVE', 14_400_000],
      ['GIAY_KHEN', 'INDIVIDUAL', 540_000],
      ['GIAY_KHEN', 'COLLECTIVE', 1_080_000],
      ['BANG_KHEN_TINH', 'INDIVIDUAL', 1_800_000],
      ['BANG_KHEN_TINH', 'COLLECTIVE', 3_600_000],
    ],
  },
  {
    on: '2024-07-01',
    salary: 2_340_000,
    salaryText: 'Nghị định 73/2024/NĐ-CP',
    decree: 'Nghị định 98/2023/NĐ-CP',
    titles: 'Điều 54',
    cases: [
      ['LDTT', 'INDIVIDUAL', 710_000], // 702.000 → 710.000
      ['CSTD_CO_SO', 'INDIVIDUAL', 2_340_000],
      ['CSTD_TINH', 'INDIVIDUAL', 7_020_000],
      ['TAP_THE_LDTT', 'COLLECTIVE', 1_880_000], // 1.872.000 → 1.880.000
      ['TAP_THE_LDXS', 'COLLECTIVE', 3_510_000],
      ['CO_THI_DUA_TINH', 'COLLECTIVE', 18_720_000],
      ['GIAY_KHEN', 'INDIVIDUAL', 710_000],
      ['GIAY_KHEN', 'COLLECTIVE', 1_410_000], // 1.404.000 → 1.410.000
      ['BANG_KHEN_TINH', 'INDIVIDUAL', 2_340_000],
      ['BANG_KHEN_TINH', 'COLLECTIVE', 4_680_000],
    ],
  },
  {
    on: '2025-07-01',
    salary: 2_340_000,
    salaryText: 'Nghị định 73/2024/NĐ-CP',
    decree: 'Nghị định 152/2025/NĐ-CP',
    titles: 'mức tiền thưởng danh hiệu thi đua',
    cases: [
      ['LDTT', 'INDIVIDUAL', 710_000],
      ['CSTD_TINH', 'INDIVIDUAL', 7_020_000],
      ['GIAY_KHEN', 'INDIVIDUAL', 710_000],
      ['BANG_KHEN_TINH', 'INDIVIDUAL', 2_340_000],
      ['BANG_KHEN_TINH', 'COLLECTIVE', 4_680_000],
    ],
  },
  {
    on: '2026-07-01',
    salary: 2_530_000,
    salaryText: 'Nghị định 161/2026/NĐ-CP',
    decree: 'Nghị định 152/2025/NĐ-CP',
    titles: 'mức tiền thưởng danh hiệu thi đua',
    cases: [
      ['LDTT', 'INDIVIDUAL', 760_000], // 759.000 → 760.000
      ['CSTD_CO_SO', 'INDIVIDUAL', 2_530_000],
      ['CSTD_TINH', 'INDIVIDUAL', 7_590_000],
      ['TAP_THE_LDTT', 'COLLECTIVE', 2_030_000], // 2.024.000 → 2.030.000
      ['TAP_THE_LDXS', 'COLLECTIVE', 3_800_000], // 3.795.000 → 3.800.000
      ['CO_THI_DUA_TINH', 'COLLECTIVE', 20_240_000],
      ['GIAY_KHEN', 'INDIVIDUAL', 760_000],
      ['GIAY_KHEN', 'COLLECTIVE', 1_520_000], // 1.518.000 → 1.520.000
      ['BANG_KHEN_TINH', 'INDIVIDUAL', 2_530_000],
      ['BANG_KHEN_TINH', 'COLLECTIVE', 5_060_000],
    ],
  },
]

describe('cash awards', () => {
  for (const period of PERIODS) {
    it(`pays every award decided on ${period.on} under ${period.decree} at ${period.salary} đ, citing both`, () => {
      for (const [award, recipient, expected] of period.cases) {
        const result = cashAward(award, recipient, period.on)
        expect(result, `${award} ${recipient}`).toMatchObject({ ok: true, amount: expected, baseSalary: period.salary })
        if (!result.ok) continue
        expect(result.source).toContain(period.decree)
        expect(result.source).toContain(period.salaryText)
        if (award !== 'GIAY_KHEN' && award !== 'BANG_KHEN_TINH') expect(result.source).toContain(period.titles)
      }
    })
  }

  it('pays an individual Giấy khen and Bằng khen tỉnh, never 0 đ', () => {
    expect(amount('GIAY_KHEN', 'INDIVIDUAL', '2025-01-10')).toBe(710_000)
    expect(amount('BANG_KHEN_TINH', 'INDIVIDUAL', '2025-01-10')).toBe(2_340_000)
  })

  it('explains the computation and its sources, and says when a rate is not confirmed', () => {
    const result = cashAward('LDTT', 'INDIVIDUAL', '2024-07-01')
    expect(result).toMatchObject({
      ok: true,
      baseSalary: 2_340_000,
      multiple: 0.3,
      exact: 702_000,
      amount: 710_000,
      message: '0,3 × 2.340.000 đ = 702.000 đ, làm tròn lên 710.000 đ',
      confirmed: true,
    })
    if (result.ok) expect(result.source).toContain('làm tròn số lên hàng chục nghìn đồng')
    expect(cashAward('CSTD_CO_SO', 'INDIVIDUAL', '2024-03-01')).toMatchObject({
      message: '1 × 1.800.000 đ = 1.800.000 đ',
    })
    expect(cashAward('LDTT', 'INDIVIDUAL', '2026-07-01')).toMatchObject({ ok: true, confirmed: false })
    expect(cashAward('GIAY_KHEN', 'INDIVIDUAL', '2024-07-01')).toMatchObject({ ok: true, confirmed: false })
  })

  it('reads the province’s own rows: a later base salary or multiple wins from its date, ties go to the province', () => {
    const own = (value: number, from: string, extra: Partial<CashRate> = {}): CashRate => ({
      kind: 'BASE_SALARY',
      award: null,
      recipient: null,
      value,
      from,
      source: 'Nghị định 999/2027/NĐ-CP',
      confirmed: true,
      shipped: false,
      ...extra,
    })
    const rates = [...SHIPPED_RATES, own(2_800_000, '2027-07-01'), own(2_600_000, '2026-07-01')]
    expect(cashAward('CSTD_CO_SO', 'INDIVIDUAL', '2027-06-30', rates)).toMatchObject({ amount: 2_600_000 })
    expect(cashAward('CSTD_CO_SO', 'INDIVIDUAL', '2027-07-01', rates)).toMatchObject({ amount: 2_800_000 })
    expect(cashAward('CSTD_CO_SO', 'INDIVIDUAL', '2026-06-30', rates)).toMatchObject({ amount: 2_340_000 })
    const multiple = own(350, '2027-01-01', { kind: 'MULTIPLE', award: 'LDTT', recipient: 'INDIVIDUAL' })
    expect(cashAward('LDTT', 'INDIVIDUAL', '2027-01-01', [...rates, multiple])).toMatchObject({ amount: 910_000 })
  })

  it('refuses what has no amount: wrong recipient, amount not set, dates before the rules', () => {
    expect(cashAward('LDTT', 'COLLECTIVE', '2024-07-01')).toEqual({
      ok: false,
      message: 'Chưa có mức tiền thưởng cho “Lao động tiên tiến” (tập thể) áp dụng vào ngày 01/07/2024',
    })
    expect(cashAward('HUAN_CHUONG', 'INDIVIDUAL', '2024-07-01').ok).toBe(false)
    expect(cashAward('CSTD_CO_SO', 'INDIVIDUAL', '2017-09-14')).toEqual({
      ok: false,
      message: 'Chưa có mức tiền thưởng cho “Chiến sĩ thi đua cơ sở” (cá nhân) áp dụng vào ngày 14/09/2017',
    })
    expect(cashAward('CSTD_CO_SO', 'INDIVIDUAL', '2017-06-30')).toEqual({
      ok: false,
      message: 'Chưa có mức lương cơ sở áp dụng vào ngày 30/06/2017',
    })
  })

  it('rounds up to the next 10.000 đ, in one place', () => {
    expect(roundCash(702_000)).toBe(710_000)
    expect(roundCash(710_000)).toBe(710_000)
    expect(roundCash(710_001)).toBe(720_000)
    expect(roundCash(0)).toBe(0)
  })
})

describe('formatVnd', () => {
  it('groups thousands with dots and appends đ', () => {
    expect(formatVnd(2_340_000)).toBe('2.340.000 đ')
    expect(formatVnd(18_720_000)).toBe('18.720.000 đ')
    expect(formatVnd(710_000)).toBe('710.000 đ')
    expect(formatVnd(999)).toBe('999 đ')
    expect(formatVnd(0)).toBe('0 đ')
    expect(formatVnd(-1_500)).toBe('-1.500 đ')
    expect(() => formatVnd(Number.NaN)).toThrow(RangeError)
  })
})
