// Which awards need the Party committee's opinion on a day: the tenant's dated rows (lib/dossiers/party-opinion.ts).
import { describe, expect, it } from 'vitest'
import { opinionState, partyOpinionRequiredOn } from '../../lib/dossiers/party-opinion'
import { partyOpinionBlock, placeOf } from '../../lib/dossiers/transitions'

const d = (day: string) => new Date(`${day}T00:00:00Z`)
const rows = [
  { award: 'BANG_KHEN_TTG', required: true, validFrom: d('2020-01-01') },
  { award: 'BANG_KHEN_TTG', required: false, validFrom: d('2025-07-01') },
  { award: 'HUAN_CHUONG', required: true, validFrom: d('2024-01-01') },
]

describe('party opinion configuration by date', () => {
  it('reads the latest row on or before the day, per award', () => {
    expect(partyOpinionRequiredOn(rows, 'BANG_KHEN_TTG', '2019-12-31')).toBe(false) // before any row
    expect(partyOpinionRequiredOn(rows, 'BANG_KHEN_TTG', '2020-01-01')).toBe(true) // from its first day
    expect(partyOpinionRequiredOn(rows, 'BANG_KHEN_TTG', '2025-06-30')).toBe(true)
    expect(partyOpinionRequiredOn(rows, 'BANG_KHEN_TTG', '2025-07-01')).toBe(false) // switched off
    expect(partyOpinionRequiredOn(rows, 'HUAN_CHUONG', '2023-12-31')).toBe(false)
    expect(partyOpinionRequiredOn(rows, 'HUAN_CHUONG', '2026-12-03')).toBe(true)
    expect(partyOpinionRequiredOn(rows, 'CSTD_TINH', '2026-12-03')).toBe(false) // not configured
    // order of the rows does not matter
    expect(partyOpinionRequiredOn([...rows].reverse(), 'BANG_KHEN_TTG', '2026-01-01')).toBe(false)
  })

  it('states and the rule at the top of a central path only', () => {
    expect(opinionState(true, null)).toBe('missing')
    expect(opinionState(true, { agreed: false })).toBe('disagreed')
    expect(opinionState(true, { agreed: true })).toBe('agreed')
    expect(opinionState(false, null)).toBe('not_needed')
    const top = placeOf({ pathOrgIds: ['a', 'b'], holderOrgId: 'b', decidingOrgId: null })
    const deciding = placeOf({ pathOrgIds: ['a', 'b'], holderOrgId: 'b', decidingOrgId: 'b' })
    expect(partyOpinionBlock('approve', top, 'missing')).toMatch(/Chờ ý kiến cấp ủy/)
    expect(partyOpinionBlock('approve', top, 'disagreed')).toMatch(/không đồng ý/)
    expect(partyOpinionBlock('approve', top, 'agreed')).toBeNull()
    expect(partyOpinionBlock('approve', top, 'not_needed')).toBeNull()
    expect(partyOpinionBlock('approve', deciding, 'missing')).toBeNull() // decided in the province
    expect(partyOpinionBlock('reject', top, 'missing')).toBeNull()
  })
})
