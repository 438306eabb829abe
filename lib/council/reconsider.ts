// Re-consideration (xét lại) of a nominee the council has already voted on: only the council's chair may
// allow it, with a reason, recorded in the journal; the next session that takes the nominee up uses the
// leave (lib/council/open-session.ts). Without it the secretariat could put a nominee back on session after
// session until one gives the result it wants (docs/decisions/0006-secret-ballot.md).
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { DomainError, ForbiddenError, NotFoundError } from '../shared/errors'
import { holdsCouncilRole } from './access'
import { findCouncilForActor } from './queries'
import type { ReconsiderInput } from './schemas'

export const CHAIR_ONLY = 'Chỉ Chủ tịch Hội đồng mới cho phép xét lại một trường hợp đã được biểu quyết.'

export async function allowReconsideration(actor: Actor, input: ReconsiderInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const tenantId = actor.tenantId
    const council = await findCouncilForActor(tx, actor, input.councilId)
    if (!council.me?.isChair || !holdsCouncilRole(actor, council.organizationId)) throw new ForbiddenError(CHAIR_ONLY)
    await tx.$queryRaw`SELECT 1 FROM "Council" WHERE "tenantId" = ${tenantId}::uuid AND "id" = ${council.id}::uuid FOR UPDATE`
    const voted = await tx.sessionItem.findFirst({
      where: { tenantId, nomineeId: input.nomineeId, session: { councilId: council.id, status: 'CLOSED' } },
      select: { id: true },
    })
    if (!voted) throw new NotFoundError('Trường hợp này chưa được Hội đồng biểu quyết nên không cần xét lại.')
    const pending = await tx.councilReconsideration.findFirst({
      where: { tenantId, councilId: council.id, nomineeId: input.nomineeId, usedBySessionId: null },
      select: { id: true },
    })
    if (pending) throw new DomainError('Đã cho phép xét lại trường hợp này; phiên họp tiếp theo sẽ xét.', 'nomineeId')
    const leave = await tx.councilReconsideration.create({
      data: {
        tenantId,
        councilId: council.id,
        nomineeId: input.nomineeId,
        chairUserId: actor.userId,
        reason: input.reason,
      },
      select: { id: true },
    })
    await recordAudit(tx, {
      tenantId,
      actorId: actor.userId,
      organizationId: council.organizationId,
      action: 'council.reconsider',
      targetType: 'DossierNominee',
      targetId: input.nomineeId,
      after: { councilId: council.id, reconsiderationId: leave.id, reason: input.reason },
    })
    return leave
  })
}
