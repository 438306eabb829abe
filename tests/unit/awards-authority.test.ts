import { describe, expect, it } from 'vitest'
import { type ChainUnit, approvalPath } from '../../lib/awards/authority'
import type { AwardCode } from '../../lib/awards/catalog'

// Three-tier province (2020 seeds) and two-tier province (from 01/07/2025).
const tinh: ChainUnit = { id: 'tinh', name: 'UBND tỉnh Sơn La', level: 'TINH', kind: 'CHINH_QUYEN' }
const huyen: ChainUnit = { id: 'huyen', name: 'UBND huyện Mai Sơn', level: 'HUYEN', kind: 'CHINH_QUYEN' }
const xa: ChainUnit = { id: 'xa', name: 'UBND xã An Phước', level: 'XA', kind: 'CHINH_QUYEN' }
const THREE_TIER = [xa, huyen, tinh]
const TWO_TIER = [xa, tinh]
const BEFORE = '2020-11-01'
const AFTER = '2025-11-01'

const path = (award: AwardCode, onDate: string, chain: ChainUnit[]) => {
  const result = approvalPath({ award, onDate, chain })
  if (!result.ok) throw new Error(result.message)
  return result
}
const roles = (award: AwardCode, onDate: string, chain: ChainUnit[]) =>
  path(award, onDate, chain).steps.map((s) => `${s.organizationId}:${s.role}${s.council ? '+council' : ''}`)
const refusal = (award: AwardCode, onDate: string, chain: ChainUnit[]) => {
  const result = approvalPath({ award, onDate, chain })
  if (result.ok) throw new Error('expected a refusal')
  return result.message
}

