'use server'
// After a decision is issued: correction letters and revocations. Session → zod → one use case → revalidate.
import { requireActor } from '@/lib/auth/session'
import { correctDecision } from '@/lib/decisions/correct'
import { revokeDecisionItem } from '@/lib/decisions/revoke'
import { correctDecisionSchema, revokeItemSchema } from '@/lib/decisions/schemas'
import { afterChange } from '@/lib/shared/action-result'
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
