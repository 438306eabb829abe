// The emulation covenant (giao ước thi đua): its text and criteria table, edited by the managing level
// until scoring starts, then signed by the head of each member unit.
// Changing the text or the criteria after some units signed clears their signatures: a signature is
// given to one version of the covenant, and the units sign again what they will be scored on.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from '../shared/errors'
import { canManageBlock, isHeadOf } from './access'
import { assertNotScored, bumpBlockVersion, shareLockBlock } from './guard'
import { toDecimalString, toHundredths } from './points'
import { findBlockForActor } from './queries'
import type { AcceptCovenantInput, CovenantInput } from './schemas'

export async function saveCovenant(actor: Actor, input: CovenantInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const block = await findBlockForActor(tx, actor, input.blockId)
    if (!canManageBlock(actor, block))
      throw new ForbiddenError('Chỉ cấp quản lý khối mới soạn được giao ước và tiêu chí.')
    const covenant = input.covenant.trim() || null
    const flagQuota = input.flagQuota ?? block.flagQuota
    const criteria = input.criteria.map((c) => ({ ...c, kind: c.kind ?? 'TIEU_CHI' }))
    await bumpBlockVersion(tx, actor.tenantId, block.id, input.version, { covenant, flagQuota })
    await assertNotScored(tx, actor.tenantId, block.id)
    const current = await tx.blockCriterion.findMany({
      where: { tenantId: actor.tenantId, blockId: block.id },
      orderBy: { position: 'asc' },
      select: { name: true, kind: true, maxPoints: true },
    })
    const before = current.map((c) => ({ name: c.name, kind: c.kind, maxPoints: toHundredths(c.maxPoints) }))
    const criteriaChanged =
      before.length !== criteria.length ||
      before.some(
        (c, i) => c.name !== criteria[i].name || c.kind !== criteria[i].kind || c.maxPoints !== criteria[i].maxPoints,
      )
    if (criteriaChanged) {
      await tx.blockCriterion.deleteMany({ where: { tenantId: actor.tenantId, blockId: block.id } })
      await tx.blockCriterion.createMany({
        data: criteria.map((c, position) => ({
          tenantId: actor.tenantId,
          blockId: block.id,
          position,
          name: c.name,
          kind: c.kind,
          maxPoints: toDecimalString(c.maxPoints),
        })),
      })
    }
    const changed = criteriaChanged || covenant !== block.covenant
    const { count: signaturesCleared } = changed
      ? await tx.blockMember.updateMany({
          where: { tenantId: actor.tenantId, blockId: block.id, acceptedAt: { not: null } },
          data: { acceptedAt: null, acceptedById: null },
        })
      : { count: 0 }
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: block.organizationId,
      action: 'block.covenant',
      targetType: 'EmulationBlock',
      targetId: block.id,
      before: {
        covenant: block.covenant?.slice(0, 500) ?? null,
        criteria: before.map((c) => `${c.name} (${c.kind}): ${toDecimalString(c.maxPoints)}`),
        flagQuota: block.flagQuota,
      },
      after: {
        covenant: covenant?.slice(0, 500) ?? null,
        criteria: criteria.map((c) => `${c.name} (${c.kind}): ${toDecimalString(c.maxPoints)}`),
        flagQuota,
        signaturesCleared,
      },
    })
    return { signaturesCleared }
  })
}

/** The head of a member unit signs the covenant as read (its version) on behalf of the unit. */
export async function acceptCovenant(actor: Actor, input: AcceptCovenantInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const block = await findBlockForActor(tx, actor, input.blockId)
    if (!block.memberIds.includes(input.organizationId))
      throw new NotFoundError('Đơn vị không phải thành viên của khối.')
    if (!isHeadOf(actor, input.organizationId))
      throw new ForbiddenError('Chỉ thủ trưởng đơn vị thành viên mới ký giao ước cho đơn vị mình.')
    const version = await shareLockBlock(tx, actor.tenantId, block.id)
    if (version !== input.version)
      throw new ConflictError('Giao ước vừa được sửa đổi. Hãy tải lại trang, đọc lại nội dung rồi ký.')
    const [current, criteria] = await Promise.all([
      tx.emulationBlock.findFirst({ where: { tenantId: actor.tenantId, id: block.id }, select: { covenant: true } }),
      tx.blockCriterion.count({ where: { tenantId: actor.tenantId, blockId: block.id, kind: 'TIEU_CHI' } }),
    ])
    if (!current?.covenant || criteria === 0)
      throw new DomainError('Giao ước chưa có đủ nội dung và tiêu chí chấm điểm nên chưa thể ký.')
    const acceptedAt = new Date()
    const { count } = await tx.blockMember.updateMany({
      where: { tenantId: actor.tenantId, blockId: block.id, organizationId: input.organizationId, acceptedAt: null },
      data: { acceptedAt, acceptedById: actor.userId },
    })
    if (count !== 1) throw new DomainError('Đơn vị đã ký giao ước thi đua này.')
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: input.organizationId,
      action: 'block.accept',
      targetType: 'EmulationBlock',
      targetId: block.id,
      after: { organizationId: input.organizationId, acceptedAt: acceptedAt.toISOString(), version },
    })
  })
}
