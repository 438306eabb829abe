'use server'
import { requireActor } from '@/lib/auth/session'
import type { FormState } from '@/lib/shared/errors'
import { handleForm } from '@/lib/shared/form'
import { afterChange } from '@/lib/shared/action-result'
import { launchMovementSchema, participationSchema } from '@/lib/movements/schemas'
import { launchMovement, recordParticipation } from '@/lib/movements/movements'

export async function launchMovementAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  const state = await handleForm(
    launchMovementSchema,
    formData,
    (input) => launchMovement(actor, input),
    'Đã phát động phong trào.',
  )
  return afterChange(state)
}

export async function participationAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  const state = await handleForm(
    participationSchema,
    formData,
    (input) => recordParticipation(actor, input),
    'Đã ghi nhận.',
  )
  return afterChange(state)
}
