'use client'
// Yearly records of a person: task rating per year, disciplines, initiatives.
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import {
  DISCIPLINE_LABELS,
  DISCIPLINE_LEVELS,
  INITIATIVE_LEVEL_LABELS,
  INITIATIVE_LEVELS,
  RATING_LABELS,
  TASK_RATINGS,
} from '@/lib/people/labels'

export function YearRecordForm({
  action,
  personId,
  defaultYear,
  maxYear,
}: {
  action: FormAction
  personId: string
  defaultYear: number
  maxYear: number
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Xếp loại theo năm">
      <Hidden fields={{ personId }} />
      <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
        <TextField
          label="Năm"
          name="year"
          id="rating-year"
          inputMode="numeric"
          maxLength={4}
          defaultValue={kept(state, 'year', String(defaultYear))}
          error={e.year}
          hint={`Từ 2000 đến ${maxYear}.`}
        />
        <SelectField label="Xếp loại" name="rating" defaultValue={kept(state, 'rating', 'HTT')} error={e.rating}>
          {TASK_RATINGS.map((r) => (
            <option key={r} value={r}>
              {r} — {RATING_LABELS[r]}
            </option>
          ))}
          <option value="">Chưa xếp loại (xóa xếp loại của năm này)</option>
        </SelectField>
      </div>
      <SubmitButton>Lưu xếp loại</SubmitButton>
    </FormFrame>
  )
}

export function AddDisciplineForm({
  action,
  personId,
  defaultYear,
}: {
  action: FormAction
  personId: string
  defaultYear: number
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Thêm kỷ luật">
      <Hidden fields={{ personId }} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label="Năm"
          name="year"
          id="discipline-year"
          inputMode="numeric"
          maxLength={4}
          defaultValue={kept(state, 'year', String(defaultYear))}
          error={e.year}
        />
        <SelectField
          label="Hình thức"
          name="level"
          id="discipline-level"
          defaultValue={kept(state, 'level')}
          error={e.level}
        >
          <option value="" disabled>
            — Chọn —
          </option>
          {DISCIPLINE_LEVELS.map((l) => (
            <option key={l} value={l}>
              {DISCIPLINE_LABELS[l]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Ngày quyết định"
          name="decidedOn"
          type="date"
          defaultValue={kept(state, 'decidedOn')}
          error={e.decidedOn}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label="Thi hành kỷ luật từ ngày"
          name="startsOn"
          type="date"
          defaultValue={kept(state, 'startsOn')}
          error={e.startsOn}
          hint="Để trống: từ ngày quyết định."
        />
        <TextField
          label="Đến hết ngày"
          name="endsOn"
          type="date"
          defaultValue={kept(state, 'endsOn')}
          error={e.endsOn}
          hint="Theo quyết định; để trống: 12 tháng (buộc thôi việc: không thời hạn)."
        />
        <TextField
          label="Số, ký hiệu quyết định"
          name="reference"
          maxLength={200}
          defaultValue={kept(state, 'reference')}
          error={e.reference}
        />
      </div>
      <TextAreaField
        label="Ghi chú (số quyết định, lý do)"
        name="note"
        rows={2}
        maxLength={1000}
        defaultValue={kept(state, 'note')}
        error={e.note}
      />
      <SubmitButton variant="secondary">Thêm kỷ luật</SubmitButton>
    </FormFrame>
  )
}

/** A one-button form on a row of a table (lift, remove…). */
export function RowActionForm({
  action,
  fields,
  label,
  variant = 'secondary',
}: {
  action: FormAction
  fields: Record<string, string>
  label: string
  variant?: 'primary' | 'secondary' | 'danger'
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state.ok ? {} : state} formAction={formAction} label={label}>
      <Hidden fields={fields} />
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </FormFrame>
  )
}

export function AddInitiativeForm({
  action,
  personId,
  defaultYear,
}: {
  action: FormAction
  personId: string
  defaultYear: number
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Thêm sáng kiến">
      <Hidden fields={{ personId }} />
      <TextField
        label="Tên sáng kiến"
        name="title"
        maxLength={500}
        defaultValue={kept(state, 'title')}
        error={e.title}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label="Năm công nhận"
          name="year"
          id="initiative-year"
          inputMode="numeric"
          maxLength={4}
          defaultValue={kept(state, 'year', String(defaultYear))}
          error={e.year}
        />
        <SelectField
          label="Cấp công nhận"
          name="level"
          id="initiative-level"
          defaultValue={kept(state, 'level', 'CO_SO')}
          error={e.level}
        >
          {INITIATIVE_LEVELS.map((l) => (
            <option key={l} value={l}>
              {INITIATIVE_LEVEL_LABELS[l]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Nơi công nhận"
          name="recognizedBy"
          maxLength={300}
          defaultValue={kept(state, 'recognizedBy')}
          error={e.recognizedBy}
        />
      </div>
      <SubmitButton variant="secondary">Thêm sáng kiến</SubmitButton>
    </FormFrame>
  )
}
