'use server'
import { revalidatePath } from 'next/cache'
import { requireActor } from '@/lib/auth/session'
import type { FormState } from '@/lib/shared/errors'
import { handleForm } from '@/lib/shared/form'
import { launchMovementSchema, participationSchema } from '@/lib/movements/schemas'
import { launchMovement, recordParticipation } from '@/lib/movements/movements'

export async function launchMovementAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  const state = await handleForm(launchMovementSchema, formData, (input) => launchMovement(actor, input), 'Đã phát động phong trào.')
  if (state.ok) revalidatePath('/o', 'layout')
  return state
}

export async function participationAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  const state = await handleForm(participationSchema, formData, (input) => recordParticipation(actor, input), 'Đã ghi nhận.')
  if (state.ok) revalidatePath('/o', 'layout')
  return state
}
