// Revocation (hủy bỏ) of one awardee of an issued decision, on a ground of Luật 2022 Art. 93(2): the
// award leaves the history (later eligibility no longer counts it), the initiatives it consumed are
// released in the ledger (they may serve again), the money is no longer in the decision's total, the
// nominee is marked revoked, and the awardee's unit is told. One transaction with its audit entry.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { isAwardCode, awardLabel } from '../awards/catalog'
import { withTenant } from '../db/tenant'
import { DomainError, NotFoundError } from '../shared/errors'
import { decisionForSigner, supersededError } from './access'
import { revocationGroundLabel, type RevokeItemInput } from './schemas'

export async function revokeDecisionItem(actor: Actor, input: RevokeItemInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const { decision, unit } = await decisionForSigner(tx, actor, input.decisionId)
    const item = await tx.awardDecisionItem.findFirst({
      where: { tenantId: actor.tenantId, id: input.itemId, decisionId: decision.id },
      select: {
        id: true,
        nomineeId: true,
        personId: true,
        organizationId: true,
        displayName: true,
        award: true,
        amount: true,
        revokedAt: true,
        supersededAt: true,
        replacedBy: { select: { decision: { select: { documentNumber: true } } }, take: 1 },
      },
    })
    if (!item) throw new NotFoundError('Không tìm thấy người được khen thưởng trong quyết định.')
    if (item.supersededAt) throw supersededError(item)
    const { count } = await tx.awardDecisionItem.updateMany({
      where: { tenantId: actor.tenantId, id: item.id, revokedAt: null, supersededAt: null },
      data: {
        revokedAt: new Date(),
        revocationGround: input.ground,
        revocationDocument: input.document,
        revocationNote: input.note,
      },
    })
    if (count !== 1) throw new DomainError('Khen thưởng này đã được hủy bỏ hoặc sửa đổi trước đó. Hãy tải lại trang.')
    const reason = `Hủy bỏ theo ${input.document}: ${revocationGroundLabel(input.ground)}`
    const removed = await tx.awardRecord.deleteMany({ where: { tenantId: actor.tenantId, decisionItemId: item.id } })
    const released = await tx.initiativeUse.updateMany({
      where: { tenantId: actor.tenantId, decisionItemId: item.id, releasedAt: null },
      data: { releasedAt: new Date(), releaseReason: reason },
    })
    await tx.dossierNominee.updateMany({
      where: { tenantId: actor.tenantId, id: item.nomineeId, status: 'AWARDED' },
      data: { status: 'REVOKED', version: { increment: 1 } },
    })
    const home = item.personId
      ? (
          await tx.person.findFirst({
            where: { tenantId: actor.tenantId, id: item.personId },
            select: { organizationId: true },
          })
        )?.organizationId
      : item.organizationId
    const award = isAwardCode(item.award) ? awardLabel(item.award) : item.award
    if (home)
      await tx.notification.create({
        data: {
          tenantId: actor.tenantId,
          organizationId: home,
          text: `${unit.name} hủy bỏ khen thưởng ${award} của ${item.displayName} tại Quyết định số ${decision.documentNumber} (${input.document}); thu hồi hiện vật và tiền thưởng.`,
          link: `/ho-so-khen-thuong/quyet-dinh/${decision.id}`,
        },
      })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'decision.revoke_item',
      targetType: 'AwardDecisionItem',
      targetId: item.id,
      before: { award: item.award, amount: item.amount },
      after: {
        ground: input.ground,
        document: input.document,
        historyRemoved: removed.count,
        initiativesReleased: released.count,
      },
    })
    return { historyRemoved: removed.count, initiativesReleased: released.count, amount: item.amount }
  })
}
