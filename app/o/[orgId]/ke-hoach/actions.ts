'use server'
// Server actions of the plan pages: session → zod parse → one domain function → revalidate.
import { requireActor } from '@/lib/auth/session'
import type { FormState } from '@/lib/shared/errors'
import { handleForm } from '@/lib/shared/form'
import { afterChange, openCreated } from '@/lib/shared/action-result'
import {
  assignUnitsSchema,
  deadlinesSchema,
  remindSchema,
  createPlanSchema,
  implementSchema,
  importPlanSchema,
  planRefSchema,
  removeTaskSchema,
  reportSchema,
  taskSchema,
  transitionSchema,
  updatePlanSchema,
  moveTaskSchema,
  taskTableSchema,
  pasteTasksSchema,
} from '@/lib/plans/schemas'
import { createPlan } from '@/lib/plans/create-plan'
import { updatePlan } from '@/lib/plans/update-plan'
import { removeTask, saveTask } from '@/lib/plans/tasks'
import { transitionPlan } from '@/lib/plans/transition'
import { createImplementingPlan, revisePlan } from '@/lib/plans/copy-plan'
import { reportTask } from '@/lib/plans/report-task'
import { importPlan } from '@/lib/plans/import-plan'
import { assignUnits } from '@/lib/plans/assign-units'
import { setDeadlines } from '@/lib/plans/deadlines'
import { remindUnits } from '@/lib/plans/follow-up'
import { parsePlanText } from '@/lib/plans/parse-plan'
import { moveTask } from '@/lib/plans/move-task'
import { saveTaskTable } from '@/lib/plans/save-task-table'
import { appendPastedTasks, previewPastedTasks, type PastePreviewRow } from '@/lib/plans/paste-tasks'
import { toFormState } from '@/lib/shared/errors'

export async function createPlanAction(orgId: string, _: FormState, formData: FormData) {
  const actor = await requireActor()
  const state = await handleForm(createPlanSchema, formData, (input) => createPlan(actor, input), 'Đã tạo dự thảo.')
  return openCreated(state, state.result && `/o/${orgId}/ke-hoach/${state.result.id}/sua`)
}

export async function updatePlanAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(updatePlanSchema, formData, (input) => updatePlan(actor, input), 'Đã lưu dự thảo.'),
  )
}

export async function saveTaskAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(await handleForm(taskSchema, formData, (input) => saveTask(actor, input), 'Đã lưu nhiệm vụ.'))
}

export async function assignUnitsAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(assignUnitsSchema, formData, (input) => assignUnits(actor, input), 'Đã giao đơn vị chủ trì.'),
  )
}

export async function setDeadlinesAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(deadlinesSchema, formData, (input) => setDeadlines(actor, input), 'Đã lưu hạn gửi của cấp dưới.'),
  )
}

export async function remindAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  let result = { reminded: 0, skipped: 0 }
  const state = await handleForm(
    remindSchema,
    formData,
    async ({ planId, kind, organizationId }) =>
      (result = await remindUnits(actor, { planId, kind, organizationIds: organizationId ? [organizationId] : null })),
    '',
  )
  if (!state.ok) return state
  const skipped = result.skipped ? ` ${result.skipped} đơn vị đã được nhắc trong ngày, không nhắc lại.` : ''
  return afterChange({ ...state, message: `Đã gửi thông báo nhắc ${result.reminded} đơn vị.${skipped}` })
}

export async function removeTaskAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(removeTaskSchema, formData, (input) => removeTask(actor, input), 'Đã xóa nhiệm vụ.'),
  )
}

const TRANSITION_MESSAGES = {
  submit: 'Đã trình lãnh đạo ban hành.',
  return: 'Đã trả lại dự thảo.',
  issue: 'Đã ban hành kế hoạch.',
}

export async function transitionAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  const action = String(formData.get('action')) as keyof typeof TRANSITION_MESSAGES
  return afterChange(
    await handleForm(
      transitionSchema,
      formData,
      (input) => transitionPlan(actor, input),
      TRANSITION_MESSAGES[action] ?? 'Đã thực hiện.',
    ),
  )
}

export async function revisePlanAction(orgId: string, _: FormState, formData: FormData) {
  const actor = await requireActor()
  const state = await handleForm(
    planRefSchema,
    formData,
    (input) => revisePlan(actor, input.planId),
    'Đã tạo bản sửa đổi.',
  )
  return openCreated(state, state.result && `/o/${orgId}/ke-hoach/${state.result.id}/sua`)
}

export async function implementPlanAction(orgId: string, _: FormState, formData: FormData) {
  const actor = await requireActor()
  const state = await handleForm(
    implementSchema,
    formData,
    (input) => createImplementingPlan(actor, input),
    'Đã tạo kế hoạch thực hiện.',
  )
  return openCreated(state, state.result && `/o/${orgId}/ke-hoach/${state.result.id}/sua`)
}

export async function reportTaskAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(reportSchema, formData, (input) => reportTask(actor, input), 'Đã gửi báo cáo tiến độ.'),
  )
}

export async function importPlanAction(orgId: string, _: FormState, formData: FormData) {
  const actor = await requireActor()
  const state = await handleForm(
    importPlanSchema,
    formData,
    (input) => importPlan(actor, input.organizationId, parsePlanText(input.text)),
    'Đã tạo dự thảo từ văn bản.',
  )
  return openCreated(state, state.result && `/o/${orgId}/ke-hoach/${state.result.id}/sua`)
}

/** Parses pasted text for the preview; nothing is saved. */
export async function previewImportAction(text: string) {
  await requireActor()
  if (typeof text !== 'string' || text.length > 300_000) return null
  return parsePlanText(text)
}

export async function moveTaskAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(moveTaskSchema, formData, (input) => moveTask(actor, input), 'Đã chuyển nhiệm vụ.'),
  )
}

export async function saveTaskTableAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  const state = await handleForm(taskTableSchema, formData, (input) => saveTaskTable(actor, input), '')
  return afterChange(state.ok ? { ...state, message: `Đã lưu ${state.result?.changed} nhiệm vụ đã sửa.` } : state)
}

export async function pasteTasksAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  const state = await handleForm(pasteTasksSchema, formData, (input) => appendPastedTasks(actor, input), '')
  return afterChange(state.ok ? { ...state, message: `Đã thêm ${state.result?.added} nhiệm vụ.` } : state)
}

/** How pasted rows would be added, for the preview; nothing is saved. */
export async function previewPasteAction(
  planId: string,
  text: string,
  period: string,
): Promise<{ rows: PastePreviewRow[] } | { error: string }> {
  const actor = await requireActor()
  const parsed = pasteTasksSchema.omit({ version: true }).safeParse({ planId, text, period })
  if (!parsed.success) return { error: parsed.error.issues[0].message }
  try {
    return { rows: await previewPastedTasks(actor, parsed.data) }
  } catch (error) {
    const state = toFormState(error)
    return { error: state.message ?? Object.values(state.fieldErrors ?? {})[0] ?? 'Không xem trước được.' }
  }
}
