// What the council pages and the minutes read, each in a fixed number of queries whatever the number of
// members, sessions or agenda items. While a session is open nobody sees a tally: only how many members
// have voted on each item, and a member their own choice (found with their own ballot key).
import type { Actor } from '../auth/actor'
import { isAwardCode, awardLabel } from '../awards/catalog'
import type { Tx } from '../db/tenant'
import { NotFoundError } from '../shared/errors'
import { canManageCouncil, concernsWorkspace, holdsCouncilRole } from './access'
import { ballotKey, ballotSecret, type Choice } from './ballot'
import { memberCandidates } from './members'
import { findCouncilOfOrganization, findSessionForActor } from './queries'
import { MAX_AGENDA, MAX_MEMBERS } from './schemas'

export const SESSION_PAGE_SIZE = 20
export const AGENDA_PAGE_SIZE = 50

const pageCount = (total: number, size: number) => Math.max(1, Math.ceil(total / size))
export const awardName = (code: string) => (isAwardCode(code) ? awardLabel(code) : code)

/** Open sessions in which the actor is on the roster, any council of the tenant. */
export async function listVotableSessions(tx: Tx, actor: Actor, page: number) {
  const mine = await tx.councilMember.findMany({
    where: { tenantId: actor.tenantId, userId: actor.userId, active: true },
    select: { id: true },
  })
  const where = {
    tenantId: actor.tenantId,
    status: 'OPEN' as const,
    attendance: { some: { memberId: { in: mine.map((m) => m.id) } } },
  }
  const [total, rows] = await Promise.all([
    tx.councilSession.count({ where }),
    tx.councilSession.findMany({
      where,
      select: {
        id: true,
        title: true,
        openedAt: true,
        council: { select: { name: true } },
        _count: { select: { items: true } },
      },
      orderBy: { openedAt: 'desc' },
      skip: (page - 1) * SESSION_PAGE_SIZE,
      take: SESSION_PAGE_SIZE,
    }),
  ])
  return { rows, total, page, pageCount: pageCount(total, SESSION_PAGE_SIZE) }
}

/** Nominees the unit holds for review that no open session of the council has on its agenda. */
async function agendaCandidates(tx: Tx, tenantId: string, council: { id: string; organizationId: string }) {
  const nominees = await tx.dossierNominee.findMany({
    where: { tenantId, holderOrgId: council.organizationId, status: 'IN_REVIEW' },
    select: { id: true, displayName: true, award: true, councilPassed: true },
    orderBy: [{ award: 'asc' }, { displayName: 'asc' }],
    take: MAX_AGENDA * 2,
  })
  const busy = await tx.sessionItem.findMany({
    where: {
      tenantId,
      nomineeId: { in: nominees.map((n) => n.id) },
      session: { councilId: council.id, status: 'OPEN' },
    },
    select: { nomineeId: true },
  })
  const taken = new Set(busy.map((b) => b.nomineeId))
  return nominees.filter((n) => !taken.has(n.id)).slice(0, MAX_AGENDA)
}

