// What a consulted body's own account sees and does (/co-quan-hiep-y): the hiệp y letters sent to its
// body in its tenant — nothing else of the tenant — with the least about each nominee a body needs to
// check its records (name, position and unit, the award proposed), and its answer per nominee, written
// by the same function as the secretariat's record of a written reply (reply.ts). A letter of another
// body, or of another tenant, is "not found"; past its deadline, or once answered, it is read-only.
import { consultedBodyOf, type Actor } from '../auth/actor'
import { deadline as deadlineOf } from '../calendar/deadlines'
import { isUuid, withTenant, type Tx } from '../db/tenant'
import { isoDay, todayInVietnam, vnDate } from '../shared/dates'
import { DomainError, NotFoundError } from '../shared/errors'
import { countWindow, windowedPages } from '../shared/paging'
import { writeReply } from './reply'
import type { BodyAnswerInput } from './schemas'

export const BODY_LETTER_PAGE_SIZE = 10
export const BODY_NOMINEE_PAGE_SIZE = 50

const NOT_FOUND = 'Không tìm thấy văn bản xin ý kiến.'

/** The body the actor answers for, active in its tenant; anything else has no letters to see. */
export async function bodyForActor(tx: Tx, actor: Actor) {
  const bodyId = consultedBodyOf(actor)
  const body = bodyId
    ? await tx.consultedBody.findFirst({
        where: { tenantId: actor.tenantId, id: bodyId, active: true },
        select: { id: true, name: true },
      })
    : null
  if (!body) throw new NotFoundError('Tài khoản này không thuộc cơ quan được xin ý kiến nào.')
  return body
}

/** Open until the end of its deadline day (Việt Nam time); the same day counts as consultationStatus does. */
const isOpen = (deadline: Date, today: Date) => deadline >= today

