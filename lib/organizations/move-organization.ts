import type { Actor } from '../auth/actor'
import { childPath } from '../auth/scope'
import { recordAudit } from '../audit/record'
import { lockKey, withTenant } from '../db/tenant'
import { ConflictError, DomainError } from '../shared/errors'
import { assertNoActiveSiblingNamed } from './create-organization'
import { findOrganizationForActor } from './queries'
import { moveError } from './rules'
import type { MoveOrganizationInput } from './schemas'

/** Moves a unit and its whole subtree under a new parent; both ends must be in the actor's scope. */
export async function moveOrganization(actor: Actor, input: MoveOrganizationInput) {
  return withTenant(actor.tenantId, async (tx) => {
    // Moves of one tenant's tree take turns: paths read below stay true until this one commits
    // (two crossing moves could otherwise build a cycle or re-root from a stale path).
    await lockKey(tx, `org-tree:${actor.tenantId}`)
    const unit = await findOrganizationForActor(tx, actor, input.id, 'org.manage')
    const newParent = await findOrganizationForActor(tx, actor, input.newParentId, 'org.manage')
    if (unit.version !== input.version) throw new ConflictError()
    const tenant = await tx.tenant.findFirstOrThrow({ where: { id: actor.tenantId }, select: { hasDistricts: true } })
    const refusal = moveError(unit, newParent, tenant.hasDistricts)
    if (refusal) throw new DomainError(refusal, 'newParentId')
    if (unit.active) await assertNoActiveSiblingNamed(tx, actor.tenantId, newParent.id, unit.name, unit.id)

    const { count } = await tx.organization.updateMany({
      where: { tenantId: actor.tenantId, id: unit.id, version: input.version },
      data: { parentId: newParent.id, version: { increment: 1 } },
    })
    if (count !== 1) throw new ConflictError()
    // Re-root the whole subtree's paths and depths in one statement.
    const newPath = childPath(newParent.path, unit.id)
    const depthDelta = newParent.depth + 1 - unit.depth
    await tx.$executeRaw`
      UPDATE "Organization"
         SET "path" = ${newPath} || substr("path", ${unit.path.length + 1}),
             "depth" = "depth" + ${depthDelta}
       WHERE "tenantId" = ${actor.tenantId}::uuid AND "path" LIKE ${unit.path + '%'}`
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'organization.move',
      targetType: 'Organization',
      targetId: unit.id,
      before: { parentId: unit.parentId },
      after: { parentId: newParent.id },
    })
  })
}
