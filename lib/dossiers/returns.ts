// Returns and withdrawals the proposing unit acts on: a returned nominee's text is edited before it is
// resubmitted, and a submitted dossier is withdrawn while the level above has not acted on it yet.
import { z } from 'zod'
import type { Actor } from '../auth/actor'
import { canAt } from '../auth/scope'
import { recordAudit } from '../audit/record'
import { isUuid, withTenant } from '../db/tenant'
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from '../shared/errors'
import { uuid, version } from '../shared/zod'
import { findDossierForActor } from './queries'

export const editNomineeSchema = z.object({
  nomineeId: uuid('Người được đề nghị không hợp lệ.'),
  version,
  achievement: z
    .string()
    .trim()
    .min(10, 'Vui lòng tóm tắt thành tích (ít nhất 10 ký tự).')
    .max(10_000, 'Tóm tắt thành tích quá dài.'),
})
export const withdrawDossierSchema = z.object({
  dossierId: uuid('Hồ sơ không hợp lệ.'),
  version,
  reason: z.string().trim().min(3, 'Vui lòng ghi lý do rút hồ sơ.').max(4000, 'Lý do quá dài.'),
})

/** The reason of the last return of each returned nominee, from the dossier's events (newest last). */
export function returnNotices(
  nominees: readonly { id: string; status: string }[],
  events: readonly {
    nomineeId: string | null
    action: string
    reason: string | null
    orgId: string
    createdAt: Date
  }[],
) {
  const notices = new Map<string, { reason: string; fromOrgId: string; at: Date }>()
  for (const n of nominees) {
    if (n.status !== 'RETURNED') continue
    const last = events.filter((e) => e.nomineeId === n.id && e.action === 'return').at(-1)
    if (last) notices.set(n.id, { reason: last.reason ?? '', fromOrgId: last.orgId, at: last.createdAt })
  }
  return notices
}

/** The summary of a nominee still with its proposing unit (a draft, or returned to it), edited. */
export async function editNomineeText(actor: Actor, input: z.infer<typeof editNomineeSchema>) {
  return withTenant(actor.tenantId, async (tx) => {
    if (!isUuid(input.nomineeId)) throw new NotFoundError('Không tìm thấy người được đề nghị.')
    const nominee = await tx.dossierNominee.findFirst({
      where: { tenantId: actor.tenantId, id: input.nomineeId },
      select: { id: true, dossierId: true, status: true, achievement: true },
    })
    if (!nominee) throw new NotFoundError('Không tìm thấy người được đề nghị.')
    const dossier = await findDossierForActor(tx, actor, nominee.dossierId)
    const unit = await tx.organization.findFirstOrThrow({
      where: { tenantId: actor.tenantId, id: dossier.proposingOrgId },
      select: { id: true, path: true },
    })
    if (!canAt(actor.memberships, 'dossier.propose', unit))
      throw new ForbiddenError('Chỉ thủ trưởng đơn vị đề nghị mới sửa được nội dung đề nghị.')
    const { count } = await tx.dossierNominee.updateMany({
      where: {
        tenantId: actor.tenantId,
        id: nominee.id,
        version: input.version,
        status: { in: ['DRAFT', 'RETURNED'] },
        holderOrgId: unit.id,
      },
      data: { achievement: input.achievement, version: { increment: 1 } },
    })
    if (count !== 1) {
      if (nominee.status !== 'DRAFT' && nominee.status !== 'RETURNED')
        throw new DomainError('Chỉ sửa được khi hồ sơ còn ở đơn vị (chưa trình hoặc bị trả lại).')
      throw new ConflictError()
    }
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'dossier.edit_nominee',
      targetType: 'DossierNominee',
      targetId: nominee.id,
      before: { achievement: nominee.achievement },
      after: { achievement: input.achievement },
    })
  })
}

/**
 * Withdraws a submitted dossier (rút hồ sơ): every nominee sent up in the last submission comes back to
 * the proposing unit as a draft — allowed only while none of them has been acted on above (appraised,
 * forwarded, returned, put to the council): the level above has not started on it.
 */
export async function withdrawDossier(actor: Actor, input: z.infer<typeof withdrawDossierSchema>) {
  return withTenant(actor.tenantId, async (tx) => {
    const dossier = await findDossierForActor(tx, actor, input.dossierId)
    const unit = await tx.organization.findFirstOrThrow({
      where: { tenantId: actor.tenantId, id: dossier.proposingOrgId },
      select: { id: true, path: true },
    })
    if (!canAt(actor.memberships, 'dossier.propose', unit))
      throw new ForbiddenError('Chỉ thủ trưởng đơn vị đề nghị mới rút được hồ sơ.')
    if (!dossier.submittedAt) throw new DomainError('Hồ sơ chưa trình nên không cần rút.')
    const sent = await tx.dossierNominee.findMany({
      where: { tenantId: actor.tenantId, dossierId: dossier.id, status: { not: 'DRAFT' } },
      select: { id: true, status: true, holderOrgId: true, pathOrgIds: true, appraisedAt: true, displayName: true },
    })
    const [events, onSessions] = await Promise.all([
      tx.dossierEvent.findMany({
        where: {
          tenantId: actor.tenantId,
          dossierId: dossier.id,
          nomineeId: { in: sent.map((n) => n.id) },
          createdAt: { gte: dossier.submittedAt },
          NOT: { action: 'submit' },
        },
        select: { nomineeId: true },
      }),
      tx.sessionItem.findMany({
        where: { tenantId: actor.tenantId, nomineeId: { in: sent.map((n) => n.id) } },
        select: { nomineeId: true },
      }),
    ])
    const acted = sent.filter(
      (n) =>
        n.status !== 'IN_REVIEW' ||
        n.appraisedAt !== null ||
        n.holderOrgId !== (n.pathOrgIds[1] ?? n.pathOrgIds[0]) ||
        events.some((e) => e.nomineeId === n.id) ||
        onSessions.some((s) => s.nomineeId === n.id),
    )
    if (acted.length)
      throw new DomainError(
        `Cấp trên đã xử lý ${acted.map((n) => n.displayName).join(', ')} nên không rút được hồ sơ; hãy đề nghị cấp trên trả lại.`,
      )
    const { count } = await tx.dossier.updateMany({
      where: { tenantId: actor.tenantId, id: dossier.id, version: input.version, submittedAt: { not: null } },
      data: { submittedAt: null, version: { increment: 1 } },
    })
    if (count !== 1) throw new ConflictError()
    // Claim each nominee where it stands: an appraisal that lands meanwhile makes the withdrawal fail whole.
    const moved = await tx.dossierNominee.updateMany({
      where: {
        tenantId: actor.tenantId,
        id: { in: sent.map((n) => n.id) },
        status: 'IN_REVIEW',
        appraisedAt: null,
      },
      data: { status: 'DRAFT', holderOrgId: unit.id, version: { increment: 1 } },
    })
    if (moved.count !== sent.length) throw new ConflictError('Cấp trên vừa xử lý hồ sơ này. Hãy tải lại trang.')
    await tx.dossierEvent.createMany({
      data: sent.map((n) => ({
        tenantId: actor.tenantId,
        dossierId: dossier.id,
        nomineeId: n.id,
        actorId: actor.userId,
        orgId: unit.id,
        action: 'withdraw',
        toOrgId: unit.id,
        reason: input.reason,
      })),
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'dossier.withdraw',
      targetType: 'Dossier',
      targetId: dossier.id,
      after: { nominees: sent.length, reason: input.reason },
    })
    return { nominees: sent.length }
  })
}
