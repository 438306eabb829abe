import { describe, expect, it } from 'vitest'
import { ASSIGNABLE_ROLES, PERMISSIONS, ROLE_PERMISSIONS, ROLES, roleHas, isRole } from '../../lib/auth/permissions'

describe('role → permission map', () => {
  it('gives every staff role the workspace and nothing outside the permission list', () => {
    for (const role of ASSIGNABLE_ROLES) expect(roleHas(role, 'workspace.view')).toBe(true)
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p)
  })

  it('gives a consulted body its letters and nothing else, and keeps it off the generic account forms', () => {
    expect(ROLE_PERMISSIONS.CONSULTED_BODY).toEqual(['consultation.answer'])
    expect(ROLES.filter((r) => roleHas(r, 'consultation.answer'))).toEqual(['CONSULTED_BODY'])
    expect(ASSIGNABLE_ROLES).not.toContain('CONSULTED_BODY')
    expect([...ASSIGNABLE_ROLES, 'CONSULTED_BODY'].sort()).toEqual([...ROLES].sort())
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
