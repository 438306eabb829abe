'use client'
// Forms of the proposing unit: create a dossier, add and remove nominees, submit it up the chain.
import { useState } from 'react'
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import { AWARDS, acceptsRecipient } from '@/lib/awards/catalog'
import { DOSSIER_KINDS } from '@/lib/dossiers/schemas'
import { AWARD_METHODS } from '@/lib/stats/categories'

type Option = { value: string; label: string }

export function CreateDossierForm({
  action,
  organizationId,
  year,
  movements,
}: {
  action: FormAction
  organizationId: string
  year: number
  movements: Option[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  const [kind, setKind] = useState(kept(state, 'kind', 'THUONG_XUYEN'))
  return (
    <FormFrame state={state} formAction={formAction} label="Tạo hồ sơ đề nghị khen thưởng">
      <Hidden fields={{ organizationId }} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Loại hồ sơ"
          name="kind"
          defaultValue={kept(state, 'kind', 'THUONG_XUYEN')}
          onChange={(ev) => setKind(ev.target.value)}
          error={e.kind}
        >
          {DOSSIER_KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Năm thi đua"
          name="year"
          type="number"
          inputMode="numeric"
          min={2000}
          max={2100}
          defaultValue={kept(state, 'year', String(year))}
          error={e.year}
        />
      </div>
      <TextField
        label="Tên hồ sơ (trích yếu tờ trình)"
        name="title"
        defaultValue={kept(state, 'title', `Đề nghị khen thưởng năm ${year}`)}
        error={e.title}
      />
      {kind === 'CHUYEN_DE' ? (
        <SelectField
          label="Phong trào thi đua"
          name="movementId"
          defaultValue={kept(state, 'movementId')}
          error={e.movementId}
          hint={
            movements.length
              ? 'Các phong trào do đơn vị phát động hoặc được phát động tới đơn vị.'
              : 'Chưa có phong trào nào được phát động tới đơn vị.'
          }
        >
          <option value="">— Chọn phong trào —</option>
          {movements.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SubmitButton>Tạo hồ sơ</SubmitButton>
    </FormFrame>
  )
}

export function AddNomineeForm({
  action,
  dossierId,
  version,
  people,
  units,
  issuers = [],
  peopleNote,
}: {
  action: FormAction
  dossierId: string
  version: number
  people: Option[]
  units: Option[]
  /** whose Giấy khen the dossier may ask for, the default first (lib/awards/authority.ts `issuerOptions`) */
  issuers?: Option[]
  peopleNote: string
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  const [recipient, setRecipient] = useState<'INDIVIDUAL' | 'COLLECTIVE'>(
    kept(state, 'recipient', 'INDIVIDUAL') === 'COLLECTIVE' ? 'COLLECTIVE' : 'INDIVIDUAL',
  )
  const awards = AWARDS.filter((a) => acceptsRecipient(a.code, recipient))
  const keptAward = kept(state, 'award')
  const [award, setAward] = useState(keptAward)
  return (
    <FormFrame state={state} formAction={formAction} label="Thêm người được đề nghị">
      <Hidden fields={{ dossierId, version }} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Đối tượng đề nghị</legend>
        <div className="mt-1 flex gap-6 text-sm">
          {(
            [
              ['INDIVIDUAL', 'Cá nhân'],
              ['COLLECTIVE', 'Tập thể'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="inline-flex items-center gap-2">
              <input
                type="radio"
                name="recipient"
                value={value}
                checked={recipient === value}
                onChange={() => {
                  setRecipient(value)
                  setAward(keptAward)
                }}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {recipient === 'INDIVIDUAL' ? (
        <SelectField
          label="Cá nhân"
          name="personId"
          defaultValue={kept(state, 'personId')}
          error={e.personId}
          hint={peopleNote}
        >
          <option value="">— Chọn cá nhân —</option>
          {people.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </SelectField>
      ) : (
        <SelectField
          label="Tập thể"
          name="organizationId"
          defaultValue={kept(state, 'organizationId')}
          error={e.organizationId ?? e.personId}
        >
          <option value="">— Chọn tập thể —</option>
          {units.map((u) => (
            <option key={u.value} value={u.value}>
              {u.label}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField
        key={recipient}
        label="Hình thức khen thưởng đề nghị"
        name="award"
        defaultValue={awards.some((a) => a.code === keptAward) ? keptAward : ''}
        onChange={(event) => setAward(event.target.value)}
        error={e.award}
        hint={
          recipient === 'INDIVIDUAL' ? 'Chỉ các hình thức dành cho cá nhân.' : 'Chỉ các hình thức dành cho tập thể.'
        }
      >
        <option value="">— Chọn hình thức —</option>
        {awards.map((a) => (
          <option key={a.code} value={a.code}>
            {a.label}
          </option>
        ))}
      </SelectField>
      {award === 'GIAY_KHEN' && issuers.length > 0 ? (
        <SelectField
          label="Giấy khen của"
          name="issuer"
          defaultValue={
            issuers.some((o) => o.value === kept(state, 'issuer')) ? kept(state, 'issuer') : issuers[0].value
          }
          error={e.issuer}
          hint={
            issuers.length > 1
              ? 'Cấp tặng Giấy khen theo quy định có hiệu lực cho năm của hồ sơ; hồ sơ dừng ở cấp được chọn.'
              : 'Theo quy định có hiệu lực cho năm của hồ sơ, chỉ cấp này tặng Giấy khen.'
          }
        >
          {issuers.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField
        label="Phương thức khen thưởng"
        name="method"
        defaultValue={kept(state, 'method')}
        error={e.method}
        hint="Dùng cho biểu thống kê 0602.N, 0603.N."
      >
        <option value="">Theo loại hồ sơ (thường xuyên, chuyên đề, đột xuất)</option>
        {AWARD_METHODS.map((m) => (
          <option key={m.code} value={m.code}>
            {m.label}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label="Tóm tắt thành tích"
        name="achievement"
        rows={3}
        defaultValue={kept(state, 'achievement')}
        error={e.achievement}
      />
      <SubmitButton>Thêm vào hồ sơ</SubmitButton>
    </FormFrame>
  )
}

export function RemoveNomineeForm({
  action,
  dossierId,
  version,
  nomineeId,
  name,
}: {
  action: FormAction
  dossierId: string
  version: number
  nomineeId: string
  name: string
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label={`Bỏ ${name} khỏi hồ sơ`}>
      <Hidden fields={{ dossierId, version, nomineeId }} />
      <SubmitButton variant="secondary">Bỏ khỏi hồ sơ</SubmitButton>
    </FormFrame>
  )
}

export function SubmitDossierForm({
  action,
  dossierId,
  version,
  pending,
}: {
  action: FormAction
  dossierId: string
  version: number
  pending: number
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Trình hồ sơ">
      <Hidden fields={{ dossierId, version }} />
      <p className="text-sm text-slate-700">
        {pending} người (tập thể) sẽ được trình lên cấp có thẩm quyền theo đúng trình tự, không bỏ qua cấp nào.
      </p>
      <SubmitButton>Trình hồ sơ lên cấp trên</SubmitButton>
    </FormFrame>
  )
}