describe('base-level awards (LĐTT, Tập thể LĐTT, Giấy khen, CSTĐ cơ sở)', () => {
  const BASE: AwardCode[] = ['LDTT', 'TAP_THE_LDTT', 'GIAY_KHEN', 'CSTD_CO_SO']

  it('climbs from the commune to the district, which decides, before 01/07/2025', () => {
    for (const award of BASE) {
      const council = award === 'CSTD_CO_SO' ? '+council' : ''
      expect(roles(award, BEFORE, THREE_TIER)).toEqual(['xa:PROPOSE', `huyen:DECIDE${council}`])
      expect(path(award, BEFORE, THREE_TIER)).toMatchObject({
        decidingOrganizationId: 'huyen',
        decider: 'CHU_TICH_UBND',
      })
      const commune = award === 'LDTT'
      expect(roles(award, '2025-06-30', THREE_TIER)).toEqual(
        commune ? ['xa:DECIDE'] : ['xa:PROPOSE', `huyen:DECIDE${council}`],
      )
    }
  })

  it('lets the commune chairman decide LĐTT from 01/01/2024 (Luật 2022 khoản 3 Điều 80)', () => {
    for (const award of ['LDTT'] as const) {
      expect(roles(award, '2023-12-31', THREE_TIER)).toEqual(['xa:PROPOSE', 'huyen:DECIDE'])
      const result = path(award, '2024-01-01', THREE_TIER)
      expect(result).toMatchObject({ decidingOrganizationId: 'xa', decider: 'CHU_TICH_UBND' })
      expect(result.rule.source).toContain('khoản 3 Điều 80')
      const school: ChainUnit = { id: 'th', name: 'Trường Tiểu học An Phước', level: 'XA', kind: 'SU_NGHIEP' }
      expect(roles(award, '2024-06-01', [school, xa, huyen, tinh])).toEqual(['th:PROPOSE', 'xa:DECIDE'])
    }
    // Tập thể LĐTT and CSTĐ cơ sở stay with the district until 30/06/2025 (khoản 2 Điều 80); so does a
    // commune's Giấy khen by default (of the Chủ tịch UBND huyện); its own: tests/unit/giay-khen-issuer.test.ts.
    expect(roles('TAP_THE_LDTT', '2024-06-01', THREE_TIER)).toEqual(['xa:PROPOSE', 'huyen:DECIDE'])
    expect(roles('GIAY_KHEN', '2024-06-01', THREE_TIER)).toEqual(['xa:PROPOSE', 'huyen:DECIDE'])
    expect(roles('CSTD_CO_SO', '2025-06-30', THREE_TIER)).toEqual(['xa:PROPOSE', 'huyen:DECIDE+council'])
  })

  it('lets the director of an enterprise decide its base-level awards under the 2022 Law (khoản 4 Điều 80)', () => {
    const firm: ChainUnit = { id: 'dn', name: 'Công ty TNHH MTV Cao su Đồng Nai', level: 'TINH', kind: 'DOANH_NGHIEP' }
    const coop: ChainUnit = { id: 'htx', name: 'Hợp tác xã An Phước', level: 'XA', kind: 'DOANH_NGHIEP' }
    for (const award of ['LDTT', 'TAP_THE_LDTT', 'CSTD_CO_SO', 'GIAY_KHEN'] as const) {
      for (const onDate of ['2024-03-01', AFTER]) {
        const result = path(award, onDate, [firm, tinh])
        expect(result).toMatchObject({ decidingOrganizationId: 'dn', decider: 'GIAM_DOC_DOANH_NGHIEP' })
        expect(result.rule.source).toContain('khoản 4 Điều 80')
        expect(path(award, onDate, [coop, xa, huyen, tinh]).decidingOrganizationId).toBe('htx')
      }
      // Before 2024 the firm proposes and the level above decides.
      expect(roles(award, BEFORE, [coop, xa, huyen, tinh])[0]).toBe('htx:PROPOSE')
    }
    // Provincial awards still go up to the province.
    expect(roles('BANG_KHEN_TINH', AFTER, [firm, tinh])).toEqual(['dn:PROPOSE', 'tinh:DECIDE'])
  })

  it('decides a late dossier of a year before 2025 on the two-tier tree by the organisations of the day of decision', () => {
    for (const award of ['CSTD_CO_SO', 'TAP_THE_LDTT'] as const) {
      const result = approvalPath({ award, onDate: '2024-12-31', decisionOn: '2026-02-10', chain: TWO_TIER })
      expect(result).toMatchObject({ ok: true, decidingOrganizationId: 'xa' })
      if (result.ok) expect(result.rule.source).toContain('Nghị định 152/2025/NĐ-CP')
      // On the three-tier tree the district still exists: the 2024 path stands.
      const kept = approvalPath({ award, onDate: '2024-12-31', decisionOn: '2026-02-10', chain: THREE_TIER })
      expect(kept).toMatchObject({ ok: true, decidingOrganizationId: 'huyen' })
    }
    // Criteria still follow the achievement period: the rule read first is the one of onDate.
    expect(path('TAP_THE_LDXS', '2024-12-31', TWO_TIER).rule.source).toContain('Nghị định 98/2023/NĐ-CP')
  })

  it('is decided at the commune itself from 01/07/2025, on either tree', () => {
    for (const award of BASE) {
      for (const chain of [TWO_TIER, THREE_TIER]) {
        const result = path(award, '2025-07-01', chain)
        expect(result.steps.map((s) => s.role)).toEqual(['DECIDE'])
        expect(result.decidingOrganizationId).toBe('xa')
        expect(result.rule.source).toContain('Nghị định 152/2025/NĐ-CP')
      }
      expect(
        path(award, AFTER, [
          { id: 'th', name: 'Trường Tiểu học An Phước', level: 'XA', kind: 'SU_NGHIEP' },
          xa,
          tinh,
        ]).steps.map((s) => s.role),
      ).toEqual(['PROPOSE', 'DECIDE'])
    }
  })

  it('refuses a pre-2025 award on a tree without districts, naming the missing level', () => {
    expect(refusal('CSTD_CO_SO', BEFORE, TWO_TIER)).toBe(
      'Không xác định được cấp có thẩm quyền: theo quy định có hiệu lực ngày 01/11/2020, “Chiến sĩ thi đua cơ sở” do Chủ tịch Ủy ban nhân dân cấp huyện ' +
        '(hoặc thủ trưởng cơ quan) quyết định, nhưng chuỗi đơn vị từ “UBND xã An Phước” trở lên không có Ủy ban nhân dân cấp huyện.',
    )
    expect(refusal('TAP_THE_LDTT', '2025-06-30', TWO_TIER)).toContain('không có Ủy ban nhân dân cấp huyện')
  })

  it('lets the head of the managing agency decide: Phòng GD-ĐT for its schools, a Sở for its staff', () => {
    const phong: ChainUnit = { id: 'phong', name: 'Phòng GD-ĐT huyện Mai Sơn', level: 'HUYEN', kind: 'CO_QUAN' }
    const truong: ChainUnit = { id: 'truong', name: 'Trường THCS Chiềng Mung', level: 'HUYEN', kind: 'SU_NGHIEP' }
    const school = path('GIAY_KHEN', BEFORE, [truong, phong, huyen, tinh])
    expect(school.steps.map((s) => `${s.organizationId}:${s.role}`)).toEqual(['truong:PROPOSE', 'phong:DECIDE'])
    expect(school).toMatchObject({ decidingOrganizationId: 'phong', decider: 'THU_TRUONG_CO_QUAN' })
    expect(roles('LDTT', BEFORE, [phong, huyen, tinh])).toEqual(['phong:DECIDE'])

    const so: ChainUnit = { id: 'so', name: 'Sở Y tế', level: 'TINH', kind: 'CO_QUAN' }
    expect(roles('LDTT', BEFORE, [so, tinh])).toEqual(['so:DECIDE'])
    expect(roles('LDTT', AFTER, [so, tinh])).toEqual(['so:DECIDE'])
    // A commune school climbs through its commune to the district.
    const truongXa: ChainUnit = { id: 'th', name: 'Trường Tiểu học An Phước', level: 'XA', kind: 'SU_NGHIEP' }
    expect(roles('GIAY_KHEN', BEFORE, [truongXa, xa, huyen, tinh])).toEqual([
      'th:PROPOSE',
      'xa:RECEIVE_AND_FORWARD',
      'huyen:DECIDE',
    ])
    // Mass organisations of the commune are below the district: they do not decide before 2025.
    const hoi: ChainUnit = { id: 'hoi', name: 'Hội Nông dân xã An Phước', level: 'XA', kind: 'DOAN_THE' }
    expect(roles('TAP_THE_LDTT', BEFORE, [hoi, xa, huyen, tinh])).toEqual([
      'hoi:PROPOSE',
      'xa:RECEIVE_AND_FORWARD',
      'huyen:DECIDE',
    ])
    expect(roles('LDTT', AFTER, [hoi, xa, tinh])).toEqual(['hoi:DECIDE'])
  })
})

