'use client'
// The province secretariat records the Party committee's written opinion on a nominee (ý kiến của cấp ủy)
// before the submission to the central level (lib/dossiers/party-opinion.ts).
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'

export function PartyOpinionForm({ action, nomineeId, name }: { action: FormAction; nomineeId: string; name: string }) {
  const [state, formAction] = useFormAction(action)
  const id = (field: string) => `party-${field}-${nomineeId}`
  return (
    <FormFrame state={state} formAction={formAction} label={`Ghi ý kiến của cấp ủy: ${name}`}>
      <Hidden fields={{ nomineeId }} />
      <TextField
        id={id('committee')}
        label="Cấp ủy cho ý kiến"
        name="committee"
        defaultValue={kept(state, 'committee', 'Ban Thường vụ Tỉnh ủy')}
        error={state.fieldErrors?.committee}
      />
      <TextField
        id={id('documentNo')}
        label="Số văn bản"
        name="documentNo"
        placeholder="Ví dụ: 1234-CV/TU"
        defaultValue={kept(state, 'documentNo')}
        error={state.fieldErrors?.documentNo}
      />
      <TextField
        id={id('documentDate')}
        label="Ngày văn bản"
        name="documentDate"
        type="date"
        defaultValue={kept(state, 'documentDate')}
        error={state.fieldErrors?.documentDate}
      />
      <SelectField
        id={id('agreed')}
        label="Ý kiến của cấp ủy"
        name="agreed"
        defaultValue={kept(state, 'agreed')}
        error={state.fieldErrors?.agreed}
      >
        <option value="">— Chọn —</option>
        <option value="yes">Đồng ý</option>
        <option value="no">Không đồng ý</option>
      </SelectField>
      <TextAreaField
        id={id('note')}
        label="Ghi chú (nếu có)"
        name="note"
        rows={2}
        defaultValue={kept(state, 'note')}
        error={state.fieldErrors?.note}
      />
      <SubmitButton variant="secondary">Ghi ý kiến cấp ủy</SubmitButton>
    </FormFrame>
  )
}
