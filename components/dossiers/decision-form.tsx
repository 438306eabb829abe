'use client'
// The deciding unit's leader picks approved nominees of one form of award and issues their decision, with
// the number the office's register (văn thư) gave it; the app's next number is only a suggestion.
import { useId } from 'react'
import { TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'

type Row = { id: string; name: string; award: string; unit: string; dossier: string }

export function DecisionForm({
  action,
  organizationId,
  rows,
  today,
  signer,
  form,
  number,
}: {
  action: FormAction
  organizationId: string
  rows: Row[]
  today: string
  signer: { authority: string; position: string }
  /** the form of award of every row, and the trích yếu it suggests */
  form: { label: string; title: string }
  /** the next free number of this issuer and year, and the symbol ("QĐ-UBND") */
  number: { suggested: number; symbol: string; year: number }
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  // one decision form per form of award on the page: each form's fields have ids of their own
  const uid = useId()
  return (
    <FormFrame state={state} formAction={formAction} label={`Ban hành quyết định khen thưởng: ${form.label}`}>
      <Hidden fields={{ organizationId }} />
      <fieldset aria-describedby={e.nomineeIds ? `${uid}-nomineeIds-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">Người (tập thể) được khen thưởng</legend>
        <table className="table mt-2">
          <thead>
            <tr>
              <th scope="col">Chọn</th>
              <th scope="col">Họ tên / tập thể</th>
              <th scope="col">Hình thức</th>
              <th scope="col">Đơn vị đề nghị</th>
              <th scope="col">Hồ sơ</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <input
                    id={`pick-${r.id}`}
                    type="checkbox"
                    name="nomineeId"
                    value={r.id}
                    defaultChecked
                    aria-label={`Chọn ${r.name}`}
                  />
                </td>
                <td>
                  <label htmlFor={`pick-${r.id}`}>{r.name}</label>
                </td>
                <td>{r.award}</td>
                <td>{r.unit}</td>
                <td>{r.dossier}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {e.nomineeIds ? (
          <p id={`${uid}-nomineeIds-error`} role="alert" className="mt-1 text-sm font-medium text-red-700">
            {e.nomineeIds}
          </p>
        ) : null}
      </fieldset>
      <TextField
        label="Trích yếu quyết định"
        id={`${uid}-title`}
        name="title"
        defaultValue={kept(state, 'title', form.title)}
        error={e.title}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={`Số quyết định (/${number.symbol})`}
          id={`${uid}-numberSeq`}
          name="numberSeq"
          inputMode="numeric"
          maxLength={5}
          defaultValue={kept(state, 'numberSeq', String(number.suggested))}
          error={e.numberSeq}
          hint={`Nhập số do văn thư cấp trong sổ đăng ký văn bản. Gợi ý: số tiếp theo của năm ${number.year} là ${String(number.suggested).padStart(2, '0')}.`}
        />
        <TextField
          label="Ngày quyết định"
          id={`${uid}-decidedOn`}
          name="decidedOn"
          type="date"
          defaultValue={kept(state, 'decidedOn', today)}
          error={e.decidedOn}
        />
        <TextField
          label="Họ tên người ký"
          id={`${uid}-signerName`}
          name="signerName"
          defaultValue={kept(state, 'signerName')}
          error={e.signerName}
        />
        <TextField
          label="Thẩm quyền ký (ví dụ: KT. CHỦ TỊCH)"
          id={`${uid}-signerAuthority`}
          name="signerAuthority"
          defaultValue={kept(state, 'signerAuthority', signer.authority)}
          error={e.signerAuthority}
        />
        <TextField
          label="Chức vụ người ký (ví dụ: PHÓ CHỦ TỊCH)"
          id={`${uid}-signerPosition`}
          name="signerPosition"
          defaultValue={kept(state, 'signerPosition', signer.position)}
          error={e.signerPosition}
        />
      </div>
      <SubmitButton>Ban hành quyết định</SubmitButton>
    </FormFrame>
  )
}
