'use client'
// The tenant admin adds a cash rate (a base salary or an award's multiple) with its effective date and source.
import { useState } from 'react'
import { SelectField, TextField } from '@/components/ui/field'
import { ISSUERS, ISSUER_LABELS } from '@/lib/awards/authority'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'

type Option = { value: string; label: string }

export function CashRateForm({
  action,
  organizationId,
  awards,
}: {
  action: FormAction
  organizationId: string
  awards: Option[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  const [kind, setKind] = useState(kept(state, 'kind', 'BASE_SALARY'))
  return (
    <FormFrame state={state} formAction={formAction} label="Thêm mức tiền thưởng">
      <Hidden fields={{ organizationId }} />
      <SelectField
        label="Loại mức"
        name="kind"
        defaultValue={kind}
        onChange={(event) => setKind(event.target.value)}
        error={e.kind}
      >
        <option value="BASE_SALARY">Mức lương cơ sở (đồng/tháng)</option>
        <option value="MULTIPLE">Hệ số tiền thưởng của một hình thức (lần mức lương cơ sở)</option>
      </SelectField>
      {kind === 'MULTIPLE' ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label="Hình thức khen thưởng" name="award" defaultValue={kept(state, 'award')} error={e.award}>
            <option value="">— Chọn hình thức —</option>
            {awards.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </SelectField>
          <SelectField label="Đối tượng" name="recipient" defaultValue={kept(state, 'recipient')} error={e.recipient}>
            <option value="">— Chọn —</option>
            <option value="INDIVIDUAL">Cá nhân</option>
            <option value="COLLECTIVE">Tập thể</option>
          </SelectField>
          <SelectField
            label="Giấy khen của (chỉ với Giấy khen)"
            name="issuer"
            defaultValue={kept(state, 'issuer')}
            error={e.issuer}
            hint="Để trống: mức chung cho mọi cấp tặng chưa có mức riêng."
          >
            <option value="">Mọi cấp tặng</option>
            {ISSUERS.map((i) => (
              <option key={i} value={i}>
                {ISSUER_LABELS[i]}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label={kind === 'MULTIPLE' ? 'Hệ số (lần)' : 'Mức lương cơ sở (đồng)'}
          name="value"
          inputMode="decimal"
          maxLength={20}
          defaultValue={kept(state, 'value')}
          error={e.value}
          hint={kind === 'MULTIPLE' ? 'Ví dụ: 0,3' : 'Ví dụ: 2.530.000'}
        />
        <TextField
          label="Áp dụng từ ngày"
          name="effectiveFrom"
          type="date"
          defaultValue={kept(state, 'effectiveFrom')}
          error={e.effectiveFrom}
        />
        <TextField
          label="Hết hiệu lực từ ngày (không bắt buộc)"
          name="effectiveTo"
          type="date"
          defaultValue={kept(state, 'effectiveTo')}
          error={e.effectiveTo}
        />
      </div>
      <TextField
        label="Căn cứ (văn bản, điều, khoản)"
        name="source"
        maxLength={500}
        defaultValue={kept(state, 'source')}
        error={e.source}
        hint="Ví dụ: Nghị định 161/2026/NĐ-CP, Điều 3"
      />
      <div className="flex items-center gap-2">
        <input
          id="confirmed"
          name="confirmed"
          type="checkbox"
          defaultChecked={kept(state, 'confirmed') === 'on'}
          className="h-4 w-4"
        />
        <label htmlFor="confirmed" className="text-sm text-slate-800">
          Đã đối chiếu với văn bản gốc (bản chính thức của văn bản)
        </label>
      </div>
      <SubmitButton>Thêm mức</SubmitButton>
    </FormFrame>
  )
}
