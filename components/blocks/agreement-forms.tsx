'use client'
// Forms of the block's agreement on its scoring: put it to the members (with a deadline), withdraw it to
// revise, answer it (agree, or object with a reason); and the Cờ thi đua proposal of a leading unit.
import { TextAreaField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'

export function ProposeScoresForm({
  action,
  blockId,
  version,
  defaultDeadline,
}: {
  action: FormAction
  blockId: string
  version: number
  defaultDeadline: string
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Đưa kết quả chấm điểm ra khối thống nhất">
      <Hidden fields={{ blockId, version }} />
      <div className="max-w-xs">
        <TextField
          label="Hạn góp ý"
          name="deadline"
          type="date"
          defaultValue={kept(state, 'deadline', defaultDeadline)}
          error={state.fieldErrors?.deadline}
          hint="Đơn vị không có ý kiến đến hết ngày này được coi là đồng ý."
        />
      </div>
      <SubmitButton>Đưa ra khối thống nhất</SubmitButton>
    </FormFrame>
  )
}

export function WithdrawScoresForm({
  action,
  blockId,
  version,
}: {
  action: FormAction
  blockId: string
  version: number
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Rút lại kết quả chấm điểm">
      <Hidden fields={{ blockId, version }} />
      <p className="text-sm text-slate-700">
        Rút lại để xem xét, sửa điểm thống nhất rồi đưa ra khối lại; ý kiến đã có của các đơn vị sẽ được xóa.
      </p>
      <SubmitButton>Rút lại để chấm lại</SubmitButton>
    </FormFrame>
  )
}

export function RespondScoresForm({
  action,
  blockId,
  organizationId,
  unitName,
  version,
}: {
  action: FormAction
  blockId: string
  organizationId: string
  unitName: string
  version: number
}) {
  const [state, formAction] = useFormAction(action)
  // Uncontrolled, so that the reset after an action shows what was submitted (a refused form keeps it).
  const chosen = kept(state, 'response', 'DONG_Y')
  const id = (name: string) => `${name}-${organizationId}`
  return (
    <FormFrame state={state} formAction={formAction} label={`Ý kiến về kết quả chấm điểm: ${unitName}`}>
      <Hidden fields={{ blockId, organizationId, version }} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Ý kiến của {unitName}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {(
            [
              ['DONG_Y', 'Đồng ý kết quả chấm điểm'],
              ['PHAN_DOI', 'Phản đối'],
            ] as const
          ).map(([value, label]) => (
            <label key={`${value}-${chosen}`} className="flex items-center gap-2 text-sm">
              <input type="radio" name="response" value={value} defaultChecked={chosen === value} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        id={id('objection')}
        label="Lý do phản đối"
        name="objection"
        rows={3}
        maxLength={5000}
        defaultValue={kept(state, 'objection')}
        error={state.fieldErrors?.objection}
        hint="Chỉ điền khi phản đối: tiêu chí, điểm nào và vì sao."
      />
      <SubmitButton>Gửi ý kiến</SubmitButton>
    </FormFrame>
  )
}

export function ProposeFlagForm({
  action,
  blockId,
  organizationId,
  unitName,
}: {
  action: FormAction
  blockId: string
  organizationId: string
  unitName: string
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label={`Đề nghị Cờ thi đua: ${unitName}`}>
      <Hidden fields={{ blockId, organizationId }} />
      <SubmitButton>Lập hồ sơ đề nghị Cờ thi đua cho {unitName}</SubmitButton>
    </FormFrame>
  )
}
