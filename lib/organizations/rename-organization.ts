import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { ConflictError } from '../shared/errors'
import { assertNoActiveSiblingNamed } from './create-organization'
import { findOrganizationForActor } from './queries'
import type { RenameOrganizationInput } from './schemas'

export async function renameOrganization(actor: Actor, input: RenameOrganizationInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const unit = await findOrganizationForActor(tx, actor, input.id, 'org.manage')
    if (unit.version !== input.version) throw new ConflictError()
    if (unit.parentId) await assertNoActiveSiblingNamed(tx, actor.tenantId, unit.parentId, input.name, unit.id)
    // The version in the WHERE clause makes a concurrent save lose cleanly instead of overwriting.
    const { count } = await tx.organization.updateMany({
      where: { tenantId: actor.tenantId, id: unit.id, version: input.version },
      data: { name: input.name, shortName: input.shortName, version: { increment: 1 } },
    })
    if (count !== 1) throw new ConflictError()
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'organization.rename',
      targetType: 'Organization',
      targetId: unit.id,
      before: { name: unit.name, shortName: unit.shortName },
      after: { name: input.name, shortName: input.shortName },
    })
  })
}
