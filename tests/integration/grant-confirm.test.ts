// Issue 10, finding 7: the leader (Lãnh đạo) confirms or refuses, as the second person, the decision and
// council roles a tenant admin asked for; the list is the leader's units only, paginated, and never holds a
// request the leader made or one for the leader; every decision is journalled; a refusal needs a reason.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { handleForm } from '../../lib/shared/form'
import { NUL_MESSAGE } from '../../lib/shared/zod'
import { DomainError, ForbiddenError, NotFoundError } from '../../lib/shared/errors'
import { addMembership } from '../../lib/users/memberships'
import {
  confirmGrant,
  listPendingGrants,
  PENDING_PAGE_SIZE,
  refuseGrant,
  NOT_ONESELF,
} from '../../lib/users/role-grants'
import { refuseGrantSchema } from '../../lib/users/schemas'
import { ownerDb } from '../support/db'
import { actorFor, addUser, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let lc: Awaited<ReturnType<typeof createTenant>>
let admin: Actor
let leader: Actor

const u = (key: string) => dn.units.get(key)!
const pending = (actor: Actor, page = 1) => withTenant(actor.tenantId, (tx) => listPendingGrants(tx, actor, page))
const rolesOf = async (userId: string) =>
  (await ownerDb().membership.findMany({ where: { tenantId: dn.id, userId } })).map(
    (m) => `${m.role}@${m.organizationId}`,
  )

/** A fresh account and the admin's request of a decision role for it; returns the request id. */
async function requestFor(unit: string, role: 'LEADER' | 'SECRETARIAT' | 'COUNCIL_MEMBER', name: string) {
  const userId = await addUser(dn, unit, 'VIEWER', `${name}.${dn.suffix}`)
  expect(await addMembership(admin, { userId, organizationId: u(unit), role })).toEqual({ pending: true })
  const request = await ownerDb().roleGrantRequest.findFirstOrThrow({ where: { tenantId: dn.id, userId } })
  return { userId, requestId: request.id }
}

beforeAll(async () => {
  dn = await createTenant(0)
  lc = await createTenant(1)
  admin = await actorFor(dn, 'quantri.dongnai')
  leader = await actorFor(dn, 'lanhdao.dongnai')
})

describe('the leader confirms role grants', () => {
  it('lists the pending grants of the leader’s units, oldest first, one page at a time', async () => {
    const made = []
    for (let i = 0; i < PENDING_PAGE_SIZE + 3; i++) made.push(await requestFor('tinh', 'COUNCIL_MEMBER', `hd.cho.${i}`))
    const first = await pending(leader)
    expect(first.total).toBe(PENDING_PAGE_SIZE + 3)
    expect(first.pageCount).toBe(2)
    expect(first.rows).toHaveLength(PENDING_PAGE_SIZE)
    expect(first.rows[0]).toMatchObject({
      id: made[0].requestId,
      role: 'COUNCIL_MEMBER',
      requestedBy: 'Nguyễn Văn Quản',
    })
    const second = await pending(leader, 2)
    expect(second.rows.map((r) => r.id)).toEqual(made.slice(PENDING_PAGE_SIZE).map((m) => m.requestId))
    // a page past the end shows the last one
    expect((await pending(leader, 99)).page).toBe(2)
    // a district leader sees only its district; a unit head and another tenant see nothing
    const district = await requestFor('long-thanh', 'SECRETARIAT', 'nv.longthanh.moi')
    const districtLeader = await actorFor(dn, 'lanhdao.longthanh')
    expect((await pending(districtLeader)).rows.map((r) => r.id)).toEqual([district.requestId])
    expect((await pending(await actorFor(dn, 'thutruong.anphuoc'))).total).toBe(0)
    expect((await pending(await actorFor(lc, 'lanhdao.laocai'))).total).toBe(0)
    await expect(confirmGrant(districtLeader, { requestId: made[0].requestId })).rejects.toBeInstanceOf(NotFoundError)
    await expect(
      confirmGrant(await actorFor(lc, 'lanhdao.laocai'), { requestId: made[0].requestId }),
    ).rejects.toBeInstanceOf(NotFoundError)

    // the leader confirms one: the role takes effect, the request leaves the list, the journal says who
    await confirmGrant(leader, { requestId: made[0].requestId })
    expect(await rolesOf(made[0].userId)).toContain(`COUNCIL_MEMBER@${u('tinh')}`)
    // (the district's request is within the province: the provincial leader sees it too)
    expect((await pending(leader)).total).toBe(PENDING_PAGE_SIZE + 3)
    expect(
      await ownerDb().auditEvent.count({
        where: { tenantId: dn.id, action: 'membership.confirm', actorId: leader.userId, targetId: made[0].userId },
      }),
    ).toBe(1)
    await expect(confirmGrant(leader, { requestId: made[0].requestId })).rejects.toBeInstanceOf(NotFoundError)
  })

  it('never lets anyone confirm or refuse a grant for themselves or one they asked for', async () => {
    // the admin asks a council seat for the leader: the leader cannot confirm it
    expect(
      await addMembership(admin, { userId: leader.userId, organizationId: u('tinh'), role: 'COUNCIL_MEMBER' }),
    ).toEqual({
      pending: true,
    })
    const forLeader = await ownerDb().roleGrantRequest.findFirstOrThrow({
      where: { tenantId: dn.id, userId: leader.userId, confirmedAt: null },
    })
    expect((await pending(leader)).rows.map((r) => r.id)).not.toContain(forLeader.id)
    await expect(confirmGrant(leader, { requestId: forLeader.id })).rejects.toThrow(NOT_ONESELF)
    await expect(
      refuseGrant(leader, { requestId: forLeader.id, reason: 'Tôi không nhận vai trò này' }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    // the admin cannot decide its own request either
    await expect(confirmGrant(admin, { requestId: forLeader.id })).rejects.toBeInstanceOf(ForbiddenError)
    await expect(
      refuseGrant(admin, { requestId: forLeader.id, reason: 'Tự rút lại đề nghị này' }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    // a request the leader made (e.g. recorded before the leader lost account rights) stays off its list
    const target = await addUser(dn, 'tinh', 'VIEWER', `nguoi.khac.${dn.suffix}`)
    const byLeader = await ownerDb().roleGrantRequest.create({
      data: {
        tenantId: dn.id,
        userId: target,
        organizationId: u('tinh'),
        role: 'SECRETARIAT',
        requestedById: leader.userId,
      },
    })
    expect((await pending(leader)).rows.map((r) => r.id)).not.toContain(byLeader.id)
    await expect(confirmGrant(leader, { requestId: byLeader.id })).rejects.toBeInstanceOf(ForbiddenError)
    // nothing was granted, nothing journalled as decided
    expect(await rolesOf(leader.userId)).not.toContain(`COUNCIL_MEMBER@${u('tinh')}`)
    expect(await rolesOf(target)).not.toContain(`SECRETARIAT@${u('tinh')}`)
    expect(
      await ownerDb().auditEvent.count({
        where: {
          tenantId: dn.id,
          action: { in: ['membership.confirm', 'membership.refuse'] },
          targetId: leader.userId,
        },
      }),
    ).toBe(0)
  })

  it('refuses with a reason: nothing granted, journalled, and the admin may ask again', async () => {
    const { userId, requestId } = await requestFor('tinh', 'LEADER', 'ld.tu.choi')
    await refuseGrant(leader, { requestId, reason: 'Chưa có quyết định bổ nhiệm của cấp có thẩm quyền' })
    expect(await rolesOf(userId)).not.toContain(`LEADER@${u('tinh')}`)
    const row = await ownerDb().roleGrantRequest.findUniqueOrThrow({ where: { id: requestId } })
    expect(row).toMatchObject({
      refusedById: leader.userId,
      refuseReason: 'Chưa có quyết định bổ nhiệm của cấp có thẩm quyền',
      confirmedAt: null,
    })
    const entry = await ownerDb().auditEvent.findFirstOrThrow({
      where: { tenantId: dn.id, action: 'membership.refuse', targetId: userId },
    })
    expect(entry.actorId).toBe(leader.userId)
    expect(entry.after).toMatchObject({
      requestId,
      role: 'LEADER',
      reason: 'Chưa có quyết định bổ nhiệm của cấp có thẩm quyền',
    })
    expect((await pending(leader)).rows.map((r) => r.id)).not.toContain(requestId)
    // decided once: neither confirmed nor refused again
    await expect(confirmGrant(leader, { requestId })).rejects.toBeInstanceOf(NotFoundError)
    await expect(refuseGrant(leader, { requestId, reason: 'Lý do lần thứ hai' })).rejects.toBeInstanceOf(NotFoundError)
    // the same role may be asked again after a refusal
    expect(await addMembership(admin, { userId, organizationId: u('tinh'), role: 'LEADER' })).toEqual({ pending: true })
    // and the database refuses a request both confirmed and refused
    await expect(
      ownerDb().roleGrantRequest.update({
        where: { id: requestId },
        data: { confirmedById: leader.userId, confirmedAt: new Date() },
      }),
    ).rejects.toThrow()
  })

  it('decides a request once when a confirmation and a refusal race', async () => {
    const { userId, requestId } = await requestFor('tinh', 'SECRETARIAT', 'nv.dua.nhau')
    const second = await actorFor(dn, 'quantri.dongnai') // the requester: refused
    const otherAdminId = await addUser(dn, 'tinh', 'TENANT_ADMIN', `quantri.hai.${dn.suffix}`)
    const { loadActor } = await import('../../lib/auth/actor')
    const otherAdmin = (await loadActor({ userId: otherAdminId, tenantId: dn.id, sessionVersion: 1 }))!
    expect(second.userId).toBe(admin.userId)
    const outcomes = await Promise.allSettled([
      confirmGrant(otherAdmin, { requestId }),
      refuseGrant(leader, { requestId, reason: 'Không đúng người được phân công' }),
    ])
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1)
    const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult
    expect(rejected.reason).toBeInstanceOf(DomainError)
    const row = await ownerDb().roleGrantRequest.findUniqueOrThrow({ where: { id: requestId } })
    expect(Boolean(row.confirmedAt) !== Boolean(row.refusedAt)).toBe(true)
    expect((await rolesOf(userId)).includes(`SECRETARIAT@${u('tinh')}`)).toBe(Boolean(row.confirmedAt))
  })

  it('asks for a real reason, next to the field', async () => {
    const form = (fields: Record<string, string>) => {
      const data = new FormData()
      for (const [k, v] of Object.entries(fields)) data.set(k, v)
      return handleForm(refuseGrantSchema, data, async () => 'ran', 'ok')
    }
    const requestId = '00000000-0000-4000-8000-000000000001'
    expect((await form({ requestId, reason: 'Không rõ' })).fieldErrors?.reason).toMatch(/ít nhất 10 ký tự/)
    expect((await form({ requestId, reason: 'Lý do\0 có ký tự lạ' })).fieldErrors?.reason).toBe(NUL_MESSAGE)
    expect((await form({ requestId: 'abc', reason: 'Lý do đầy đủ ở đây' })).fieldErrors?.requestId).toBeTruthy()
    expect((await form({ requestId, reason: 'Lý do đầy đủ ở đây' })).result).toBe('ran')
  })
})
