'use client'
// Consultation forms: create the usual list of bodies, send a letter (bodies, nominees, deadline),
// record one body's written reply about one nominee.
import { useState } from 'react'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import { SelectField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'

type Option = { id: string; label: string }

export function DefaultBodiesForm({ action }: { action: FormAction }) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Tạo danh sách cơ quan được xin ý kiến">
      <SubmitButton variant="secondary">Tạo danh sách cơ quan thường xin ý kiến</SubmitButton>
    </FormFrame>
  )
}

function Checkboxes({
  name,
  legend,
  options,
  error,
}: {
  name: string
  legend: string
  options: Option[]
  error?: string
}) {
  return (
    <fieldset className="space-y-1" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="grid max-h-64 gap-1 overflow-y-auto sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={o.id} defaultChecked /> {o.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}

export function SendConsultationForm({
  action,
  organizationId,
  bodies,
  nominees,
}: {
  action: FormAction
  organizationId: string
  bodies: Option[]
  nominees: Option[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Gửi văn bản xin ý kiến">
      <Hidden fields={{ organizationId }} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Trích yếu văn bản"
          name="title"
          defaultValue={kept(state, 'title', 'Xin ý kiến hiệp y đề nghị khen thưởng')}
          error={e.title}
        />
        <TextField
          label="Hạn trả lời"
          name="deadline"
          type="date"
          hint="Để trống: theo số ngày làm việc tỉnh đã đặt"
          defaultValue={kept(state, 'deadline')}
          error={e.deadline}
        />
      </div>
      <Checkboxes name="bodyIds" legend="Cơ quan được xin ý kiến" options={bodies} error={e.bodyIds} />
      <Checkboxes name="nomineeIds" legend="Người (tập thể) được đề nghị" options={nominees} error={e.nomineeIds} />
      <SubmitButton>Gửi xin ý kiến</SubmitButton>
    </FormFrame>
  )
}

export function ReplyForm({
  action,
  consultationId,
  bodyId,
  nomineeId,
  label,
}: {
  action: FormAction
  consultationId: string
  bodyId: string
  nomineeId: string
  label: string
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  const [answer, setAnswer] = useState(kept(state, 'answer', 'NO_OBJECTION'))
  const id = `${consultationId}-${bodyId}-${nomineeId}`
  return (
    <FormFrame state={state} formAction={formAction} label={`Ghi ý kiến: ${label}`}>
      <Hidden fields={{ consultationId, bodyId, nomineeId }} />
      <SelectField
        id={`answer-${id}`}
        label="Ý kiến"
        name="answer"
        defaultValue={answer}
        onChange={(ev) => setAnswer(ev.target.value)}
        error={e.answer}
      >
        <option value="NO_OBJECTION">Không có ý kiến khác (đồng ý)</option>
        <option value="OBJECTION">Không đồng ý</option>
      </SelectField>
      {answer === 'OBJECTION' ? (
        <>
          <SelectField
            id={`kind-${id}`}
            label="Loại vụ việc"
            name="kind"
            defaultValue={kept(state, 'kind', 'VIOLATION')}
          >
            <option value="INVESTIGATION">Đang bị điều tra, xem xét xử lý</option>
            <option value="INSPECTION">Đang bị thanh tra, kiểm tra</option>
            <option value="COMPLAINT">Có khiếu nại, tố cáo chưa kết luận</option>
            <option value="VIOLATION">Vi phạm đã kết luận</option>
          </SelectField>
          <TextField
            id={`reason-${id}`}
            label="Lý do"
            name="reason"
            defaultValue={kept(state, 'reason')}
            error={e.reason}
          />
          <TextField
            id={`reference-${id}`}
            label="Văn bản trả lời (số, ngày)"
            name="reference"
            defaultValue={kept(state, 'reference')}
            error={e.reference}
          />
        </>
      ) : null}
      <SubmitButton variant="secondary">Ghi ý kiến</SubmitButton>
    </FormFrame>
  )
}
