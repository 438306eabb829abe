// Consultation (hiệp y) before the council: the secretariat of the level holding the nominees sends the
// list to the tenant's consulted bodies with a deadline, records each body's written reply per nominee,
// and every objection becomes a dated ConductRecord (source CONSULTATION) that the eligibility checks
// read. What has been answered, objected to, or is late is read back in a fixed number of queries.
import type { Actor } from '../auth/actor'
import { assertCan } from '../auth/actor'
import { holdsAt } from '../auth/scope'
import { recordAudit } from '../audit/record'
import { writeReply } from './reply'
import { addWorkingDays } from '../calendar/working-days'
import { deadlineSettings } from '../calendar/settings'
import { isUuid, withTenant, type Tx } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { isoDay, todayInVietnam } from '../shared/dates'
import { DomainError, ForbiddenError, NotFoundError } from '../shared/errors'
import { DEFAULT_CONSULTED_BODIES, type ReplyInput, type SendConsultationInput } from './schemas'

const rootOf = (tx: Tx, tenantId: string) =>
  tx.organization.findFirstOrThrow({
    where: { tenantId, parentId: null },
    select: { id: true, path: true },
    orderBy: { depth: 'asc' },
  })

/** The tenant's bodies; the usual list is offered the first time. Managed by the province's secretariat. */
export async function addConsultedBodies(actor: Actor, names: readonly string[] = DEFAULT_CONSULTED_BODIES) {
  return withTenant(actor.tenantId, async (tx) => {
    const root = await rootOf(tx, actor.tenantId)
    assertCan(actor, 'dossier.appraise', root)
    const { count } = await tx.consultedBody.createMany({
      data: names.map((name) => ({ tenantId: actor.tenantId, name })),
      skipDuplicates: true,
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: root.id,
      action: 'consultation.add_bodies',
      targetType: 'ConsultedBody',
      after: { names: [...names] },
    })
    return count
  })
}

export async function sendConsultation(actor: Actor, input: SendConsultationInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const unit = await findOrganizationForActor(tx, actor, input.organizationId, 'dossier.appraise')
    if (!holdsAt(actor, 'dossier.appraise', unit.id))
      throw new ForbiddenError('Chỉ Thường trực Hội đồng của đơn vị mới gửi văn bản xin ý kiến.')
    const today = todayInVietnam()
    const [bodies, nominees, settings] = await Promise.all([
      tx.consultedBody.findMany({
        where: { tenantId: actor.tenantId, id: { in: input.bodyIds }, active: true },
        select: { id: true },
      }),
      tx.dossierNominee.findMany({
        where: { tenantId: actor.tenantId, id: { in: input.nomineeIds }, holderOrgId: unit.id, status: 'IN_REVIEW' },
        select: { id: true },
      }),
      deadlineSettings(tx, actor.tenantId, isoDay(today)),
    ])
    if (bodies.length !== new Set(input.bodyIds).size)
      throw new DomainError('Có cơ quan không thuộc danh sách cơ quan được xin ý kiến.', 'bodyIds')
    if (nominees.length !== new Set(input.nomineeIds).size)
      throw new DomainError('Chỉ xin ý kiến về người được đề nghị đang chờ đơn vị xử lý.', 'nomineeIds')
    const deadline =
      input.deadline ?? new Date(`${addWorkingDays(isoDay(today), settings.consultationWorkingDays.value)}T00:00:00Z`)
    if (deadline < today) throw new DomainError('Hạn trả lời không được trước ngày gửi.', 'deadline')
    const consultation = await tx.consultation.create({
      data: {
        tenantId: actor.tenantId,
        organizationId: unit.id,
        title: input.title,
        sentOn: today,
        deadline,
        createdById: actor.userId,
      },
      select: { id: true },
    })
    await tx.consultationBody.createMany({
      data: bodies.map((b) => ({ tenantId: actor.tenantId, consultationId: consultation.id, bodyId: b.id })),
    })
    await tx.consultationNominee.createMany({
      data: nominees.map((n) => ({ tenantId: actor.tenantId, consultationId: consultation.id, nomineeId: n.id })),
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'consultation.send',
      targetType: 'Consultation',
      targetId: consultation.id,
      after: { bodies: bodies.length, nominees: nominees.length, deadline: isoDay(deadline) },
    })
    return consultation
  })
}

