'use server'
// A consulted body answers a nominee of a letter sent to it: session → zod parse → one domain function.
import { revalidatePath } from 'next/cache'
import { requireActor } from '@/lib/auth/session'
import { answerAsBody } from '@/lib/consultation/body-letters'
import { bodyAnswerSchema } from '@/lib/consultation/schemas'
import type { FormState } from '@/lib/shared/errors'
import { clientState, handleForm } from '@/lib/shared/form'

export async function answerAsBodyAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  const state = await handleForm(
    bodyAnswerSchema,
    formData,
    (input) => answerAsBody(actor, input),
    'Đã gửi ý kiến của cơ quan.',
  )
  if (state.ok) revalidatePath('/co-quan-hiep-y', 'layout')
  return clientState(state)
}
