'use client'
// The header and text parts of a plan (everything but the tasks), for a new draft or an existing one.
import { useState } from 'react'
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'

export type PlanHeaderValues = {
  kind: string
  year: string
  symbol: string
  issuerName: string
  parentIssuerName: string
  place: string
  title: string
  preamble: string
  legalBases: string
  purposes: string
  requirements: string
  focusTasks: string
  movements: string
  implementation: string
  recipients: string
  windowFrom: string
  windowTo: string
  signerAuthority: string
  signerPosition: string
  signerName: string
}

export function PlanHeaderForm({
  action,
  initial,
  hidden,
  submitLabel,
}: {
  action: FormAction
  initial: PlanHeaderValues
  hidden: Record<string, string | number>
  submitLabel: string
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  const v = (name: keyof PlanHeaderValues) => kept(state, name, initial[name])
  const [kind, setKind] = useState(v('kind'))
  const lines = 'Mỗi dòng một mục.'
  return (
    <FormFrame state={state} formAction={formAction} label="Thông tin kế hoạch">
      <Hidden fields={hidden} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">Phần đầu văn bản</legend>
        <SelectField
          label="Loại kế hoạch"
          name="kind"
          defaultValue={v('kind')}
          error={e.kind}
          onChange={(ev) => setKind(ev.target.value)}
        >
          <option value="ANNUAL">Kế hoạch năm (nhiệm vụ theo quý)</option>
          <option value="CAMPAIGN">Kế hoạch phát động thi đua (theo đợt)</option>
        </SelectField>
        <TextField label="Năm" name="year" inputMode="numeric" defaultValue={v('year')} error={e.year} />
        <TextField
          label="Cơ quan cấp trên (in trên văn bản)"
          name="parentIssuerName"
          defaultValue={v('parentIssuerName')}
          error={e.parentIssuerName}
        />
        <TextField
          label="Cơ quan ban hành (in trên văn bản)"
          name="issuerName"
          defaultValue={v('issuerName')}
          error={e.issuerName}
        />
        <TextField
          label="Ký hiệu"
          name="symbol"
          defaultValue={v('symbol')}
          error={e.symbol}
          hint="Số được cấp khi ban hành, ví dụ 55/KH-UBND."
        />
        <TextField label="Địa danh" name="place" defaultValue={v('place')} error={e.place} />
        {kind === 'CAMPAIGN' ? (
          <>
            <TextField
              label="Đợt thi đua từ ngày"
              name="windowFrom"
              type="date"
              defaultValue={v('windowFrom')}
              error={e.windowFrom}
            />
            <TextField label="đến ngày" name="windowTo" type="date" defaultValue={v('windowTo')} error={e.windowTo} />
          </>
        ) : null}
        <div className="sm:col-span-2">
          <TextField label="Trích yếu" name="title" defaultValue={v('title')} error={e.title} />
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold">Căn cứ và nội dung</legend>
        <TextAreaField
          label="Căn cứ, thực hiện"
          name="legalBases"
          defaultValue={v('legalBases')}
          error={e.legalBases}
          hint={lines}
        />
        <TextAreaField label="Câu dẫn" name="preamble" rows={2} defaultValue={v('preamble')} error={e.preamble} />
        <TextAreaField
          label="I.1. Mục đích"
          name="purposes"
          defaultValue={v('purposes')}
          error={e.purposes}
          hint={lines}
        />
        <TextAreaField
          label="I.2. Yêu cầu"
          name="requirements"
          defaultValue={v('requirements')}
          error={e.requirements}
          hint={lines}
        />
        <TextAreaField
          label="II. Nhiệm vụ trọng tâm"
          name="focusTasks"
          defaultValue={v('focusTasks')}
          error={e.focusTasks}
          hint={lines}
        />
        <TextAreaField
          label="II. Các phong trào thi đua"
          name="movements"
          rows={3}
          defaultValue={v('movements')}
          error={e.movements}
          hint={lines}
        />
        <TextAreaField
          label="III. Tổ chức thực hiện"
          name="implementation"
          rows={8}
          defaultValue={v('implementation')}
          error={e.implementation}
          hint="Tên đơn vị trên một dòng, các nhiệm vụ của đơn vị ở các dòng sau, bắt đầu bằng dấu gạch ngang (-)."
        />
        <TextAreaField
          label="Nơi nhận"
          name="recipients"
          defaultValue={v('recipients')}
          error={e.recipients}
          hint={lines}
        />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-base font-semibold">Người ký</legend>
        <TextField
          label="Thẩm quyền ký"
          name="signerAuthority"
          defaultValue={v('signerAuthority')}
          error={e.signerAuthority}
          hint="Ví dụ: TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH"
        />
        <TextField label="Chức vụ" name="signerPosition" defaultValue={v('signerPosition')} error={e.signerPosition} />
        <TextField label="Họ và tên" name="signerName" defaultValue={v('signerName')} error={e.signerName} />
      </fieldset>
      <SubmitButton>{submitLabel}</SubmitButton>
    </FormFrame>
  )
}