/** The council page of a workspace: its council (if any), members, sessions, and the actor's open ballots. */
export async function loadCouncilPage(
  tx: Tx,
  actor: Actor,
  workspace: { id: string; path: string },
  pages: { sessions: number; votable: number },
) {
  const tenantId = actor.tenantId
  const [council, votable] = await Promise.all([
    findCouncilOfOrganization(tx, actor, workspace.id),
    listVotableSessions(tx, actor, pages.votable),
  ])
  const manages = canManageCouncil(actor, workspace)
  if (!council) return { council: null, manages, votable } as const
  const sessionsWhere = { tenantId, councilId: council.id }
  const [members, total, sessions, candidates, agenda] = await Promise.all([
    tx.councilMember.findMany({
      where: { tenantId, councilId: council.id, active: true },
      select: { id: true, userId: true, fullName: true, position: true, isChair: true },
      orderBy: [{ isChair: 'desc' }, { fullName: 'asc' }],
      take: MAX_MEMBERS,
    }),
    tx.councilSession.count({ where: sessionsWhere }),
    tx.councilSession.findMany({
      where: sessionsWhere,
      select: {
        id: true,
        title: true,
        status: true,
        memberCount: true,
        openedAt: true,
        closedAt: true,
        _count: { select: { items: true } },
      },
      orderBy: { openedAt: 'desc' },
      skip: (pages.sessions - 1) * SESSION_PAGE_SIZE,
      take: SESSION_PAGE_SIZE,
    }),
    manages ? memberCandidates(tx, tenantId, council) : Promise.resolve([]),
    manages ? agendaCandidates(tx, tenantId, council) : Promise.resolve([]),
  ])
  return {
    council,
    manages,
    votable,
    members,
    sessions: { rows: sessions, total, page: pages.sessions, pageCount: pageCount(total, SESSION_PAGE_SIZE) },
    candidates,
    agenda,
  } as const
}

/**
 * A session as its page (one page of the agenda) or its minutes (`page: 'all'`) shows it. `workspace`
 * is checked too: the page of another unit's council is "not found".
 */
