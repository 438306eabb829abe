'use client'
// The tenant admin sets a deadline (working days, or a day/month) from a date, with its legal source.
import { useState } from 'react'
import { SelectField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'

type Option = { value: string; label: string; monthDay: boolean }

export function DeadlineSettingForm({
  action,
  organizationId,
  keys,
}: {
  action: FormAction
  organizationId: string
  keys: Option[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  const [key, setKey] = useState(kept(state, 'key', keys[0]?.value ?? ''))
  const monthDay = keys.find((k) => k.value === key)?.monthDay ?? false
  return (
    <FormFrame state={state} formAction={formAction} label="Đặt thời hạn mới">
      <Hidden fields={{ organizationId }} />
      <SelectField
        label="Thời hạn"
        name="key"
        defaultValue={key}
        onChange={(event) => setKey(event.target.value)}
        error={e.key}
      >
        {keys.map((k) => (
          <option key={k.value} value={k.value}>
            {k.label}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={monthDay ? 'Ngày/tháng' : 'Số ngày làm việc'}
          name="value"
          inputMode={monthDay ? 'text' : 'numeric'}
          maxLength={10}
          defaultValue={kept(state, 'value')}
          error={e.value}
          hint={monthDay ? 'Ví dụ: 10/12' : 'Số nguyên từ 1 đến 90, ví dụ: 7'}
        />
        <TextField
          label="Áp dụng từ ngày"
          name="validFrom"
          type="date"
          defaultValue={kept(state, 'validFrom')}
          error={e.validFrom}
          hint="Sau ngày áp dụng của giá trị gần nhất; các hồ sơ trước ngày này giữ thời hạn cũ."
        />
      </div>
      <TextField
        label="Căn cứ (số, ngày văn bản, cơ quan ban hành)"
        name="source"
        maxLength={500}
        defaultValue={kept(state, 'source')}
        error={e.source}
        hint="Ví dụ: Quyết định 15/2026/QĐ-UBND ngày 02/12/2026 của UBND tỉnh, Điều 5"
      />
      <SubmitButton>Đặt thời hạn</SubmitButton>
    </FormFrame>
  )
}
