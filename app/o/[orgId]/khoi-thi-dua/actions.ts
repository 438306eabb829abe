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
  proposeFlagSchema,
  proposeScoresSchema,
  respondScoresSchema,
  scoreSheetSchema,
  updateBlockSchema,
  withdrawScoresSchema,
} from '@/lib/blocks/schemas'
import { proposeScores, respondScores, withdrawScores } from '@/lib/blocks/agree-scores'
import { proposeFlag } from '@/lib/blocks/propose-flag'
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

export async function proposeScoresAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      proposeScoresSchema,
      formData,
      (input) => proposeScores(actor, input),
      'Đã đưa kết quả chấm điểm ra khối thống nhất.',
    ),
  )
}

export async function withdrawScoresAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      withdrawScoresSchema,
      formData,
      (input) => withdrawScores(actor, input),
      'Đã rút lại kết quả chấm điểm: có thể sửa điểm thống nhất.',
    ),
  )
}

export async function respondScoresAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      respondScoresSchema,
      formData,
      (input) => respondScores(actor, input),
      'Đã ghi nhận ý kiến của đơn vị.',
    ),
  )
}

export async function proposeFlagAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  const state = await handleForm(
    proposeFlagSchema,
    formData,
    (input) => proposeFlag(actor, input).then((r) => ({ ...r, organizationId: input.organizationId })),
    'Đã lập hồ sơ đề nghị Cờ thi đua.',
  )
  return openCreated(state, state.result && `/o/${state.result.organizationId}/ho-so-khen-thuong/${state.result.id}`)
}
