'use client'
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'

type Option = { value: string; label: string }

export function LaunchMovementForm({
  action,
  organizationId,
  kinds,
  units,
  plans,
}: {
  action: FormAction
  organizationId: string
  kinds: Option[]
  units: Option[]
  plans: Option[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Phát động phong trào">
      <Hidden fields={{ organizationId }} />
      <TextField label="Tên phong trào" name="name" defaultValue={kept(state, 'name')} error={e.name} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label="Loại phong trào"
          name="kind"
          defaultValue={kept(state, 'kind', 'THUONG_XUYEN')}
          error={e.kind}
        >
          {kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Từ ngày"
          name="fromDate"
          type="date"
          defaultValue={kept(state, 'fromDate')}
          error={e.fromDate}
        />
        <TextField label="Đến ngày" name="toDate" type="date" defaultValue={kept(state, 'toDate')} error={e.toDate} />
      </div>
      <TextAreaField
        label="Nội dung, chỉ tiêu"
        name="content"
        rows={4}
        defaultValue={kept(state, 'content')}
        error={e.content}
      />
      <SelectField
        label="Thuộc kế hoạch (không bắt buộc)"
        name="planId"
        defaultValue={kept(state, 'planId')}
        error={e.planId}
      >
        <option value="">— Không liên kết —</option>
        {plans.map((p) => (
          <option key={p.value} value={p.value}>
            {p.label}
          </option>
        ))}
      </SelectField>
      <fieldset aria-describedby={e.targetIds ? 'targetIds-error' : undefined}>
        <legend className="text-sm font-medium">Phát động tới các đơn vị</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {units.map((u) => (
            <label key={u.value} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name={`target:${u.value}`} value="1" defaultChecked />
              {u.label}
            </label>
          ))}
        </div>
        {e.targetIds ? (
          <p id="targetIds-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
            {e.targetIds}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton>Phát động</SubmitButton>
    </FormFrame>
  )
}

export function ParticipationForm({
  action,
  targetId,
  participation,
  label,
}: {
  action: FormAction
  targetId: string
  participation: string
  label: string
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label={label}>
      <Hidden fields={{ targetId }} />
      <TextAreaField
        id={`participation-${targetId}`}
        label="Đơn vị hưởng ứng, kết quả tham gia"
        name="participation"
        rows={2}
        defaultValue={kept(state, 'participation', participation)}
        error={state.fieldErrors?.participation}
      />
      <SubmitButton variant="secondary">Ghi nhận</SubmitButton>
    </FormFrame>
  )
}
