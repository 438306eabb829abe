'use client'
// The proposing unit's forms after a return or before the level above acts: edit a nominee's summary,
// withdraw the submitted dossier (with a reason).
import { TextAreaField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'

export function EditNomineeForm({
  action,
  nomineeId,
  version,
  name,
  achievement,
}: {
  action: FormAction
  nomineeId: string
  version: number
  name: string
  achievement: string
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label={`Sửa nội dung đề nghị: ${name}`}>
      <Hidden fields={{ nomineeId, version }} />
      <TextAreaField
        id={`achievement-${nomineeId}`}
        label="Tóm tắt thành tích"
        name="achievement"
        rows={3}
        defaultValue={kept(state, 'achievement', achievement)}
        error={state.fieldErrors?.achievement}
      />
      <SubmitButton variant="secondary">Lưu nội dung</SubmitButton>
    </FormFrame>
  )
}

export function WithdrawDossierForm({
  action,
  dossierId,
  version,
}: {
  action: FormAction
  dossierId: string
  version: number
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Rút hồ sơ">
      <Hidden fields={{ dossierId, version }} />
      <TextAreaField
        id="withdraw-reason"
        label="Lý do rút hồ sơ"
        name="reason"
        rows={2}
        hint="Rút được khi cấp trên chưa xử lý; hồ sơ trở về đơn vị để sửa rồi trình lại."
        defaultValue={kept(state, 'reason')}
        error={state.fieldErrors?.reason}
      />
      <SubmitButton variant="secondary">Rút hồ sơ</SubmitButton>
    </FormFrame>
  )
}
