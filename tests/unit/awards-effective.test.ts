import { describe, expect, it } from 'vitest'
import { AUTHORITY } from '../../lib/awards/authority'
import { SHIPPED_RATES } from '../../lib/awards/cash-rates'
import { AWARD_CODES } from '../../lib/awards/catalog'
import { type Effective, formatViDate, isIsoDate, periodErrors, pickEffective } from '../../lib/awards/effective'
import { ELIGIBILITY } from '../../lib/awards/eligibility'
import { VOTE_THRESHOLDS } from '../../lib/awards/voting'

const DECREES: Effective<string>[] = [
  { from: '2024-01-01', to: '2025-07-01', value: 'NĐ 98/2023', source: 'Nghị định 98/2023/NĐ-CP' },
  { from: '2025-07-01', value: 'NĐ 152/2025', source: 'Nghị định 152/2025/NĐ-CP' },
]

describe('pickEffective', () => {
  it('switches on the very day the new decree takes effect', () => {
    expect(pickEffective(DECREES, '2025-06-30')?.value).toBe('NĐ 98/2023')
    expect(pickEffective(DECREES, '2025-07-01')?.value).toBe('NĐ 152/2025')
    expect(pickEffective(DECREES, '2024-01-01')?.value).toBe('NĐ 98/2023')
    expect(pickEffective(DECREES, '2031-12-31')?.value).toBe('NĐ 152/2025')
  })

  it('returns null before the first rule is in force and after a rule lapses without successor', () => {
    expect(pickEffective(DECREES, '2023-12-31')).toBeNull()
    expect(pickEffective([DECREES[0]], '2025-07-01')).toBeNull()
    expect(pickEffective([], '2025-07-01')).toBeNull()
  })

  it('prefers the newer text when periods overlap', () => {
    const overlapping = [
      { from: '2020-01-01', value: 'old', source: 'a' },
      { from: '2024-01-01', value: 'new', source: 'b' },
    ]
    expect(pickEffective(overlapping, '2023-12-31')?.value).toBe('old')
    expect(pickEffective(overlapping, '2024-01-01')?.value).toBe('new')
    expect(periodErrors(overlapping)).toEqual(['period from 2020-01-01 overlaps period from 2024-01-01'])
  })

  it('refuses malformed dates instead of comparing them as strings', () => {
    expect(() => pickEffective(DECREES, '1/7/2025')).toThrow(RangeError)
    expect(() => pickEffective(DECREES, '2025-02-30')).toThrow(RangeError)
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2023-02-29')).toBe(false)
    expect(formatViDate('2025-07-01')).toBe('01/07/2025')
  })

  it('finds every rule table sound: no overlap, no gap inside a table, a source on every period', () => {
    const cash = new Map<string, (typeof SHIPPED_RATES)[number][]>()
    for (const r of SHIPPED_RATES) {
      const key = `${r.kind}:${r.award}:${r.recipient}:${r.issuer ?? ''}` // a Giấy khen's issuer has its own table
      cash.set(key, [...(cash.get(key) ?? []), r])
    }
    const tables = [...cash.values(), ...AWARD_CODES.flatMap((c) => [AUTHORITY[c], ELIGIBILITY[c], VOTE_THRESHOLDS[c]])]
    for (const table of tables) {
      expect(periodErrors(table)).toEqual([])
      const sorted = [...table].sort((a, b) => a.from.localeCompare(b.from))
      for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1].to).toBe(sorted[i].from)
      expect(sorted[sorted.length - 1].to).toBeUndefined() // still in force today
    }
  })
})
