// Units in charge of the tasks of a draft, suggested from its text (unit-suggestions.ts) and confirmed
// by the user in one step. Suggestions read the issuing unit's branch of the tree once; the confirmed
// assignments are saved in one transaction that claims the plan's version (edit-conflict protection).
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant, type Tx } from '../db/tenant'
import { DomainError } from '../shared/errors'
import { bumpVersion, planForAction } from './guard'
import type { AssignUnitsInput } from './schemas'
import { suggestLead, type UnitSuggestion } from './unit-suggestions'

/** Units a plan's tasks may be given to: the issuing unit and its branch (at most 2,000). */
export async function branchUnits(tx: Tx, tenantId: string, rootPath: string) {
  return tx.organization.findMany({
    where: { tenantId, active: true, path: { startsWith: rootPath } },
    select: { id: true, name: true, shortName: true, path: true },
    orderBy: [{ depth: 'asc' }, { name: 'asc' }],
    take: 2000,
  })
}

export interface TaskSuggestion extends UnitSuggestion {
  taskId: string
  taskText: string
}

/** For each task still without a unit, the unit its text or "Tổ chức thực hiện" names (four queries). */
export async function suggestUnitsForPlan(
  tx: Tx,
  tenantId: string,
  plan: { id: string; organization: { path: string } },
): Promise<TaskSuggestion[]> {
  const [tasks, implementation, tree] = await Promise.all([
    tx.planTask.findMany({
      where: { tenantId, planId: plan.id, leadOrganizationId: null },
      orderBy: { position: 'asc' },
      select: { id: true, text: true },
      take: 1000,
    }),
    tx.planImplementationUnit.findMany({
      where: { tenantId, planId: plan.id },
      orderBy: { position: 'asc' },
      select: { unitName: true, duties: true },
    }),
    branchUnits(tx, tenantId, plan.organization.path),
  ])
  const entries = implementation.map((u) => ({ unit: u.unitName, duties: u.duties }))
  return tasks.flatMap((task) => {
    const suggestion = suggestLead(task.text, entries, tree)
    return suggestion ? [{ ...suggestion, taskId: task.id, taskText: task.text }] : []
  })
}

export async function assignUnits(actor: Actor, input: AssignUnitsInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const plan = await planForAction(tx, actor, input.planId, 'edit', input.version)
    if (input.assignments.length === 0) throw new DomainError('Chưa chọn nhiệm vụ nào để giao đơn vị.', 'assignments')
    const taskIds = [...new Set(input.assignments.map((a) => a.taskId))]
    const orgIds = [...new Set(input.assignments.map((a) => a.organizationId))]
    const [tasks, units] = await Promise.all([
      tx.planTask.findMany({
        where: { tenantId: actor.tenantId, planId: plan.id, id: { in: taskIds } },
        select: { id: true },
      }),
      tx.organization.findMany({
        where: {
          tenantId: actor.tenantId,
          active: true,
          id: { in: orgIds },
          path: { startsWith: plan.organization.path },
        },
        select: { id: true },
      }),
    ])
    if (tasks.length !== taskIds.length) throw new DomainError('Có nhiệm vụ không thuộc kế hoạch này.', 'assignments')
    if (units.length !== orgIds.length)
      throw new DomainError('Có đơn vị không thuộc đơn vị ban hành hoặc cấp dưới của đơn vị đó.', 'assignments')
    await bumpVersion(tx, actor.tenantId, plan.id, input.version)
    const byUnit = new Map<string, string[]>()
    for (const { taskId, organizationId } of input.assignments) {
      byUnit.set(organizationId, [...(byUnit.get(organizationId) ?? []), taskId])
    }
    // one statement per unit (a plan names a handful), never one per task
    for (const [organizationId, ids] of byUnit) {
      await tx.planTask.updateMany({
        where: { tenantId: actor.tenantId, planId: plan.id, id: { in: ids } },
        data: { leadOrganizationId: organizationId, version: { increment: 1 } },
      })
    }
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: plan.organizationId,
      action: 'plan.task_update',
      targetType: 'Plan',
      targetId: plan.id,
      after: { assignedLeads: input.assignments },
    })
    return { assigned: input.assignments.length }
  })
}
