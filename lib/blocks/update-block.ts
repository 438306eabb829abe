// Changing a block's name, year, members, leader or deputy: only by the managing level and only until
// the first score is recorded. Members who stay keep their signature; new members sign afterwards.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { ForbiddenError } from '../shared/errors'
import { canManageBlock } from './access'
import { checkSetup } from './create-block'
import { assertNotScored, bumpBlockVersion, lockManagingYear } from './guard'
import { findBlockForActor } from './queries'
import type { UpdateBlockInput } from './schemas'

export async function updateBlock(actor: Actor, input: UpdateBlockInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const block = await findBlockForActor(tx, actor, input.blockId)
    if (!canManageBlock(actor, block)) throw new ForbiddenError('Chỉ cấp quản lý khối mới sửa được thông tin khối.')
    await lockManagingYear(tx, actor.tenantId, block.organizationId, input.year)
    await bumpBlockVersion(tx, actor.tenantId, block.id, input.version, {
      name: input.name,
      year: input.year,
      leaderOrgId: input.leaderOrgId,
      deputyOrgId: input.deputyOrgId,
    })
    await assertNotScored(tx, actor.tenantId, block.id)
    await checkSetup(tx, actor.tenantId, block.organization, input, block.id)
    const removed = block.memberIds.filter((id) => !input.memberIds.includes(id))
    const added = input.memberIds.filter((id) => !block.memberIds.includes(id))
    if (removed.length)
      await tx.blockMember.deleteMany({
        where: { tenantId: actor.tenantId, blockId: block.id, organizationId: { in: removed } },
      })
    if (added.length)
      await tx.blockMember.createMany({
        data: added.map((organizationId) => ({ tenantId: actor.tenantId, blockId: block.id, organizationId })),
      })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: block.organizationId,
      action: 'block.update',
      targetType: 'EmulationBlock',
      targetId: block.id,
      before: {
        name: block.name,
        year: block.year,
        memberIds: block.memberIds,
        leaderOrgId: block.leaderOrgId,
        deputyOrgId: block.deputyOrgId,
      },
      after: {
        name: input.name,
        year: input.year,
        memberIds: input.memberIds,
        leaderOrgId: input.leaderOrgId,
        deputyOrgId: input.deputyOrgId,
      },
    })
  })
}
