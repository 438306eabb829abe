'use client'
// The forms of a session page: the roll call and the closing (secretariat), the member's own ballot
// sheet, and the written votes of absent members. Each nominee is a radio group in a fieldset whose
// legend names them, so the sheet is usable with the keyboard alone (Tab between groups, arrows within).
import { useState } from 'react'
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import type { FormState } from '@/lib/shared/errors'
import { megabytes, tooLargeMessage, UPLOAD_LIMITS } from '@/lib/shared/upload-limits'

type Member = { id: string; fullName: string; position: string | null; isChair: boolean; present: boolean }
type Item = { id: string; displayName: string; awardLabel: string }
type MyItem = Item & { mine: { choice: 'AGREE' | 'DISAGREE' | null; written: boolean } | null }

function ErrorOf({ state, field }: { state: FormState; field: string }) {
  const message = state.fieldErrors?.[field]
  if (!message) return null
  return (
    <p id={`${field}-error`} role="alert" className="text-sm font-medium text-red-700">
      {message}
    </p>
  )
}

export function AttendanceForm({
  action,
  sessionId,
  version,
  members,
}: {
  action: FormAction
  sessionId: string
  version: number
  members: Member[]
}) {
  const [state, formAction] = useFormAction(action)
  const checked = (m: Member) => (state.ok || !state.values ? m.present : state.values[`present_${m.id}`] === 'on')
  return (
    <FormFrame state={state} formAction={formAction} label="Điểm danh thành viên">
      <Hidden fields={{ sessionId, version }} />
      <fieldset aria-describedby={state.fieldErrors?.presentIds ? 'presentIds-error' : undefined}>
        <legend className="text-sm font-medium text-slate-800">
          Đánh dấu thành viên có mặt (bỏ trống là vắng mặt)
        </legend>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {members.map((m) => (
            <li key={`${m.id}-${checked(m)}`}>
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" name={`present_${m.id}`} defaultChecked={checked(m)} className="mt-1" />
                <span>
                  {m.fullName}
                  {m.isChair ? ' (Chủ tịch)' : ''}
                  {m.position ? <span className="text-slate-600"> — {m.position}</span> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
        <ErrorOf state={state} field="presentIds" />
      </fieldset>
      <SubmitButton variant="secondary">Lưu điểm danh</SubmitButton>
    </FormFrame>
  )
}

function ChoiceGroup({ item, chosen, disabledNote }: { item: Item; chosen: string; disabledNote?: string }) {
  const name = `vote_${item.id}`
  return (
    <fieldset key={`${item.id}-${chosen}`} className="rounded-md border border-slate-300 px-3 py-2">
      <legend className="px-1 text-sm font-medium text-slate-800">
        {item.displayName} — {item.awardLabel}
      </legend>
      {disabledNote ? (
        <p className="text-sm text-slate-700">{disabledNote}</p>
      ) : (
        <div className="flex flex-wrap gap-6 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name={name} value="AGREE" defaultChecked={chosen === 'AGREE'} />
            Đồng ý
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name={name} value="DISAGREE" defaultChecked={chosen === 'DISAGREE'} />
            Không đồng ý
          </label>
        </div>
      )}
    </fieldset>
  )
}

export function BallotForm({ action, sessionId, items }: { action: FormAction; sessionId: string; items: MyItem[] }) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Phiếu biểu quyết của tôi">
      <Hidden fields={{ sessionId }} />
      <ErrorOf state={state} field="votes" />
      <div className="space-y-3">
        {items.map((item) => (
          <div key={item.id}>
            <ChoiceGroup
              item={item}
              chosen={kept(state, `vote_${item.id}`, item.mine?.choice ?? '')}
              disabledNote={
                item.mine?.written ? 'Phiếu bằng văn bản của bạn đã được Thường trực Hội đồng nhập.' : undefined
              }
            />
            <p className="mt-1 text-xs text-slate-600">
              {item.mine && !item.mine.written
                ? 'Bạn đã bỏ phiếu; có thể đổi phiếu cho đến khi phiên họp kết thúc.'
                : item.mine
                  ? ''
                  : 'Bạn chưa bỏ phiếu.'}
            </p>
          </div>
        ))}
      </div>
      <SubmitButton>Gửi phiếu</SubmitButton>
    </FormFrame>
  )
}

export function WrittenBallotForm({
  action,
  sessionId,
  absent,
  items,
}: {
  action: FormAction
  sessionId: string
  absent: Member[]
  items: Item[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Nhập phiếu bằng văn bản của thành viên vắng mặt">
      <Hidden fields={{ sessionId }} />
      <SelectField
        label="Thành viên vắng mặt gửi phiếu"
        name="memberId"
        defaultValue={kept(state, 'memberId')}
        error={e.memberId}
        hint="Nhập lại cho cùng thành viên sẽ thay phiếu đã nhập trước đó. Phiếu đã nhập không hiển thị lại."
      >
        <option value="">— Chọn thành viên —</option>
        {absent.map((m) => (
          <option key={m.id} value={m.id}>
            {m.fullName}
          </option>
        ))}
      </SelectField>
      <ErrorOf state={state} field="votes" />
      <div className="space-y-3">
        {items.map((item) => (
          <ChoiceGroup key={item.id} item={item} chosen={kept(state, `vote_${item.id}`)} />
        ))}
      </div>
      <SubmitButton variant="secondary">Lưu phiếu bằng văn bản</SubmitButton>
    </FormFrame>
  )
}

export function CloseSessionForm({
  action,
  sessionId,
  version,
}: {
  action: FormAction
  sessionId: string
  version: number
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Kết thúc phiên họp">
      <Hidden fields={{ sessionId, version }} />
      <p className="text-sm text-slate-700">
        Khi kết thúc, hệ thống kiểm phiếu, ghi kết quả cho từng hồ sơ và xóa vĩnh viễn mối liên hệ giữa người bỏ phiếu
        với lá phiếu. Sau đó không ai bỏ phiếu hay đổi phiếu được nữa.
      </p>
      <SubmitButton variant="danger">Kết thúc phiên họp và kiểm phiếu</SubmitButton>
    </FormFrame>
  )
}

/** The chair allows a nominee voted on in this session to be taken up again (xét lại), with a reason. */
export function ReconsiderForm({
  action,
  councilId,
  items,
}: {
  action: FormAction
  councilId: string
  items: { nomineeId: string; displayName: string; awardLabel: string }[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Cho phép xét lại">
      <Hidden fields={{ councilId }} />
      <SelectField label="Người, tập thể được xét lại" name="nomineeId" required error={e.nomineeId}>
        {items.map((i) => (
          <option key={i.nomineeId} value={i.nomineeId}>
            {i.displayName} — {i.awardLabel}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label="Lý do xét lại"
        name="reason"
        required
        minLength={10}
        maxLength={1000}
        rows={3}
        defaultValue={kept(state, 'reason', '')}
        error={e.reason}
      />
      <SubmitButton>Cho phép xét lại</SubmitButton>
    </FormFrame>
  )
}

/**
 * The counting committee's record of a paper session: ballots issued and returned, the counts per nominee,
 * the committee's names and the scanned signed record. Submitting it closes the session.
 */
export function PaperCountForm({
  action,
  sessionId,
  version,
  presentCount,
  items,
}: {
  action: FormAction
  sessionId: string
  version: number
  presentCount: number
  items: Item[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  // A file over the limit is refused as soon as it is chosen: sent, it would be cut off before the server
  // could answer with a message.
  const [tooBig, setTooBig] = useState<string | null>(null)
  const scanError = tooBig ?? e.scan
  return (
    <FormFrame state={state} formAction={formAction} label="Nhập kết quả kiểm phiếu">
      <Hidden fields={{ sessionId, version }} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Số phiếu phát ra"
          name="ballotsIssued"
          type="number"
          inputMode="numeric"
          min={0}
          max={presentCount}
          required
          defaultValue={kept(state, 'ballotsIssued', String(presentCount))}
          hint={`Không quá số thành viên có mặt (${presentCount}).`}
          error={e.ballotsIssued}
        />
        <TextField
          label="Số phiếu thu vào"
          name="ballotsReturned"
          type="number"
          inputMode="numeric"
          min={1}
          max={presentCount}
          required
          defaultValue={kept(state, 'ballotsReturned')}
          hint="Với mỗi người (tập thể): đồng ý + không đồng ý + không hợp lệ bằng số phiếu thu vào."
          error={e.ballotsReturned}
        />
      </div>
      <ErrorOf state={state} field="counts" />
      <table className="table">
        <caption className="sr-only">Số phiếu theo biên bản kiểm phiếu, từng người (tập thể) được đề nghị</caption>
        <thead>
          <tr>
            <th scope="col">Người, tập thể được đề nghị</th>
            <th scope="col">Đồng ý</th>
            <th scope="col">Không đồng ý</th>
            <th scope="col">Không hợp lệ</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const error = e[`count_${item.id}`]
            const described = error ? `count_${item.id}-error` : undefined
            const cell = (field: 'agree' | 'disagree' | 'invalid', label: string) => (
              <td>
                <input
                  className="input w-24"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={presentCount}
                  name={`${field}_${item.id}`}
                  aria-label={`${label} — ${item.displayName}`}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={described}
                  defaultValue={kept(state, `${field}_${item.id}`, field === 'invalid' ? '0' : '')}
                  required
                />
              </td>
            )
            return (
              <tr key={item.id}>
                <th scope="row" className="text-left font-normal">
                  {item.displayName} — {item.awardLabel}
                  <ErrorOf state={state} field={`count_${item.id}`} />
                </th>
                {cell('agree', 'Đồng ý')}
                {cell('disagree', 'Không đồng ý')}
                {cell('invalid', 'Không hợp lệ')}
              </tr>
            )
          })}
        </tbody>
      </table>
      <TextAreaField
        label="Ban kiểm phiếu (mỗi họ tên một dòng)"
        name="committee"
        required
        rows={3}
        maxLength={1500}
        defaultValue={kept(state, 'committee', '')}
        hint="Ít nhất 2 người, như ghi trong biên bản kiểm phiếu."
        error={e.committee}
      />
      <div>
        <label htmlFor="paper-scan" className="block text-sm font-medium text-slate-800">
          Bản chụp biên bản kiểm phiếu có chữ ký (PDF, ảnh JPEG/PNG; tối đa {megabytes(UPLOAD_LIMITS.attachmentBytes)})
        </label>
        <input
          id="paper-scan"
          name="scan"
          type="file"
          accept=".pdf,.jpg,.jpeg,.png"
          required
          aria-invalid={scanError ? true : undefined}
          aria-describedby={scanError ? 'scan-error' : undefined}
          className="input mt-1"
          onChange={(ev) => {
            const file = ev.currentTarget.files?.[0]
            if (file && file.size > UPLOAD_LIMITS.attachmentBytes) {
              setTooBig(tooLargeMessage(UPLOAD_LIMITS.attachmentBytes, file.size))
              ev.currentTarget.value = ''
            } else setTooBig(null)
          }}
        />
        {scanError ? (
          <p id="scan-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
            {scanError}
          </p>
        ) : null}
      </div>
      <p className="text-sm text-slate-700">
        Khi lưu, phiên họp kết thúc và kết quả được công bố theo biên bản. Kết quả không nhập lại hay sửa được; muốn xét
        lại một trường hợp, Chủ tịch Hội đồng cho phép xét lại ở phiên họp mới.
      </p>
      <SubmitButton variant="danger">Lưu kết quả kiểm phiếu và kết thúc phiên họp</SubmitButton>
    </FormFrame>
  )
}
