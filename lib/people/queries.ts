// The one way to find a person: by (tenant, id), then checked against the actor's scope at the person's
// unit. Anything that is not the actor's to see is "not found", so ids of other units leak nothing.
import type { Actor } from '../auth/actor'
import { actorCan } from '../auth/actor'
import type { Permission } from '../auth/permissions'
import { isWithin } from '../auth/scope'
import { isUuid, type Tx } from '../db/tenant'
import type { Prisma } from '../generated/prisma/client'
import { findOrganizationForActor } from '../organizations/queries'
import { NotFoundError } from '../shared/errors'
import { countWindow, windowedPages } from '../shared/paging'
import { nameKey, personKey } from './identity'
import { lastRatingYears } from './labels'

export const PEOPLE_PAGE_SIZE = 25

/** A root unit's materialised path is "/<its id>/". */
const isRootPath = (unit: { id: string; path: string }) => unit.path === `/${unit.id}/`

export const personSelect = {
  id: true,
  tenantId: true,
  organizationId: true,
  fullName: true,
  gender: true,
  birthDate: true,
  position: true,
  isLeader: true,
  staffCategory: true,
  active: true,
  version: true,
  organization: { select: { id: true, name: true, path: true, active: true } },
} as const

/**
 * The person `personId` if the actor holds `permission` at the person's unit (and, when `withinPath` is
 * given, the unit lies in that workspace); otherwise NotFoundError.
 */
export async function findPersonForActor(
  tx: Tx,
  actor: Actor,
  personId: string,
  permission: Permission,
  withinPath?: string,
) {
  if (!isUuid(personId)) throw new NotFoundError('Không tìm thấy cán bộ.')
  const person = await tx.person.findFirst({ where: { tenantId: actor.tenantId, id: personId }, select: personSelect })
  if (
    !person ||
    !actorCan(actor, permission, person.organization) ||
    (withinPath && !isWithin(person.organization.path, withinPath))
  ) {
    throw new NotFoundError('Không tìm thấy cán bộ.')
  }
  return person
}
export type PersonRow = Awaited<ReturnType<typeof findPersonForActor>>

/** A unit the actor may place people in (`people.manage`), active; otherwise NotFoundError. */
export async function findUnitForPeople(tx: Tx, actor: Actor, organizationId: string, withinPath?: string) {
  const unit = await findOrganizationForActor(tx, actor, organizationId, 'people.manage')
  if (!unit.active || (withinPath && !isWithin(unit.path, withinPath)))
    throw new NotFoundError('Không tìm thấy đơn vị.')
  return unit
}

/** Active units of the workspace subtree where the actor holds `permission`, in tree order (parents first). */
export async function unitsForPeople(
  tx: Tx,
  actor: Actor,
  workspace: { path: string },
  permission: Permission,
  take = 1000,
) {
  const rows = await tx.organization.findMany({
    where: { tenantId: actor.tenantId, active: true, path: { startsWith: workspace.path } },
    select: { id: true, name: true, shortName: true, path: true, depth: true, parentId: true },
    orderBy: [{ depth: 'asc' }, { name: 'asc' }],
    take,
  })
  const allowed = rows.filter((u) => actorCan(actor, permission, u))
  const byParent = new Map<string | null, typeof allowed>()
  const ids = new Set(allowed.map((u) => u.id))
  for (const u of allowed) {
    const key = u.parentId && ids.has(u.parentId) ? u.parentId : null
    byParent.set(key, [...(byParent.get(key) ?? []), u])
  }
  const ordered: typeof allowed = []
  const walk = (parent: string | null) => {
    for (const u of byParent.get(parent) ?? []) {
      ordered.push(u)
      walk(u.id)
    }
  }
  walk(null)
  const minDepth = Math.min(...ordered.map((u) => u.depth))
  return ordered.map((u) => ({ ...u, indent: u.depth - minDepth }))
}

export type PeopleFilter = {
  page: number
  query?: string
  unit?: string | null
  status?: 'active' | 'inactive' | 'all'
}

/**
 * One page of the registry: the workspace unit's people, or those of one unit below it, or of the whole
 * subtree (`unit: 'all'`). Accent-insensitive search by words of the name; last year's rating alongside.
 */
