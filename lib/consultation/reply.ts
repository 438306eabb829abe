// The one home of a consulted body's answer about one nominee, whoever enters it — the secretariat
// recording a written reply (recordReply) or the body's own account (answerAsBody): one answer per body
// and nominee, an objection opens a dated ConductRecord (source CONSULTATION) that the eligibility
// checks read, and the journal entry commits with them. The callers have found the letter, the body and
// the nominee in the actor's reach.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import type { Tx } from '../db/tenant'
import { Prisma } from '../generated/prisma/client'
import type { ConductKind } from '../generated/prisma/enums'
import { todayInVietnam } from '../shared/dates'
import { ConflictError } from '../shared/errors'

export type ReplyWrite = {
  consultation: { id: string; organizationId: string }
  body: { id: string; name: string }
  nominee: { id: string; personId: string | null; organizationId: string | null; displayName: string }
  answer: 'NO_OBJECTION' | 'OBJECTION'
  kind: ConductKind
  reason: string | null
  reference: string | null
  /** who entered it: the secretariat from a written reply, or the body in the app */
  by: 'SECRETARIAT' | 'BODY'
}

export async function writeReply(tx: Tx, actor: Actor, w: ReplyWrite) {
  const tenantId = actor.tenantId
  const existing = await tx.consultationReply.findFirst({
    where: { tenantId, consultationId: w.consultation.id, bodyId: w.body.id, nomineeId: w.nominee.id },
    select: { id: true },
  })
  if (existing) throw new ConflictError(`Đã ghi ý kiến của ${w.body.name} về ${w.nominee.displayName}.`)
  const objection = w.answer === 'OBJECTION'
  const reply = await tx.consultationReply
    .create({
      data: {
        tenantId,
        consultationId: w.consultation.id,
        bodyId: w.body.id,
        nomineeId: w.nominee.id,
        objection,
        reason: w.reason,
        reference: w.reference,
        recordedById: actor.userId,
      },
      select: { id: true },
    })
    .catch((error: unknown) => {
      // the same answer entered at the same moment by the body and by the secretariat
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
        throw new ConflictError(`Đã ghi ý kiến của ${w.body.name} về ${w.nominee.displayName}.`)
      throw error
    })
  if (objection)
    await tx.conductRecord.create({
      data: {
        tenantId,
        personId: w.nominee.personId,
        organizationId: w.nominee.personId ? null : w.nominee.organizationId,
        kind: w.kind,
        startedOn: todayInVietnam(),
        summary: w.reason!,
        reference: w.reference,
        source: 'CONSULTATION',
        sourceBody: w.body.name,
        consultationReplyId: reply.id,
        createdById: actor.userId,
      },
    })
  await recordAudit(tx, {
    tenantId,
    actorId: actor.userId,
    organizationId: w.consultation.organizationId,
    action: 'consultation.reply',
    targetType: 'ConsultationReply',
    targetId: reply.id,
    after: { body: w.body.name, nomineeId: w.nominee.id, objection, reason: w.reason, by: w.by },
  })
  return reply
}