describe('provincial awards', () => {
  it('Tập thể LĐXS and Bằng khen tỉnh climb every level to the province, without council', () => {
    for (const award of ['TAP_THE_LDXS', 'BANG_KHEN_TINH'] as const) {
      expect(roles(award, BEFORE, THREE_TIER)).toEqual(['xa:PROPOSE', 'huyen:RECEIVE_AND_FORWARD', 'tinh:DECIDE'])
      expect(roles(award, AFTER, TWO_TIER)).toEqual(['xa:PROPOSE', 'tinh:DECIDE'])
      expect(roles(award, AFTER, THREE_TIER)).toEqual(['xa:PROPOSE', 'huyen:RECEIVE_AND_FORWARD', 'tinh:DECIDE'])
      expect(path(award, AFTER, TWO_TIER).decidingOrganizationId).toBe('tinh')
    }
  })

  it('Cờ thi đua and CSTĐ tỉnh are decided by the province after its council, on both trees', () => {
    for (const award of ['CO_THI_DUA_TINH', 'CSTD_TINH'] as const) {
      expect(roles(award, BEFORE, THREE_TIER)).toEqual([
        'xa:PROPOSE',
        'huyen:RECEIVE_AND_FORWARD',
        'tinh:DECIDE+council',
      ])
      expect(roles(award, AFTER, TWO_TIER)).toEqual(['xa:PROPOSE', 'tinh:DECIDE+council'])
    }
  })

  it('passes over agencies that do not decide, and never lets an agency head decide a provincial award', () => {
    const phong: ChainUnit = { id: 'phong', name: 'Phòng GD-ĐT', level: 'HUYEN', kind: 'CO_QUAN' }
    const truong: ChainUnit = { id: 'truong', name: 'Trường THCS', level: 'HUYEN', kind: 'SU_NGHIEP' }
    expect(roles('BANG_KHEN_TINH', BEFORE, [truong, phong, huyen, tinh])).toEqual([
      'truong:PROPOSE',
      'huyen:RECEIVE_AND_FORWARD',
      'tinh:DECIDE',
    ])
    const so: ChainUnit = { id: 'so', name: 'Sở Y tế', level: 'TINH', kind: 'CO_QUAN' }
    expect(roles('TAP_THE_LDXS', AFTER, [so, tinh])).toEqual(['so:PROPOSE', 'tinh:DECIDE'])
  })
})

