'use client'
// The tenant admin sets whether an award needs the Party committee's opinion, from a date, with its source.
import { SelectField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'

type Option = { value: string; label: string }

export function PartyOpinionSettingForm({
  action,
  organizationId,
  awards,
}: {
  action: FormAction
  organizationId: string
  awards: { central: Option[]; other: Option[] }
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Đặt cấu hình ý kiến cấp ủy">
      <Hidden fields={{ organizationId }} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Hình thức khen thưởng"
          name="award"
          defaultValue={kept(state, 'award', awards.central[0]?.value ?? '')}
          error={e.award}
        >
          <optgroup label="Trung ương quyết định">
            {awards.central.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Các hình thức khác">
            {awards.other.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <SelectField
          label="Cần ý kiến cấp ủy"
          name="required"
          defaultValue={kept(state, 'required', 'yes')}
          error={e.required}
        >
          <option value="yes">Có</option>
          <option value="no">Không</option>
        </SelectField>
      </div>
      <TextField
        label="Áp dụng từ ngày"
        name="validFrom"
        type="date"
        defaultValue={kept(state, 'validFrom')}
        error={e.validFrom}
        hint="Sau ngày áp dụng của cấu hình gần nhất cho hình thức này; cấu hình trước ngày đó giữ nguyên."
      />
      <TextField
        label="Căn cứ (số, ngày văn bản, cơ quan ban hành)"
        name="source"
        maxLength={500}
        defaultValue={kept(state, 'source')}
        error={e.source}
        hint="Ví dụ: Quy định 05-QĐ/TU ngày 02/12/2026 của Ban Thường vụ Tỉnh ủy"
      />
      <SubmitButton>Đặt cấu hình</SubmitButton>
    </FormFrame>
  )
}