export async function listPeople(tx: Tx, actor: Actor, workspace: { id: string; path: string }, filter: PeopleFilter) {
  if (!actorCan(actor, 'workspace.view', workspace)) throw new NotFoundError('Không tìm thấy đơn vị.')
  let scope: Prisma.PersonWhereInput = { organizationId: workspace.id }
  // The whole subtree; at the tenant's root that is the whole tenant, and the join to units is skipped.
  if (filter.unit === 'all')
    scope = isRootPath(workspace) ? {} : { organization: { path: { startsWith: workspace.path } } }
  else if (filter.unit && filter.unit !== workspace.id) {
    const unit = await findOrganizationForActor(tx, actor, filter.unit, 'workspace.view')
    if (!isWithin(unit.path, workspace.path)) throw new NotFoundError('Không tìm thấy đơn vị.')
    scope = { organizationId: unit.id }
  }
  const terms = nameKey(filter.query ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 6)
  const status = filter.status ?? 'active'
  const where: Prisma.PersonWhereInput = {
    tenantId: actor.tenantId,
    ...scope,
    ...(status === 'all' ? {} : { active: status === 'active' }),
    AND: terms.map((term) => ({ searchText: { contains: term } })),
  }
  const ratingYear = lastRatingYears().at(-1)!
  const [counted, people] = await Promise.all([
    tx.person.count({ where, take: countWindow(filter.page, PEOPLE_PAGE_SIZE) }),
    tx.person.findMany({
      where,
      select: {
        id: true,
        fullName: true,
        gender: true,
        birthDate: true,
        position: true,
        isLeader: true,
        active: true,
        organization: { select: { id: true, name: true } },
        yearRecords: { where: { year: ratingYear }, select: { rating: true } },
      },
      orderBy: [{ isLeader: 'desc' }, { searchText: 'asc' }, { id: 'asc' }],
      skip: (filter.page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
    }),
  ])
  const { pageCount, more } = windowedPages(counted, filter.page, PEOPLE_PAGE_SIZE)
  // total: exact when `more` is false, else the rows counted (the list has more than that)
  const total = more ? counted - 1 : counted
  return { people, total, more, ratingYear, page: filter.page, pageCount }
}

/** Everything the person page shows, in a fixed number of queries. */
export async function loadPersonDetail(tx: Tx, actor: Actor, personId: string, withinPath: string) {
  const person = await findPersonForActor(tx, actor, personId, 'workspace.view', withinPath)
  const tenantId = actor.tenantId
  const [assignments, yearRecords, disciplines, initiatives] = await Promise.all([
    tx.personAssignment.findMany({
      where: { tenantId, personId: person.id },
      select: { id: true, organizationId: true, position: true, fromDate: true, toDate: true },
      orderBy: [{ fromDate: 'desc' }, { toDate: { sort: 'desc', nulls: 'first' } }],
      take: 100,
    }),
    tx.personYearRecord.findMany({
      where: { tenantId, personId: person.id },
      select: { id: true, year: true, rating: true, organizationId: true },
      orderBy: { year: 'desc' },
      take: 100,
    }),
    tx.discipline.findMany({
      where: { tenantId, personId: person.id },
      select: {
        id: true,
        year: true,
        level: true,
        decidedOn: true,
        startsOn: true,
        endsOn: true,
        reference: true,
        note: true,
        active: true,
      },
      orderBy: [{ year: 'desc' }, { decidedOn: 'desc' }],
      take: 100,
    }),
    tx.initiative.findMany({
      where: { tenantId, personId: person.id },
      select: {
        id: true,
        year: true,
        title: true,
        level: true,
        recognizedBy: true,
        // the initiative-use ledger: where it served, including uses released by a revocation
        uses: {
          select: { id: true, award: true, year: true, releasedAt: true, releaseReason: true },
          orderBy: { createdAt: 'asc' },
          take: 20,
        },
      },
      orderBy: [{ year: 'desc' }, { title: 'asc' }],
      take: 100,
    }),
  ])
  const unitIds = [
    ...new Set([
      ...assignments.map((a) => a.organizationId),
      ...yearRecords.flatMap((r) => (r.organizationId ? [r.organizationId] : [])),
    ]),
  ]
  const units = await tx.organization.findMany({
    where: { tenantId, id: { in: unitIds } },
    select: { id: true, name: true },
  })
  const unitName = new Map(units.map((u) => [u.id, u.name]))
  return {
    person,
    assignments: assignments.map((a) => ({ ...a, unitName: unitName.get(a.organizationId) ?? '—' })),
    yearRecords: yearRecords.map((r) => ({
      ...r,
      unitName: r.organizationId ? (unitName.get(r.organizationId) ?? '—') : '—',
    })),
    disciplines,
    initiatives,
  }
}

/**
 * Keys (see personKey) of the people already registered in these units under these names, active or not.
 * One query, whatever the number of candidates.
 */
export async function existingPersonKeys(
  tx: Tx,
  tenantId: string,
  candidates: readonly { organizationId: string; fullName: string }[],
) {
  if (candidates.length === 0) return new Set<string>()
  const rows = await tx.person.findMany({
    where: {
      tenantId,
      organizationId: { in: [...new Set(candidates.map((c) => c.organizationId))] },
      searchText: { in: [...new Set(candidates.map((c) => nameKey(c.fullName)))] },
    },
    select: { organizationId: true, fullName: true, birthDate: true },
  })
  return new Set(rows.map((r) => personKey(r.organizationId, r.fullName, r.birthDate)))
}

/** Serialises additions to a tenant's registry, so two saves cannot both pass the duplicate check. */
export async function lockRegistry(tx: Tx, tenantId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`people:${tenantId}`}))`
}
