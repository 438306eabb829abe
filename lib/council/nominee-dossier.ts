// What a council member reads before voting: the dossier of a nominee on the session (its proposing
// unit, the achievement summary, the appraisal's checks) and its files (báo cáo thành tích of the
// nominee, the dossier's tờ trình and biên bản). Open to the members of that session's council for the
// nominees on that session; anything else is "not found" (canReadSessionDossiers).
import type { Actor } from '../auth/actor'
import { parseAppraisal } from '../dossiers/appraisal'
import { readStoredFile } from '../dossiers/storage'
import { isUuid, withTenant, type Tx } from '../db/tenant'
import { NotFoundError } from '../shared/errors'
import { canReadSessionDossiers, concernsWorkspace } from './access'
import { findSessionForActor } from './queries'
import { awardName } from './views'

const NOT_FOUND = 'Không tìm thấy hồ sơ của người được đề nghị trong phiên họp.'

/** The session item of the nominee, when the actor is a member of the session's council. */
async function itemForMember(
  tx: Tx,
  actor: Actor,
  workspace: { path: string } | null,
  sessionId: string,
  nomineeId: string,
) {
  if (!isUuid(nomineeId)) throw new NotFoundError(NOT_FOUND)
  const session = await findSessionForActor(tx, actor, sessionId)
  const isMember = Boolean(session.council.me)
  if (!canReadSessionDossiers(isMember)) throw new NotFoundError(NOT_FOUND)
  if (workspace && !concernsWorkspace(session.council.organization, workspace, isMember))
    throw new NotFoundError(NOT_FOUND)
  const item = await tx.sessionItem.findFirst({
    where: { tenantId: actor.tenantId, sessionId: session.id, nomineeId },
    select: { id: true, award: true },
  })
  if (!item) throw new NotFoundError(NOT_FOUND)
  const nominee = await tx.dossierNominee.findFirst({
    where: { tenantId: actor.tenantId, id: nomineeId },
    select: {
      id: true,
      dossierId: true,
      displayName: true,
      award: true,
      achievement: true,
      personId: true,
      organizationId: true,
      appraisal: true,
      appraisedAt: true,
      overrideReason: true,
    },
  })
  if (!nominee) throw new NotFoundError(NOT_FOUND)
  return { session, item, nominee }
}

export async function loadSessionNomineeDossier(
  tx: Tx,
  actor: Actor,
  workspace: { path: string } | null,
  sessionId: string,
  nomineeId: string,
) {
  const tenantId = actor.tenantId
  const { session, nominee } = await itemForMember(tx, actor, workspace, sessionId, nomineeId)
  const dossier = await tx.dossier.findFirstOrThrow({
    where: { tenantId, id: nominee.dossierId },
    select: { id: true, title: true, year: true, kind: true, proposingOrgId: true, submittedAt: true },
  })
  const [proposing, attachments, person, evaluation] = await Promise.all([
    tx.organization.findFirst({ where: { tenantId, id: dossier.proposingOrgId }, select: { name: true } }),
    tx.dossierAttachment.findMany({
      where: { tenantId, dossierId: dossier.id, OR: [{ nomineeId: nominee.id }, { nomineeId: null }] },
      select: { id: true, kind: true, fileName: true, size: true, nomineeId: true, createdAt: true },
      orderBy: [{ kind: 'asc' }, { createdAt: 'asc' }],
    }),
    nominee.personId
      ? tx.person.findFirst({
          where: { tenantId, id: nominee.personId },
          select: { position: true, gender: true, organization: { select: { name: true } } },
        })
      : Promise.resolve(null),
    tx.evaluationVote.findFirst({
      where: { tenantId, nomineeId: nominee.id },
      select: { agree: true, disagree: true, evaluation: { select: { meetingOn: true, membersTotal: true } } },
    }),
  ])
  return {
    session: { id: session.id, title: session.title, councilName: session.council.name },
    nominee: {
      id: nominee.id,
      displayName: nominee.displayName,
      awardLabel: awardName(nominee.award),
      achievement: nominee.achievement,
      collective: nominee.personId === null,
      position: person?.position ?? null,
      unitName: person?.organization.name ?? null,
    },
    dossier: { ...dossier, proposingName: proposing?.name ?? '' },
    appraisal: parseAppraisal(nominee.appraisal)
      ? { appraisal: nominee.appraisal, appraisedAt: nominee.appraisedAt, overrideReason: nominee.overrideReason }
      : null,
    evaluation,
    reports: attachments.filter((a) => a.nomineeId === nominee.id),
    dossierFiles: attachments.filter((a) => a.nomineeId === null),
  }
}
export type SessionNomineeDossier = Awaited<ReturnType<typeof loadSessionNomineeDossier>>

/** A file of that nominee (or of its dossier as a whole) for a member of the session's council. */
export async function sessionAttachmentForDownload(
  actor: Actor,
  workspace: { path: string } | null,
  sessionId: string,
  nomineeId: string,
  attachmentId: string,
) {
  if (!isUuid(attachmentId)) throw new NotFoundError('Không tìm thấy tệp đính kèm.')
  const attachment = await withTenant(actor.tenantId, async (tx) => {
    const { nominee } = await itemForMember(tx, actor, workspace, sessionId, nomineeId)
    return tx.dossierAttachment.findFirst({
      where: {
        tenantId: actor.tenantId,
        id: attachmentId,
        dossierId: nominee.dossierId,
        OR: [{ nomineeId: nominee.id }, { nomineeId: null }],
      },
      select: { fileName: true, contentType: true, storageKey: true },
    })
  })
  if (!attachment) throw new NotFoundError('Không tìm thấy tệp đính kèm.')
  const bytes = await readStoredFile(attachment.storageKey).catch(() => {
    throw new NotFoundError('Không tìm thấy nội dung tệp đính kèm.')
  })
  return { fileName: attachment.fileName, contentType: attachment.contentType, bytes }
}
