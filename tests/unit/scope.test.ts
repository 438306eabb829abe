import { describe, expect, it } from 'vitest'
import { canAt, childPath, isWithin, scopeRoots, type ScopedMembership } from '../../lib/auth/scope'

// tỉnh ─┬─ huyện A ─┬─ xã A1
//       │           └─ xã A2
//       └─ huyện B ─── xã B1
const tinh = childPath(null, 't')
const huyenA = childPath(tinh, 'ha')
const xaA1 = childPath(huyenA, 'a1')
const xaA2 = childPath(huyenA, 'a2')
const huyenB = childPath(tinh, 'hb')
const xaB1 = childPath(huyenB, 'b1')
const at = (path: string) => ({ id: path, path })
const m = (organizationPath: string, role: string): ScopedMembership => ({
  organizationId: organizationPath,
  organizationPath,
  role,
})

describe('organisation scope', () => {
  it('builds paths from the root', () => {
    expect(tinh).toBe('/t/')
    expect(xaA1).toBe('/t/ha/a1/')
  })

  it('reaches the unit itself and its descendants', () => {
    const staff = [m(huyenA, 'SECRETARIAT')]
    expect(canAt(staff, 'plan.draft', at(huyenA))).toBe(true)
    expect(canAt(staff, 'plan.draft', at(xaA1))).toBe(true)
    expect(canAt(staff, 'plan.draft', at(xaA2))).toBe(true)
  })

  it('never reaches parents or siblings', () => {
    const commune = [m(xaA1, 'UNIT_HEAD')]
    expect(canAt(commune, 'dossier.propose', at(xaA1))).toBe(true)
    expect(canAt(commune, 'dossier.propose', at(xaA2))).toBe(false)
    expect(canAt(commune, 'dossier.propose', at(huyenA))).toBe(false)
    expect(canAt(commune, 'dossier.propose', at(tinh))).toBe(false)
    expect(canAt([m(huyenA, 'SECRETARIAT')], 'plan.draft', at(xaB1))).toBe(false)
  })

  it('does not mistake a path that merely starts with the same characters', () => {
    const a = childPath(tinh, 'ab')
    const ab = childPath(tinh, 'abc')
    expect(isWithin(ab, a)).toBe(false)
  })

  it('needs the permission from the role held there, not from a role held elsewhere', () => {
    const mixed = [m(xaA1, 'VIEWER'), m(huyenB, 'SECRETARIAT')]
    expect(canAt(mixed, 'plan.draft', at(xaA1))).toBe(false)
    expect(canAt(mixed, 'plan.draft', at(xaB1))).toBe(true)
    expect(canAt(mixed, 'plan.view', at(xaA1))).toBe(true)
  })

  it('gives nothing through an unknown role', () => {
    expect(canAt([m(tinh, 'ROOT')], 'workspace.view', at(xaA1))).toBe(false)
  })

  it('reduces memberships to the fewest subtree roots', () => {
    const memberships = [m(xaA1, 'TENANT_ADMIN'), m(huyenA, 'TENANT_ADMIN'), m(xaB1, 'TENANT_ADMIN'), m(tinh, 'VIEWER')]
    expect(scopeRoots(memberships, 'org.manage').sort()).toEqual([huyenA, xaB1].sort())
    expect(scopeRoots(memberships, 'plan.view')).toEqual([tinh])
    expect(scopeRoots(memberships, 'council.vote')).toEqual([])
  })
})
