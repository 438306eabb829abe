// The tasks of a draft edited as a table and saved at once: every row is checked first (its period in
// the plan's year or window, its due date in its period, its unit in the issuer's branch); one refused
// cell refuses the whole table, each message next to its cell, and nothing is written. Otherwise the
// changed rows are written in one statement, a row put in another period becomes that period's last
// task, positions stay dense, the plan's version is claimed and the change journalled, all in one
// transaction.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { DomainError, FieldsError } from '../shared/errors'
import { bumpVersion, planForAction } from './guard'
import { periodError, type TaskPeriod } from './periods'
import { tableField, type TaskTableInput } from './schemas'
import { moveToPeriod, positionChanges, documentOrder, resolvePeriodChoice } from './task-order'
import { loadTasksForEdit, unitsOfBranch, writeCells, writePositions, type TaskCells } from './task-store'

const sameDay = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null)

export async function saveTaskTable(actor: Actor, input: TaskTableInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const plan = await planForAction(tx, actor, input.planId, 'edit', input.version)
    const tasks = await loadTasksForEdit(tx, actor.tenantId, plan.id)
    const byId = new Map(tasks.map((t) => [t.id, t]))
    const units = await unitsOfBranch(
      tx,
      actor.tenantId,
      plan.organization.path,
      input.rows.map((r) => r.lead),
    )
    const errors: Record<string, string> = {}
    const changed: (TaskCells & { periodChanged: boolean; fields: string[] })[] = []
    for (const row of input.rows) {
      const task = byId.get(row.taskId)
      const refuse = (column: 'text' | 'period' | 'lead' | 'due', message: string) => {
        errors[tableField(column, row.taskId)] ??= `Dòng ${row.row}: ${message}`
      }
      if (!task) {
        refuse('text', 'nhiệm vụ này không còn trong kế hoạch; hãy tải lại trang.')
        continue
      }
      const period: TaskPeriod | null = resolvePeriodChoice(row.period, tasks)
      if (!period) {
        refuse('period', 'thời gian thực hiện không có trong danh sách.')
        continue
      }
      const fields = [
        task.text !== row.text && 'text',
        task.periodLabel !== period.label && 'period',
        task.leadOrganizationId !== row.lead && 'lead',
        !sameDay(task.dueDate, row.due) && 'due',
      ].filter((f): f is string => !!f)
      // only what the user changed is checked: an untouched row never blocks the table
      if (fields.includes('period') || fields.includes('due')) {
        const problem = periodError(period, row.due, plan)
        if (problem) refuse(problem.field === 'dueDate' ? 'due' : 'period', problem.message)
      }
      if (fields.includes('lead') && row.lead && !units.has(row.lead))
        refuse('lead', 'đơn vị chủ trì không thuộc các đơn vị của cấp ban hành.')
      if (fields.length)
        changed.push({
          id: task.id,
          period,
          text: row.text,
          leadOrganizationId: row.lead,
          dueDate: row.due,
          periodChanged: fields.includes('period'),
          fields,
        })
    }
    const refused = Object.keys(errors).length
    if (refused) {
      const rows = [...new Set(Object.values(errors).map((m) => /^Dòng (\d+)/.exec(m)?.[1]))]
      throw new FieldsError(
        `Chưa lưu gì: ${rows.length} dòng cần sửa (dòng ${rows.join(', ')}). Các ô cần sửa được đánh dấu trong bảng.`,
        errors,
      )
    }
    if (changed.length === 0) throw new DomainError('Bảng chưa có thay đổi nào để lưu.')
    await bumpVersion(tx, actor.tenantId, plan.id, input.version)
    await writeCells(tx, actor.tenantId, plan.id, changed)
    let ordered = documentOrder(tasks)
    for (const row of changed) if (row.periodChanged) ordered = moveToPeriod(ordered, row.id, row.period, plan.year)
    await writePositions(tx, actor.tenantId, plan.id, positionChanges(ordered, tasks))
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: plan.organizationId,
      action: 'plan.tasks_table',
      targetType: 'Plan',
      targetId: plan.id,
      after: {
        changed: changed.slice(0, 200).map((c) => ({ taskId: c.id, fields: c.fields, text: c.text.slice(0, 120) })),
      },
    })
    return { changed: changed.length }
  })
}
