'use client'
// Adding or changing a task of a draft, and removing one.
import { useState } from 'react'
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'

type Option = { value: string; label: string }
export type TaskValues = {
  taskId: string
  period: string
  periodFrom: string
  periodTo: string
  text: string
  leadOrganizationId: string
  dueDate: string
}

export function TaskForm({
  action,
  planId,
  version,
  periods,
  units,
  initial,
  label,
}: {
  action: FormAction
  planId: string
  version: number
  periods: Option[]
  units: Option[]
  initial: TaskValues
  label: string
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  const v = (name: keyof TaskValues) => kept(state, name, initial[name])
  const [period, setPeriod] = useState(v('period'))
  const id = initial.taskId || 'moi'
  return (
    <FormFrame state={state} formAction={formAction} label={label}>
      <Hidden fields={{ planId, version, taskId: initial.taskId }} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          id={`period-${id}`}
          label="Thời gian thực hiện"
          name="period"
          defaultValue={v('period')}
          error={e.period}
          onChange={(ev) => setPeriod(ev.target.value)}
        >
          <option value="" disabled>
            — Chọn —
          </option>
          {periods.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </SelectField>
        {period === 'WINDOW' ? (
          <>
            <TextField
              id={`periodFrom-${id}`}
              label="Từ ngày"
              name="periodFrom"
              type="date"
              defaultValue={v('periodFrom')}
              error={e.periodFrom}
            />
            <TextField
              id={`periodTo-${id}`}
              label="Đến ngày"
              name="periodTo"
              type="date"
              defaultValue={v('periodTo')}
              error={e.periodTo}
            />
          </>
        ) : null}
      </div>
      <TextAreaField
        id={`text-${id}`}
        label="Nội dung nhiệm vụ"
        name="text"
        rows={3}
        defaultValue={v('text')}
        error={e.text}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id={`lead-${id}`}
          label="Đơn vị chủ trì"
          name="leadOrganizationId"
          defaultValue={v('leadOrganizationId')}
          error={e.leadOrganizationId}
        >
          <option value="">— Chưa giao —</option>
          {units.map((u) => (
            <option key={u.value} value={u.value}>
              {u.label}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`due-${id}`}
          label="Hạn hoàn thành (không bắt buộc)"
          name="dueDate"
          type="date"
          defaultValue={v('dueDate')}
          error={e.dueDate}
        />
      </div>
      <SubmitButton variant={initial.taskId ? 'secondary' : 'primary'}>
        {initial.taskId ? 'Lưu nhiệm vụ' : 'Thêm nhiệm vụ'}
      </SubmitButton>
    </FormFrame>
  )
}

export function RemoveTaskForm({
  action,
  planId,
  version,
  taskId,
}: {
  action: FormAction
  planId: string
  version: number
  taskId: string
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <form action={formAction} aria-label="Xóa nhiệm vụ" className="inline">
      <Hidden fields={{ planId, version, taskId }} />
      <button type="submit" className="link text-sm text-red-700">
        Xóa nhiệm vụ
      </button>
      {state.message && !state.ok ? (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  )
}
