// Emulation movements: launched by a unit to units below it; each launched unit records how it takes part.
import { assertCan, type Actor } from '../auth/actor'
import { canAt, isWithin } from '../auth/scope'
import { recordAudit } from '../audit/record'
import { isUuid, withTenant, type Tx } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { DomainError, NotFoundError } from '../shared/errors'
import type { LaunchMovementInput } from './schemas'

export async function launchMovement(actor: Actor, input: LaunchMovementInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const unit = await findOrganizationForActor(tx, actor, input.organizationId, 'movement.manage')
    assertCan(actor, 'movement.manage', unit)
    const targets = await tx.organization.findMany({
      where: { tenantId: actor.tenantId, id: { in: input.targetIds }, active: true },
      select: { id: true, path: true },
    })
    if (
      targets.length !== new Set(input.targetIds).size ||
      targets.some((t) => t.id === unit.id || !isWithin(t.path, unit.path))
    ) {
      throw new DomainError('Chỉ phát động được tới các đơn vị cấp dưới đang hoạt động.', 'targetIds')
    }
    if (input.planId) {
      const plan = await tx.plan.findFirst({
        where: { tenantId: actor.tenantId, id: input.planId, organizationId: unit.id },
        select: { id: true },
      })
      if (!plan) throw new DomainError('Kế hoạch liên kết không thuộc đơn vị.', 'planId')
    }
    const movement = await tx.movement.create({
      data: {
        tenantId: actor.tenantId,
        organizationId: unit.id,
        name: input.name,
        kind: input.kind,
        fromDate: input.fromDate,
        toDate: input.toDate,
        content: input.content,
        planId: input.planId,
        createdById: actor.userId,
      },
      select: { id: true },
    })
    await tx.movementTarget.createMany({
      data: targets.map((t) => ({ tenantId: actor.tenantId, movementId: movement.id, organizationId: t.id })),
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'movement.launch',
      targetType: 'Movement',
      targetId: movement.id,
      after: { name: input.name, targets: targets.length },
    })
    return movement
  })
}

export async function recordParticipation(actor: Actor, input: { targetId: string; participation: string }) {
  return withTenant(actor.tenantId, async (tx) => {
    if (!isUuid(input.targetId)) throw new NotFoundError()
    const target = await tx.movementTarget.findFirst({
      where: { tenantId: actor.tenantId, id: input.targetId },
      select: { id: true, organizationId: true, movementId: true },
    })
    const unit = target
      ? await tx.organization.findFirst({
          where: { tenantId: actor.tenantId, id: target.organizationId },
          select: { id: true, path: true },
        })
      : null
    if (!target || !unit || !canAt(actor.memberships, 'registration.manage', unit))
      throw new NotFoundError('Không tìm thấy phong trào.')
    await tx.movementTarget.update({
      where: { id: target.id },
      data: { participation: input.participation, reportedAt: new Date() },
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'movement.participate',
      targetType: 'Movement',
      targetId: target.movementId,
    })
  })
}

export const MOVEMENT_PAGE_SIZE = 20

/** Movements the workspace unit launched and those launched to it, newest first. */
export async function listMovements(tx: Tx, actor: Actor, workspaceId: string, page: number) {
  const unit = await findOrganizationForActor(tx, actor, workspaceId, 'workspace.view')
  const where = {
    tenantId: actor.tenantId,
    OR: [{ organizationId: unit.id }, { targets: { some: { organizationId: unit.id } } }],
  }
  const [total, movements] = await Promise.all([
    tx.movement.count({ where }),
    tx.movement.findMany({
      where,
      orderBy: { fromDate: 'desc' },
      skip: (page - 1) * MOVEMENT_PAGE_SIZE,
      take: MOVEMENT_PAGE_SIZE,
      select: {
        id: true,
        organizationId: true,
        name: true,
        kind: true,
        fromDate: true,
        toDate: true,
        content: true,
        targets: { select: { id: true, organizationId: true, participation: true, reportedAt: true } },
      },
    }),
  ])
  const orgIds = [...new Set(movements.flatMap((m) => [m.organizationId, ...m.targets.map((t) => t.organizationId)]))]
  const names = new Map(
    (
      await tx.organization.findMany({
        where: { tenantId: actor.tenantId, id: { in: orgIds } },
        select: { id: true, name: true },
      })
    ).map((o) => [o.id, o.name]),
  )
  return { unit, movements, names, total, page, pageCount: Math.max(1, Math.ceil(total / MOVEMENT_PAGE_SIZE)) }
}
