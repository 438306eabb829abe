// The facts each statistics form counts, read in one grouped query per form for a year and the subtree
// of one unit (its path). Never a query per row: the database groups, lib/stats/compute.ts fills cells.
import type { Tx } from '../db/tenant'
import { searchKey } from '../plans/periods'
import type { Fact } from './compute'
import { AWARD_DIMENSIONS as D, COUNTED } from './dimensions'
import type { FormSource } from './forms'

export type FactScope = { tenantId: string; unitPath: string; year: number }

const likePrefix = (path: string) => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

async function awardFacts(tx: Tx, s: FactScope): Promise<Fact[]> {
  const rows = await tx.$queryRawUnsafe<
    { award: string; collective: boolean; enterprise: boolean; category: string | null; method: string; n: bigint }[]
  >(
    `SELECT ${D.award} AS award, ${D.collective} AS collective, ${D.enterprise} AS enterprise,
            ${D.category} AS category, ${D.method} AS method, count(*) AS n
       FROM "AwardRecord" ar
       JOIN "Organization" o ON o."tenantId" = ar."tenantId" AND o.id = ar."organizationId"
       LEFT JOIN "Person" p ON p."tenantId" = ar."tenantId" AND p.id = ar."personId"
      WHERE ar."tenantId" = $1::uuid AND ar.year = $2 AND o.path LIKE $3 AND ${COUNTED}
      GROUP BY 1, 2, 3, 4, 5`,
    s.tenantId,
    s.year,
    likePrefix(s.unitPath),
  )
  return rows.map(({ n, category, ...dims }) => ({
    dims: { ...dims, household: false, ...(category ? { category } : {}) },
    count: Number(n),
  }))
}

/** Duration band of a movement (biểu 0601.N rows 06-10), from its first and last day. */
export function durationBand(fromDate: Date, toDate: Date): string {
  const months =
    (toDate.getUTCFullYear() - fromDate.getUTCFullYear()) * 12 +
    (toDate.getUTCMonth() - fromDate.getUTCMonth()) +
    (toDate.getUTCDate() >= fromDate.getUTCDate() - 1 ? 1 : 0)
  if (months < 12) return 'UNDER_1'
  if (months === 12) return 'ONE'
  if (months < 36) return '1_TO_3'
  if (months < 60) return '3_TO_5'
  return 'OVER_5'
}

/** Movements running in the year, launched in the subtree: by launcher, duration and kind. The province
 *  (its UBND) counts as "cấp tỉnh"; every other unit as "cơ quan, tổ chức, đơn vị". */
async function movementFacts(tx: Tx, s: FactScope): Promise<Fact[]> {
  const rows = await tx.$queryRawUnsafe<{ province: boolean; kind: string; fromDate: Date; toDate: Date }[]>(
    `SELECT (o.kind = 'CHINH_QUYEN' AND o.level = 'TINH') AS province, m.kind::text AS kind, m."fromDate", m."toDate"
       FROM "Movement" m
       JOIN "Organization" o ON o."tenantId" = m."tenantId" AND o.id = m."organizationId"
      WHERE m."tenantId" = $1::uuid AND o.path LIKE $2
        AND m."fromDate" <= make_date($3, 12, 31) AND m."toDate" >= make_date($3, 1, 1)`,
    s.tenantId,
    likePrefix(s.unitPath),
    s.year,
  )
  return rows.map((r) => ({
    dims: { launcher: r.province ? 'TINH' : 'DON_VI', duration: durationBand(r.fromDate, r.toDate), kind: r.kind },
    count: 1,
  }))
}

/** Units doing emulation and commendation work (biểu 0604.N): by their name, active ones only. */
async function organizationFacts(tx: Tx, s: FactScope): Promise<Fact[]> {
  const units = await tx.organization.findMany({
    where: { tenantId: s.tenantId, active: true, path: { startsWith: s.unitPath } },
    select: { name: true },
  })
  return units.flatMap((u) => {
    const key = searchKey(u.name)
    if (!key.includes('thi dua')) return []
    const body = key.startsWith('ban ') ? 'BAN' : key.startsWith('phong ') ? 'PHONG' : null
    return body ? [{ dims: { body }, count: 1 }] : []
  })
}

/** Civil servants doing the work (biểu 0605.N): active secretariat accounts, by their unit's level. */
async function staffFacts(tx: Tx, s: FactScope): Promise<Fact[]> {
  const rows = await tx.$queryRawUnsafe<{ level: string; n: bigint }[]>(
    `SELECT o.level::text AS level, count(DISTINCT m."userId") AS n
       FROM "Membership" m
       JOIN "Organization" o ON o."tenantId" = m."tenantId" AND o.id = m."organizationId"
       JOIN "User" u ON u."tenantId" = m."tenantId" AND u.id = m."userId"
      WHERE m."tenantId" = $1::uuid AND m.role = 'SECRETARIAT' AND u.active AND o.path LIKE $2
      GROUP BY 1`,
    s.tenantId,
    likePrefix(s.unitPath),
  )
  return rows.map((r) => ({ dims: { level: r.level }, count: Number(r.n) }))
}

export function readFacts(tx: Tx, source: FormSource, scope: FactScope): Promise<Fact[]> {
  switch (source) {
    case 'awards':
      return awardFacts(tx, scope)
    case 'movements':
      return movementFacts(tx, scope)
    case 'organizations':
      return organizationFacts(tx, scope)
    case 'staff':
      return staffFacts(tx, scope)
  }
}
