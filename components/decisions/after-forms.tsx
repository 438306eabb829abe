'use client'
// Forms after a decision is issued: a correction letter (đính chính) and the revocation of one awardee.
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import { CORRECTABLE_FIELDS, REVOCATION_GROUNDS } from '@/lib/decisions/schemas'

type Item = { id: string; label: string }

export function CorrectionForm({
  action,
  decisionId,
  items,
}: {
  action: FormAction
  decisionId: string
  items: Item[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Đính chính sai sót về thể thức">
      <Hidden fields={{ decisionId }} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Nội dung cần đính chính"
          name="field"
          id="correction-field"
          defaultValue={kept(state, 'field', 'displayName')}
          error={e.field}
        >
          {CORRECTABLE_FIELDS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Người được khen thưởng (khi đính chính họ tên)"
          name="itemId"
          id="correction-item"
          defaultValue={kept(state, 'itemId')}
          error={e.itemId}
        >
          <option value="">— Không áp dụng —</option>
          {items.map((i) => (
            <option key={i.id} value={i.id}>
              {i.label}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label="Nội dung đúng"
        name="after"
        id="correction-after"
        maxLength={500}
        defaultValue={kept(state, 'after')}
        error={e.after}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Số công văn đính chính"
          name="letterNumber"
          id="correction-letter"
          maxLength={60}
          defaultValue={kept(state, 'letterNumber')}
          error={e.letterNumber}
        />
        <TextField
          label="Ngày công văn"
          name="letterDate"
          id="correction-date"
          type="date"
          defaultValue={kept(state, 'letterDate')}
          error={e.letterDate}
        />
      </div>
      <TextAreaField
        label="Sai sót"
        name="reason"
        id="correction-reason"
        rows={2}
        maxLength={2000}
        defaultValue={kept(state, 'reason')}
        error={e.reason}
      />
      <SubmitButton variant="secondary">Ghi đính chính</SubmitButton>
    </FormFrame>
  )
}

export function RevocationForm({
  action,
  decisionId,
  items,
}: {
  action: FormAction
  decisionId: string
  items: Item[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Hủy bỏ khen thưởng, thu hồi hiện vật và tiền thưởng">
      <Hidden fields={{ decisionId }} />
      <SelectField
        label="Người được khen thưởng"
        name="itemId"
        id="revoke-item"
        defaultValue={kept(state, 'itemId')}
        error={e.itemId}
      >
        <option value="" disabled>
          — Chọn —
        </option>
        {items.map((i) => (
          <option key={i.id} value={i.id}>
            {i.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Căn cứ (Điều 93 khoản 2 Luật Thi đua, khen thưởng)"
        name="ground"
        id="revoke-ground"
        defaultValue={kept(state, 'ground')}
        error={e.ground}
      >
        <option value="" disabled>
          — Chọn —
        </option>
        {REVOCATION_GROUNDS.map((g) => (
          <option key={g.value} value={g.value}>
            {g.label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Quyết định hủy bỏ (số, ký hiệu, ngày)"
        name="document"
        id="revoke-document"
        maxLength={60}
        defaultValue={kept(state, 'document')}
        error={e.document}
      />
      <TextAreaField
        label="Nội dung, lý do"
        name="note"
        id="revoke-note"
        rows={2}
        maxLength={2000}
        defaultValue={kept(state, 'note')}
        error={e.note}
      />
      <SubmitButton variant="danger">Hủy bỏ khen thưởng</SubmitButton>
    </FormFrame>
  )
}
