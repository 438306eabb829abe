// An account for a consulted body (Công an tỉnh, Thuế tỉnh…): the body answers the hiệp y letters sent
// to it in the app instead of on paper. The tenant's administrator at the province makes it; the role
// (CONSULTED_BODY) gives only consultation.answer, and the membership names the body — at the tenant's
// root, since the tenant's bodies serve the whole tenant (docs/decisions/0021-consulted-body-accounts.md).
import type { Actor } from '../auth/actor'
import { hashPassword } from '../auth/password'
import { recordAudit } from '../audit/record'
import { withTenant, type Tx } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { DomainError, NotFoundError } from '../shared/errors'
import { assertUsernameFree } from './create-user'
import type { CreateConsultedBodyAccountInput } from './schemas'

/** The tenant's root unit, if the actor manages the accounts there; else "not found". */
export async function rootForAccounts(tx: Tx, actor: Actor) {
  const root = await tx.organization.findFirst({
    where: { tenantId: actor.tenantId, parentId: null },
    select: { id: true },
    orderBy: { depth: 'asc' },
  })
  if (!root) throw new NotFoundError('Không tìm thấy đơn vị.')
  return findOrganizationForActor(tx, actor, root.id, 'user.manage')
}

export async function createConsultedBodyAccount(actor: Actor, input: CreateConsultedBodyAccountInput) {
  const passwordHash = await hashPassword(input.password) // slow: outside the transaction
  return withTenant(actor.tenantId, async (tx) => {
    const root = await rootForAccounts(tx, actor)
    const body = await tx.consultedBody.findFirst({
      where: { tenantId: actor.tenantId, id: input.bodyId, active: true },
      select: { id: true, name: true },
    })
    if (!body) throw new DomainError('Cơ quan này không có trong danh sách cơ quan được xin ý kiến.', 'bodyId')
    await assertUsernameFree(tx, input.username)
    const user = await tx.user.create({
      data: {
        tenantId: actor.tenantId,
        username: input.username,
        fullName: input.fullName,
        email: input.email,
        passwordHash,
      },
      select: { id: true, username: true },
    })
    await tx.membership.create({
      data: {
        tenantId: actor.tenantId,
        userId: user.id,
        organizationId: root.id,
        role: 'CONSULTED_BODY',
        consultedBodyId: body.id,
      },
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: root.id,
      action: 'user.create',
      targetType: 'User',
      targetId: user.id,
      after: { username: user.username, fullName: input.fullName, role: 'CONSULTED_BODY', consultedBody: body.name },
    })
    return user
  })
}

export const BODY_ACCOUNT_PAGE_SIZE = 25

/** The tenant's bodies (for the form) and one page of their accounts. */
export async function consultedBodyAccounts(tx: Tx, actor: Actor, page: number) {
  const root = await rootForAccounts(tx, actor)
  const where = { tenantId: actor.tenantId, role: 'CONSULTED_BODY' as const, organizationId: root.id }
  const [bodies, total, accounts] = await Promise.all([
    tx.consultedBody.findMany({
      where: { tenantId: actor.tenantId, active: true },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
      take: 200,
    }),
    tx.membership.count({ where }),
    tx.membership.findMany({
      where,
      select: {
        id: true,
        consultedBody: { select: { name: true } },
        user: { select: { id: true, fullName: true, username: true, active: true } },
      },
      orderBy: [{ consultedBody: { name: 'asc' } }, { createdAt: 'asc' }],
      skip: (page - 1) * BODY_ACCOUNT_PAGE_SIZE,
      take: BODY_ACCOUNT_PAGE_SIZE,
    }),
  ])
  return {
    bodies,
    accounts,
    page,
    pageCount: Math.max(1, Math.ceil(total / BODY_ACCOUNT_PAGE_SIZE)),
  }
}
