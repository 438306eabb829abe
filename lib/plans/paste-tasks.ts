// Tasks pasted from Word or Excel appended to a draft: first a preview (nothing saved) that shows how
// each row was read and what is wrong with it, then the save, which reads the same text again and
// adds every row or none. A row's period is the one it names, or the period chosen for rows that name
// none; its unit is matched by name in the issuer's branch; each new task becomes the last of its period.
import { randomUUID } from 'node:crypto'
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant, type Tx } from '../db/tenant'
import { vnDate } from '../shared/dates'
import { DomainError, FieldsError } from '../shared/errors'
import { branchUnits } from './assign-units'
import { bumpVersion, planForAction } from './guard'
import { MAX_PASTED_ROWS, parsePastedTasks, pastedDate } from './paste'
import { periodError, searchKey, type TaskPeriod } from './periods'
import type { PlanRow } from './queries'
import type { PasteTasksInput } from './schemas'
import {
  type OrderedTask,
  moveToPeriod,
  periodFromText,
  positionChanges,
  resolvePeriodChoice,
  documentOrder,
} from './task-order'
import { loadTasksForEdit, writePositions, type EditableTask } from './task-store'
import { matchUnit } from './unit-suggestions'

const MAX_TEXT = 5000

export type PastePreviewRow = {
  row: number
  text: string
  period: string | null
  lead: string | null
  due: string | null
  errors: string[]
}

type ReadRow = PastePreviewRow & {
  value: { period: TaskPeriod; text: string; leadOrganizationId: string | null; dueDate: Date | null } | null
}

async function readPaste(
  tx: Tx,
  plan: PlanRow,
  tasks: EditableTask[],
  input: Pick<PasteTasksInput, 'text' | 'period'>,
): Promise<ReadRow[]> {
  const table = parsePastedTasks(input.text)
  if (table.rows.length === 0) throw new DomainError('Không đọc được dòng nhiệm vụ nào trong nội dung đã dán.', 'text')
  if (table.rows.length > MAX_PASTED_ROWS)
    throw new DomainError(`Mỗi lần dán tối đa ${MAX_PASTED_ROWS} dòng; nội dung có ${table.rows.length} dòng.`, 'text')
  const fallback = input.period ? resolvePeriodChoice(input.period, tasks) : null
  const tree = table.rows.some((r) => r.lead) ? await branchUnits(tx, plan.tenantId, plan.organization.path) : []
  return table.rows.map((r) => {
    const errors: string[] = []
    if (!r.text) errors.push('thiếu nội dung nhiệm vụ.')
    else if (r.text.length > MAX_TEXT) errors.push(`nội dung dài quá ${MAX_TEXT} ký tự.`)
    let period: TaskPeriod | null = null
    if (r.period) {
      period = periodFromText(r.period, tasks)
      if (!period)
        errors.push(
          `không đọc được thời gian “${r.period}”; ghi như Quý I, Quý I và II, Cả năm hoặc Từ 01/3/2020 đến 30/6/2020.`,
        )
    } else {
      period = fallback
      if (!period) errors.push('dòng không ghi thời gian thực hiện; hãy chọn thời gian cho các dòng không ghi.')
    }
    const unit = r.lead ? matchUnit(r.lead, tree) : null
    if (r.lead && !unit)
      errors.push(
        `không xác định được đơn vị “${r.lead}” trong các đơn vị của ${plan.organization.name}; để trống ô này rồi giao sau.`,
      )
    const dueIso = r.due ? pastedDate(r.due) : null
    if (r.due && !dueIso) errors.push(`hạn hoàn thành “${r.due}” không phải một ngày có thật (ghi ngày/tháng/năm).`)
    const dueDate = dueIso ? new Date(`${dueIso}T00:00:00Z`) : null
    if (period) {
      const problem = periodError(period, dueDate, plan)
      if (problem) errors.push(problem.message.charAt(0).toLowerCase() + problem.message.slice(1))
    }
    return {
      row: r.row,
      text: r.text,
      period: period?.label ?? r.period,
      lead: unit?.name ?? r.lead,
      due: dueDate ? vnDate(dueDate) : r.due,
      errors,
      value:
        errors.length === 0 && period ? { period, text: r.text, leadOrganizationId: unit?.id ?? null, dueDate } : null,
    }
  })
}

const previewOf = (rows: ReadRow[]): PastePreviewRow[] => rows.map(({ value: _value, ...row }) => row)

/** How the pasted rows would be added; nothing is saved. */
export async function previewPastedTasks(actor: Actor, input: Pick<PasteTasksInput, 'planId' | 'text' | 'period'>) {
  return withTenant(actor.tenantId, async (tx) => {
    const plan = await planForAction(tx, actor, input.planId, 'edit')
    const tasks = await loadTasksForEdit(tx, actor.tenantId, plan.id)
    return previewOf(await readPaste(tx, plan, tasks, input))
  })
}

/** Appends every pasted row, or none when one is refused. */
export async function appendPastedTasks(actor: Actor, input: PasteTasksInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const plan = await planForAction(tx, actor, input.planId, 'edit', input.version)
    const tasks = await loadTasksForEdit(tx, actor.tenantId, plan.id)
    const rows = await readPaste(tx, plan, tasks, input)
    const refused = rows.filter((r) => r.errors.length)
    if (refused.length)
      throw new FieldsError(
        `Chưa thêm nhiệm vụ nào: ${refused.length} dòng cần sửa (dòng ${refused.map((r) => r.row).join(', ')}).`,
        { text: refused.map((r) => `Dòng ${r.row}: ${r.errors.join(' ')}`).join('\n') },
      )
    await bumpVersion(tx, actor.tenantId, plan.id, input.version)
    const added = rows.map((r) => ({ id: randomUUID(), ...r.value! }))
    let ordered: OrderedTask[] = documentOrder(tasks)
    for (const task of added) {
      const virtual = {
        id: task.id,
        position: ordered.length,
        periodLabel: task.period.label,
        quarters: task.period.quarters,
        periodFrom: task.period.from,
        periodTo: task.period.to,
      }
      ordered = moveToPeriod([...ordered, virtual], task.id, task.period, plan.year)
    }
    const positionOf = new Map(ordered.map((t, i) => [t.id, i]))
    await writePositions(
      tx,
      actor.tenantId,
      plan.id,
      positionChanges(ordered, tasks).filter((c) => !added.some((a) => a.id === c.id)),
    )
    await tx.planTask.createMany({
      data: added.map((t) => ({
        id: t.id,
        tenantId: actor.tenantId,
        planId: plan.id,
        position: positionOf.get(t.id)!,
        periodLabel: t.period.label,
        quarters: t.period.quarters,
        periodFrom: t.period.from,
        periodTo: t.period.to,
        text: t.text,
        searchText: searchKey(`${t.period.label} ${t.text}`),
        leadOrganizationId: t.leadOrganizationId,
        dueDate: t.dueDate,
      })),
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: plan.organizationId,
      action: 'plan.tasks_paste',
      targetType: 'Plan',
      targetId: plan.id,
      after: {
        added: added.slice(0, 200).map((t) => ({ taskId: t.id, period: t.period.label, text: t.text.slice(0, 120) })),
      },
    })
    return { added: added.length }
  })
}
