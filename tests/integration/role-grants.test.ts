// Issue 10, finding 7: a tenant admin cannot give itself (or an account it made) a decision or council
// role alone; a second person — another account manager or a leader of the unit — confirms the grant.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadActor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { ForbiddenError, NotFoundError } from '../../lib/shared/errors'
import { createUser } from '../../lib/users/create-user'
import { addMembership } from '../../lib/users/memberships'
import { confirmGrant, pendingGrantsFor } from '../../lib/users/role-grants'
import { ownerDb } from '../support/db'
import { actorFor, addUser, createTenant, usernameOf } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>

beforeAll(async () => {
  dn = await createTenant(0)
})

/** The actor as of now (a confirmed grant ends earlier sessions, so the session version moves). */
const current = async (userId: string) => {
  const { sessionVersion } = await ownerDb().user.findUniqueOrThrow({ where: { id: userId } })
  return (await loadActor({ userId, tenantId: dn.id, sessionVersion }))!
}
const adminNow = () => current(dn.users.get(usernameOf(dn, 'quantri.dongnai'))!)

const rolesOf = async (userId: string) =>
  (await ownerDb().membership.findMany({ where: { tenantId: dn.id, userId } })).map((m) => m.role).sort()

describe('separation of duties', () => {
  it('keeps an admin’s grant of Lãnh đạo to itself pending until the leader confirms it', async () => {
    const admin = await actorFor(dn, 'quantri.dongnai')
    const tinh = dn.units.get('tinh')!
    expect(await addMembership(admin, { userId: admin.userId, organizationId: tinh, role: 'LEADER' })).toEqual({
      pending: true,
    })
    expect(await rolesOf(admin.userId)).not.toContain('LEADER')
    const [request] = await ownerDb().roleGrantRequest.findMany({ where: { tenantId: dn.id, userId: admin.userId } })
    await expect(confirmGrant(admin, { requestId: request.id })).rejects.toBeInstanceOf(ForbiddenError)
    // a unit head of a commune can neither see nor confirm it
    await expect(
      confirmGrant(await actorFor(dn, 'thutruong.anphuoc'), { requestId: request.id }),
    ).rejects.toBeInstanceOf(NotFoundError)
    const leader = await actorFor(dn, 'lanhdao.dongnai')
    const pending = await withTenant(dn.id, (tx) => pendingGrantsFor(tx, leader))
    expect(pending.map((p) => p.id)).toContain(request.id)
    await confirmGrant(leader, { requestId: request.id })
    expect(await rolesOf(admin.userId)).toContain('LEADER')
    expect(
      await ownerDb().auditEvent.count({
        where: { tenantId: dn.id, action: 'membership.confirm', actorId: leader.userId, targetId: admin.userId },
      }),
    ).toBe(1)
    // the grant ended the admin's sessions: it signs in again under its new roles
    expect(await loadActor({ userId: admin.userId, tenantId: dn.id, sessionVersion: 1 })).toBeNull()
    await expect(confirmGrant(leader, { requestId: request.id })).rejects.toBeInstanceOf(NotFoundError)
  })

  it('creates an account asked for as a council member without the role until a second person confirms', async () => {
    const admin = await adminNow()
    const created = await createUser(admin, {
      username: `bu.nhin.${dn.suffix}`,
      fullName: 'Tài Khoản Mới',
      email: null,
      password: 'MatKhau2026',
      organizationId: dn.units.get('tinh')!,
      role: 'COUNCIL_MEMBER',
    })
    expect(await rolesOf(created.id)).toEqual([])
    const secondAdmin = await addUser(dn, 'tinh', 'TENANT_ADMIN', `quantri2.${dn.suffix}`)
    const second = await current(secondAdmin)
    const [request] = await ownerDb().roleGrantRequest.findMany({ where: { tenantId: dn.id, userId: created.id } })
    await confirmGrant(second, { requestId: request.id })
    expect(await rolesOf(created.id)).toEqual(['COUNCIL_MEMBER'])
  })

  it('grants other roles at once', async () => {
    const admin = await adminNow()
    const userId = dn.users.get(usernameOf(dn, 'xem.dongnai'))!
    expect(await addMembership(admin, { userId, organizationId: dn.units.get('long-an')!, role: 'UNIT_HEAD' })).toEqual(
      { pending: false },
    )
    expect(await rolesOf(userId)).toContain('UNIT_HEAD')
  })
})
