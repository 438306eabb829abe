'use server'
// After a decision is issued: correction letters, revocations, amending or replacing decisions. Session → zod → one use case → revalidate.
import { requireActor } from '@/lib/auth/session'
import { amendDecision } from '@/lib/decisions/amend'
import { correctDecision } from '@/lib/decisions/correct'
import { revokeDecisionItem } from '@/lib/decisions/revoke'
import { amendDecisionSchema, correctDecisionSchema, revokeItemSchema } from '@/lib/decisions/schemas'
import { afterChange, openCreated } from '@/lib/shared/action-result'
import type { FormState } from '@/lib/shared/errors'
import { handleForm } from '@/lib/shared/form'

export async function correctDecisionAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(correctDecisionSchema, formData, (input) => correctDecision(actor, input), 'Đã ghi đính chính.'),
  )
}

export async function revokeItemAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      revokeItemSchema,
      formData,
      (input) => revokeDecisionItem(actor, input),
      'Đã hủy bỏ khen thưởng; lịch sử, tiền thưởng và sáng kiến đã được cập nhật.',
    ),
  )
}

export async function amendDecisionAction(orgId: string, _: FormState, formData: FormData) {
  const actor = await requireActor()
  const state = await handleForm(
    amendDecisionSchema,
    formData,
    (input) => amendDecision(actor, input),
    'Đã ban hành quyết định sửa đổi, bổ sung / thay thế.',
  )
  return openCreated(state, state.result && `/o/${orgId}/ho-so-khen-thuong/quyet-dinh/${state.result.id}`)
}
