// Entering a cash rate the way people write it, and the transition rule that picks the law for criteria.
import { describe, expect, it } from 'vitest'
import { CRITERIA_TRANSITIONS, criteriaDay, during } from '../../lib/awards/legal-bases'
import { parseRateValue } from '../../lib/cash/schemas'

describe('cash rate values', () => {
  it('reads a base salary in đồng and a multiple in thousandths, refusing the rest', () => {
    expect(parseRateValue('BASE_SALARY', '2.530.000')).toBe(2_530_000)
    expect(parseRateValue('BASE_SALARY', '2530000 đ')).toBe(2_530_000)
    expect(parseRateValue('BASE_SALARY', '2,53')).toBeNull()
    expect(parseRateValue('BASE_SALARY', '99.999')).toBeNull()
    expect(parseRateValue('MULTIPLE', '0,3')).toBe(300)
    expect(parseRateValue('MULTIPLE', '1.5 lần')).toBe(1500)
    expect(parseRateValue('MULTIPLE', '12')).toBe(12_000)
    expect(parseRateValue('MULTIPLE', '0,3333')).toBeNull()
    expect(parseRateValue('MULTIPLE', '0')).toBeNull()
  })
})

describe('criteria transitions', () => {
  it('follows the day considered when no transition keeps the receipt day, or the dossier came later', () => {
    expect(criteriaDay({ consideredOn: '2024-12-31', receivedOn: '2025-08-10' })).toBe('2024-12-31')
    expect(criteriaDay({ consideredOn: '2024-12-31', receivedOn: null })).toBe('2024-12-31')
    expect(criteriaDay({ consideredOn: '2025-07-10', receivedOn: '2025-06-20' })).toBe('2025-07-10') // NĐ 98 entry
    expect(CRITERIA_TRANSITIONS.every((t) => t.source.trim().length > 0)).toBe(true)
  })

  it('keeps the texts of the receipt day for a dossier received before Luật 06/2026/QH16 took effect', () => {
    expect(criteriaDay({ consideredOn: '2026-10-15', receivedOn: '2026-09-30' })).toBe('2026-09-30')
    expect(criteriaDay({ consideredOn: '2026-10-15', receivedOn: '2026-10-01' })).toBe('2026-10-15')
    expect(criteriaDay({ consideredOn: '2026-09-30', receivedOn: '2026-09-01' })).toBe('2026-09-01')
  })

  it('reads a table where a transition keeps the receipt day', () => {
    const table = [
      during({ from: '2024-01-01', to: '2025-07-01', source: 'NĐ 98/2023, chuyển tiếp' }, 'DOSSIER_RECEIVED' as const),
      during({ from: '2025-07-01', source: 'NĐ 152/2025' }, 'ACHIEVEMENT_PERIOD' as const),
    ]
    expect(criteriaDay({ consideredOn: '2025-07-10', receivedOn: '2025-06-30' }, table)).toBe('2025-06-30')
    expect(criteriaDay({ consideredOn: '2025-07-10', receivedOn: '2025-07-01' }, table)).toBe('2025-07-10')
  })
})
