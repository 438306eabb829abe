// Whose Giấy khen a dossier may ask for, by date and tree (Luật TĐKT 2022 Art. 80(2), 80(3); NĐ 152/2025):
// before 2024 not the commune; 01/01/2024 – 30/06/2025 on a three-tier tree the district chairman's (default)
// or the commune chairman's own; from 01/07/2025 the commune's. The path stops at the issuer asked for.
import { describe, expect, it } from 'vitest'
import { type ChainUnit, type Issuer, approvalPath, issuerOptions, issuerTitle } from '../../lib/awards/authority'
import { cashAward } from '../../lib/awards/cash'

const tinh: ChainUnit = { id: 'tinh', name: 'Ủy ban nhân dân tỉnh Đồng Nai', level: 'TINH', kind: 'CHINH_QUYEN' }
const huyen: ChainUnit = { id: 'huyen', name: 'Ủy ban nhân dân huyện Long Thành', level: 'HUYEN', kind: 'CHINH_QUYEN' }
const xa: ChainUnit = { id: 'xa', name: 'Ủy ban nhân dân xã An Phước', level: 'XA', kind: 'CHINH_QUYEN' }
const school: ChainUnit = { id: 'thcs', name: 'Trường THCS An Phước', level: 'XA', kind: 'SU_NGHIEP' }
const phong: ChainUnit = {
  id: 'phong',
  name: 'Phòng Giáo dục và Đào tạo huyện Long Thành',
  level: 'HUYEN',
  kind: 'CO_QUAN',
}
const so: ChainUnit = { id: 'so', name: 'Sở Giáo dục và Đào tạo tỉnh Lào Cai', level: 'TINH', kind: 'CO_QUAN' }
const THREE_TIER = [xa, huyen, tinh]
const TWO_TIER = [xa, tinh]

const options = (onDate: string, chain: ChainUnit[], decisionOn?: string) =>
  issuerOptions({ award: 'GIAY_KHEN', onDate, chain, decisionOn }).map((o) => [o.issuer, o.label, o.isDefault])
const roles = (onDate: string, chain: ChainUnit[], issuer: Issuer | null) => {
  const result = approvalPath({ award: 'GIAY_KHEN', onDate, chain, issuer })
  if (!result.ok) throw new Error(result.message)
  return result.steps.map((s) => `${s.organizationId}:${s.role}`)
}