/** One page of the letters sent to the actor's body, newest first, with how far its answer has gone. */
export async function listBodyLetters(tx: Tx, actor: Actor, page: number) {
  const tenantId = actor.tenantId
  const body = await bodyForActor(tx, actor)
  const where = { tenantId, bodies: { some: { bodyId: body.id } } }
  const [counted, letters] = await Promise.all([
    tx.consultation.count({ where, take: countWindow(page, BODY_LETTER_PAGE_SIZE) }),
    tx.consultation.findMany({
      where,
      select: {
        id: true,
        title: true,
        organizationId: true,
        sentOn: true,
        deadline: true,
        _count: { select: { nominees: true } },
      },
      orderBy: [{ sentOn: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * BODY_LETTER_PAGE_SIZE,
      take: BODY_LETTER_PAGE_SIZE,
    }),
  ])
  const ids = letters.map((l) => l.id)
  const [answered, senders] = await Promise.all([
    tx.consultationReply.groupBy({
      by: ['consultationId'],
      where: { tenantId, bodyId: body.id, consultationId: { in: ids } },
      _count: { _all: true },
    }),
    tx.organization.findMany({
      where: { tenantId, id: { in: [...new Set(letters.map((l) => l.organizationId))] } },
      select: { id: true, name: true },
    }),
  ])
  const answeredOf = new Map(answered.map((a) => [a.consultationId, a._count._all]))
  const senderOf = new Map(senders.map((s) => [s.id, s.name]))
  const today = todayInVietnam()
  return {
    body,
    page,
    ...windowedPages(counted, page, BODY_LETTER_PAGE_SIZE),
    letters: letters.map((l) => ({
      id: l.id,
      title: l.title,
      sender: senderOf.get(l.organizationId) ?? '',
      sentOn: l.sentOn,
      deadline: deadlineOf('Hạn trả lời', isoDay(l.deadline), isoDay(today), 'văn bản xin ý kiến'),
      open: isOpen(l.deadline, today),
      nominees: l._count.nominees,
      answered: answeredOf.get(l.id) ?? 0,
    })),
  }
}

/** One letter sent to the actor's body, its nominees one page at a time, and the body's answers. */
export async function loadBodyLetter(tx: Tx, actor: Actor, consultationId: string, page: number) {
  const tenantId = actor.tenantId
  const body = await bodyForActor(tx, actor)
  if (!isUuid(consultationId)) throw new NotFoundError(NOT_FOUND)
  const letter = await tx.consultation.findFirst({
    where: { tenantId, id: consultationId, bodies: { some: { bodyId: body.id } } },
    select: {
      id: true,
      title: true,
      organizationId: true,
      sentOn: true,
      deadline: true,
      _count: { select: { nominees: true } },
    },
  })
  if (!letter) throw new NotFoundError(NOT_FOUND)
  const [links, replies, sender] = await Promise.all([
    tx.consultationNominee.findMany({
      where: { tenantId, consultationId: letter.id },
      select: {
        nominee: { select: { id: true, displayName: true, award: true, personId: true, organizationId: true } },
      },
      orderBy: [{ nominee: { displayName: 'asc' } }, { id: 'asc' }],
      skip: (page - 1) * BODY_NOMINEE_PAGE_SIZE,
      take: BODY_NOMINEE_PAGE_SIZE,
    }),
    tx.consultationReply.findMany({
      where: { tenantId, consultationId: letter.id, bodyId: body.id },
      select: { nomineeId: true, objection: true, reason: true, reference: true, recordedAt: true },
    }),
    tx.organization.findFirst({ where: { tenantId, id: letter.organizationId }, select: { name: true } }),
  ])
  const nominees = links.map((l) => l.nominee)
  const personIds = nominees.flatMap((n) => (n.personId ? [n.personId] : []))
  const orgIds = nominees.flatMap((n) => (!n.personId && n.organizationId ? [n.organizationId] : []))
  const [people, units] = await Promise.all([
    tx.person.findMany({
      where: { tenantId, id: { in: personIds } },
      select: { id: true, position: true, organization: { select: { name: true } } },
    }),
    tx.organization.findMany({
      where: { tenantId, id: { in: orgIds } },
      select: { id: true, parent: { select: { name: true } } },
    }),
  ])
  const personOf = new Map(people.map((p) => [p.id, p]))
  const unitOf = new Map(units.map((u) => [u.id, u]))
  const replyOf = new Map(replies.map((r) => [r.nomineeId, r]))
  const today = todayInVietnam()
  return {
    body,
    letter: {
      id: letter.id,
      title: letter.title,
      sender: sender?.name ?? '',
      sentOn: letter.sentOn,
      deadline: deadlineOf('Hạn trả lời', isoDay(letter.deadline), isoDay(today), 'văn bản xin ý kiến'),
      open: isOpen(letter.deadline, today),
      nominees: letter._count.nominees,
      answered: replies.length,
    },
    page,
    pageCount: Math.max(1, Math.ceil(letter._count.nominees / BODY_NOMINEE_PAGE_SIZE)),
    nominees: nominees.map((n) => {
      const person = n.personId ? personOf.get(n.personId) : undefined
      return {
        id: n.id,
        name: n.displayName,
        collective: !n.personId,
        position: person?.position ?? null,
        unit: person ? person.organization.name : (unitOf.get(n.organizationId ?? '')?.parent?.name ?? null),
        award: n.award,
        reply: replyOf.get(n.id) ?? null,
      }
    }),
  }
}

/** The body answers about one nominee of a letter sent to it, while the letter is open. */
export async function answerAsBody(actor: Actor, input: BodyAnswerInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const body = await bodyForActor(tx, actor)
    if (!isUuid(input.consultationId)) throw new NotFoundError(NOT_FOUND)
    const consultation = await tx.consultation.findFirst({
      where: { tenantId: actor.tenantId, id: input.consultationId, bodies: { some: { bodyId: body.id } } },
      select: {
        id: true,
        organizationId: true,
        deadline: true,
        nominees: {
          where: { nomineeId: input.nomineeId },
          select: { nominee: { select: { personId: true, organizationId: true, displayName: true } } },
        },
      },
    })
    if (!consultation) throw new NotFoundError(NOT_FOUND)
    if (!isOpen(consultation.deadline, todayInVietnam()))
      throw new DomainError(
        `Đã quá hạn trả lời (hạn ${vnDate(consultation.deadline)}). Ý kiến sau hạn gửi bằng văn bản để Thường trực Hội đồng ghi nhận.`,
      )
    const nominee = consultation.nominees[0]?.nominee
    if (!nominee) throw new DomainError('Người này không có trong danh sách xin ý kiến.', 'nomineeId')
    return writeReply(tx, actor, {
      consultation,
      body,
      nominee: { id: input.nomineeId, ...nominee },
      answer: input.answer,
      kind: input.kind,
      reason: input.reason,
      reference: input.reference,
      by: 'BODY',
    })
  })
}