export async function loadSessionView(
  tx: Tx,
  actor: Actor,
  workspace: { path: string } | null,
  sessionId: string,
  page: number | 'all',
) {
  const tenantId = actor.tenantId
  const session = await findSessionForActor(tx, actor, sessionId)
  const council = session.council
  if (workspace && !concernsWorkspace(council.organization, workspace, Boolean(council.me)))
    throw new NotFoundError('Không tìm thấy phiên họp.')
  const where = { tenantId, sessionId: session.id }
  const [roster, itemTotal, items, written] = await Promise.all([
    tx.sessionAttendance.findMany({ where, select: { memberId: true, present: true } }),
    tx.sessionItem.count({ where }),
    tx.sessionItem.findMany({
      where,
      select: {
        id: true,
        nomineeId: true,
        award: true,
        required: true,
        agree: true,
        disagree: true,
        passed: true,
        countsWithheld: true,
        invalid: true,
      },
      orderBy: [{ award: 'asc' }, { id: 'asc' }],
      ...(page === 'all' ? {} : { skip: (page - 1) * AGENDA_PAGE_SIZE, take: AGENDA_PAGE_SIZE }),
    }),
    tx.ballotCast.groupBy({
      by: ['memberId'],
      where: { tenantId, written: true, item: { sessionId: session.id } },
      _count: { _all: true },
    }),
  ])
  const itemIds = items.map((i) => i.id)
  const [members, nominees, casts] = await Promise.all([
    tx.councilMember.findMany({
      where: { tenantId, id: { in: roster.map((r) => r.memberId) } },
      select: { id: true, fullName: true, position: true, isChair: true },
      orderBy: [{ isChair: 'desc' }, { fullName: 'asc' }],
    }),
    tx.dossierNominee.findMany({
      where: { tenantId, id: { in: items.map((i) => i.nomineeId) } },
      select: { id: true, displayName: true, dossierId: true },
    }),
    tx.ballotCast.groupBy({ by: ['itemId'], where: { tenantId, itemId: { in: itemIds } }, _count: { _all: true } }),
  ])
  const presentOf = new Map(roster.map((r) => [r.memberId, r.present]))
  const writtenOf = new Map(written.map((w) => [w.memberId, w._count._all]))
  const nameOf = new Map(nominees.map((n) => [n.id, n.displayName]))
  const castsOf = new Map(casts.map((c) => [c.itemId, c._count._all]))

  // The actor's own ballot, while the session is open and they are on its roster.
  const me =
    council.me && presentOf.has(council.me.id) ? { ...council.me, present: presentOf.get(council.me.id)! } : null
  const mine = new Map<string, { choice: Choice | null; written: boolean }>()
  if (me && session.status === 'OPEN' && itemIds.length) {
    const secret = ballotSecret()
    const keyOf = new Map(itemIds.map((id) => [id, ballotKey(secret, id, me.id)]))
    const [myCasts, myChoices] = await Promise.all([
      tx.ballotCast.findMany({
        where: { tenantId, memberId: me.id, itemId: { in: itemIds } },
        select: { itemId: true, written: true },
      }),
      tx.ballotChoice.findMany({
        where: { tenantId, itemId: { in: itemIds }, ballotKey: { in: [...keyOf.values()] } },
        select: { itemId: true, ballotKey: true, choice: true },
      }),
    ])
    for (const c of myCasts) {
      const own = myChoices.find((x) => x.itemId === c.itemId && x.ballotKey === keyOf.get(c.itemId))
      mine.set(c.itemId, { choice: own?.choice ?? null, written: c.written })
    }
  }

  const presentCount = roster.filter((r) => r.present).length
  const manages = canManageCouncil(actor, council.organization)
  const paper = session.voteMode === 'PAPER'
  const [paperCount, sheet] = await Promise.all([
    paper
      ? tx.paperCount.findFirst({
          where: { tenantId, sessionId: session.id },
          select: {
            ballotsIssued: true,
            ballotsReturned: true,
            committee: true,
            scanFileName: true,
            scanSize: true,
            recordedAt: true,
          },
        })
      : null,
    // The paper count form lists every nominee of the session at once (at most MAX_AGENDA).
    paper && manages && session.status === 'OPEN' ? paperSheet(tx, tenantId, session.id) : [],
  ])
  return {
    paperCount,
    sheet,
    session,
    council,
    manages,
    canVote: Boolean(me && holdsCouncilRole(actor, council.organizationId)),
    me,
    presentCount,
    members: members.map((m) => ({
      ...m,
      present: presentOf.get(m.id) ?? false,
      writtenVotes: writtenOf.get(m.id) ?? 0,
    })),
    items: items.map((i) => ({
      ...i,
      displayName: nameOf.get(i.nomineeId) ?? '(hồ sơ không còn)',
      awardLabel: awardName(i.award),
      castCount: castsOf.get(i.id) ?? 0,
      mine: mine.get(i.id) ?? null,
    })),
    agenda: {
      total: itemTotal,
      page: page === 'all' ? 1 : page,
      pageCount: page === 'all' ? 1 : pageCount(itemTotal, AGENDA_PAGE_SIZE),
    },
  }
}
/** Every nominee of a session, in agenda order, for the form of the counting record. */
async function paperSheet(tx: Tx, tenantId: string, sessionId: string) {
  const items = await tx.sessionItem.findMany({
    where: { tenantId, sessionId },
    select: { id: true, nomineeId: true, award: true },
    orderBy: [{ award: 'asc' }, { id: 'asc' }],
    take: MAX_AGENDA,
  })
  const nominees = await tx.dossierNominee.findMany({
    where: { tenantId, id: { in: items.map((i) => i.nomineeId) } },
    select: { id: true, displayName: true },
  })
  const nameOf = new Map(nominees.map((n) => [n.id, n.displayName]))
  return items.map((i) => ({
    id: i.id,
    displayName: nameOf.get(i.nomineeId) ?? '(hồ sơ không còn)',
    awardLabel: awardName(i.award),
  }))
}

export type SessionView = Awaited<ReturnType<typeof loadSessionView>>

/** Who closed the session (the secretary who signs the minutes), from the audit journal. */
export async function closerOf(tx: Tx, tenantId: string, sessionId: string) {
  const event = await tx.auditEvent.findFirst({
    where: { tenantId, targetType: 'CouncilSession', targetId: sessionId, action: 'council.session.close' },
    select: { actorId: true },
    orderBy: { createdAt: 'desc' },
  })
  if (!event?.actorId) return null
  return tx.user.findFirst({ where: { tenantId, id: event.actorId }, select: { fullName: true } })
}
