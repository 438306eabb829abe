'use client'
// The issuer's signer issues an amending (sửa đổi, bổ sung) or replacing (thay thế) decision for a content
// error of this decision (NĐ 30/2020 Art. 18(3)): per awardee, the form of award and the name it should
// read, or "bỏ khỏi quyết định"; its own number from the office's register, date, signer and reason.
import { useState } from 'react'
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import { AWARDS, acceptsRecipient, awardLabel, isAwardCode } from '@/lib/awards/catalog'
import { AMEND_KINDS, REMOVE_ITEM, type AmendKind } from '@/lib/decisions/schemas'

type Addable = { id: string; displayName: string; award: string; dossier: string }
export type AmendableItem = { id: string; label: string; displayName: string; award: string; collective: boolean }

const awardLabelOf = (code: string) => (isAwardCode(code) ? awardLabel(code) : code)

const titleFor = (kind: AmendKind, reference: string) =>
  kind === 'THAY_THE' ? `Về việc thay thế ${reference}` : `Về việc sửa đổi, bổ sung ${reference}`

export function AmendmentForm({
  action,
  decisionId,
  reference,
  items,
  today,
  number,
  signer,
}: {
  action: FormAction
  decisionId: string
  /** "Quyết định số 05/QĐ-UBND ngày 15/01/2025" */
  reference: string
  items: AmendableItem[]
  today: string
  /** the next free number of this issuer in the current year, and the symbol */
  number: { suggested: number; symbol: string; year: number; addable: Addable[] }
  signer: { authority: string; position: string; name: string }
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  const [kind, setKind] = useState<AmendKind>((kept(state, 'kind', 'SUA_DOI') as AmendKind) || 'SUA_DOI')
  const [title, setTitle] = useState<string | null>(null) // null: follows the kind until edited
  return (
    <FormFrame state={state} formAction={formAction} label="Ban hành quyết định sửa đổi, bổ sung hoặc thay thế">
      <h3 className="font-semibold">Ban hành quyết định sửa đổi, bổ sung / thay thế</h3>
      <p className="text-sm text-slate-700">
        Dùng khi quyết định sai về nội dung (hình thức khen thưởng, số tiền, người được khen thưởng). Quyết định mới có
        số, ngày, người ký riêng; khen thưởng cũ thôi được tính, khen thưởng theo quyết định mới được ghi vào lịch sử và
        tiền thưởng tính theo mức áp dụng vào ngày của quyết định mới.
      </p>
      <Hidden fields={{ decisionId }} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Hình thức văn bản</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {AMEND_KINDS.map((k) => (
            <label key={k.value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="kind"
                value={k.value}
                checked={kind === k.value}
                onChange={() => setKind(k.value)}
              />
              {k.label}
            </label>
          ))}
        </div>
        {e.kind ? (
          <p role="alert" className="mt-1 text-sm font-medium text-red-700">
            {e.kind}
          </p>
        ) : null}
      </fieldset>
      <fieldset aria-describedby={e.changes ? 'changes-error' : undefined} className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">
          {kind === 'THAY_THE'
            ? 'Nội dung của quyết định thay thế (mọi người còn hiệu lực được ban hành lại)'
            : 'Người được khen thưởng cần sửa đổi'}
        </legend>
        {e.changes ? (
          <p id="changes-error" role="alert" className="text-sm font-medium text-red-700">
            {e.changes}
          </p>
        ) : null}
        {items.map((item) => {
          const options = AWARDS.filter((a) => acceptsRecipient(a.code, item.collective ? 'COLLECTIVE' : 'INDIVIDUAL'))
          return (
            <div key={item.id} className="rounded-md border border-slate-200 p-3">
              {kind === 'SUA_DOI' ? (
                <label className="flex items-center gap-2 text-sm font-medium">
                  <input
                    type="checkbox"
                    name={`pick.${item.id}`}
                    defaultChecked={kept(state, `pick.${item.id}`) === 'on'}
                  />
                  Sửa đổi khen thưởng của {item.label}
                </label>
              ) : (
                <p className="text-sm font-medium">{item.label}</p>
              )}
              <div className="mt-2 grid gap-3 sm:grid-cols-2">
                <SelectField
                  label="Hình thức khen thưởng đúng"
                  name={`award.${item.id}`}
                  id={`amend-award-${item.id}`}
                  defaultValue={kept(state, `award.${item.id}`, item.award)}
                  error={e[`award.${item.id}`]}
                >
                  {options.map((a) => (
                    <option key={a.code} value={a.code}>
                      {a.label}
                    </option>
                  ))}
                  <option value={REMOVE_ITEM}>Bỏ khỏi quyết định (không khen thưởng)</option>
                </SelectField>
                <TextField
                  label="Họ tên / tên tập thể đúng"
                  name={`name.${item.id}`}
                  id={`amend-name-${item.id}`}
                  maxLength={300}
                  defaultValue={kept(state, `name.${item.id}`, item.displayName)}
                  error={e[`name.${item.id}`]}
                />
              </div>
            </div>
          )
        })}
      </fieldset>
      {number.addable.length ? (
        <fieldset aria-describedby={e.addNomineeIds ? 'addNomineeIds-error' : undefined}>
          <legend className="text-sm font-medium text-slate-800">
            Bổ sung người được khen thưởng (đã phê duyệt tại cấp này, chưa có quyết định)
          </legend>
          <ul className="mt-1 space-y-1">
            {number.addable.map((n) => (
              <li key={n.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name={`add.${n.id}`} defaultChecked={kept(state, `add.${n.id}`) === 'on'} />
                  Bổ sung {n.displayName} — {awardLabelOf(n.award)} ({n.dossier})
                </label>
              </li>
            ))}
          </ul>
          {e.addNomineeIds ? (
            <p id="addNomineeIds-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
              {e.addNomineeIds}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <TextField
        label="Trích yếu quyết định"
        name="title"
        id="amend-title"
        maxLength={500}
        value={title ?? kept(state, 'title', titleFor(kind, reference))}
        onChange={(event) => setTitle(event.target.value)}
        error={e.title}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={`Số quyết định (/${number.symbol})`}
          name="numberSeq"
          id="amend-number"
          inputMode="numeric"
          maxLength={5}
          defaultValue={kept(state, 'numberSeq')}
          error={e.numberSeq}
          hint={`Nhập số do văn thư cấp. Để trống: phần mềm lấy số tiếp theo trong năm của ngày quyết định (năm ${number.year}: ${String(number.suggested).padStart(2, '0')}).`}
        />
        <TextField
          label="Ngày quyết định"
          name="decidedOn"
          id="amend-date"
          type="date"
          defaultValue={kept(state, 'decidedOn', today)}
          error={e.decidedOn}
        />
        <TextField
          label="Họ tên người ký"
          name="signerName"
          id="amend-signer"
          defaultValue={kept(state, 'signerName', signer.name)}
          error={e.signerName}
        />
        <TextField
          label="Thẩm quyền ký (ví dụ: KT. CHỦ TỊCH)"
          name="signerAuthority"
          id="amend-authority"
          defaultValue={kept(state, 'signerAuthority', signer.authority)}
          error={e.signerAuthority}
        />
        <TextField
          label="Chức vụ người ký"
          name="signerPosition"
          id="amend-position"
          defaultValue={kept(state, 'signerPosition', signer.position)}
          error={e.signerPosition}
        />
      </div>
      <TextAreaField
        label="Sai sót về nội dung cần sửa đổi, thay thế"
        name="reason"
        id="amend-reason"
        rows={2}
        maxLength={2000}
        defaultValue={kept(state, 'reason')}
        error={e.reason}
      />
      <SubmitButton>Ban hành quyết định sửa đổi, bổ sung / thay thế</SubmitButton>
    </FormFrame>
  )
}
