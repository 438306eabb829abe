'use server'
// Consultation actions: session → zod parse → one domain function → revalidate.
import { requireActor } from '@/lib/auth/session'
import { addConsultedBodies, recordReply, sendConsultation } from '@/lib/consultation/consultation'
import { replySchema, sendConsultationSchema } from '@/lib/consultation/schemas'
import type { FormState } from '@/lib/shared/errors'
import { handleForm } from '@/lib/shared/form'
import { afterChange } from '@/lib/shared/action-result'
import { z } from 'zod'

export async function addDefaultBodiesAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(z.object({}), formData, () => addConsultedBodies(actor), 'Đã tạo danh sách cơ quan.'),
  )
}

export async function sendConsultationAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  // checkboxes arrive as repeated fields: join them as the schema reads them
  for (const name of ['bodyIds', 'nomineeIds']) {
    const values = formData.getAll(name).map(String)
    formData.set(name, values.join(','))
  }
  return afterChange(
    await handleForm(
      sendConsultationSchema,
      formData,
      (input) => sendConsultation(actor, input),
      'Đã gửi văn bản xin ý kiến.',
    ),
  )
}

export async function recordReplyAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(replySchema, formData, (input) => recordReply(actor, input), 'Đã ghi ý kiến trả lời.'),
  )
}
