// Separation of duties where the law's roles meet: the roles that decide awards or sit on the council
// (Lãnh đạo, Thường trực Hội đồng, Thành viên Hội đồng) are never granted by one person alone. A tenant
// admin's grant of such a role is a pending request; it takes effect when a second person confirms it —
// another account manager of the unit (or above), or a leader of the unit (or above) — who is neither the
// requester nor the account itself. Otherwise an admin could give itself, or a puppet account whose
// password it set, a vote on the council (issue 10, finding 7; docs/decisions/0011-least-privilege.md).
import type { Actor } from '../auth/actor'
import { canAt, isWithin } from '../auth/scope'
import { recordAudit } from '../audit/record'
import { withTenant, type Tx } from '../db/tenant'
import { Prisma } from '../generated/prisma/client'
import type { Role } from '../generated/prisma/enums'
import { DomainError, ForbiddenError, NotFoundError } from '../shared/errors'
import { revokeSessions } from './memberships'

export const SEPARATED_ROLES = ['LEADER', 'SECRETARIAT', 'COUNCIL_MEMBER'] as const satisfies readonly Role[]
export const needsSecondPerson = (role: Role) => (SEPARATED_ROLES as readonly Role[]).includes(role)

export const PENDING_MESSAGE =
  'Vai trò này chỉ có hiệu lực khi một người thứ hai (quản trị khác hoặc Lãnh đạo đơn vị) xác nhận.'

/** Records the request in the caller's transaction (the caller has checked the account and the unit). */
export async function requestGrant(
  tx: Tx,
  actor: Actor,
  grant: { userId: string; organizationId: string; role: Role },
) {
  try {
    const request = await tx.roleGrantRequest.create({
      data: { tenantId: actor.tenantId, ...grant, requestedById: actor.userId },
      select: { id: true },
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: grant.organizationId,
      action: 'membership.request',
      targetType: 'User',
      targetId: grant.userId,
      after: { requestId: request.id, organizationId: grant.organizationId, role: grant.role },
    })
    return request
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new DomainError('Vai trò này đã được đề nghị và đang chờ xác nhận.', 'role')
    throw error
  }
}

/** May the actor confirm grants at this unit (apart from being neither the requester nor the account)? */
export function canConfirmAt(actor: Actor, organization: { id: string; path: string }) {
  return (
    canAt(actor.memberships, 'user.manage', organization) ||
    actor.memberships.some((m) => m.role === 'LEADER' && isWithin(organization.path, m.organizationPath))
  )
}

export async function confirmGrant(actor: Actor, input: { requestId: string }) {
  return withTenant(actor.tenantId, async (tx) => {
    const tenantId = actor.tenantId
    const request = await tx.roleGrantRequest.findFirst({
      where: { tenantId, id: input.requestId, confirmedAt: null },
      select: { id: true, userId: true, organizationId: true, role: true, requestedById: true },
    })
    const organization = request
      ? await tx.organization.findFirst({
          where: { tenantId, id: request.organizationId },
          select: { id: true, path: true, active: true },
        })
      : null
    if (!request || !organization || !canConfirmAt(actor, organization))
      throw new NotFoundError('Không tìm thấy đề nghị cấp vai trò đang chờ xác nhận.')
    if (request.requestedById === actor.userId || request.userId === actor.userId)
      throw new ForbiddenError(
        'Người đề nghị hoặc chính người được cấp vai trò không tự xác nhận được: cần một người thứ hai.',
      )
    const { count } = await tx.roleGrantRequest.updateMany({
      where: { tenantId, id: request.id, confirmedAt: null },
      data: { confirmedById: actor.userId, confirmedAt: new Date() },
    })
    if (count !== 1) throw new DomainError('Đề nghị này vừa được xác nhận bởi người khác.')
    await tx.membership.upsert({
      where: {
        tenantId_userId_organizationId_role: {
          tenantId,
          userId: request.userId,
          organizationId: request.organizationId,
          role: request.role,
        },
      },
      create: { tenantId, userId: request.userId, organizationId: request.organizationId, role: request.role },
      update: {},
    })
    await revokeSessions(tx, tenantId, request.userId)
    await recordAudit(tx, {
      tenantId,
      actorId: actor.userId,
      organizationId: request.organizationId,
      action: 'membership.confirm',
      targetType: 'User',
      targetId: request.userId,
      after: { requestId: request.id, organizationId: request.organizationId, role: request.role },
    })
  })
}

/** Requests the actor may confirm, oldest first (one page). */
export async function pendingGrantsFor(tx: Tx, actor: Actor, take = 50) {
  const rows = await tx.roleGrantRequest.findMany({
    where: { tenantId: actor.tenantId, confirmedAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 500,
  })
  const orgs = await tx.organization.findMany({
    where: { tenantId: actor.tenantId, id: { in: [...new Set(rows.map((r) => r.organizationId))] } },
    select: { id: true, path: true, name: true },
  })
  const users = await tx.user.findMany({
    where: { tenantId: actor.tenantId, id: { in: [...new Set(rows.flatMap((r) => [r.userId, r.requestedById]))] } },
    select: { id: true, fullName: true, username: true },
  })
  const orgOf = new Map(orgs.map((o) => [o.id, o]))
  const userOf = new Map(users.map((u) => [u.id, u]))
  return rows
    .filter((r) => {
      const org = orgOf.get(r.organizationId)
      return org && canConfirmAt(actor, org) && r.requestedById !== actor.userId && r.userId !== actor.userId
    })
    .slice(0, take)
    .map((r) => ({
      id: r.id,
      role: r.role,
      organizationName: orgOf.get(r.organizationId)!.name,
      user: userOf.get(r.userId) ?? null,
      requestedBy: userOf.get(r.requestedById)?.fullName ?? '',
      createdAt: r.createdAt,
    }))
}
