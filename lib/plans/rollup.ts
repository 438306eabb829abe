// What the higher level sees of an issued plan: per subordinate unit, whether its implementing plan is
// issued and how far its tasks are; per task, the progress of the copies made of it. Four queries
// whatever the number of units.
import type { Tx } from '../db/tenant'
import type { PlanStatus, TaskStatus } from '../generated/prisma/enums'

type Counts = Record<TaskStatus, number> & { total: number }
const emptyCounts = (): Counts => ({ NOT_STARTED: 0, IN_PROGRESS: 0, DONE: 0, total: 0 })

export async function planRollup(
  tx: Tx,
  tenantId: string,
  plan: { id: string; organizationId: string },
  taskIds: string[],
) {
  const [units, implementing, copies] = await Promise.all([
    tx.organization.findMany({
      where: { tenantId, parentId: plan.organizationId, active: true },
      select: { id: true, name: true, kind: true },
      orderBy: [{ kind: 'asc' }, { name: 'asc' }],
      take: 500,
    }),
    tx.plan.findMany({
      where: { tenantId, sourcePlanId: plan.id, status: { not: 'SUPERSEDED' } },
      select: { id: true, organizationId: true, status: true, documentNumber: true, issuedOn: true },
    }),
    taskIds.length
      ? tx.planTask.groupBy({
          by: ['sourceTaskId', 'status'],
          where: { tenantId, sourceTaskId: { in: taskIds } },
          _count: { _all: true },
        })
      : Promise.resolve([]),
  ])
  const taskCounts = implementing.length
    ? await tx.planTask.groupBy({
        by: ['planId', 'status'],
        where: { tenantId, planId: { in: implementing.map((p) => p.id) } },
        _count: { _all: true },
      })
    : []
  const countsByPlan = new Map<string, Counts>()
  for (const row of taskCounts) {
    const counts = countsByPlan.get(row.planId) ?? emptyCounts()
    counts[row.status] += row._count._all
    counts.total += row._count._all
    countsByPlan.set(row.planId, counts)
  }
  const copiesByTask = new Map<string, Counts>()
  for (const row of copies) {
    if (!row.sourceTaskId) continue
    const counts = copiesByTask.get(row.sourceTaskId) ?? emptyCounts()
    counts[row.status] += row._count._all
    counts.total += row._count._all
    copiesByTask.set(row.sourceTaskId, counts)
  }
  const planByUnit = new Map(implementing.map((p) => [p.organizationId, p]))
  return {
    units: units.map((unit) => {
      const p = planByUnit.get(unit.id)
      return {
        unit,
        plan: p
          ? { id: p.id, status: p.status as PlanStatus, documentNumber: p.documentNumber, issuedOn: p.issuedOn }
          : null,
        tasks: p ? (countsByPlan.get(p.id) ?? emptyCounts()) : null,
      }
    }),
    copiesByTask,
    issuedCount: implementing.filter((p) => p.status === 'ISSUED').length,
  }
}
