'use server'
// Server actions of the page where a second person (a leader, or another account manager) confirms or
// refuses the decision and council roles asked for an account: session → zod parse → one domain function.
import { requireActor } from '@/lib/auth/session'
import type { FormState } from '@/lib/shared/errors'
import { handleForm } from '@/lib/shared/form'
import { afterChange } from '@/lib/shared/action-result'
import { confirmGrantSchema, refuseGrantSchema } from '@/lib/users/schemas'
import { confirmGrant, refuseGrant } from '@/lib/users/role-grants'

export async function confirmPendingGrantAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(confirmGrantSchema, formData, (input) => confirmGrant(actor, input), 'Đã xác nhận vai trò.'),
  )
}

export async function refusePendingGrantAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(refuseGrantSchema, formData, (input) => refuseGrant(actor, input), 'Đã từ chối cấp vai trò.'),
  )
}