describe('central awards (Bằng khen Thủ tướng, CSTĐ toàn quốc, Huân chương, Anh hùng)', () => {
  it('climbs to the province, whose council considers it before forwarding it to the central level', () => {
    for (const award of ['BANG_KHEN_TTG', 'CSTD_TOAN_QUOC', 'HUAN_CHUONG', 'ANH_HUNG'] as const) {
      expect(roles(award, BEFORE, THREE_TIER)).toEqual([
        'xa:PROPOSE',
        'huyen:RECEIVE_AND_FORWARD',
        'tinh:FORWARD_TO_CENTRAL+council',
      ])
      expect(roles(award, AFTER, TWO_TIER)).toEqual(['xa:PROPOSE', 'tinh:FORWARD_TO_CENTRAL+council'])
      expect(path(award, AFTER, TWO_TIER)).toMatchObject({ decidingOrganizationId: null, decider: 'TRUNG_UONG' })
    }
  })

  it('refuses a chain that does not reach the province', () => {
    expect(refusal('BANG_KHEN_TTG', AFTER, [xa])).toContain(
      'do cấp trung ương quyết định, qua Ủy ban nhân dân cấp tỉnh, nhưng chuỗi đơn vị từ “UBND xã An Phước” trở lên không có Ủy ban nhân dân cấp tỉnh',
    )
  })
})

describe('refusals', () => {
  it('says when no authority rule is in force yet', () => {
    expect(refusal('LDTT', '2015-06-01', THREE_TIER)).toBe(
      'Chưa có quy định về thẩm quyền quyết định khen thưởng “Lao động tiên tiến” có hiệu lực vào ngày 01/06/2015.',
    )
  })

  it('refuses a chain that is not a path up a tree', () => {
    expect(refusal('LDTT', BEFORE, [])).toBe('Chưa xác định đơn vị đề nghị khen thưởng.')
    expect(refusal('LDTT', BEFORE, [huyen, xa, tinh])).toContain(
      '“UBND huyện Mai Sơn” (cấp huyện) không thể trực thuộc “UBND xã An Phước” (cấp xã)',
    )
    expect(refusal('LDTT', BEFORE, [xa, huyen, huyen])).toContain('xuất hiện hai lần')
    const so: ChainUnit = { id: 'so', name: 'Sở Nội vụ', level: 'TINH', kind: 'CO_QUAN' }
    expect(refusal('LDTT', BEFORE, [huyen, so, tinh])).toContain('phải trực thuộc Ủy ban nhân dân cấp trên')
  })

  it('refuses a committee above the deciding level rather than inventing a path', () => {
    expect(refusal('CSTD_CO_SO', BEFORE, [tinh])).toContain('không có Ủy ban nhân dân cấp huyện')
    expect(refusal('CSTD_CO_SO', AFTER, [huyen, tinh])).toContain('không có Ủy ban nhân dân cấp xã')
  })
})
