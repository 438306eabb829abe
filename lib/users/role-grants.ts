// Separation of duties where the law's roles meet: the roles that decide awards or sit on the council
// (Lãnh đạo, Thường trực Hội đồng, Thành viên Hội đồng) are never granted by one person alone. A tenant
// admin's grant of such a role is a pending request; it takes effect when a second person confirms it —
// another account manager of the unit (or above), or a leader of the unit (or above) — who is neither the
// requester nor the account itself. Otherwise an admin could give itself, or a puppet account whose
// password it set, a vote on the council (issue 10, finding 7; docs/decisions/0011-least-privilege.md).
import type { Actor } from '../auth/actor'
import { canAt, scopeRoots } from '../auth/scope'
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

/**
 * May the actor confirm or refuse grants at this unit (apart from being neither the requester nor the
 * account)? An account manager or a leader of the unit or above: the roles holding grant.confirm.
 */
export function canConfirmAt(actor: Actor, organization: { id: string; path: string }) {
  return canAt(actor.memberships, 'grant.confirm', organization)
}

export const NOT_FOUND_REQUEST = 'Không tìm thấy đề nghị cấp vai trò đang chờ xác nhận.'
export const NOT_ONESELF =
  'Người đề nghị hoặc chính người được cấp vai trò không tự xác nhận hay từ chối được: cần một người thứ hai.'

/** The open request, when the actor may decide it; NotFoundError or ForbiddenError otherwise. */
async function requestToDecide(tx: Tx, actor: Actor, requestId: string) {
  const tenantId = actor.tenantId
  const request = await tx.roleGrantRequest.findFirst({
    where: { tenantId, id: requestId, confirmedAt: null, refusedAt: null },
    select: { id: true, userId: true, organizationId: true, role: true, requestedById: true },
  })
  const organization = request
    ? await tx.organization.findFirst({
        where: { tenantId, id: request.organizationId },
        select: { id: true, path: true, active: true },
      })
    : null
  if (!request || !organization || !canConfirmAt(actor, organization)) throw new NotFoundError(NOT_FOUND_REQUEST)
  if (request.requestedById === actor.userId || request.userId === actor.userId) throw new ForbiddenError(NOT_ONESELF)
  return request
}

const JUST_DECIDED = 'Đề nghị này vừa được người khác xác nhận hoặc từ chối. Hãy tải lại trang.'

export async function confirmGrant(actor: Actor, input: { requestId: string }) {
  return withTenant(actor.tenantId, async (tx) => {
    const tenantId = actor.tenantId
    const request = await requestToDecide(tx, actor, input.requestId)
    const { count } = await tx.roleGrantRequest.updateMany({
      where: { tenantId, id: request.id, confirmedAt: null, refusedAt: null },
      data: { confirmedById: actor.userId, confirmedAt: new Date() },
    })
    if (count !== 1) throw new DomainError(JUST_DECIDED)
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

/** The second person refuses the grant, with a reason; the account gets nothing, the requester may ask again. */
export async function refuseGrant(actor: Actor, input: { requestId: string; reason: string }) {
  return withTenant(actor.tenantId, async (tx) => {
    const tenantId = actor.tenantId
    const request = await requestToDecide(tx, actor, input.requestId)
    const { count } = await tx.roleGrantRequest.updateMany({
      where: { tenantId, id: request.id, confirmedAt: null, refusedAt: null },
      data: { refusedById: actor.userId, refusedAt: new Date(), refuseReason: input.reason },
    })
    if (count !== 1) throw new DomainError(JUST_DECIDED)
    await recordAudit(tx, {
      tenantId,
      actorId: actor.userId,
      organizationId: request.organizationId,
      action: 'membership.refuse',
      targetType: 'User',
      targetId: request.userId,
      after: {
        requestId: request.id,
        organizationId: request.organizationId,
        role: request.role,
        reason: input.reason,
      },
    })
  })
}

export const PENDING_PAGE_SIZE = 20

/**
 * Requests the actor may confirm or refuse, oldest first, one page: open, at a unit within the actor's
 * grant.confirm scope, neither asked by the actor nor for the actor. One query for the page, one for the
 * count, one each for the names (no query per row).
 */
export async function listPendingGrants(tx: Tx, actor: Actor, page = 1) {
  const tenantId = actor.tenantId
  const roots = scopeRoots(actor.memberships, 'grant.confirm')
  const empty = { rows: [], total: 0, page: 1, pageCount: 1 }
  if (!roots.length) return empty
  const within = Prisma.join(
    roots.map((root) => Prisma.sql`starts_with(o."path", ${root})`),
    ' OR ',
  )
  const where = Prisma.sql`
    r."tenantId" = ${tenantId}::uuid AND r."confirmedAt" IS NULL AND r."refusedAt" IS NULL
    AND r."requestedById" <> ${actor.userId}::uuid AND r."userId" <> ${actor.userId}::uuid AND (${within})`
  const [{ total }] = await tx.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM "RoleGrantRequest" r
    JOIN "Organization" o ON o."tenantId" = r."tenantId" AND o."id" = r."organizationId"
    WHERE ${where}`
  const pageCount = Math.max(1, Math.ceil(total / PENDING_PAGE_SIZE))
  const current = Math.min(Math.max(1, page), pageCount)
  const rows = await tx.$queryRaw<
    { id: string; role: Role; userId: string; requestedById: string; createdAt: Date; organizationName: string }[]
  >`
    SELECT r."id", r."role", r."userId", r."requestedById", r."createdAt", o."name" AS "organizationName"
    FROM "RoleGrantRequest" r
    JOIN "Organization" o ON o."tenantId" = r."tenantId" AND o."id" = r."organizationId"
    WHERE ${where}
    ORDER BY r."createdAt" ASC, r."id" ASC
    LIMIT ${PENDING_PAGE_SIZE} OFFSET ${(current - 1) * PENDING_PAGE_SIZE}`
  const users = await tx.user.findMany({
    where: { tenantId, id: { in: [...new Set(rows.flatMap((r) => [r.userId, r.requestedById]))] } },
    select: { id: true, fullName: true, username: true },
  })
  const userOf = new Map(users.map((u) => [u.id, u]))
  return {
    rows: rows.map((r) => ({
      id: r.id,
      role: r.role,
      organizationName: r.organizationName,
      user: userOf.get(r.userId) ?? null,
      requestedBy: userOf.get(r.requestedById)?.fullName ?? '',
      createdAt: r.createdAt,
    })),
    total,
    page: current,
    pageCount,
  }
}

/** Requests the actor may confirm, oldest first (the first page). */
export async function pendingGrantsFor(tx: Tx, actor: Actor) {
  return (await listPendingGrants(tx, actor, 1)).rows
}
