'use client'
// A citizen's comment on a nominee (no login). The hidden "website" field is a trap for bots.
import { TextAreaField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'

export function PublicCommentForm({
  action,
  nomineeId,
  name,
}: {
  action: FormAction
  nomineeId: string
  name: string
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label={`Góp ý về ${name}`}>
      <Hidden fields={{ nomineeId }} />
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={`website-${nomineeId}`}>Trang web (không điền)</label>
        <input
          id={`website-${nomineeId}`}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      <TextField
        id={`authorName-${nomineeId}`}
        label="Họ tên (không bắt buộc)"
        name="authorName"
        autoComplete="name"
        defaultValue={kept(state, 'authorName')}
        error={e.authorName}
      />
      <TextAreaField
        id={`content-${nomineeId}`}
        label="Nội dung góp ý"
        name="content"
        rows={3}
        maxLength={2000}
        hint="Từ 10 đến 2000 ký tự."
        defaultValue={kept(state, 'content')}
        error={e.content}
      />
      <SubmitButton variant="secondary">Gửi ý kiến</SubmitButton>
    </FormFrame>
  )
}
