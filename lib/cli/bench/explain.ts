// EXPLAIN (ANALYZE, BUFFERS) of representative statements, run as the owner but switched to the
// application role with the tenant set, so row-level security shapes the plan exactly as in the app.
// The SQL mirrors what Prisma generates for the domain functions (seen with query logging); values are
// inlined, which gives the same custom plan PostgreSQL makes for Prisma's unnamed bound statements.
// Informational only: nothing is asserted.
import { APP_ROLE } from '../../db/client'
import type { PrismaClient } from '../../generated/prisma/client'
import type { GeneratedTenant } from './generate'

/** SQL text already built: inserted as is by `sql`. */
class Fragment {
  constructor(readonly text: string) {}
}

export type Shape = { name: string; sql: Fragment }

export type Explained = {
  name: string
  /** the top node of the plan */
  firstLine: string
  /** every scan node, shortened: "Index Scan using … on …", "Seq Scan on …" */
  scans: string[]
  usesIndex: boolean
  seqScans: string[]
  executionMs: number | null
  plan: string[]
}

type Literal = string | number | boolean | readonly string[] | Fragment

/** Inlines values as SQL literals (strings quoted, lists comma-separated, fragments as is). Our own values only. */
function sql(strings: TemplateStringsArray, ...values: Literal[]): Fragment {
  const quote = (v: string) => `'${v.replace(/'/g, "''")}'`
  const literal = (v: Literal): string =>
    v instanceof Fragment
      ? v.text
      : typeof v === 'string'
        ? quote(v)
        : Array.isArray(v)
          ? v.map(quote).join(', ')
          : String(v)
  return new Fragment(strings.reduce((out, part, i) => out + part + (i < values.length ? literal(values[i]) : ''), ''))
}

/** `districtUnitIds`: the district and every unit below it, as listAuditEvents resolves its scope. */
export function shapes(tenant: GeneratedTenant, districtUnitIds: readonly string[]): Shape[] {
  const t = tenant.id
  const district = tenant.district
  const ancestors = district.path.split('/').filter(Boolean).slice(0, -1)
  const planTerm = (term: string, n: number) => sql`(p."searchText"::text LIKE ('%' || ${term} || '%') OR EXISTS (
      SELECT 1 FROM "PlanTask" t${n} WHERE t${n}."searchText"::text LIKE ('%' || ${term} || '%')
        AND (p."tenantId", p.id) = (t${n}."tenantId", t${n}."planId")))`
  return [
    {
      name: 'children of a unit by parentId (listChildren, district)',
      sql: sql`SELECT o.id, o.name, o.kind, o.path, o.active, COALESCE(c.n, 0) AS children
        FROM "Organization" o
        LEFT JOIN (SELECT "tenantId", "parentId", COUNT(*) AS n FROM "Organization" WHERE 1=1 GROUP BY "tenantId", "parentId") c
          ON o."tenantId" = c."tenantId" AND o.id = c."parentId"
        WHERE o."tenantId" = ${t} AND o."parentId" = ${district.id}
        ORDER BY o.active DESC, o.kind ASC, o.name ASC LIMIT 50 OFFSET 0`,
    },
    {
      name: 'plans search LIKE on searchText (listPlans, district, "ke hoach quy")',
      sql: sql`SELECT p.id, p.title, p.year, COALESCE(a.n, 0) AS tasks
        FROM "Plan" p
        LEFT JOIN (SELECT "tenantId", "planId", COUNT(*) AS n FROM "PlanTask" WHERE 1=1 GROUP BY "tenantId", "planId") a
          ON p."tenantId" = a."tenantId" AND p.id = a."planId"
        LEFT JOIN "Organization" j0 ON (j0."tenantId", j0.id) = (p."tenantId", p."organizationId")
        WHERE p."tenantId" = ${t} AND p.status <> 'SUPERSEDED'
          AND ((j0.path::text LIKE (${district.path} || '%') AND j0.id IS NOT NULL)
               OR (p."organizationId" IN (${ancestors}) AND p.status IN ('ISSUED')))
          AND ${planTerm('ke', 1)} AND ${planTerm('hoach', 2)} AND ${planTerm('quy', 3)}
        ORDER BY p.year DESC, p."updatedAt" DESC LIMIT 20 OFFSET 0`,
    },
    {
      name: 'people by organizationId + active, name order (listPeople, district unit)',
      sql: sql`SELECT id, "fullName", "isLeader", active FROM "Person"
        WHERE "tenantId" = ${t} AND "organizationId" = ${district.id} AND active = true
        ORDER BY "isLeader" DESC, "searchText" ASC, id ASC LIMIT 25 OFFSET 0`,
    },
    {
      name: 'people of a subtree, name search (listPeople, province, all units, "nguyen van")',
      sql: sql`SELECT p.id, p."fullName" FROM "Person" p
        LEFT JOIN "Organization" j0 ON (j0."tenantId", j0.id) = (p."tenantId", p."organizationId")
        WHERE p."tenantId" = ${t} AND (j0.path::text LIKE (${tenant.root.path} || '%') AND j0.id IS NOT NULL) AND p.active = true
          AND p."searchText"::text LIKE ('%' || ${'nguyen'} || '%') AND p."searchText"::text LIKE ('%' || ${'van'} || '%')
        ORDER BY p."isLeader" DESC, p."searchText" ASC, p.id ASC LIMIT 25 OFFSET 0`,
    },
    {
      name: 'audit journal of a subtree (listAuditEvents, district secretariat)',
      sql: sql`SELECT id, "actorId", action, "targetType", "createdAt" FROM "AuditEvent"
        WHERE "tenantId" = ${t} AND "organizationId" IN (${districtUnitIds})
        ORDER BY "createdAt" DESC LIMIT 50 OFFSET 0`,
    },
  ]
}

const SCAN =
  /(Parallel )?(Seq Scan|Index Only Scan|Index Scan|Bitmap Index Scan|Bitmap Heap Scan)( Backward)?( using \S+)? on \S+( \w+)?/

export function summarise(name: string, plan: string[]): Explained {
  const scans = plan.map((line) => SCAN.exec(line)?.[0]).filter((s): s is string => Boolean(s))
  const execution = plan.map((line) => /Execution Time: ([\d.]+) ms/.exec(line)).find(Boolean)
  return {
    name,
    firstLine: plan[0]?.trim() ?? '',
    scans,
    usesIndex: scans.some((s) => s.includes('Index')),
    seqScans: scans.filter((s) => s.includes('Seq Scan')),
    executionMs: execution ? Number(execution[1]) : null,
    plan,
  }
}

export async function explain(owner: PrismaClient, tenantId: string, shape: Shape): Promise<Explained> {
  const plan = await owner.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL ROLE ${APP_ROLE}`)
    await tx.$queryRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`
    const rows = await tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) ${shape.sql.text}`,
    )
    return rows.map((r) => r['QUERY PLAN'])
  })
  return summarise(shape.name, plan)
}

export async function explainAll(owner: PrismaClient, tenant: GeneratedTenant) {
  const subtree = await owner.organization.findMany({
    where: { tenantId: tenant.id, path: { startsWith: tenant.district.path } },
    select: { id: true },
  })
  const results: Explained[] = []
  for (const shape of shapes(
    tenant,
    subtree.map((o) => o.id),
  ))
    results.push(await explain(owner, tenant.id, shape))
  return results
}
