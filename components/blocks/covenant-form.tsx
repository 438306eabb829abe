'use client'
// The covenant text and its criteria table (name, maximum points), with the total as the user types;
// and the signature of a member unit's head.
import { useState } from 'react'
import { TextAreaField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import { formatPoints, parsePoints } from '@/lib/blocks/points'

export type CriterionRow = { name: string; max: string }

function totalOf(container: HTMLElement) {
  let total = 0
  container
    .querySelectorAll<HTMLInputElement>('input[name$="_max"]')
    .forEach((input) => (total += parsePoints(input.value) ?? 0))
  return total
}

export function CovenantForm({
  action,
  blockId,
  version,
  covenant,
  rows,
  signed,
}: {
  action: FormAction
  blockId: string
  version: number
  covenant: string
  rows: CriterionRow[]
  signed: number
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  const initialTotal = rows.reduce((sum, r) => sum + (parsePoints(r.max) ?? 0), 0)
  const [total, setTotal] = useState(initialTotal)
  return (
    <FormFrame state={state} formAction={formAction} label="Soạn giao ước thi đua">
      <Hidden fields={{ blockId, version }} />
      {signed > 0 ? (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Đã có {signed} đơn vị ký giao ước. Nếu sửa nội dung hoặc tiêu chí, các chữ ký sẽ bị hủy để các đơn vị ký lại
          bản mới.
        </p>
      ) : null}
      <TextAreaField
        label="Nội dung giao ước"
        name="covenant"
        rows={10}
        maxLength={20000}
        defaultValue={kept(state, 'covenant', covenant)}
        error={e.covenant}
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Tiêu chí chấm điểm</legend>
        <p className="mt-1 text-sm text-slate-600">
          Điểm tối đa lớn hơn 0, tối đa 2 chữ số thập phân (ví dụ 10,5). Để trống cả dòng để bỏ tiêu chí.
        </p>
        <div className="mt-2 space-y-3" onInput={(ev) => setTotal(totalOf(ev.currentTarget))}>
          {rows.map((row, i) => (
            <div key={i} className="grid gap-3 sm:grid-cols-[1fr_10rem]">
              <TextField
                label={`Tiêu chí ${i + 1}`}
                name={`criterion_${i}_name`}
                maxLength={500}
                defaultValue={kept(state, `criterion_${i}_name`, row.name)}
                error={e[`criterion_${i}_name`]}
              />
              <TextField
                label="Điểm tối đa"
                name={`criterion_${i}_max`}
                inputMode="decimal"
                defaultValue={kept(state, `criterion_${i}_max`, row.max)}
                error={e[`criterion_${i}_max`]}
              />
            </div>
          ))}
        </div>
        <p className="mt-3 text-sm font-semibold" aria-live="polite">
          Tổng điểm tối đa: {formatPoints(total)}
        </p>
      </fieldset>
      <SubmitButton>Lưu giao ước</SubmitButton>
    </FormFrame>
  )
}

export function AcceptCovenantForm({
  action,
  blockId,
  organizationId,
  unitName,
  version,
}: {
  action: FormAction
  blockId: string
  organizationId: string
  unitName: string
  version: number
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label={`Ký giao ước thi đua cho ${unitName}`}>
      <Hidden fields={{ blockId, organizationId, version }} />
      <p className="text-sm text-slate-700">
        Thay mặt {unitName}, tôi đồng ý thực hiện giao ước và được chấm điểm theo các tiêu chí trên.
      </p>
      <SubmitButton>Ký giao ước thi đua</SubmitButton>
    </FormFrame>
  )
}
