// Progress of the units below an issued plan, per unit and per period, from the tasks of their
// implementing plans: one grouped query. The six-monthly review (sơ kết) counts the tasks due in the
// first half of the year (quarters I–II, or a window ending by 30/6); the year-end summary (tổng kết)
// counts them all. The follow-up page, its chart and the .xlsx export all read this one summary.
import type { Tx } from '../db/tenant'
import type { TaskStatus } from '../generated/prisma/enums'

export type Counts = Record<TaskStatus, number> & { total: number }
const empty = (): Counts => ({ NOT_STARTED: 0, IN_PROGRESS: 0, DONE: 0, total: 0 })

export interface ProgressRow {
  planId: string
  periodLabel: string
  status: TaskStatus
  count: number
  position: number
  firstHalf: boolean
}

export async function progressRows(tx: Tx, tenantId: string, year: number, planIds: string[]): Promise<ProgressRow[]> {
  if (planIds.length === 0) return []
  const midYear = new Date(Date.UTC(year, 5, 30))
  return tx.$queryRaw<ProgressRow[]>`
    SELECT "planId" AS "planId", "periodLabel" AS "periodLabel", "status" AS "status",
           count(*)::int AS "count", min("position")::int AS "position",
           bool_and((cardinality("quarters") > 0 AND "quarters" <@ ARRAY[1, 2])
                    OR ("periodTo" IS NOT NULL AND "periodTo" <= ${midYear})) AS "firstHalf"
      FROM "PlanTask"
     WHERE "tenantId" = ${tenantId}::uuid AND "planId" = ANY(${planIds}::uuid[])
     GROUP BY 1, 2, 3`
}

function add(counts: Counts, status: TaskStatus, n: number) {
  counts[status] += n
  counts.total += n
}

export const donePercent = (counts: Counts) => (counts.total === 0 ? 0 : Math.round((counts.DONE * 100) / counts.total))

/** Per unit (in the order given), per period (in task order), and the totals of the half and the year. */
export function summariseProgress(units: { id: string; name: string; planId: string | null }[], rows: ProgressRow[]) {
  const byPlan = new Map<string, Counts>()
  const periods = new Map<string, { label: string; position: number; counts: Counts }>()
  const halfYear = empty()
  const year = empty()
  for (const row of rows) {
    const planCounts = byPlan.get(row.planId) ?? empty()
    add(planCounts, row.status, row.count)
    byPlan.set(row.planId, planCounts)
    const period = periods.get(row.periodLabel) ?? { label: row.periodLabel, position: row.position, counts: empty() }
    period.position = Math.min(period.position, row.position)
    add(period.counts, row.status, row.count)
    periods.set(row.periodLabel, period)
    add(year, row.status, row.count)
    if (row.firstHalf) add(halfYear, row.status, row.count)
  }
  return {
    perUnit: units.map((unit) => ({
      id: unit.id,
      name: unit.name,
      counts: unit.planId ? (byPlan.get(unit.planId) ?? empty()) : empty(),
    })),
    perPeriod: [...periods.values()].sort((a, b) => a.position - b.position),
    halfYear,
    year,
  }
}

export type ProgressSummary = ReturnType<typeof summariseProgress>
