'use client'
import { TextField, SelectField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from './action-form'

export function CreateOrganizationForm({
  action,
  parentId,
  kinds,
}: {
  action: FormAction
  parentId: string
  kinds: { value: string; label: string }[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Thêm đơn vị trực thuộc">
      <Hidden fields={{ parentId }} />
      <TextField
        label="Tên đơn vị"
        name="name"
        required
        maxLength={200}
        defaultValue={kept(state, 'name')}
        error={e.name}
      />
      <TextField
        label="Tên viết tắt (không bắt buộc)"
        name="shortName"
        maxLength={50}
        defaultValue={kept(state, 'shortName')}
        error={e.shortName}
      />
      <SelectField
        label="Loại đơn vị"
        name="kind"
        defaultValue={kept(state, 'kind')}
        error={e.kind ?? e.parentId}
        hint="Ủy ban nhân dân cấp dưới lấy cấp kế tiếp; cơ quan, đơn vị lấy cùng cấp với đơn vị quản lý."
      >
        <option value="" disabled>
          — Chọn loại đơn vị —
        </option>
        {kinds.map((k) => (
          <option key={k.value} value={k.value}>
            {k.label}
          </option>
        ))}
      </SelectField>
      <SubmitButton>Thêm đơn vị</SubmitButton>
    </FormFrame>
  )
}

export function RenameOrganizationForm({
  action,
  unit,
}: {
  action: FormAction
  unit: { id: string; name: string; shortName: string | null; version: number }
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Đổi tên đơn vị">
      <Hidden fields={{ id: unit.id, version: unit.version }} />
      <TextField
        label="Tên đơn vị"
        name="name"
        defaultValue={kept(state, 'name', unit.name)}
        maxLength={200}
        error={e.name}
      />
      <TextField
        label="Tên viết tắt"
        name="shortName"
        defaultValue={kept(state, 'shortName', unit.shortName ?? '')}
        maxLength={50}
        error={e.shortName}
      />
      <SubmitButton>Lưu</SubmitButton>
    </FormFrame>
  )
}

export function MoveOrganizationForm({
  action,
  unit,
  candidates,
}: {
  action: FormAction
  unit: { id: string; version: number }
  candidates: { id: string; label: string }[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Chuyển đơn vị">
      <Hidden fields={{ id: unit.id, version: unit.version }} />
      <SelectField
        label="Đơn vị cấp trên mới"
        name="newParentId"
        defaultValue={kept(state, 'newParentId')}
        error={e.newParentId}
      >
        <option value="" disabled>
          — Chọn đơn vị —
        </option>
        {candidates.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <SubmitButton variant="secondary">Chuyển</SubmitButton>
    </FormFrame>
  )
}

export function SetOrganizationActiveForm({
  action,
  unit,
}: {
  action: FormAction
  unit: { id: string; active: boolean; version: number }
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Trạng thái hoạt động">
      <Hidden fields={{ id: unit.id, version: unit.version, active: String(!unit.active) }} />
      <SubmitButton variant={unit.active ? 'danger' : 'primary'}>
        {unit.active ? 'Ngừng hoạt động' : 'Kích hoạt lại'}
      </SubmitButton>
    </FormFrame>
  )
}
