// Granting and removing a role at a unit. The actor must manage accounts at that unit; a removed role
// stops working on the user's next request, and either change ends the user's sessions (they sign in
// again under their new roles).
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { DomainError, NotFoundError } from '../shared/errors'
import { findUserForActor } from './queries'
import type { AddMembershipInput, RemoveMembershipInput } from './schemas'
import { canAt } from '../auth/scope'
import type { Tx } from '../db/tenant'
import { needsSecondPerson, requestGrant } from './role-grants'

/** A change of roles ends every session of the account (docs/decisions/0004-auth.md). */
export async function revokeSessions(tx: Tx, tenantId: string, userId: string) {
  await tx.user.updateMany({ where: { tenantId, id: userId }, data: { sessionVersion: { increment: 1 } } })
}

export async function addMembership(actor: Actor, input: AddMembershipInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const user = await findUserForActor(tx, actor, input.userId)
    const organization = await findOrganizationForActor(tx, actor, input.organizationId, 'user.manage')
    if (!organization.active) throw new DomainError('Đơn vị này đã ngừng hoạt động.', 'organizationId')
    // A consulted body's account sees its letters and nothing else (decision 0021): no staff role on top.
    if (user.memberships.some((m) => m.role === 'CONSULTED_BODY'))
      throw new DomainError('Tài khoản của cơ quan được xin ý kiến không nhận thêm vai trò khác.', 'role')
    if (user.memberships.some((m) => m.organization.id === organization.id && m.role === input.role)) {
      throw new DomainError('Tài khoản đã có vai trò này tại đơn vị này.', 'role')
    }
    // A decision or council role needs a second person's confirmation (role-grants.ts).
    if (needsSecondPerson(input.role)) {
      await requestGrant(tx, actor, { userId: user.id, organizationId: organization.id, role: input.role })
      return { pending: true }
    }
    const membership = await tx.membership.create({
      data: { tenantId: actor.tenantId, userId: user.id, organizationId: organization.id, role: input.role },
      select: { id: true },
    })
    await revokeSessions(tx, actor.tenantId, user.id)
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: organization.id,
      action: 'membership.add',
      targetType: 'User',
      targetId: user.id,
      after: { membershipId: membership.id, organizationId: organization.id, role: input.role },
    })
    return { pending: false }
  })
}

export async function removeMembership(actor: Actor, input: RemoveMembershipInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { tenantId: actor.tenantId, id: input.membershipId },
      select: { id: true, role: true, userId: true, organization: { select: { id: true, path: true } } },
    })
    if (!membership || !canAt(actor.memberships, 'user.manage', membership.organization))
      throw new NotFoundError('Không tìm thấy vai trò.')
    if (membership.userId === actor.userId && membership.role === 'TENANT_ADMIN') {
      throw new DomainError('Bạn không thể tự gỡ vai trò quản trị của mình.')
    }
    await tx.membership.delete({ where: { id: membership.id } })
    await revokeSessions(tx, actor.tenantId, membership.userId)
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: membership.organization.id,
      action: 'membership.remove',
      targetType: 'User',
      targetId: membership.userId,
      before: { organizationId: membership.organization.id, role: membership.role },
    })
  })
}
