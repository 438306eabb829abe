// Sending a submission as one package. When the level above decides (or goes on up), every nominee still
// in the package moves there by the nominee transition table (lib/dossiers/transitions.ts, "forward"),
// in one transaction: one that cannot move (not appraised, its council not passed…) refuses the whole
// package with its name and reason, and nothing moves. When this level decides, the tờ trình goes to its
// own leader and council: the nominees stay where they are, and the package is marked sent.
import type { Actor } from '../auth/actor'
import { holdsAt } from '../auth/scope'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { moveAllIn } from '../dossiers/bulk'
import { ConflictError, DomainError, ForbiddenError } from '../shared/errors'
import { findSubmissionForActor } from './queries'
import type { SendSubmissionInput } from './schemas'

export async function sendSubmission(actor: Actor, input: SendSubmissionInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const submission = await findSubmissionForActor(tx, actor, input.submissionId)
    if (!holdsAt(actor, 'dossier.appraise', submission.organizationId))
      throw new ForbiddenError('Chỉ Thường trực Hội đồng (cán bộ Nội vụ) của đơn vị lập tờ trình mới gửi được.')
    if (submission.sentAt) throw new DomainError('Tờ trình đã được gửi.')
    const { count } = await tx.submission.updateMany({
      where: { tenantId: actor.tenantId, id: submission.id, version: input.version, sentAt: null },
      data: { sentAt: new Date(), sentById: actor.userId, version: { increment: 1 } },
    })
    if (count !== 1) throw new ConflictError()
    const inPackage = await tx.dossierNominee.findMany({
      where: {
        tenantId: actor.tenantId,
        submissions: { some: { submissionId: submission.id } },
        holderOrgId: submission.organizationId,
        status: { in: ['IN_REVIEW', 'APPROVED'] },
      },
      select: { id: true, version: true, displayName: true, status: true },
      orderBy: { displayName: 'asc' },
    })
    if (inPackage.length === 0)
      throw new DomainError('Tờ trình không còn người được đề nghị nào ở đơn vị (đã trả lại hoặc chuyển hết).')
    const forwards = submission.toOrgId !== submission.organizationId
    if (forwards) {
      const approved = inPackage.find((n) => n.status !== 'IN_REVIEW')
      if (approved) throw new DomainError(`${approved.displayName}: đã được phê duyệt tại cấp này.`)
      const moves = inPackage.map((n) => ({ nomineeId: n.id, version: n.version, displayName: n.displayName }))
      await moveAllIn(tx, actor, moves, 'forward', 'Chưa gửi được tờ trình')
    }
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: submission.organizationId,
      action: 'submission.send',
      targetType: 'Submission',
      targetId: submission.id,
      after: { toOrgId: submission.toOrgId, nominees: inPackage.length, forwarded: forwards },
    })
    return { nominees: inPackage.length, forwarded: forwards }
  })
}
