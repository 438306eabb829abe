'use client'
// A consulted body's answer about one nominee: no objection, or a problem with its content (and, if it
// has one, the number of its document). The body is the account's own; the form never names it.
import { useState } from 'react'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'

export function BodyAnswerForm({
  action,
  consultationId,
  nomineeId,
  name,
}: {
  action: FormAction
  consultationId: string
  nomineeId: string
  name: string
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  // Uncontrolled radios: React resets the form after each action, back to the defaults, so the default
  // is the choice the user made (a controlled radio would be unticked by that reset while it still shows).
  const [answer, setAnswer] = useState(kept(state, 'answer'))
  const id = nomineeId
  return (
    <FormFrame state={state} formAction={formAction} label={`Ý kiến về ${name}`}>
      <Hidden fields={{ consultationId, nomineeId }} />
      <fieldset aria-describedby={e.answer ? `answer-${id}-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">Ý kiến của cơ quan</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="answer"
              value="NO_OBJECTION"
              defaultChecked={answer === 'NO_OBJECTION'}
              onChange={() => setAnswer('NO_OBJECTION')}
            />
            Không có ý kiến / Đồng ý
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="answer"
              value="OBJECTION"
              defaultChecked={answer === 'OBJECTION'}
              onChange={() => setAnswer('OBJECTION')}
            />
            Có vấn đề
          </label>
        </div>
        {e.answer ? (
          <p id={`answer-${id}-error`} className="mt-1 text-sm font-medium text-red-700" role="alert">
            {e.answer}
          </p>
        ) : null}
      </fieldset>
      {answer === 'OBJECTION' ? (
        <>
          <SelectField
            id={`kind-${id}`}
            label="Loại vấn đề"
            name="kind"
            defaultValue={kept(state, 'kind', 'VIOLATION')}
          >
            <option value="INVESTIGATION">Đang bị điều tra, xem xét xử lý</option>
            <option value="INSPECTION">Đang bị thanh tra, kiểm tra</option>
            <option value="COMPLAINT">Có khiếu nại, tố cáo chưa kết luận</option>
            <option value="VIOLATION">Vi phạm đã kết luận</option>
          </SelectField>
          <TextAreaField
            id={`reason-${id}`}
            label="Nội dung vấn đề"
            name="reason"
            rows={3}
            defaultValue={kept(state, 'reason')}
            error={e.reason}
          />
          <TextField
            id={`reference-${id}`}
            label="Văn bản liên quan (số, ngày; không bắt buộc)"
            name="reference"
            defaultValue={kept(state, 'reference')}
            error={e.reference}
          />
        </>
      ) : null}
      <SubmitButton variant="secondary">Gửi ý kiến</SubmitButton>
    </FormFrame>
  )
}
