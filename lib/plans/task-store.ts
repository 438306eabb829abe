// Reads and writes of a draft's tasks shared by the editing use cases (move, table, paste): one query to
// load them, one statement to write any number of positions or cells, never a query per task.
import type { Tx } from '../db/tenant'
import { isoDay } from '../shared/dates'
import { searchKey, type TaskPeriod } from './periods'

export async function loadTasksForEdit(tx: Tx, tenantId: string, planId: string) {
  return tx.planTask.findMany({
    where: { tenantId, planId },
    orderBy: { position: 'asc' },
    select: {
      id: true,
      position: true,
      periodLabel: true,
      quarters: true,
      periodFrom: true,
      periodTo: true,
      text: true,
      leadOrganizationId: true,
      dueDate: true,
    },
  })
}
export type EditableTask = Awaited<ReturnType<typeof loadTasksForEdit>>[number]

/** Writes new positions in one statement. */
export async function writePositions(
  tx: Tx,
  tenantId: string,
  planId: string,
  changes: readonly { id: string; position: number }[],
) {
  if (changes.length === 0) return
  await tx.$executeRaw`
    UPDATE "PlanTask" AS t SET "position" = u.position
      FROM unnest(${changes.map((c) => c.id)}::uuid[], ${changes.map((c) => c.position)}::int[]) AS u(id, position)
     WHERE t."tenantId" = ${tenantId}::uuid AND t."planId" = ${planId}::uuid AND t."id" = u.id`
}

export type TaskCells = {
  id: string
  period: TaskPeriod
  text: string
  leadOrganizationId: string | null
  dueDate: Date | null
}

/** Writes the cells of several tasks in one statement; each changed task's version goes up. */
export async function writeCells(tx: Tx, tenantId: string, planId: string, rows: readonly TaskCells[]) {
  if (rows.length === 0) return
  const quarters = rows.map((r) => `{${r.period.quarters.join(',')}}`)
  await tx.$executeRaw`
    UPDATE "PlanTask" AS t
       SET "text" = u.text, "periodLabel" = u.label, "quarters" = u.quarters::int[],
           "periodFrom" = u.pfrom::date, "periodTo" = u.pto::date, "leadOrganizationId" = u.lead,
           "dueDate" = u.due::date, "searchText" = u.search, "version" = t."version" + 1
      FROM unnest(
             ${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.text)}::text[],
             ${rows.map((r) => r.period.label)}::text[], ${quarters}::text[],
             ${rows.map((r) => isoDay(r.period.from) || null)}::text[],
             ${rows.map((r) => isoDay(r.period.to) || null)}::text[],
             ${rows.map((r) => r.leadOrganizationId)}::uuid[],
             ${rows.map((r) => isoDay(r.dueDate) || null)}::text[],
             ${rows.map((r) => searchKey(`${r.period.label} ${r.text}`))}::text[]
           ) AS u(id, text, label, quarters, pfrom, pto, lead, due, search)
     WHERE t."tenantId" = ${tenantId}::uuid AND t."planId" = ${planId}::uuid AND t."id" = u.id`
}

/** The lead units among `ids` that are active units of the plan's branch; the rest are refused. */
export async function unitsOfBranch(tx: Tx, tenantId: string, rootPath: string, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))]
  if (wanted.length === 0) return new Set<string>()
  const found = await tx.organization.findMany({
    where: { tenantId, active: true, id: { in: wanted }, path: { startsWith: rootPath } },
    select: { id: true },
  })
  return new Set(found.map((o) => o.id))
}
