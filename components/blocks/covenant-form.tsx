'use client'
// The covenant text and its criteria table (name, maximum points), with the total as the user types;
// and the signature of a member unit's head.
import { useState } from 'react'
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import { formatPoints, parsePoints } from '@/lib/blocks/points'
import { CRITERION_KINDS, CRITERION_KIND_LABELS, maxTotalOf, type CriterionKind } from '@/lib/blocks/scoring'

export type CriterionRow = { name: string; max: string; kind: CriterionKind }

/** The table's maximum by the block's rule (a penalty item does not raise it). */
function totalOf(container: HTMLElement, count: number) {
  const rows = Array.from({ length: count }, (_, i) => ({
    kind: (container.querySelector<HTMLSelectElement>(`select[name="criterion_${i}_kind"]`)?.value ??
      'TIEU_CHI') as CriterionKind,
    maxHundredths:
      parsePoints(container.querySelector<HTMLInputElement>(`input[name="criterion_${i}_max"]`)?.value ?? '') ?? 0,
  }))
  return maxTotalOf(rows)
}

export function CovenantForm({
  action,
  blockId,
  version,
  covenant,
  flagQuota,
  rows,
  signed,
}: {
  action: FormAction
  blockId: string
  version: number
  covenant: string
  flagQuota: number
  rows: CriterionRow[]
  signed: number
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  const initialTotal = maxTotalOf(rows.map((r) => ({ kind: r.kind, maxHundredths: parsePoints(r.max) ?? 0 })))
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
      <div className="max-w-xs">
        <TextField
          label="Số Cờ thi đua của khối"
          name="flagQuota"
          type="number"
          min={1}
          max={10}
          defaultValue={kept(state, 'flagQuota', String(flagQuota))}
          error={e.flagQuota}
          hint="Số đơn vị dẫn đầu khối được đề nghị tặng Cờ thi đua cấp tỉnh."
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Tiêu chí chấm điểm</legend>
        <p className="mt-1 text-sm text-slate-600">
          Điểm tối đa lớn hơn 0, tối đa 2 chữ số thập phân (ví dụ 10,5). Để trống cả dòng để bỏ tiêu chí. Điểm thưởng
          được cộng, điểm trừ bị trừ vào tổng điểm; điểm của mỗi dòng không vượt điểm tối đa của dòng đó.
        </p>
        <div
          className="mt-2 space-y-3"
          onInput={(ev) => setTotal(totalOf(ev.currentTarget, rows.length))}
          onChange={(ev) => setTotal(totalOf(ev.currentTarget, rows.length))}
        >
          {rows.map((row, i) => (
            <div key={i} className="grid gap-3 sm:grid-cols-[1fr_12rem_10rem]">
              <TextField
                label={`Tiêu chí ${i + 1}`}
                name={`criterion_${i}_name`}
                maxLength={500}
                defaultValue={kept(state, `criterion_${i}_name`, row.name)}
                error={e[`criterion_${i}_name`]}
              />
              <SelectField
                label="Loại"
                id={`criterion_${i}_kind`}
                name={`criterion_${i}_kind`}
                defaultValue={kept(state, `criterion_${i}_kind`, row.kind)}
                error={e[`criterion_${i}_kind`]}
              >
                {CRITERION_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {CRITERION_KIND_LABELS[kind]}
                  </option>
                ))}
              </SelectField>
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
