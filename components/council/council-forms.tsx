'use client'
// The secretariat's forms on the council page: set up or edit the council, add a member, make a member
// the chair or remove them, and open a session with its agenda (checkboxes of nominees under review).
import { SelectField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import { BALLOT_POLICY } from '@/lib/council/policy'

export function CouncilForm({
  action,
  hidden,
  initial,
  label,
  submitLabel,
}: {
  action: FormAction
  hidden: Record<string, string>
  initial: { name: string; quorumPercent: number }
  label: string
  submitLabel: string
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label={label}>
      <Hidden fields={hidden} />
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="sm:col-span-2">
          <TextField
            label="Tên Hội đồng"
            name="name"
            required
            maxLength={300}
            defaultValue={kept(state, 'name', initial.name)}
            error={e.name}
          />
        </div>
        <TextField
          label="Tỷ lệ dự họp tối thiểu (%)"
          name="quorumPercent"
          inputMode="numeric"
          required
          defaultValue={kept(state, 'quorumPercent', String(initial.quorumPercent))}
          error={e.quorumPercent}
          hint="67 nghĩa là 2/3 tổng số thành viên (mặc định); nhiều tỉnh quy định 80."
        />
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </FormFrame>
  )
}

export function AddMemberForm({
  action,
  councilId,
  candidates,
}: {
  action: FormAction
  councilId: string
  candidates: { id: string; fullName: string; username: string; roles: string[] }[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  if (candidates.length === 0) {
    return (
      <p className="text-sm text-slate-700">
        Không còn người nào giữ vai trò Thành viên Hội đồng hoặc Lãnh đạo tại đơn vị để bổ sung. Quản trị viên cấp tài
        khoản và vai trò trước.
      </p>
    )
  }
  return (
    <FormFrame state={state} formAction={formAction} label="Bổ sung thành viên Hội đồng">
      <Hidden fields={{ councilId }} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Người được bổ sung"
          name="userId"
          defaultValue={kept(state, 'userId')}
          error={e.userId}
          hint="Người giữ vai trò Thành viên Hội đồng hoặc Lãnh đạo tại đơn vị."
        >
          <option value="">— Chọn người —</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.fullName} ({c.username})
            </option>
          ))}
        </SelectField>
        <TextField
          label="Chức vụ trong Hội đồng"
          name="position"
          maxLength={200}
          defaultValue={kept(state, 'position')}
          error={e.position}
          hint="Ví dụ: Giám đốc Sở Nội vụ - Phó Chủ tịch Thường trực."
        />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="chair" defaultChecked={kept(state, 'chair') === 'on'} />
        Là Chủ tịch Hội đồng (thay Chủ tịch hiện tại, nếu có)
      </label>
      <SubmitButton variant="secondary">Bổ sung thành viên</SubmitButton>
    </FormFrame>
  )
}

export function MemberActions({
  action,
  councilId,
  member,
}: {
  action: FormAction
  councilId: string
  member: { id: string; fullName: string; isChair: boolean }
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <form
      action={formAction}
      aria-label={`Thao tác với thành viên ${member.fullName}`}
      className="flex flex-wrap items-center gap-2"
    >
      <Hidden fields={{ councilId, memberId: member.id }} />
      {!member.isChair ? (
        <button type="submit" name="action" value="chair" className="btn btn-secondary py-1">
          Đặt làm Chủ tịch
        </button>
      ) : null}
      <button type="submit" name="action" value="remove" className="btn btn-danger py-1">
        Rút khỏi Hội đồng
      </button>
      {state.message ? (
        <span
          role={state.ok ? 'status' : 'alert'}
          className={`text-sm ${state.ok ? 'text-emerald-800' : 'text-red-700'}`}
        >
          {state.message}
        </span>
      ) : null}
    </form>
  )
}

type Nominee = { id: string; displayName: string; awardLabel: string; previously: string | null }

export function OpenSessionForm({
  action,
  councilId,
  nominees,
  defaultTitle,
}: {
  action: FormAction
  councilId: string
  nominees: Nominee[]
  defaultTitle: string
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  // After a refused submission the boxes show what was ticked (an unticked box is simply absent).
  const checked = (id: string) => (state.ok || !state.values ? false : state.values[`nominee_${id}`] === 'on')
  return (
    <FormFrame state={state} formAction={formAction} label="Mở phiên họp xét khen thưởng">
      <Hidden fields={{ councilId }} />
      <TextField
        label="Tên phiên họp"
        name="title"
        required
        maxLength={300}
        defaultValue={kept(state, 'title', defaultTitle)}
        error={e.title}
      />
      <TextField
        label="Thời gian biểu quyết (phút)"
        name="votingMinutes"
        type="number"
        inputMode="numeric"
        min={BALLOT_POLICY.minVotingMinutes}
        max={BALLOT_POLICY.maxVotingMinutes}
        required
        defaultValue={kept(state, 'votingMinutes', String(BALLOT_POLICY.defaultVotingMinutes))}
        hint="Trước khi hết thời gian này, phiên họp chỉ kết thúc được khi mọi thành viên có mặt đã bỏ phiếu."
        error={e.votingMinutes}
      />
      <fieldset aria-describedby={e.voteMode ? 'voteMode-error' : undefined}>
        <legend className="text-sm font-medium text-slate-800">Hình thức biểu quyết</legend>
        <div className="mt-2 space-y-1 text-sm">
          <label className="flex items-start gap-2">
            <input
              type="radio"
              name="voteMode"
              value="ELECTRONIC"
              defaultChecked={kept(state, 'voteMode', 'ELECTRONIC') === 'ELECTRONIC'}
              className="mt-1"
            />
            <span>Bỏ phiếu kín trên hệ thống</span>
          </label>
          <label className="flex items-start gap-2">
            <input
              type="radio"
              name="voteMode"
              value="PAPER"
              defaultChecked={kept(state, 'voteMode') === 'PAPER'}
              className="mt-1"
            />
            <span>
              Bỏ phiếu kín bằng phiếu giấy: Ban kiểm phiếu kiểm tại phiên họp, Thường trực nhập kết quả kèm bản chụp
              biên bản kiểm phiếu
            </span>
          </label>
        </div>
        {e.voteMode ? (
          <p id="voteMode-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
            {e.voteMode}
          </p>
        ) : null}
      </fieldset>
      <fieldset aria-describedby={e.nomineeIds ? 'nomineeIds-error' : 'nomineeIds-hint'}>
        <legend className="text-sm font-medium text-slate-800">
          Người, tập thể được đưa ra xét ({nominees.length} hồ sơ đang chờ Hội đồng)
        </legend>
        <p id="nomineeIds-hint" className="mt-1 text-sm text-slate-600">
          Danh sách hồ sơ đang thẩm định tại đơn vị và chưa thuộc phiên họp nào đang diễn ra.
        </p>
        <ul className="mt-2 grid max-h-96 gap-1 overflow-y-auto rounded-md border border-slate-300 p-3">
          {nominees.map((n) => (
            <li key={`${n.id}-${checked(n.id)}`}>
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" name={`nominee_${n.id}`} defaultChecked={checked(n.id)} className="mt-1" />
                <span>
                  {n.displayName} — {n.awardLabel}
                  {n.previously ? <span className="text-slate-600"> ({n.previously})</span> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {e.nomineeIds ? (
          <p id="nomineeIds-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
            {e.nomineeIds}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton>Mở phiên họp</SubmitButton>
    </FormFrame>
  )
}
