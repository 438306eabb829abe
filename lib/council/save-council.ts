// Setting up the council of a unit (one per unit) and editing its name and quorum.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { Prisma } from '../generated/prisma/client'
import { findOrganizationForActor } from '../organizations/queries'
import { DomainError } from '../shared/errors'
import { councilForChange } from './queries'
import type { CreateCouncilInput, UpdateCouncilInput } from './schemas'

export async function createCouncil(actor: Actor, input: CreateCouncilInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const unit = await findOrganizationForActor(tx, actor, input.organizationId, 'dossier.appraise')
    if (!unit.active) throw new DomainError('Đơn vị đã ngừng hoạt động: không thể thành lập Hội đồng.')
    try {
      const council = await tx.council.create({
        data: {
          tenantId: actor.tenantId,
          organizationId: unit.id,
          name: input.name,
          quorumPercent: input.quorumPercent,
        },
        select: { id: true },
      })
      await recordAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        organizationId: unit.id,
        action: 'council.create',
        targetType: 'Council',
        targetId: council.id,
        after: { name: input.name, quorumPercent: input.quorumPercent },
      })
      return council
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new DomainError('Đơn vị đã có Hội đồng Thi đua - Khen thưởng. Hãy tải lại trang.')
      }
      throw error
    }
  })
}

export async function updateCouncil(actor: Actor, input: UpdateCouncilInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const council = await councilForChange(tx, actor, input.councilId)
    if (input.quorumPercent !== council.quorumPercent) {
      const open = await tx.councilSession.findFirst({
        where: { tenantId: actor.tenantId, councilId: council.id, status: 'OPEN' },
        select: { title: true },
      })
      if (open) {
        throw new DomainError(
          `Phiên họp “${open.title}” chưa kết thúc: chưa thể thay đổi tỷ lệ dự họp tối thiểu.`,
          'quorumPercent',
        )
      }
    }
    await tx.council.updateMany({
      where: { tenantId: actor.tenantId, id: council.id },
      data: { name: input.name, quorumPercent: input.quorumPercent },
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: council.organizationId,
      action: 'council.update',
      targetType: 'Council',
      targetId: council.id,
      before: { name: council.name, quorumPercent: council.quorumPercent },
      after: { name: input.name, quorumPercent: input.quorumPercent },
    })
  })
}
