// Who manages a council, who may sit on it and vote, and where its sessions show.
import { describe, expect, it } from 'vitest'
import type { Actor, ActorMembership } from '../../lib/auth/actor'
import { canManageCouncil, canViewCouncil, concernsWorkspace, holdsCouncilRole } from '../../lib/council/access'
import { councilNameFor, quorumLabel, quorumNeeded, vietnamTime } from '../../lib/council/labels'

const TINH = { id: 't', path: '/t/' }
const HUYEN = { id: 'h', path: '/t/h/' }
const XA = { id: 'x', path: '/t/h/x/' }

function actor(...memberships: [typeof TINH, ActorMembership['role']][]): Actor {
  return {
    userId: 'u',
    tenantId: 'tenant',
    tenantName: 'Tỉnh',
    username: 'u',
    fullName: 'U',
    memberships: memberships.map(([org, role]) => ({
      organizationId: org.id,
      organizationPath: org.path,
      role,
      organizationName: org.id,
      organizationLevel: 'TINH',
    })),
  }
}

describe('council access', () => {
  it('lets the secretariat of the unit or above manage the council, nobody else', () => {
    expect(canManageCouncil(actor([TINH, 'SECRETARIAT']), HUYEN)).toBe(true)
    expect(canManageCouncil(actor([HUYEN, 'SECRETARIAT']), HUYEN)).toBe(true)
    expect(canManageCouncil(actor([XA, 'SECRETARIAT']), HUYEN)).toBe(false)
    expect(canManageCouncil(actor([HUYEN, 'LEADER'], [HUYEN, 'COUNCIL_MEMBER']), HUYEN)).toBe(false)
  })

  it('seats council members and leaders of exactly the council’s unit', () => {
    expect(holdsCouncilRole(actor([HUYEN, 'COUNCIL_MEMBER']), HUYEN.id)).toBe(true)
    expect(holdsCouncilRole(actor([HUYEN, 'LEADER']), HUYEN.id)).toBe(true)
    expect(holdsCouncilRole(actor([TINH, 'COUNCIL_MEMBER']), HUYEN.id)).toBe(false)
    expect(holdsCouncilRole(actor([HUYEN, 'SECRETARIAT'], [HUYEN, 'VIEWER']), HUYEN.id)).toBe(false)
  })

  it('shows the council to its unit, the levels above and its members; sessions in those workspaces', () => {
    expect(canViewCouncil(actor([TINH, 'VIEWER']), HUYEN, false)).toBe(true)
    expect(canViewCouncil(actor([XA, 'UNIT_HEAD']), HUYEN, false)).toBe(false)
    expect(canViewCouncil(actor([XA, 'UNIT_HEAD']), HUYEN, true)).toBe(true)
    expect(concernsWorkspace(HUYEN, TINH, false)).toBe(true)
    expect(concernsWorkspace(TINH, HUYEN, false)).toBe(false)
    expect(concernsWorkspace(TINH, HUYEN, true)).toBe(true)
  })
})

describe('council labels', () => {
  it('names the council after its unit and words the quorum', () => {
    expect(councilNameFor('Ủy ban nhân dân tỉnh Đồng Nai')).toBe('Hội đồng Thi đua - Khen thưởng tỉnh Đồng Nai')
    expect(councilNameFor('Sở Nội vụ')).toBe('Hội đồng Thi đua - Khen thưởng Sở Nội vụ')
    expect(quorumLabel(67)).toBe('2/3 tổng số thành viên')
    expect(quorumLabel(80)).toBe('80% tổng số thành viên')
    expect(quorumNeeded(9, 67)).toBe(6)
    expect(quorumNeeded(5, 80)).toBe(4)
    expect(vietnamTime(new Date('2026-11-20T07:05:00Z'))).toBe('14 giờ 05, ngày 20/11/2026')
  })
})
