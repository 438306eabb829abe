'use client'
// Forms of a person: add, edit (with the version read), move to another unit, stop or resume following.
import { SelectField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import { GENDER_LABELS, GENDERS, LEADER_LABELS } from '@/lib/people/labels'
import type { FormState } from '@/lib/shared/errors'
import { STAFF_CATEGORIES } from '@/lib/stats/categories'

export type UnitOption = { id: string; name: string; indent: number }

export function UnitOptions({ units }: { units: UnitOption[] }) {
  return units.map((u) => (
    <option key={u.id} value={u.id}>
      {'— '.repeat(u.indent)}
      {u.name}
    </option>
  ))
}

type PersonValues = {
  fullName: string
  gender: string
  birthDate: string
  position: string
  isLeader: boolean
  staffCategory?: string | null
}

function PersonFields({ state, initial }: { state: FormState; initial?: PersonValues }) {
  const e = state.fieldErrors ?? {}
  return (
    <>
      <TextField
        label="Họ và tên"
        name="fullName"
        required
        maxLength={100}
        autoComplete="off"
        defaultValue={kept(state, 'fullName', initial?.fullName)}
        error={e.fullName}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Giới tính"
          name="gender"
          required
          defaultValue={kept(state, 'gender', initial?.gender)}
          error={e.gender}
        >
          <option value="" disabled>
            — Chọn —
          </option>
          {GENDERS.map((g) => (
            <option key={g} value={g}>
              {GENDER_LABELS[g]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Ngày sinh"
          name="birthDate"
          type="date"
          defaultValue={kept(state, 'birthDate', initial?.birthDate)}
          error={e.birthDate}
        />
      </div>
      <TextField
        label="Chức vụ, chức danh"
        name="position"
        maxLength={200}
        defaultValue={kept(state, 'position', initial?.position)}
        error={e.position}
      />
      <SelectField
        label="Vị trí"
        name="isLeader"
        defaultValue={kept(state, 'isLeader', String(initial?.isLeader ?? false))}
        error={e.isLeader}
      >
        <option value="false">{LEADER_LABELS.false}</option>
        <option value="true">{LEADER_LABELS.true}</option>
      </SelectField>
      <SelectField
        label="Nhóm đối tượng (biểu thống kê)"
        name="staffCategory"
        hint="Dùng cho biểu 0602.N, 0603.N; để trống: lãnh đạo tính là “lãnh đạo khác từ phó phòng trở lên”, còn lại là người trực tiếp công tác."
        defaultValue={kept(state, 'staffCategory', initial?.staffCategory ?? '')}
        error={e.staffCategory}
      >
        <option value="">Chưa xác định</option>
        {STAFF_CATEGORIES.map((c) => (
          <option key={c.code} value={c.code}>
            {c.label}
          </option>
        ))}
      </SelectField>
    </>
  )
}

export function CreatePersonForm({
  action,
  units,
  defaultUnitId,
}: {
  action: FormAction
  units: UnitOption[]
  defaultUnitId: string
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Thêm cán bộ, người lao động">
      <PersonFields state={state} />
      <SelectField
        label="Đơn vị"
        name="organizationId"
        defaultValue={kept(state, 'organizationId', defaultUnitId)}
        error={state.fieldErrors?.organizationId}
      >
        <UnitOptions units={units} />
      </SelectField>
      <SubmitButton>Thêm người</SubmitButton>
    </FormFrame>
  )
}

export function EditPersonForm({
  action,
  person,
}: {
  action: FormAction
  person: PersonValues & { id: string; version: number }
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Sửa thông tin">
      <Hidden fields={{ personId: person.id, version: person.version }} />
      <PersonFields state={state} initial={person} />
      <SubmitButton>Lưu thông tin</SubmitButton>
    </FormFrame>
  )
}

export function MovePersonForm({
  action,
  person,
  units,
}: {
  action: FormAction
  person: { id: string; version: number; organizationId: string }
  units: UnitOption[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  const targets = units.filter((u) => u.id !== person.organizationId)
  if (targets.length === 0)
    return <p className="text-sm text-slate-700">Không có đơn vị nào khác trong phạm vi bạn quản lý.</p>
  return (
    <FormFrame state={state} formAction={formAction} label="Chuyển đơn vị">
      <Hidden fields={{ personId: person.id, version: person.version }} />
      <SelectField
        label="Đơn vị mới"
        name="organizationId"
        id="move-organizationId"
        defaultValue={kept(state, 'organizationId')}
        error={e.organizationId}
      >
        <option value="" disabled>
          — Chọn đơn vị —
        </option>
        <UnitOptions units={targets} />
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Ngày chuyển"
          name="movedOn"
          type="date"
          defaultValue={kept(state, 'movedOn')}
          error={e.movedOn}
          hint="Để trống: hôm nay."
        />
        <TextField
          label="Chức vụ tại đơn vị mới"
          name="position"
          id="move-position"
          maxLength={200}
          defaultValue={kept(state, 'position')}
          error={e.position}
          hint="Để trống: giữ chức vụ hiện tại."
        />
      </div>
      <SubmitButton variant="secondary">Chuyển đơn vị</SubmitButton>
    </FormFrame>
  )
}

export function SetPersonActiveForm({
  action,
  person,
}: {
  action: FormAction
  person: { id: string; version: number; active: boolean }
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Trạng thái theo dõi">
      <Hidden fields={{ personId: person.id, version: person.version, active: String(!person.active) }} />
      <SubmitButton variant={person.active ? 'danger' : 'primary'}>
        {person.active ? 'Ngừng theo dõi' : 'Theo dõi lại'}
      </SubmitButton>
    </FormFrame>
  )
}
