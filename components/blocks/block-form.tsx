'use client'
// Setting up a block: name, year, member units (checkboxes), leader and deputy among the members.
import { SelectField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'

type Unit = { id: string; name: string }
export type BlockValues = { name: string; year: string; memberIds: string[]; leaderOrgId: string; deputyOrgId: string }

export function BlockForm({
  action,
  hidden,
  units,
  initial,
  label,
  submitLabel,
}: {
  action: FormAction
  hidden: Record<string, string | number>
  units: Unit[]
  initial: BlockValues
  label: string
  submitLabel: string
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  // After a refused save the boxes show what was submitted (an unchecked box is simply absent).
  const checked = (id: string) =>
    state.ok || !state.values ? initial.memberIds.includes(id) : state.values[`member_${id}`] === 'on'
  const options = units.map((unit) => (
    <option key={unit.id} value={unit.id}>
      {unit.name}
    </option>
  ))
  return (
    <FormFrame state={state} formAction={formAction} label={label}>
      <Hidden fields={hidden} />
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="sm:col-span-2">
          <TextField
            label="Tên khối thi đua"
            name="name"
            required
            maxLength={200}
            defaultValue={kept(state, 'name', initial.name)}
            error={e.name}
          />
        </div>
        <TextField
          label="Năm"
          name="year"
          inputMode="numeric"
          required
          defaultValue={kept(state, 'year', initial.year)}
          error={e.year}
        />
      </div>
      <fieldset aria-describedby={e.memberIds ? 'memberIds-error' : 'memberIds-hint'}>
        <legend className="text-sm font-medium text-slate-800">Đơn vị thành viên (ít nhất 2 đơn vị)</legend>
        <p id="memberIds-hint" className="mt-1 text-sm text-slate-600">
          Chọn các đơn vị có chức năng, nhiệm vụ tương đồng trực thuộc đơn vị quản lý khối.
        </p>
        <ul className="mt-2 grid max-h-80 gap-1 overflow-y-auto rounded-md border border-slate-300 p-3 sm:grid-cols-2">
          {units.map((unit) => (
            <li key={`${unit.id}-${checked(unit.id)}`}>
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" name={`member_${unit.id}`} defaultChecked={checked(unit.id)} className="mt-1" />
                <span>{unit.name}</span>
              </label>
            </li>
          ))}
        </ul>
        {e.memberIds ? (
          <p id="memberIds-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
            {e.memberIds}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Đơn vị trưởng khối"
          name="leaderOrgId"
          defaultValue={kept(state, 'leaderOrgId', initial.leaderOrgId)}
          error={e.leaderOrgId}
          hint="Phải là một đơn vị thành viên."
        >
          <option value="" disabled>
            — Chọn đơn vị —
          </option>
          {options}
        </SelectField>
        <SelectField
          label="Đơn vị phó khối (không bắt buộc)"
          name="deputyOrgId"
          defaultValue={kept(state, 'deputyOrgId', initial.deputyOrgId)}
          error={e.deputyOrgId}
          hint="Khác đơn vị trưởng khối."
        >
          <option value="">— Không có —</option>
          {options}
        </SelectField>
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </FormFrame>
  )
}
