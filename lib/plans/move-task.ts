// Reordering a draft's tasks without drag-and-drop: up or down within its period, to a numbered place
// in it, or into another period (as its last task). Positions stay dense and unique (task-order.ts);
// the move claims the plan's version and is journalled in the same transaction.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { DomainError, NotFoundError } from '../shared/errors'
import { bumpVersion, planForAction } from './guard'
import { periodError } from './periods'
import type { MoveTaskInput } from './schemas'
import { groupByPeriod, moveToPeriod, moveWithinPeriod, positionChanges, resolvePeriodChoice } from './task-order'
import { loadTasksForEdit, writeCells, writePositions } from './task-store'

export async function moveTask(actor: Actor, input: MoveTaskInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const plan = await planForAction(tx, actor, input.planId, 'edit', input.version)
    const tasks = await loadTasksForEdit(tx, actor.tenantId, plan.id)
    const task = tasks.find((t) => t.id === input.taskId)
    if (!task) throw new NotFoundError('Không tìm thấy nhiệm vụ.')
    const group = groupByPeriod(tasks).find((g) => g.label === task.periodLabel)!
    const index = group.tasks.findIndex((t) => t.id === task.id)
    let ordered
    if (input.op === 'period') {
      const period = resolvePeriodChoice(input.period ?? '', tasks)
      if (!period) throw new DomainError('Vui lòng chọn thời gian thực hiện.', 'period')
      if (period.label === task.periodLabel) throw new DomainError(`Nhiệm vụ đã thuộc ${period.label}.`, 'period')
      const problem = periodError(period, task.dueDate, plan)
      if (problem)
        throw new DomainError(
          problem.field === 'dueDate'
            ? `${problem.message} Hãy sửa hạn hoàn thành của nhiệm vụ (trong bảng) trước khi chuyển.`
            : problem.message,
          'period',
        )
      ordered = moveToPeriod(tasks, task.id, period, plan.year)
      await writeCells(tx, actor.tenantId, plan.id, [{ ...task, id: task.id, period }])
    } else {
      const target = input.op === 'up' ? index - 1 : input.op === 'down' ? index + 1 : input.position! - 1
      if (input.op === 'up' && index === 0) throw new DomainError(`Nhiệm vụ đã ở đầu ${group.label}.`)
      if (input.op === 'down' && index === group.tasks.length - 1)
        throw new DomainError(`Nhiệm vụ đã ở cuối ${group.label}.`)
      if (input.op === 'to' && target >= group.tasks.length)
        throw new DomainError(
          `${group.label} có ${group.tasks.length} nhiệm vụ; vị trí phải từ 1 đến ${group.tasks.length}.`,
          'position',
        )
      if (target === index) throw new DomainError(`Nhiệm vụ đã ở vị trí ${index + 1} của ${group.label}.`, 'position')
      ordered = moveWithinPeriod(tasks, task.id, target)
    }
    await bumpVersion(tx, actor.tenantId, plan.id, input.version)
    await writePositions(tx, actor.tenantId, plan.id, positionChanges(ordered, tasks))
    const now = ordered.findIndex((t) => t.id === task.id)
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: plan.organizationId,
      action: 'plan.task_move',
      targetType: 'Plan',
      targetId: plan.id,
      before: { taskId: task.id, period: task.periodLabel, position: task.position },
      after: { taskId: task.id, period: ordered[now].periodLabel, position: now },
    })
    return { position: now }
  })
}
