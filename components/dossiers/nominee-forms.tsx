'use client'
// Workflow forms of one nominee at the unit holding it: appraise (with an optional reason to go past a
// failed check), forward up, return down (reason required), approve or reject (reason required).
import { SelectField, TextAreaField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'

type Props = { action: FormAction; nomineeId: string; version: number; name: string }

function ReasonForm({
  action,
  nomineeId,
  version,
  name,
  kind,
  title,
  reasonLabel,
  hint,
  button,
  variant = 'secondary',
  routes,
}: Props & {
  kind: string
  title: string
  reasonLabel?: string
  hint?: string
  button: string
  variant?: 'primary' | 'secondary' | 'danger'
  routes?: readonly { id: string; label: string }[]
}) {
  const [state, formAction] = useFormAction(action)
  const id = `${kind}-reason-${nomineeId}`
  return (
    <FormFrame state={state} formAction={formAction} label={`${title}: ${name}`}>
      <Hidden fields={{ nomineeId, version, action: kind }} />
      {routes?.length ? (
        <SelectField
          id={`${kind}-route-${nomineeId}`}
          label="Căn cứ xét tặng"
          name="route"
          defaultValue={kept(state, 'route')}
          error={state.fieldErrors?.route}
        >
          <option value="">Tự động: căn cứ đầu tiên đạt</option>
          {routes.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </SelectField>
      ) : null}
      {reasonLabel ? (
        <TextAreaField
          id={id}
          label={reasonLabel}
          name="reason"
          rows={2}
          hint={hint}
          defaultValue={kept(state, 'reason')}
          error={state.fieldErrors?.reason}
        />
      ) : null}
      <SubmitButton variant={variant}>{button}</SubmitButton>
    </FormFrame>
  )
}

export function AppraiseForm(props: Props & { again: boolean; routes?: readonly { id: string; label: string }[] }) {
  return (
    <ReasonForm
      {...props}
      kind="appraise"
      title="Thẩm định"
      reasonLabel="Lý do vượt qua tiêu chí chưa đạt (nếu có)"
      hint="Chỉ ghi khi vẫn đề nghị dù có tiêu chí chưa đạt; không áp dụng cho kỷ luật, điều tra, khiếu nại hay khen trùng thành tích."
      button={props.again ? 'Thẩm định lại' : 'Thẩm định'}
      variant="primary"
    />
  )
}

export function ForwardForm(props: Props & { toName: string }) {
  return (
    <ReasonForm
      {...props}
      kind="forward"
      title="Chuyển lên cấp trên"
      button={`Chuyển lên ${props.toName}`}
      variant="primary"
    />
  )
}

export function ReturnForm(props: Props & { toName: string }) {
  return (
    <ReasonForm
      {...props}
      kind="return"
      title="Trả lại"
      reasonLabel={`Lý do trả lại ${props.toName}`}
      button="Trả lại"
    />
  )
}

export function ApproveForm(props: Props & { central?: boolean }) {
  return props.central ? (
    <ReasonForm {...props} kind="approve" title="Trình Trung ương" button="Trình Trung ương" variant="primary" />
  ) : (
    <ReasonForm {...props} kind="approve" title="Phê duyệt" button="Phê duyệt" variant="primary" />
  )
}

export function RejectForm(props: Props) {
  return (
    <ReasonForm
      {...props}
      kind="reject"
      title="Không phê duyệt"
      reasonLabel="Lý do không phê duyệt"
      button="Không phê duyệt"
      variant="danger"
    />
  )
}
