import { describe, expect, it } from 'vitest'
import { moveError, nextCommitteeLevel, resolvePlacement } from '../../lib/organizations/rules'

const committee = (level: 'TINH' | 'HUYEN' | 'XA', active = true) => ({ level, kind: 'CHINH_QUYEN' as const, active })

describe('placement in the organisation tree', () => {
  it('puts a committee one level below, through the district while it exists', () => {
    expect(nextCommitteeLevel('TINH', true)).toBe('HUYEN')
    expect(nextCommitteeLevel('TINH', false)).toBe('XA')
    expect(nextCommitteeLevel('HUYEN', true)).toBe('XA')
    expect(nextCommitteeLevel('XA', true)).toBeNull()
    expect(resolvePlacement(committee('TINH'), 'CHINH_QUYEN', true)).toEqual({ ok: true, level: 'HUYEN' })
    expect(resolvePlacement(committee('TINH'), 'CHINH_QUYEN', false)).toEqual({ ok: true, level: 'XA' })
  })

  it('refuses a committee under a commune or under an agency, saying why', () => {
    const underCommune = resolvePlacement(committee('XA'), 'CHINH_QUYEN', true)
    expect(underCommune).toMatchObject({ ok: false, message: expect.stringContaining('Cấp xã là cấp thấp nhất') })
    const underAgency = resolvePlacement({ level: 'HUYEN', kind: 'CO_QUAN', active: true }, 'CHINH_QUYEN', true)
    expect(underAgency).toMatchObject({ ok: false, message: expect.stringContaining('không trực thuộc cơ quan') })
  })

  it('gives an agency the level of the unit above it', () => {
    expect(resolvePlacement(committee('HUYEN'), 'CO_QUAN', true)).toEqual({ ok: true, level: 'HUYEN' })
    expect(resolvePlacement({ level: 'XA', kind: 'CHINH_QUYEN', active: true }, 'SU_NGHIEP', false)).toEqual({
      ok: true,
      level: 'XA',
    })
  })

  it('refuses anything under an inactive unit', () => {
    expect(resolvePlacement(committee('TINH', false), 'CO_QUAN', true)).toMatchObject({
      ok: false,
      message: expect.stringContaining('ngừng hoạt động'),
    })
  })
})

describe('moving a unit', () => {
  const tinh = { id: 't', path: '/t/', ...committee('TINH') }
  const huyenA = { id: 'a', path: '/t/a/', ...committee('HUYEN') }
  const huyenB = { id: 'b', path: '/t/b/', ...committee('HUYEN') }
  const xa = { id: 'x', path: '/t/a/x/', level: 'XA' as const, kind: 'CHINH_QUYEN' as const, parentId: 'a' }

  it('moves a commune to another district', () => {
    expect(moveError(xa, huyenB, true)).toBeNull()
  })

  it('refuses the root, the same parent, its own subtree and a change of level', () => {
    expect(moveError({ ...huyenA, parentId: null }, huyenB, true)).toContain('đơn vị gốc')
    expect(moveError(xa, huyenA, true)).toContain('đã trực thuộc')
    expect(moveError({ ...huyenA, parentId: 't' }, { id: 'x', path: '/t/a/x/', ...committee('XA') }, true)).toContain(
      'chính nó',
    )
    expect(moveError(xa, tinh, true)).toContain('không thể chuyển về')
  })

  it('lets a commune sit directly under the province once districts are gone', () => {
    expect(moveError(xa, tinh, false)).toBeNull()
  })
})
