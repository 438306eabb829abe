'use client'
// The unit's registration (collective title, commitments, a title per person), submitting it, and the
// managing level's forms: opening the round with a deadline, accepting or returning a registration.
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'

type Option = { value: string; label: string }
type PersonRow = { id: string; fullName: string; position: string | null; title: string }

export function RegistrationForm({
  action,
  organizationId,
  year,
  version,
  collectiveTitle,
  commitments,
  people,
  individualTitles,
  collectiveTitles,
}: {
  action: FormAction
  organizationId: string
  year: number
  version: number
  collectiveTitle: string
  commitments: string
  people: PersonRow[]
  individualTitles: Option[]
  collectiveTitles: Option[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Đăng ký thi đua của đơn vị">
      <Hidden fields={{ organizationId, year, version }} />
      <SelectField
        label="Danh hiệu tập thể đăng ký"
        name="collectiveTitle"
        defaultValue={kept(state, 'collectiveTitle', collectiveTitle)}
        error={e.collectiveTitle}
      >
        <option value="">— Không đăng ký —</option>
        {collectiveTitles.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label="Nội dung cam kết, chỉ tiêu phấn đấu"
        name="commitments"
        rows={3}
        defaultValue={kept(state, 'commitments', commitments)}
        error={e.commitments}
      />
      <table className="table">
        <caption className="mb-2 text-left font-semibold">Đăng ký của cá nhân ({people.length} người)</caption>
        <thead>
          <tr>
            <th scope="col">Họ và tên</th>
            <th scope="col">Chức vụ</th>
            <th scope="col">Danh hiệu đăng ký</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <td>{p.fullName}</td>
              <td>{p.position ?? ''}</td>
              <td>
                <SelectField
                  label={`Danh hiệu của ${p.fullName}`}
                  name={`title:${p.id}`}
                  id={`title-${p.id}`}
                  defaultValue={kept(state, `title:${p.id}`, p.title)}
                  error={e[`title:${p.id}`]}
                >
                  <option value="">— Không đăng ký —</option>
                  {individualTitles.map((t) => (
                    <option key={t.value} value={t.value}>
                      {t.label}
                    </option>
                  ))}
                </SelectField>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SubmitButton>Lưu bản đăng ký</SubmitButton>
    </FormFrame>
  )
}

export function SubmitRegistrationForm({
  action,
  registrationId,
  version,
}: {
  action: FormAction
  registrationId: string
  version: number
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Nộp bản đăng ký">
      <Hidden fields={{ registrationId, version }} />
      <SubmitButton>Nộp cho cấp quản lý</SubmitButton>
    </FormFrame>
  )
}

export function OpenRoundForm({
  action,
  organizationId,
  year,
  deadline,
  note,
}: {
  action: FormAction
  organizationId: string
  year: number
  deadline: string
  note: string
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Mở đăng ký thi đua">
      <Hidden fields={{ organizationId, year }} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={`Hạn đăng ký năm ${year}`}
          name="deadline"
          type="date"
          defaultValue={kept(state, 'deadline', deadline)}
          error={e.deadline}
        />
        <TextField label="Ghi chú" name="note" defaultValue={kept(state, 'note', note)} error={e.note} />
      </div>
      <SubmitButton variant="secondary">{deadline ? 'Cập nhật hạn đăng ký' : 'Mở đăng ký'}</SubmitButton>
    </FormFrame>
  )
}

export function ReviewRegistrationForm({
  action,
  registrationId,
  version,
  unitName,
}: {
  action: FormAction
  registrationId: string
  version: number
  unitName: string
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <form action={formAction} aria-label={`Xem xét đăng ký của ${unitName}`} className="flex flex-wrap items-end gap-2">
      <Hidden fields={{ registrationId, version }} />
      <label className="text-sm">
        <span className="sr-only">Lý do trả lại</span>
        <input
          name="comment"
          placeholder="Lý do trả lại"
          defaultValue={kept(state, 'comment')}
          className="rounded-md border border-slate-400 px-2 py-1"
          aria-invalid={state.fieldErrors?.comment ? true : undefined}
        />
      </label>
      <button type="submit" name="decision" value="accept" className="btn btn-primary py-1">
        Chấp nhận
      </button>
      <button type="submit" name="decision" value="return" className="btn btn-secondary py-1">
        Trả lại
      </button>
      {state.message ? (
        <span
          role={state.ok ? 'status' : 'alert'}
          className={`text-sm ${state.ok ? 'text-emerald-800' : 'text-red-700'}`}
        >
          {state.fieldErrors?.comment ?? state.message}
        </span>
      ) : null}
    </form>
  )
}
