// Who sees a dossier: the proposing unit itself and each level the dossier has reached. A level above
// never sees what has not reached it, although its scope covers the proposing unit: "the province sees
// only what reached it"; a sibling commune never sees it at all.
import type { Actor } from '../auth/actor'
import { roleHas } from '../auth/permissions'
import { isUuid, type Tx } from '../db/tenant'
import { NotFoundError } from '../shared/errors'
import { searchKey } from '../plans/periods'

/** Units the actor belongs to (with some workspace permission). */
export const actorUnitIds = (actor: Actor) => [
  ...new Set(actor.memberships.filter((m) => roleHas(m.role, 'workspace.view')).map((m) => m.organizationId)),
]

export const dossierSelect = {
  id: true,
  tenantId: true,
  proposingOrgId: true,
  kind: true,
  year: true,
  movementId: true,
  title: true,
  submittedAt: true,
  version: true,
  createdAt: true,
} as const

export async function findDossierForActor(tx: Tx, actor: Actor, dossierId: string) {
  if (!isUuid(dossierId)) throw new NotFoundError('Không tìm thấy hồ sơ.')
  const units = actorUnitIds(actor)
  const dossier = await tx.dossier.findFirst({
    where: {
      tenantId: actor.tenantId,
      id: dossierId,
      OR: [{ proposingOrgId: { in: units } }, { events: { some: { toOrgId: { in: units } } } }],
    },
    select: dossierSelect,
  })
  if (!dossier) throw new NotFoundError('Không tìm thấy hồ sơ.')
  return dossier
}

export async function loadDossier(tx: Tx, actor: Actor, dossierId: string) {
  const dossier = await findDossierForActor(tx, actor, dossierId)
  const [nominees, events, attachments, proposing] = await Promise.all([
    tx.dossierNominee.findMany({ where: { tenantId: actor.tenantId, dossierId }, orderBy: { displayName: 'asc' } }),
    tx.dossierEvent.findMany({
      where: { tenantId: actor.tenantId, dossierId },
      orderBy: { createdAt: 'asc' },
      take: 500,
    }),
    tx.dossierAttachment.findMany({
      where: { tenantId: actor.tenantId, dossierId },
      select: { id: true, kind: true, fileName: true, size: true, nomineeId: true, createdAt: true },
    }),
    tx.organization.findFirstOrThrow({
      where: { tenantId: actor.tenantId, id: dossier.proposingOrgId },
      select: { id: true, name: true, path: true },
    }),
  ])
  const orgIds = [
    ...new Set([
      ...nominees.flatMap((n) => n.pathOrgIds),
      ...events.map((e) => e.orgId),
      ...events.flatMap((e) => (e.toOrgId ? [e.toOrgId] : [])),
    ]),
  ]
  const actorIds = [...new Set(events.map((e) => e.actorId))]
  const [orgs, users] = await Promise.all([
    tx.organization.findMany({
      where: { tenantId: actor.tenantId, id: { in: orgIds } },
      select: { id: true, name: true, path: true },
    }),
    tx.user.findMany({
      where: { tenantId: actor.tenantId, id: { in: actorIds } },
      select: { id: true, fullName: true },
    }),
  ])
  return {
    dossier,
    proposing,
    nominees,
    events,
    attachments,
    orgName: new Map(orgs.map((o) => [o.id, o.name])),
    orgPath: new Map(orgs.map((o) => [o.id, o.path])),
    userName: new Map(users.map((u) => [u.id, u.fullName])),
  }
}

export const DOSSIER_PAGE_SIZE = 20

/** What waits for a unit: under review there, approved and waiting for its decision, or returned to it (the proposer). */
const HELD_STATUSES: ('IN_REVIEW' | 'APPROVED' | 'RETURNED')[] = ['IN_REVIEW', 'APPROVED', 'RETURNED']

/** A workspace's dossiers: proposed by it, and nominees it holds now (its inbox). */
export async function listDossiers(tx: Tx, actor: Actor, workspace: { id: string; path: string }, page: number) {
  const where = {
    tenantId: actor.tenantId,
    OR: [{ proposingOrgId: workspace.id }, { events: { some: { toOrgId: workspace.id } } }],
  }
  const [total, dossiers, inbox] = await Promise.all([
    tx.dossier.count({ where }),
    tx.dossier.findMany({
      where,
      select: {
        ...dossierSelect,
        nominees: { select: { id: true, displayName: true, award: true, status: true, holderOrgId: true } },
      },
      orderBy: { createdAt: 'desc' },
      skip: (page - 1) * DOSSIER_PAGE_SIZE,
      take: DOSSIER_PAGE_SIZE,
    }),
    tx.dossierNominee.count({
      where: {
        tenantId: actor.tenantId,
        holderOrgId: workspace.id,
        status: { in: HELD_STATUSES },
        NOT: { pathOrgIds: { isEmpty: true } },
      },
    }),
  ])
  return { dossiers, total, inbox, page, pageCount: Math.max(1, Math.ceil(total / DOSSIER_PAGE_SIZE)) }
}

