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
  it('follows the achievement period by default, whatever the day the dossier was received', () => {
    expect(criteriaDay({ achievementEnd: '2024-12-31', receivedOn: '2025-08-10' })).toBe('2024-12-31')
    expect(criteriaDay({ achievementEnd: '2024-12-31', receivedOn: null })).toBe('2024-12-31')
    expect(CRITERIA_TRANSITIONS.every((t) => t.source.trim().length > 0)).toBe(true)
  })

  it('can express a transition that reads the law on the day the complete dossier was received', () => {
    const table = [
      during({ from: '2024-01-01', to: '2025-07-01', source: 'NĐ 98/2023' }, 'ACHIEVEMENT_PERIOD' as const),
      during({ from: '2025-07-01', source: 'NĐ 152/2025, chuyển tiếp' }, 'DOSSIER_RECEIVED' as const),
    ]
    expect(criteriaDay({ achievementEnd: '2024-12-31', receivedOn: '2025-08-10' }, table)).toBe('2025-08-10')
    expect(criteriaDay({ achievementEnd: '2024-12-31', receivedOn: '2025-03-01' }, table)).toBe('2024-12-31')
  })
})