/** The secretariat records a body's written reply about one nominee; an objection opens a ConductRecord. */
export async function recordReply(actor: Actor, input: ReplyInput) {
  return withTenant(actor.tenantId, async (tx) => {
    if (!isUuid(input.consultationId)) throw new NotFoundError('Không tìm thấy văn bản xin ý kiến.')
    const consultation = await tx.consultation.findFirst({
      where: { tenantId: actor.tenantId, id: input.consultationId },
      select: {
        id: true,
        organizationId: true,
        bodies: { where: { bodyId: input.bodyId }, select: { body: { select: { name: true } } } },
        nominees: {
          where: { nomineeId: input.nomineeId },
          select: { nominee: { select: { personId: true, organizationId: true, displayName: true } } },
        },
      },
    })
    if (!consultation || !holdsAt(actor, 'dossier.appraise', consultation.organizationId))
      throw new NotFoundError('Không tìm thấy văn bản xin ý kiến.')
    const body = consultation.bodies[0]?.body
    const nominee = consultation.nominees[0]?.nominee
    if (!body) throw new DomainError('Cơ quan này không được xin ý kiến trong văn bản.', 'bodyId')
    if (!nominee) throw new DomainError('Người này không có trong danh sách xin ý kiến.', 'nomineeId')
    return writeReply(tx, actor, {
      consultation,
      body: { id: input.bodyId, name: body.name },
      nominee: { id: input.nomineeId, ...nominee },
      answer: input.answer,
      kind: input.kind,
      reason: input.reason,
      reference: input.reference,
      by: 'SECRETARIAT',
    })
  })
}

export type BodyAnswer = {
  body: string
  state: 'NO_OBJECTION' | 'OBJECTION' | 'PENDING' | 'LATE'
  reason: string | null
  reference: string | null
  deadline: Date
}

/** For each nominee: every consulted body's answer, or pending / late once the deadline has passed. */
export async function consultationStatus(
  tx: Tx,
  tenantId: string,
  nomineeIds: readonly string[],
  today = todayInVietnam(),
) {
  const links = await tx.consultationNominee.findMany({
    where: { tenantId, nomineeId: { in: [...nomineeIds] } },
    select: {
      nomineeId: true,
      consultation: {
        select: {
          id: true,
          deadline: true,
          bodies: { select: { body: { select: { id: true, name: true } } }, orderBy: { body: { name: 'asc' } } },
          replies: {
            where: { nomineeId: { in: [...nomineeIds] } },
            select: { bodyId: true, nomineeId: true, objection: true, reason: true, reference: true },
          },
        },
      },
    },
  })
  const result = new Map<string, BodyAnswer[]>()
  for (const { nomineeId, consultation: c } of links) {
    const answers = result.get(nomineeId) ?? []
    for (const { body } of c.bodies) {
      const reply = c.replies.find((r) => r.bodyId === body.id && r.nomineeId === nomineeId)
      answers.push({
        body: body.name,
        state: reply ? (reply.objection ? 'OBJECTION' : 'NO_OBJECTION') : c.deadline < today ? 'LATE' : 'PENDING',
        reason: reply?.reason ?? null,
        reference: reply?.reference ?? null,
        deadline: c.deadline,
      })
    }
    result.set(nomineeId, answers)
  }
  return result
}

export const CONSULTATION_PAGE_SIZE = 10
/** How many held nominees the send form lists at once. */
export const SENDABLE_LIMIT = 300

/** The consultation page of a unit: its bodies, the nominees it may send, its letters with their replies. */
export async function consultationPage(tx: Tx, actor: Actor, unit: { id: string }, page: number) {
  const tenantId = actor.tenantId
  const [bodies, sendable, total, letters] = await Promise.all([
    tx.consultedBody.findMany({
      where: { tenantId, active: true },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    }),
    tx.dossierNominee.findMany({
      where: { tenantId, holderOrgId: unit.id, status: 'IN_REVIEW', NOT: { pathOrgIds: { isEmpty: true } } },
      select: { id: true, displayName: true, award: true },
      orderBy: [{ displayName: 'asc' }, { id: 'asc' }],
      take: SENDABLE_LIMIT,
    }),
    tx.consultation.count({ where: { tenantId, organizationId: unit.id } }),
    tx.consultation.findMany({
      where: { tenantId, organizationId: unit.id },
      select: {
        id: true,
        title: true,
        sentOn: true,
        deadline: true,
        bodies: { select: { body: { select: { id: true, name: true } } }, orderBy: { body: { name: 'asc' } } },
        nominees: { select: { nominee: { select: { id: true, displayName: true, award: true } } }, take: 500 },
      },
      orderBy: { sentOn: 'desc' },
      skip: (page - 1) * CONSULTATION_PAGE_SIZE,
      take: CONSULTATION_PAGE_SIZE,
    }),
  ])
  const status = await consultationStatus(
    tx,
    tenantId,
    letters.flatMap((l) => l.nominees.map((n) => n.nominee.id)),
  )
  return {
    bodies,
    sendable,
    letters,
    status,
    page,
    pageCount: Math.max(1, Math.ceil(total / CONSULTATION_PAGE_SIZE)),
  }
}
