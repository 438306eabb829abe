'use client'
import { TextField, SelectField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from './action-form'
import type { FormState } from '@/lib/shared/errors'

type Option = { value: string; label: string }

function RoleAndUnit({ roles, units, state }: { roles: Option[]; units: Option[]; state: FormState }) {
  const errors = state.fieldErrors ?? {}
  return (
    <>
      <SelectField
        label="Đơn vị"
        name="organizationId"
        defaultValue={kept(state, 'organizationId')}
        error={errors.organizationId}
      >
        <option value="" disabled>
          — Chọn đơn vị —
        </option>
        {units.map((u) => (
          <option key={u.value} value={u.value}>
            {u.label}
          </option>
        ))}
      </SelectField>
      <SelectField label="Vai trò" name="role" defaultValue={kept(state, 'role')} error={errors.role}>
        <option value="" disabled>
          — Chọn vai trò —
        </option>
        {roles.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </SelectField>
    </>
  )
}

export function CreateUserForm({ action, roles, units }: { action: FormAction; roles: Option[]; units: Option[] }) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Tạo tài khoản">
      <TextField
        label="Họ và tên"
        name="fullName"
        maxLength={120}
        defaultValue={kept(state, 'fullName')}
        error={e.fullName}
      />
      <TextField
        label="Tên đăng nhập"
        name="username"
        autoComplete="off"
        maxLength={60}
        defaultValue={kept(state, 'username')}
        error={e.username}
        hint="Chữ không dấu, số, dấu chấm; ví dụ: nguyenvan.a"
      />
      <TextField
        label="Thư điện tử (không bắt buộc)"
        name="email"
        type="email"
        defaultValue={kept(state, 'email')}
        error={e.email}
      />
      <TextField
        label="Mật khẩu ban đầu"
        name="password"
        type="password"
        autoComplete="new-password"
        error={e.password}
        hint="Ít nhất 8 ký tự, gồm cả chữ và số."
      />
      <RoleAndUnit roles={roles} units={units} state={state} />
      <SubmitButton>Tạo tài khoản</SubmitButton>
    </FormFrame>
  )
}

export function SetUserActiveForm({
  action,
  user,
}: {
  action: FormAction
  user: { id: string; active: boolean; version: number }
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Trạng thái tài khoản">
      <Hidden fields={{ userId: user.id, version: user.version, active: String(!user.active) }} />
      <SubmitButton variant={user.active ? 'danger' : 'primary'}>
        {user.active ? 'Ngừng hoạt động tài khoản' : 'Kích hoạt lại tài khoản'}
      </SubmitButton>
    </FormFrame>
  )
}

export function ResetPasswordForm({ action, user }: { action: FormAction; user: { id: string; version: number } }) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Đặt lại mật khẩu">
      <Hidden fields={{ userId: user.id, version: user.version }} />
      <TextField
        label="Mật khẩu mới"
        name="password"
        type="password"
        autoComplete="new-password"
        error={e.password}
        hint="Ít nhất 8 ký tự, gồm cả chữ và số."
      />
      <SubmitButton variant="secondary">Đặt lại mật khẩu</SubmitButton>
    </FormFrame>
  )
}

export function AddMembershipForm({
  action,
  userId,
  roles,
  units,
}: {
  action: FormAction
  userId: string
  roles: Option[]
  units: Option[]
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Gán vai trò">
      <Hidden fields={{ userId }} />
      <RoleAndUnit roles={roles} units={units} state={state} />
      <SubmitButton variant="secondary">Gán vai trò</SubmitButton>
    </FormFrame>
  )
}

export function RemoveMembershipForm({
  action,
  membershipId,
  label,
}: {
  action: FormAction
  membershipId: string
  label: string
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <form action={formAction} aria-label={`Gỡ vai trò ${label}`} className="inline">
      <Hidden fields={{ membershipId }} />
      <button type="submit" className="link text-sm text-red-700">
        Gỡ<span className="sr-only"> vai trò {label}</span>
      </button>
      {state.message && !state.ok ? (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  )
}

export function ConfirmGrantForm({
  action,
  requestId,
  label,
}: {
  action: FormAction
  requestId: string
  label: string
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <form action={formAction} aria-label={`Xác nhận ${label}`} className="inline">
      <Hidden fields={{ requestId }} />
      <button type="submit" className="btn btn-secondary py-1 text-sm">
        Xác nhận<span className="sr-only"> {label}</span>
      </button>
      {state.message ? (
        <span role={state.ok ? 'status' : 'alert'} className={`ml-2 text-sm ${state.ok ? '' : 'text-red-700'}`}>
          {state.message}
        </span>
      ) : null}
    </form>
  )
}

/** An account of a consulted body: who answers for it, and which body (no unit, no role to choose). */
export function CreateConsultedBodyAccountForm({ action, bodies }: { action: FormAction; bodies: Option[] }) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Tạo tài khoản cơ quan được xin ý kiến">
      <SelectField label="Cơ quan" name="bodyId" defaultValue={kept(state, 'bodyId')} error={e.bodyId}>
        <option value="" disabled>
          — Chọn cơ quan —
        </option>
        {bodies.map((b) => (
          <option key={b.value} value={b.value}>
            {b.label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Họ và tên người trả lời"
        name="fullName"
        maxLength={120}
        defaultValue={kept(state, 'fullName')}
        error={e.fullName}
      />
      <TextField
        label="Tên đăng nhập"
        name="username"
        autoComplete="off"
        maxLength={60}
        defaultValue={kept(state, 'username')}
        error={e.username}
        hint="Chữ không dấu, số, dấu chấm; ví dụ: congan.laocai"
      />
      <TextField
        label="Thư điện tử (không bắt buộc)"
        name="email"
        type="email"
        defaultValue={kept(state, 'email')}
        error={e.email}
      />
      <TextField
        label="Mật khẩu ban đầu"
        name="password"
        type="password"
        autoComplete="new-password"
        error={e.password}
        hint="Ít nhất 8 ký tự, gồm cả chữ và số."
      />
      <SubmitButton>Tạo tài khoản</SubmitButton>
    </FormFrame>
  )
}

/** The second person refuses a pending grant, with the reason (kept in the request and the journal). */
export function RefuseGrantForm({
  action,
  requestId,
  label,
}: {
  action: FormAction
  requestId: string
  label: string
}) {
  const [state, formAction] = useFormAction(action)
  const error = state.fieldErrors?.reason ?? state.fieldErrors?.requestId
  const field = `reason-${requestId}`
  return (
    <details className="mt-2" open={Boolean(error) || undefined}>
      <summary className="cursor-pointer text-sm text-red-800">
        Từ chối<span className="sr-only"> {label}</span>
      </summary>
      <form action={formAction} noValidate aria-label={`Từ chối ${label}`} className="mt-2 space-y-2">
        <Hidden fields={{ requestId }} />
        <label htmlFor={field} className="block text-sm font-medium text-slate-800">
          Lý do từ chối
        </label>
        <textarea
          id={field}
          name="reason"
          rows={2}
          minLength={10}
          maxLength={1000}
          required
          className="input"
          defaultValue={kept(state, 'reason', '')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${field}-error` : undefined}
        />
        {error ? (
          <p id={`${field}-error`} role="alert" className="text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
        <button type="submit" className="btn btn-danger py-1 text-sm">
          Từ chối<span className="sr-only"> {label}</span>
        </button>
        {state.message ? (
          <p role={state.ok ? 'status' : 'alert'} className={`text-sm ${state.ok ? '' : 'text-red-700'}`}>
            {state.message}
          </p>
        ) : null}
      </form>
    </details>
  )
}
