'use server'
// Server actions of the statistics pages: session → zod parse → one domain function → revalidate.
import { requireActor } from '@/lib/auth/session'
import { saveCertificateLayout } from '@/lib/certificates/certificates'
import { layoutFormSchema } from '@/lib/certificates/schemas'
import { afterChange } from '@/lib/shared/action-result'
import type { FormState } from '@/lib/shared/errors'
import { handleForm } from '@/lib/shared/form'

export async function saveLayoutAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      layoutFormSchema,
      formData,
      (input) => saveCertificateLayout(actor, input),
      'Đã lưu vị trí in cho mẫu này.',
    ),
  )
}