/** Nominees the workspace unit holds now and must act on: under review there, or approved and waiting for the decision. */
export async function listHeldNominees(tx: Tx, actor: Actor, workspace: { id: string }, page: number) {
  const where = {
    tenantId: actor.tenantId,
    holderOrgId: workspace.id,
    status: { in: HELD_STATUSES },
    NOT: { pathOrgIds: { isEmpty: true } },
  }
  const [total, nominees] = await Promise.all([
    tx.dossierNominee.count({ where }),
    tx.dossierNominee.findMany({
      where,
      select: {
        id: true,
        displayName: true,
        award: true,
        status: true,
        appraisedAt: true,
        decidingOrgId: true,
        dossier: { select: { id: true, title: true, year: true, proposingOrgId: true } },
      },
      orderBy: [{ status: 'asc' }, { displayName: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * DOSSIER_PAGE_SIZE,
      take: DOSSIER_PAGE_SIZE,
    }),
  ])
  return { nominees, total, page, pageCount: Math.max(1, Math.ceil(total / DOSSIER_PAGE_SIZE)) }
}

export const DECISION_MAX_NOMINEES = 500

/** Approved nominees the unit decides and holds, not yet in a decision (the list a decision is made from). */
export async function listApprovedForDecision(tx: Tx, actor: Actor, unit: { id: string }) {
  const where = { tenantId: actor.tenantId, status: 'APPROVED' as const, decidingOrgId: unit.id, holderOrgId: unit.id }
  const [total, nominees] = await Promise.all([
    tx.dossierNominee.count({ where }),
    tx.dossierNominee.findMany({
      where,
      select: {
        id: true,
        displayName: true,
        award: true,
        personId: true,
        organizationId: true,
        dossier: { select: { id: true, title: true, year: true, proposingOrgId: true } },
      },
      orderBy: [{ award: 'asc' }, { displayName: 'asc' }, { id: 'asc' }],
      take: DECISION_MAX_NOMINEES,
    }),
  ])
  return { nominees, total }
}

export const NOTIFICATION_PAGE_SIZE = 10

/** The unit's notices (e.g. a decision awarding its people), newest first, with how many are unread. */
export async function listNotifications(tx: Tx, actor: Actor, workspace: { id: string }, page: number) {
  const where = { tenantId: actor.tenantId, organizationId: workspace.id }
  const [total, unread, notifications] = await Promise.all([
    tx.notification.count({ where }),
    tx.notification.count({ where: { ...where, readAt: null } }),
    tx.notification.findMany({
      where,
      select: { id: true, text: true, link: true, createdAt: true, readAt: true },
      orderBy: { createdAt: 'desc' },
      skip: (page - 1) * NOTIFICATION_PAGE_SIZE,
      take: NOTIFICATION_PAGE_SIZE,
    }),
  ])
  return {
    notifications,
    total,
    unread,
    page,
    pageCount: Math.max(1, Math.ceil(total / NOTIFICATION_PAGE_SIZE)),
  }
}

export const CANDIDATE_LIMIT = 200

/** Who the proposing unit may nominate: active people and active units of its subtree, searched by name. */
export async function nomineeCandidates(tx: Tx, actor: Actor, unit: { path: string }, query: string) {
  const terms = query.normalize('NFC').split(/\s+/).filter(Boolean).slice(0, 6)
  const inSubtree = { tenantId: actor.tenantId, active: true, organization: { path: { startsWith: unit.path } } }
  const where = {
    ...inSubtree,
    AND: terms.map((t) => ({
      OR: [{ searchText: { contains: searchKey(t) } }, { fullName: { contains: t, mode: 'insensitive' as const } }],
    })),
  }
  const [peopleTotal, people, units] = await Promise.all([
    tx.person.count({ where }),
    tx.person.findMany({
      where,
      select: { id: true, fullName: true, organization: { select: { name: true } } },
      orderBy: [{ fullName: 'asc' }, { id: 'asc' }],
      take: CANDIDATE_LIMIT,
    }),
    tx.organization.findMany({
      where: { tenantId: actor.tenantId, active: true, path: { startsWith: unit.path } },
      select: { id: true, name: true },
      orderBy: [{ depth: 'asc' }, { name: 'asc' }],
      take: CANDIDATE_LIMIT,
    }),
  ])
  return { people, peopleTotal, units }
}

/** Movements launched by the unit or to it (a thematic dossier belongs to one), newest first. */
export async function movementsForUnit(tx: Tx, actor: Actor, unitId: string) {
  return tx.movement.findMany({
    where: {
      tenantId: actor.tenantId,
      OR: [{ organizationId: unitId }, { targets: { some: { organizationId: unitId } } }],
    },
    select: { id: true, name: true, fromDate: true },
    orderBy: { fromDate: 'desc' },
    take: 100,
  })
}

/**
 * An award decision with its awardees, for members of the deciding unit and of the awardees' units
 * (a person's unit, or the awarded collective itself); anyone else gets NotFoundError.
 */
export async function findDecisionForActor(tx: Tx, actor: Actor, decisionId: string) {
  if (!isUuid(decisionId)) throw new NotFoundError('Không tìm thấy quyết định.')
  const decision = await tx.awardDecision.findFirst({
    where: { tenantId: actor.tenantId, id: decisionId },
    select: {
      id: true,
      organizationId: true,
      award: true,
      documentNumber: true,
      decidedOn: true,
      title: true,
      signerAuthority: true,
      signerPosition: true,
      signerName: true,
      amendKind: true,
      amendReason: true,
      /** the decision this one amends or replaces (NĐ 30/2020 Art. 18(3)), and the later ones that amend it */
      amends: { select: { id: true, documentNumber: true, decidedOn: true, title: true } },
      amendments: {
        select: { id: true, documentNumber: true, decidedOn: true, amendKind: true },
        orderBy: { createdAt: 'asc' },
        take: 50,
      },
      items: {
        select: {
          id: true,
          nomineeId: true,
          personId: true,
          organizationId: true,
          displayName: true,
          award: true,
          amount: true,
          goldBookNo: true,
          revokedAt: true,
          revocationGround: true,
          revocationDocument: true,
          revocationNote: true,
          supersededAt: true,
          replacesItemId: true,
          replacedBy: { select: { id: true, decision: { select: { id: true, documentNumber: true } } }, take: 1 },
        },
        orderBy: [{ goldBookNo: { sort: 'asc', nulls: 'last' } }, { award: 'asc' }, { displayName: 'asc' }],
      },
    },
  })
  if (!decision) throw new NotFoundError('Không tìm thấy quyết định.')
  const personIds = decision.items.flatMap((i) => (i.personId ? [i.personId] : []))
  const people = personIds.length
    ? await tx.person.findMany({
        where: { tenantId: actor.tenantId, id: { in: personIds } },
        select: { id: true, organizationId: true },
      })
    : []
  const homeOf = new Map(people.map((p) => [p.id, p.organizationId]))
  const unitOf = (i: { personId: string | null; organizationId: string | null }) =>
    i.personId ? (homeOf.get(i.personId) ?? null) : i.organizationId
  const units = new Set(actorUnitIds(actor))
  if (!units.has(decision.organizationId) && !decision.items.some((i) => units.has(unitOf(i) ?? '')))
    throw new NotFoundError('Không tìm thấy quyết định.')
  const [issuer, dossierYears] = await Promise.all([
    tx.organization.findFirstOrThrow({
      where: { tenantId: actor.tenantId, id: decision.organizationId },
      select: { id: true, name: true, kind: true, level: true, parentId: true },
    }),
    tx.dossierNominee.findMany({
      where: { tenantId: actor.tenantId, id: { in: decision.items.map((i) => i.nomineeId) } },
      select: { dossier: { select: { year: true } } },
      distinct: ['dossierId'],
    }),
  ])
  const orgIds = [
    ...new Set([...decision.items.map(unitOf), issuer.parentId].filter((id): id is string => Boolean(id))),
  ]
  const orgs = await tx.organization.findMany({
    where: { tenantId: actor.tenantId, id: { in: orgIds } },
    select: { id: true, name: true },
  })
  const orgName = new Map(orgs.map((o) => [o.id, o.name]))
  return {
    decision,
    issuer,
    parentName: issuer.parentId ? (orgName.get(issuer.parentId) ?? null) : null,
    /** the achievement year of the decided dossiers (the earliest, should they differ) */
    year: dossierYears.length ? Math.min(...dossierYears.map((n) => n.dossier.year)) : undefined,
    items: decision.items.map((i) => ({ ...i, unitName: orgName.get(unitOf(i) ?? '') ?? '' })),
  }
}

/** Decisions the workspace unit issued, newest first. */
export async function listDecisions(tx: Tx, actor: Actor, workspace: { id: string }, page: number) {
  const where = { tenantId: actor.tenantId, organizationId: workspace.id }
  const [total, decisions] = await Promise.all([
    tx.awardDecision.count({ where }),
    tx.awardDecision.findMany({
      where,
      select: { id: true, documentNumber: true, decidedOn: true, title: true, _count: { select: { items: true } } },
      orderBy: { createdAt: 'desc' },
      skip: (page - 1) * NOTIFICATION_PAGE_SIZE,
      take: NOTIFICATION_PAGE_SIZE,
    }),
  ])
  return { decisions, total, page, pageCount: Math.max(1, Math.ceil(total / NOTIFICATION_PAGE_SIZE)) }
}
