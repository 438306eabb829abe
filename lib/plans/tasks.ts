// Adding, changing and removing the tasks of a draft. Each change claims the plan's version, so two
// people editing the same draft never overwrite each other silently.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant, type Tx } from '../db/tenant'
import { DomainError, NotFoundError } from '../shared/errors'
import { bumpVersion, planForAction } from './guard'
import { PERIOD_OPTIONS, periodError, searchKey, windowLabel, type TaskPeriod } from './periods'
import type { TaskInput } from './schemas'
import type { z } from 'zod'
import type { removeTaskSchema } from './schemas'

export function taskPeriodOf(input: Pick<TaskInput, 'period' | 'periodFrom' | 'periodTo'>): TaskPeriod {
  if (input.period === 'WINDOW')
    return {
      label: windowLabel(input.periodFrom!, input.periodTo!),
      quarters: [],
      from: input.periodFrom,
      to: input.periodTo,
    }
  const option = PERIOD_OPTIONS.find((o) => o.code === input.period)!
  return { label: option.label, quarters: [...option.quarters], from: null, to: null }
}

/** Lead and coordinating units must be units of this tenant; ids from elsewhere are refused. */
async function assertUnitsOfTenant(tx: Tx, tenantId: string, lead: string | null, coordinators: string[]) {
  const ids = [...new Set([...(lead ? [lead] : []), ...coordinators])]
  if (ids.length === 0) return
  const found = await tx.organization.findMany({
    where: { tenantId, id: { in: ids }, active: true },
    select: { id: true },
  })
  const known = new Set(found.map((o) => o.id))
  if (lead && !known.has(lead))
    throw new DomainError('Đơn vị chủ trì không thuộc danh sách đơn vị của tỉnh.', 'leadOrganizationId')
  if (coordinators.some((id) => !known.has(id)))
    throw new DomainError('Có đơn vị phối hợp không thuộc danh sách đơn vị của tỉnh.', 'coordinatorIds')
}

export async function saveTask(actor: Actor, input: TaskInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const plan = await planForAction(tx, actor, input.planId, 'edit', input.version)
    const period = taskPeriodOf(input)
    const problem = periodError(period, input.dueDate, plan)
    if (problem) throw new DomainError(problem.message, problem.field)
    await assertUnitsOfTenant(tx, actor.tenantId, input.leadOrganizationId, input.coordinatorIds)
    await bumpVersion(tx, actor.tenantId, plan.id, input.version)
    const data = {
      periodLabel: period.label,
      quarters: period.quarters,
      periodFrom: period.from,
      periodTo: period.to,
      text: input.text,
      searchText: searchKey(`${period.label} ${input.text}`),
      leadOrganizationId: input.leadOrganizationId,
      coordinatorIds: input.coordinatorIds,
      dueDate: input.dueDate,
    }
    let taskId = input.taskId
    if (taskId) {
      const { count } = await tx.planTask.updateMany({
        where: { tenantId: actor.tenantId, planId: plan.id, id: taskId },
        data: { ...data, version: { increment: 1 } },
      })
      if (count !== 1) throw new NotFoundError('Không tìm thấy nhiệm vụ.')
    } else {
      const last = await tx.planTask.findFirst({
        where: { tenantId: actor.tenantId, planId: plan.id },
        orderBy: { position: 'desc' },
        select: { position: true },
      })
      const created = await tx.planTask.create({
        data: { ...data, tenantId: actor.tenantId, planId: plan.id, position: (last?.position ?? -1) + 1 },
        select: { id: true },
      })
      taskId = created.id
    }
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: plan.organizationId,
      action: input.taskId ? 'plan.task_update' : 'plan.task_add',
      targetType: 'Plan',
      targetId: plan.id,
      after: { taskId, period: period.label, text: input.text.slice(0, 200) },
    })
    return { taskId }
  })
}

export async function removeTask(actor: Actor, input: z.infer<typeof removeTaskSchema>) {
  return withTenant(actor.tenantId, async (tx) => {
    const plan = await planForAction(tx, actor, input.planId, 'edit', input.version)
    await bumpVersion(tx, actor.tenantId, plan.id, input.version)
    const task = await tx.planTask.findFirst({
      where: { tenantId: actor.tenantId, planId: plan.id, id: input.taskId },
      select: { id: true, text: true },
    })
    if (!task) throw new NotFoundError('Không tìm thấy nhiệm vụ.')
    await tx.planTask.delete({ where: { id: task.id } })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: plan.organizationId,
      action: 'plan.task_remove',
      targetType: 'Plan',
      targetId: plan.id,
      before: { taskId: task.id, text: task.text.slice(0, 200) },
    })
  })
}
