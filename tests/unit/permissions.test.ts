import { describe, expect, it } from 'vitest'
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, roleHas, isRole } from '../../lib/auth/permissions'

describe('role → permission map', () => {
  it('gives every known role the workspace and nothing outside the permission list', () => {
    for (const role of ROLES) {
      expect(roleHas(role, 'workspace.view')).toBe(true)
      for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p)
    }
  })

  it('reserves administration to the tenant admin', () => {
    expect(ROLES.filter((r) => roleHas(r, 'org.manage'))).toEqual(['TENANT_ADMIN'])
    expect(ROLES.filter((r) => roleHas(r, 'user.manage'))).toEqual(['TENANT_ADMIN'])
  })

  it('matches the duties of docs/domain.md', () => {
    expect(roleHas('SECRETARIAT', 'plan.draft')).toBe(true)
    expect(roleHas('SECRETARIAT', 'dossier.appraise')).toBe(true)
    expect(roleHas('SECRETARIAT', 'plan.approve')).toBe(false)
    expect(roleHas('LEADER', 'plan.approve')).toBe(true)
    expect(roleHas('LEADER', 'decision.sign')).toBe(true)
    expect(roleHas('UNIT_HEAD', 'dossier.propose')).toBe(true)
    expect(roleHas('UNIT_HEAD', 'registration.manage')).toBe(true)
    expect(roleHas('COUNCIL_MEMBER', 'council.vote')).toBe(true)
    expect(roleHas('COUNCIL_MEMBER', 'plan.draft')).toBe(false)
    expect(roleHas('VIEWER', 'plan.view')).toBe(true)
    expect(ROLE_PERMISSIONS.VIEWER).toEqual(['workspace.view', 'plan.view'])
  })

  it('grants nothing to unknown or malformed roles', () => {
    for (const role of ['SUPERUSER', 'tenant_admin', '', null, undefined, 42, 'toString', '__proto__', 'constructor']) {
      expect(isRole(role)).toBe(false)
      for (const p of PERMISSIONS) expect(roleHas(role, p)).toBe(false)
    }
  })
})
