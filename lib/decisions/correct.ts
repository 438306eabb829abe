// A correction letter (công văn đính chính) for a form error of an issued decision (NĐ 30/2020 Art.
// 18(3)): a misspelt name, a wrong title or signer name. It never changes who is awarded what (that
// needs an amending or replacing decision, or a revocation). The change, the letter and the audit entry
// commit together; the decision page lists every correction.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { DomainError, NotFoundError } from '../shared/errors'
import { decisionForSigner, supersededError } from './access'
import type { CorrectDecisionInput } from './schemas'

export async function correctDecision(actor: Actor, input: CorrectDecisionInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const { decision, unit } = await decisionForSigner(tx, actor, input.decisionId)
    let before: string
    if (input.field === 'displayName') {
      const item = await tx.awardDecisionItem.findFirst({
        where: { tenantId: actor.tenantId, id: input.itemId!, decisionId: decision.id },
        select: {
          id: true,
          displayName: true,
          supersededAt: true,
          replacedBy: { select: { decision: { select: { documentNumber: true } } }, take: 1 },
        },
      })
      if (!item) throw new NotFoundError('Không tìm thấy người được khen thưởng trong quyết định.')
      if (item.supersededAt) throw supersededError(item)
      before = item.displayName
      if (before === input.after) throw new DomainError('Nội dung đúng trùng với nội dung hiện tại.', 'after')
      await tx.awardDecisionItem.update({ where: { id: item.id }, data: { displayName: input.after } })
    } else {
      before = (input.field === 'title' ? decision.title : decision.signerName) ?? ''
      if (before === input.after) throw new DomainError('Nội dung đúng trùng với nội dung hiện tại.', 'after')
      // Only if it still reads what the signer corrected: a concurrent correction loses with a message.
      const { count } = await tx.awardDecision.updateMany({
        where: { tenantId: actor.tenantId, id: decision.id, [input.field]: decision[input.field] },
        data: { [input.field]: input.after },
      })
      if (count !== 1) throw new DomainError('Quyết định vừa được người khác thay đổi. Hãy tải lại trang.')
    }
    const correction = await tx.decisionCorrection.create({
      data: {
        tenantId: actor.tenantId,
        decisionId: decision.id,
        itemId: input.field === 'displayName' ? input.itemId : null,
        field: input.field,
        before,
        after: input.after,
        letterNumber: input.letterNumber,
        letterDate: input.letterDate,
        reason: input.reason,
        createdById: actor.userId,
      },
      select: { id: true },
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'decision.correct',
      targetType: 'AwardDecision',
      targetId: decision.id,
      before: { field: input.field, value: before },
      after: { field: input.field, value: input.after, letter: input.letterNumber },
    })
    return correction
  })
}
