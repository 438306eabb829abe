import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { ConflictError, DomainError } from '../shared/errors'
import { assertNoActiveSiblingNamed } from './create-organization'
import { findOrganizationForActor } from './queries'
import type { SetOrganizationActiveInput } from './schemas'

/**
 * Deactivates (ngừng hoạt động) or reactivates a unit. Units are never deleted: plans, dossiers and
 * awards keep pointing at them, and validTo records when a unit stopped (e.g. a merger).
 */
export async function setOrganizationActive(actor: Actor, input: SetOrganizationActiveInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const unit = await findOrganizationForActor(tx, actor, input.id, 'org.manage')
    if (unit.version !== input.version) throw new ConflictError()
    if (unit.active === input.active) return
    if (!unit.parentId) throw new DomainError('Không thể ngừng hoạt động đơn vị gốc của tỉnh.')
    if (!input.active) {
      const activeChildren = await tx.organization.count({
        where: { tenantId: actor.tenantId, parentId: unit.id, active: true },
      })
      if (activeChildren > 0) {
        throw new DomainError(
          `Đơn vị còn ${activeChildren} đơn vị trực thuộc đang hoạt động: hãy chuyển hoặc ngừng hoạt động các đơn vị đó trước.`,
        )
      }
    } else {
      const parent = await tx.organization.findFirst({
        where: { tenantId: actor.tenantId, id: unit.parentId },
        select: { active: true },
      })
      if (!parent?.active)
        throw new DomainError('Đơn vị cấp trên đang ngừng hoạt động: hãy kích hoạt đơn vị cấp trên trước.')
      await assertNoActiveSiblingNamed(tx, actor.tenantId, unit.parentId, unit.name, unit.id)
    }
    const { count } = await tx.organization.updateMany({
      where: { tenantId: actor.tenantId, id: unit.id, version: input.version },
      data: { active: input.active, validTo: input.active ? null : new Date(), version: { increment: 1 } },
    })
    if (count !== 1) throw new ConflictError()
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: input.active ? 'organization.activate' : 'organization.deactivate',
      targetType: 'Organization',
      targetId: unit.id,
      before: { active: unit.active },
      after: { active: input.active },
    })
  })
}
