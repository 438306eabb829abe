'use server'
// Server actions of the block pages: session → zod parse → one domain function → revalidate.
// Permission and scope are checked inside the domain functions, against the (tenant, id) lookups.
import { requireActor } from '@/lib/auth/session'
import type { FormState } from '@/lib/shared/errors'
import { handleForm } from '@/lib/shared/form'
import { afterChange, openCreated } from '@/lib/shared/action-result'
import {
  acceptCovenantSchema,
  covenantSchema,
  createBlockSchema,
  scoreSheetSchema,
  updateBlockSchema,
} from '@/lib/blocks/schemas'
import { createBlock } from '@/lib/blocks/create-block'
import { updateBlock } from '@/lib/blocks/update-block'
import { acceptCovenant, saveCovenant } from '@/lib/blocks/covenant'
import { saveScores } from '@/lib/blocks/scores'

export async function createBlockAction(orgId: string, _: FormState, formData: FormData) {
  const actor = await requireActor()
  const state = await handleForm(
    createBlockSchema,
    formData,
    (input) => createBlock(actor, input),
    'Đã thành lập khối thi đua.',
  )
  return openCreated(state, state.result && `/o/${orgId}/khoi-thi-dua/${state.result.id}`)
}

export async function updateBlockAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(updateBlockSchema, formData, (input) => updateBlock(actor, input), 'Đã lưu thông tin khối.'),
  )
}

export async function saveCovenantAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  const state = await handleForm(
    covenantSchema,
    formData,
    (input) => saveCovenant(actor, input),
    'Đã lưu giao ước và tiêu chí chấm điểm.',
  )
  const cleared = state.result?.signaturesCleared ?? 0
  if (state.ok && cleared > 0)
    state.message = `Đã lưu giao ước và tiêu chí chấm điểm. Nội dung đã thay đổi nên ${cleared} đơn vị cần ký lại.`
  return afterChange(state)
}

export async function acceptCovenantAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      acceptCovenantSchema,
      formData,
      (input) => acceptCovenant(actor, input),
      'Đơn vị đã ký giao ước thi đua.',
    ),
  )
}

export async function saveScoresAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(scoreSheetSchema, formData, (input) => saveScores(actor, input), 'Đã lưu bảng điểm.'),
  )
}
