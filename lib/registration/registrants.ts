// Who registered for which title in the subtree of a managing level (the province, a district…): every
// person's registered title and every unit's collective title, by name, for the units strictly below the
// managing unit. Filters by unit, title and status; accent-free search on names. One page in three
// queries (units of the subtree, the page, its windowed count), whatever the size of the province.
import type { Actor } from '../auth/actor'
import { isWithin } from '../auth/scope'
import type { Tx } from '../db/tenant'
import { Prisma } from '../generated/prisma/client'
import type { RegistrationStatus } from '../generated/prisma/enums'
import { nameKey } from '../people/identity'
import { findOrganizationForActor } from '../organizations/queries'
import { searchKey } from '../plans/periods'
import { countWindow, windowedPages } from '../shared/paging'
import type { RegistrantFilter } from './schemas'

export const REGISTRANT_PAGE_SIZE = 50
/** The .xlsx holds the whole filtered list up to this many rows (a province's year is far below). */
export const REGISTRANT_EXPORT_LIMIT = 50_000
/** Units offered in the unit filter (the search still covers every unit of the subtree). */
export const UNIT_CHOICES = 500

export type RegistrantRow = {
  kind: 'INDIVIDUAL' | 'COLLECTIVE'
  id: string
  name: string
  position: string | null
  unitId: string
  unitName: string
  title: string
  status: RegistrationStatus
}

const likeTerm = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** The search terms of what the user typed: folded (no accents, lower case), at most six words. */
export const searchTerms = (query: string | null | undefined) =>
  nameKey(query ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 6)

export async function listRegistrants(
  tx: Tx,
  actor: Actor,
  managingId: string,
  year: number,
  filter: RegistrantFilter,
  paging: { page: number; pageSize?: number } | 'all',
) {
  const tenantId = actor.tenantId
  const managing = await findOrganizationForActor(tx, actor, managingId, 'registration.review')
  const units = await tx.organization.findMany({
    where: { tenantId, path: { startsWith: managing.path }, id: { not: managing.id } },
    select: { id: true, name: true, path: true },
    orderBy: [{ depth: 'asc' }, { name: 'asc' }],
  })
  // A unit filter outside the subtree (or unknown) matches nothing rather than widening the list.
  const unit = filter.unitId ? units.find((u) => u.id === filter.unitId && isWithin(u.path, managing.path)) : null
  const terms = searchTerms(filter.query)
  const unitsNamed = terms.length
    ? units.filter((u) => terms.every((t) => searchKey(u.name).includes(t))).map((u) => u.id)
    : []

  const scope = Prisma.sql`o."tenantId" = ${tenantId}::uuid AND o."path" LIKE ${`${managing.path}%`} AND o."id" <> ${managing.id}::uuid`
  const common = [
    Prisma.sql`r."tenantId" = ${tenantId}::uuid`,
    Prisma.sql`r."year" = ${year}`,
    ...(filter.unitId ? [Prisma.sql`r."organizationId" = ${unit?.id ?? managing.id}::uuid`] : []),
    ...(filter.status ? [Prisma.sql`r."status" = ${filter.status}::"RegistrationStatus"`] : []),
  ]
  const individual = Prisma.join(
    [
      ...common,
      ...(filter.title ? [Prisma.sql`e."title" = ${filter.title}`] : []),
      ...terms.map((t) => Prisma.sql`p."searchText" LIKE ${likeTerm(t)}`),
    ],
    ' AND ',
  )
  const collective = Prisma.join(
    [
      ...common,
      filter.title ? Prisma.sql`r."collectiveTitle" = ${filter.title}` : Prisma.sql`r."collectiveTitle" IS NOT NULL`,
      ...(terms.length ? [Prisma.sql`r."organizationId" = ANY(${unitsNamed}::uuid[])`] : []),
    ],
    ' AND ',
  )
  const rows = Prisma.sql`
    SELECT 'INDIVIDUAL' AS "kind", e."id", p."fullName" AS "name", p."position", o."id" AS "unitId",
           o."name" AS "unitName", e."title", r."status"
      FROM "RegistrationEntry" e
      JOIN "Registration" r ON r."tenantId" = e."tenantId" AND r."id" = e."registrationId"
      JOIN "Organization" o ON o."tenantId" = r."tenantId" AND o."id" = r."organizationId"
      JOIN "Person" p ON p."tenantId" = e."tenantId" AND p."id" = e."personId"
     WHERE e."tenantId" = ${tenantId}::uuid AND ${scope} AND ${individual}
    UNION ALL
    SELECT 'COLLECTIVE', r."id", o."name", NULL, o."id", o."name", r."collectiveTitle", r."status"
      FROM "Registration" r
      JOIN "Organization" o ON o."tenantId" = r."tenantId" AND o."id" = r."organizationId"
     WHERE ${scope} AND ${collective}`

  const pageSize = paging === 'all' ? REGISTRANT_EXPORT_LIMIT : (paging.pageSize ?? REGISTRANT_PAGE_SIZE)
  const page = paging === 'all' ? 1 : paging.page
  const [list, counted] = await Promise.all([
    tx.$queryRaw<RegistrantRow[]>`
      SELECT * FROM (${rows}) AS x
       ORDER BY "unitName", "unitId", "kind", "name", "id"
       LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    paging === 'all'
      ? Promise.resolve(null)
      : tx.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM (SELECT 1 FROM (${rows}) AS x LIMIT ${countWindow(page, pageSize)}) AS w`,
  ])
  const pages = counted ? windowedPages(counted[0].n, page, pageSize) : { pageCount: 1, more: false }
  return {
    managing,
    units: units.slice(0, UNIT_CHOICES).map(({ id, name }) => ({ id, name })),
    rows: list,
    page,
    ...pages,
    truncated: paging === 'all' && list.length === REGISTRANT_EXPORT_LIMIT,
  }
}
