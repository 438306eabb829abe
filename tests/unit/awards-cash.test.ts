import { describe, expect, it } from 'vitest'
import { cashAward, formatVnd, roundCash } from '../../lib/awards/cash'
import type { AwardCode } from '../../lib/awards/catalog'

const amount = (award: AwardCode, recipient: 'INDIVIDUAL' | 'COLLECTIVE', onDate: string) => {
  const result = cashAward(award, recipient, onDate)
  if (!result.ok) throw new Error(result.message)
  return result.amount
}

const TABLE: Array<[AwardCode, 'INDIVIDUAL' | 'COLLECTIVE', number, number]> = [
  // award, recipient, at 1.800.000 đ, at 2.340.000 đ (rounded up to 10.000 đ)
  ['LDTT', 'INDIVIDUAL', 540_000, 710_000], // 702.000 → 710.000
  ['CSTD_CO_SO', 'INDIVIDUAL', 1_800_000, 2_340_000],
  ['CSTD_TINH', 'INDIVIDUAL', 5_400_000, 7_020_000],
  ['TAP_THE_LDTT', 'COLLECTIVE', 1_440_000, 1_880_000], // 1.872.000 → 1.880.000
  ['TAP_THE_LDXS', 'COLLECTIVE', 2_700_000, 3_510_000],
  ['CO_THI_DUA_TINH', 'COLLECTIVE', 14_400_000, 18_720_000],
  ['GIAY_KHEN', 'COLLECTIVE', 1_080_000, 1_410_000], // 1.404.000 → 1.410.000
  ['BANG_KHEN_TINH', 'COLLECTIVE', 5_400_000, 7_020_000],
]

describe('cash awards', () => {
  it('uses the base salary in force on the decision date, before and from 01/07/2024', () => {
    for (const [award, recipient, before, after] of TABLE) {
      expect(amount(award, recipient, '2024-06-30')).toBe(before)
      expect(amount(award, recipient, '2024-07-01')).toBe(after)
      expect(amount(award, recipient, '2025-11-01')).toBe(after)
    }
  })

  it('explains the computation and its sources', () => {
    const result = cashAward('LDTT', 'INDIVIDUAL', '2024-07-01')
    expect(result).toMatchObject({
      ok: true,
      baseSalary: 2_340_000,
      multiple: 0.3,
      exact: 702_000,
      amount: 710_000,
      message: '0,3 × 2.340.000 đ = 702.000 đ, làm tròn lên 710.000 đ',
    })
    if (result.ok) expect(result.source).toContain('Nghị định 73/2024/NĐ-CP')
    expect(cashAward('CSTD_CO_SO', 'INDIVIDUAL', '2024-03-01')).toMatchObject({
      message: '1 × 1.800.000 đ = 1.800.000 đ',
    })
    const later = cashAward('CSTD_TINH', 'INDIVIDUAL', '2025-07-01')
    if (later.ok) expect(later.source).toContain('Nghị định 152/2025/NĐ-CP')
  })

  it('refuses what has no amount: wrong recipient, amount not set, dates before the rules', () => {
    expect(cashAward('LDTT', 'COLLECTIVE', '2024-07-01')).toEqual({
      ok: false,
      message: 'Chưa có mức tiền thưởng cho “Lao động tiên tiến” (tập thể) áp dụng vào ngày 01/07/2024',
    })
    expect(cashAward('HUAN_CHUONG', 'INDIVIDUAL', '2024-07-01').ok).toBe(false)
    expect(cashAward('CSTD_CO_SO', 'INDIVIDUAL', '2023-12-31')).toEqual({
      ok: false,
      message: 'Chưa có mức tiền thưởng cho “Chiến sĩ thi đua cơ sở” (cá nhân) áp dụng vào ngày 31/12/2023',
    })
    expect(cashAward('CSTD_CO_SO', 'INDIVIDUAL', '2019-06-30')).toEqual({
      ok: false,
      message: 'Chưa có mức lương cơ sở áp dụng vào ngày 30/06/2019',
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
