'use server'
// Actions of the proposing unit after a return or before the level above acts.
import { requireActor } from '@/lib/auth/session'
import { editNomineeSchema, editNomineeText, withdrawDossier, withdrawDossierSchema } from '@/lib/dossiers/returns'
import type { FormState } from '@/lib/shared/errors'
import { handleForm } from '@/lib/shared/form'
import { afterChange } from '@/lib/shared/action-result'

export async function editNomineeAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(editNomineeSchema, formData, (input) => editNomineeText(actor, input), 'Đã lưu nội dung đề nghị.'),
  )
}

export async function withdrawDossierAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      withdrawDossierSchema,
      formData,
      (input) => withdrawDossier(actor, input),
      'Đã rút hồ sơ về đơn vị.',
    ),
  )
}
