'use server'
// The year-end table's action: session → zod parse → one domain function → open the new dossier.
import { requireActor } from '@/lib/auth/session'
import { createEvaluationDossier, RowsRefusedError } from '@/lib/evaluation/create-dossier'
import { bulkProposalSchema } from '@/lib/evaluation/schemas'
import { toFormState, type FormState } from '@/lib/shared/errors'
import { fieldErrorsOf, formValues } from '@/lib/shared/form'
import { openCreated } from '@/lib/shared/action-result'

export async function createEvaluationDossierAction(orgId: string, _: FormState, formData: FormData) {
  const actor = await requireActor()
  const values = formValues(formData)
  const parsed = bulkProposalSchema.safeParse(values)
  if (!parsed.success)
    return {
      ok: false,
      message: 'Vui lòng kiểm tra lại các trường được đánh dấu.',
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    }
  let id: string | undefined
  try {
    ;({ id } = await createEvaluationDossier(actor, parsed.data))
  } catch (error) {
    // refused rows: each message goes next to its row, the rest of the form is kept
    if (error instanceof RowsRefusedError) return { ok: false, message: error.message, fieldErrors: error.rows, values }
    return { ...toFormState(error), values }
  }
  return openCreated({ ok: true, message: 'Đã tạo hồ sơ từ kết quả bình xét.' }, `/o/${orgId}/ho-so-khen-thuong/${id}`)
}
