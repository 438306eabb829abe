'use server'
// Server actions of the plan pages: session → zod parse → one domain function → revalidate.
import { requireActor } from '@/lib/auth/session'
import type { FormState } from '@/lib/shared/errors'
import { handleForm } from '@/lib/shared/form'
import { afterChange, openCreated } from '@/lib/shared/action-result'
import {
  assignUnitsSchema,
  createPlanSchema,
  implementSchema,
  importPlanSchema,
  planRefSchema,
  removeTaskSchema,
  reportSchema,
  taskSchema,
  transitionSchema,
  updatePlanSchema,
} from '@/lib/plans/schemas'
import { createPlan } from '@/lib/plans/create-plan'
import { updatePlan } from '@/lib/plans/update-plan'
import { removeTask, saveTask } from '@/lib/plans/tasks'
import { transitionPlan } from '@/lib/plans/transition'
import { createImplementingPlan, revisePlan } from '@/lib/plans/copy-plan'
import { reportTask } from '@/lib/plans/report-task'
import { importPlan } from '@/lib/plans/import-plan'
import { assignUnits } from '@/lib/plans/assign-units'
import { parsePlanText } from '@/lib/plans/parse-plan'

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
