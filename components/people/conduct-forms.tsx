'use client'
// Staff entry of a dated investigation, inspection, complaint or violation of a person or a unit, and
// closing an open one on the day it was concluded.
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import { CONDUCT_KIND_LABELS } from '@/lib/people/conduct-labels'

export function AddConductForm({
  action,
  subject,
}: {
  action: FormAction
  subject: { personId: string } | { organizationId: string }
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Ghi nhận điều tra, thanh tra, khiếu nại">
      <Hidden fields={subject} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label="Loại việc" name="kind" id="conduct-kind" defaultValue={kept(state, 'kind')} error={e.kind}>
          <option value="" disabled>
            — Chọn —
          </option>
          {Object.entries(CONDUCT_KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Từ ngày"
          name="startedOn"
          id="conduct-started"
          type="date"
          defaultValue={kept(state, 'startedOn')}
          error={e.startedOn}
        />
        <TextField
          label="Kết thúc ngày"
          name="endedOn"
          type="date"
          defaultValue={kept(state, 'endedOn')}
          error={e.endedOn}
          hint="Để trống khi chưa có kết luận."
        />
      </div>
      <TextField
        label="Văn bản làm căn cứ (số, ký hiệu, ngày)"
        name="reference"
        maxLength={200}
        defaultValue={kept(state, 'reference')}
        error={e.reference}
      />
      <TextAreaField
        label="Nội dung"
        name="summary"
        id="conduct-summary"
        rows={2}
        maxLength={1000}
        defaultValue={kept(state, 'summary')}
        error={e.summary ?? e.personId}
      />
      <SubmitButton variant="secondary">Ghi nhận</SubmitButton>
    </FormFrame>
  )
}

export function CloseConductForm({ action, conductId }: { action: FormAction; conductId: string }) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Kết thúc">
      <Hidden fields={{ conductId }} />
      <div className="flex flex-wrap items-end gap-2">
        <TextField
          label="Ngày kết luận"
          name="endedOn"
          type="date"
          defaultValue={kept(state, 'endedOn')}
          error={e.endedOn}
        />
        <SubmitButton variant="secondary">Kết thúc</SubmitButton>
      </div>
    </FormFrame>
  )
}