describe('whose Giấy khen (the issuing authority) by date and tree', () => {
  it('2023 (NĐ 91/2017): only the district chairman; the commune cannot give its own', () => {
    expect(options('2023-12-31', THREE_TIER)).toEqual([
      ['CHU_TICH_UBND_HUYEN', 'Giấy khen của Chủ tịch Ủy ban nhân dân huyện Long Thành', true],
    ])
    const refused = approvalPath({
      award: 'GIAY_KHEN',
      onDate: '2023-12-31',
      chain: THREE_TIER,
      issuer: 'CHU_TICH_UBND_XA',
    })
    expect(refused).toEqual({
      ok: false,
      message:
        'Theo quy định có hiệu lực ngày 31/12/2023, hồ sơ của “Ủy ban nhân dân xã An Phước” không đề nghị được “Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã”; có thể đề nghị: Giấy khen của Chủ tịch Ủy ban nhân dân huyện Long Thành.',
    })
  })

  it('2024 – 30/06/2025, three tiers: the district chairman by default, or the commune chairman’s own (Art. 80(3))', () => {
    for (const day of ['2024-01-01', '2024-12-31', '2025-06-30']) {
      expect(options(day, THREE_TIER)).toEqual([
        ['CHU_TICH_UBND_HUYEN', 'Giấy khen của Chủ tịch Ủy ban nhân dân huyện Long Thành', true],
        ['CHU_TICH_UBND_XA', 'Giấy khen của Chủ tịch Ủy ban nhân dân xã An Phước', false],
      ])
      expect(roles(day, THREE_TIER, null)).toEqual(['xa:PROPOSE', 'huyen:DECIDE']) // as journeys expect
      expect(roles(day, THREE_TIER, 'CHU_TICH_UBND_HUYEN')).toEqual(['xa:PROPOSE', 'huyen:DECIDE'])
      expect(roles(day, THREE_TIER, 'CHU_TICH_UBND_XA')).toEqual(['xa:DECIDE']) // the commune's own, decided there
    }
    // A school of the commune: its Giấy khen may be the commune chairman's, decided at the commune.
    expect(roles('2024-12-31', [school, xa, huyen, tinh], 'CHU_TICH_UBND_XA')).toEqual(['thcs:PROPOSE', 'xa:DECIDE'])
    const own = approvalPath({
      award: 'GIAY_KHEN',
      onDate: '2024-12-31',
      chain: THREE_TIER,
      issuer: 'CHU_TICH_UBND_XA',
    })
    expect(own).toMatchObject({ ok: true, decidingOrganizationId: 'xa', issuer: 'CHU_TICH_UBND_XA' })
    if (own.ok) expect(own.rule.source).toContain('khoản 3 Điều 80')
  })

  it('from 01/07/2025 (two tiers, NĐ 152/2025): only the commune chairman', () => {
    expect(options('2025-07-01', TWO_TIER)).toEqual([
      ['CHU_TICH_UBND_XA', 'Giấy khen của Chủ tịch Ủy ban nhân dân xã An Phước', true],
    ])
    expect(roles('2025-12-31', TWO_TIER, 'CHU_TICH_UBND_XA')).toEqual(['xa:DECIDE'])
    expect(
      approvalPath({ award: 'GIAY_KHEN', onDate: '2025-12-31', chain: TWO_TIER, issuer: 'CHU_TICH_UBND_HUYEN' }),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining('có thể đề nghị: Giấy khen của Chủ tịch Ủy ban nhân dân xã An Phước'),
    })
    // A late 2024 dossier on the two-tier tree: no district any more, the commune's is the only one.
    expect(options('2024-12-31', TWO_TIER, '2026-01-15')).toEqual([
      ['CHU_TICH_UBND_XA', 'Giấy khen của Chủ tịch Ủy ban nhân dân xã An Phước', true],
    ])
  })

  it('an agency head’s Giấy khen stays the only one where the agency decides', () => {
    expect(options('2024-06-01', [school, phong, huyen, tinh])).toEqual([
      ['THU_TRUONG_CO_QUAN', 'Giấy khen của Trưởng Phòng Giáo dục và Đào tạo huyện Long Thành', true],
    ])
    expect(options('2025-08-01', [so, tinh])).toEqual([
      ['THU_TRUONG_CO_QUAN', 'Giấy khen của Giám đốc Sở Giáo dục và Đào tạo tỉnh Lào Cai', true],
    ])
    expect(issuerTitle({ name: 'Công ty TNHH Cao su Đồng Nai', kind: 'DOANH_NGHIEP' })).toBe(
      'Giám đốc Công ty TNHH Cao su Đồng Nai',
    )
    // Other awards offer no choice: an issuer they do not have is refused.
    expect(issuerOptions({ award: 'BANG_KHEN_TINH', onDate: '2024-06-01', chain: THREE_TIER })).toEqual([])
    expect(
      approvalPath({ award: 'BANG_KHEN_TINH', onDate: '2024-06-01', chain: THREE_TIER, issuer: 'CHU_TICH_UBND_XA' }),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/không đề nghị được “Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã”\.$/),
    })
  })
})

describe('the amount follows the issuer', () => {
  const amount = (onDate: string, recipient: 'INDIVIDUAL' | 'COLLECTIVE', issuer?: Issuer) => {
    const result = cashAward('GIAY_KHEN', recipient, onDate, undefined, issuer)
    if (!result.ok) throw new Error(result.message)
    return result
  }
  it('pays the commune chairman’s Giấy khen 0,15 (collective 0,3) in 2024 – 06/2025, marked unconfirmed', () => {
    expect(amount('2025-01-10', 'INDIVIDUAL', 'CHU_TICH_UBND_XA')).toMatchObject({
      amount: 360_000, // 0,15 × 2.340.000 = 351.000 → 360.000
      confirmed: false,
      source: expect.stringContaining('Chủ tịch Ủy ban nhân dân cấp xã'),
    })
    expect(amount('2025-01-10', 'COLLECTIVE', 'CHU_TICH_UBND_XA').amount).toBe(710_000) // 0,3 × 2.340.000
    expect(amount('2024-03-01', 'INDIVIDUAL', 'CHU_TICH_UBND_XA').amount).toBe(270_000) // 0,15 × 1.800.000
    // The district chairman's stays 0,3
    expect(amount('2025-01-10', 'INDIVIDUAL', 'CHU_TICH_UBND_HUYEN').amount).toBe(710_000)
    expect(amount('2025-01-10', 'INDIVIDUAL').amount).toBe(710_000)
  })
  it('pays the commune chairman’s Giấy khen as the base-level one from 01/07/2025 (the district is gone)', () => {
    expect(amount('2025-08-01', 'INDIVIDUAL', 'CHU_TICH_UBND_XA')).toMatchObject({ amount: 710_000, confirmed: false })
    expect(amount('2025-08-01', 'COLLECTIVE', 'CHU_TICH_UBND_XA').amount).toBe(1_410_000)
  })
})
