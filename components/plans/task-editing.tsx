'use client'
// Editing a long plan's tasks (ADR 0023): move a task with buttons (no drag-and-drop needed), edit all
// tasks in one table saved at once, and append rows pasted from Word or Excel after a preview.
import { useEffect, useRef, useState, useTransition } from 'react'
import { FormMessage } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'

type Option = { value: string; label: string }

/** Up, down, to a place in its period, or into another period. */
export function MoveTaskForm({
  action,
  planId,
  version,
  taskId,
  index,
  count,
  groupLabel,
  periods,
}: {
  action: FormAction
  planId: string
  version: number
  taskId: string
  /** 0-based place in its period */
  index: number
  count: number
  groupLabel: string
  periods: Option[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  const others = periods.filter((p) => p.label !== groupLabel)
  // a task moved to the top or bottom disables the button just pressed: keep the focus in the task
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    const active = document.activeElement as HTMLButtonElement | null
    if (state.ok && (!active || active === document.body || active.disabled))
      form.current?.querySelector<HTMLInputElement>('input[name="position"]')?.focus()
  }, [state])
  return (
    <form
      ref={form}
      action={formAction}
      noValidate
      aria-label={`Chuyển nhiệm vụ ${index + 1} của ${groupLabel}`}
      className="mt-2 space-y-2"
    >
      <Hidden fields={{ planId, version, taskId }} />
      <div className="flex flex-wrap items-end gap-2 text-sm">
        {/* The first submit button answers Enter in the position field. */}
        <div>
          <label htmlFor={`position-${taskId}`} className="block text-xs font-medium text-slate-700">
            Vị trí trong {groupLabel} (1–{count})
          </label>
          <input
            id={`position-${taskId}`}
            name="position"
            type="number"
            min={1}
            max={count}
            inputMode="numeric"
            defaultValue={kept(state, 'position', String(index + 1))}
            aria-invalid={e.position ? true : undefined}
            aria-describedby={e.position ? `position-${taskId}-error` : undefined}
            className="input mt-1 w-20"
          />
        </div>
        <button type="submit" name="op" value="to" className="btn btn-secondary">
          Chuyển đến vị trí
        </button>
        <button type="submit" name="op" value="up" className="btn btn-secondary" disabled={index === 0}>
          Chuyển lên
        </button>
        <button type="submit" name="op" value="down" className="btn btn-secondary" disabled={index === count - 1}>
          Chuyển xuống
        </button>
        <div>
          <label htmlFor={`period-move-${taskId}`} className="block text-xs font-medium text-slate-700">
            Chuyển sang thời gian
          </label>
          <select
            id={`period-move-${taskId}`}
            name="period"
            defaultValue=""
            aria-invalid={e.period ? true : undefined}
            aria-describedby={e.period ? `period-move-${taskId}-error` : undefined}
            className="input mt-1"
          >
            <option value="">— Chọn —</option>
            {others.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" name="op" value="period" className="btn btn-secondary">
          Chuyển sang
        </button>
      </div>
      {e.position ? (
        <p id={`position-${taskId}-error`} role="alert" className="text-sm font-medium text-red-700">
          {e.position}
        </p>
      ) : null}
      {e.period ? (
        <p id={`period-move-${taskId}-error`} role="alert" className="text-sm font-medium text-red-700">
          {e.period}
        </p>
      ) : null}
      <FormMessage state={state} />
    </form>
  )
}

export type TableRow = {
  taskId: string
  text: string
  period: string
  lead: string
  due: string
}

/** All tasks in one table; "Lưu bảng" saves every changed row, or none. */
export function TaskTableForm({
  action,
  planId,
  version,
  rows,
  periods,
  units,
}: {
  action: FormAction
  planId: string
  version: number
  rows: TableRow[]
  periods: Option[]
  units: Option[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  const cell = (column: keyof Omit<TableRow, 'taskId'>, row: TableRow) => {
    const name = `${column}:${row.taskId}`
    return { name, id: `bang-${name}`, value: kept(state, name, row[column]), error: e[name] }
  }
  const described = (c: { id: string; error?: string }) =>
    c.error ? { 'aria-invalid': true as const, 'aria-describedby': `${c.id}-error` } : {}
  const ErrorOf = ({ c }: { c: { id: string; error?: string } }) =>
    c.error ? (
      <p id={`${c.id}-error`} className="mt-1 text-xs font-medium text-red-700">
        {c.error}
      </p>
    ) : null
  return (
    <FormFrame state={state} formAction={formAction} label="Bảng nhiệm vụ">
      <Hidden fields={{ planId, version, rows: rows.map((r) => r.taskId).join(',') }} />
      <div className="overflow-x-auto">
        <table className="min-w-full border-collapse text-sm">
          <caption className="sr-only">Các nhiệm vụ của kế hoạch, theo thứ tự in</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="px-2 py-1">
                TT
              </th>
              <th scope="col" className="px-2 py-1">
                Nội dung nhiệm vụ
              </th>
              <th scope="col" className="px-2 py-1">
                Thời gian thực hiện
              </th>
              <th scope="col" className="px-2 py-1">
                Đơn vị chủ trì
              </th>
              <th scope="col" className="px-2 py-1">
                Hạn hoàn thành
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const text = cell('text', row)
              const period = cell('period', row)
              const lead = cell('lead', row)
              const due = cell('due', row)
              return (
                <tr key={row.taskId} className="border-b border-slate-200 align-top" data-testid="table-row">
                  <th scope="row" className="px-2 py-1 font-normal">
                    {i + 1}
                  </th>
                  <td className="min-w-72 px-2 py-1">
                    <textarea
                      id={text.id}
                      name={text.name}
                      rows={2}
                      defaultValue={text.value}
                      aria-label={`Nội dung nhiệm vụ, dòng ${i + 1}`}
                      className="input"
                      {...described(text)}
                    />
                    <ErrorOf c={text} />
                  </td>
                  <td className="px-2 py-1">
                    <select
                      key={period.value}
                      id={period.id}
                      name={period.name}
                      defaultValue={period.value}
                      aria-label={`Thời gian thực hiện, dòng ${i + 1}`}
                      className="input"
                      {...described(period)}
                    >
                      {periods.map((p) => (
                        <option key={p.value} value={p.value}>
                          {p.label}
                        </option>
                      ))}
                    </select>
                    <ErrorOf c={period} />
                  </td>
                  <td className="px-2 py-1">
                    <select
                      key={lead.value}
                      id={lead.id}
                      name={lead.name}
                      defaultValue={lead.value}
                      aria-label={`Đơn vị chủ trì, dòng ${i + 1}`}
                      className="input"
                      {...described(lead)}
                    >
                      <option value="">— Chưa giao —</option>
                      {units.map((u) => (
                        <option key={u.value} value={u.value}>
                          {u.label}
                        </option>
                      ))}
                    </select>
                    <ErrorOf c={lead} />
                  </td>
                  <td className="px-2 py-1">
                    <input
                      id={due.id}
                      name={due.name}
                      type="date"
                      defaultValue={due.value}
                      aria-label={`Hạn hoàn thành, dòng ${i + 1}`}
                      className="input"
                      {...described(due)}
                    />
                    <ErrorOf c={due} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <SubmitButton>Lưu bảng</SubmitButton>
    </FormFrame>
  )
}

type PreviewRow = {
  row: number
  text: string
  period: string | null
  lead: string | null
  due: string | null
  errors: string[]
}

/** Paste → preview of how each row was read → add them all. */
export function PasteTasksForm({
  action,
  preview,
  planId,
  version,
  periods,
}: {
  action: FormAction
  preview: (planId: string, text: string, period: string) => Promise<{ rows: PreviewRow[] } | { error: string }>
  planId: string
  version: number
  periods: Option[]
}) {
  const [state, formAction] = useFormAction(action)
  const [text, setText] = useState(kept(state, 'text'))
  const [period, setPeriod] = useState(kept(state, 'period'))
  const [shown, setShown] = useState<{ rows: PreviewRow[] } | { error: string } | null>(null)
  const [pending, startTransition] = useTransition()
  // once the rows are added, the box is emptied for the next paste
  const [answered, setAnswered] = useState(state)
  if (state !== answered) {
    setAnswered(state)
    if (state.ok) {
      setText('')
      setShown(null)
    }
  }
  const rows = shown && 'rows' in shown ? shown.rows : null
  const refused = rows?.filter((r) => r.errors.length).length ?? 0
  const reset = () => setShown(null)
  return (
    <FormFrame state={state} formAction={formAction} label="Dán nhiệm vụ">
      <Hidden fields={{ planId, version }} />
      <div>
        <label htmlFor="paste-text" className="block text-sm font-medium text-slate-800">
          Các dòng nhiệm vụ
        </label>
        <p id="paste-text-hint" className="mt-1 text-sm text-slate-600">
          Chọn các dòng trong bảng Word hoặc Excel, sao chép rồi dán vào đây (mỗi dòng một nhiệm vụ). Cột được nhận theo
          dòng tiêu đề (Nội dung, Thời gian thực hiện, Đơn vị chủ trì, Hạn hoàn thành) hoặc theo nội dung ô.
        </p>
        <textarea
          id="paste-text"
          name="text"
          rows={6}
          value={text}
          onChange={(ev) => {
            setText(ev.target.value)
            reset()
          }}
          aria-invalid={state.fieldErrors?.text ? true : undefined}
          aria-describedby={state.fieldErrors?.text ? 'paste-text-error' : 'paste-text-hint'}
          className="input mt-1 font-mono"
        />
        {state.fieldErrors?.text ? (
          <p id="paste-text-error" role="alert" className="mt-1 text-sm font-medium whitespace-pre-line text-red-700">
            {state.fieldErrors.text}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="paste-period" className="block text-sm font-medium text-slate-800">
          Thời gian thực hiện cho các dòng không ghi thời gian
        </label>
        <select
          id="paste-period"
          name="period"
          value={period}
          onChange={(ev) => {
            setPeriod(ev.target.value)
            reset()
          }}
          className="input mt-1"
        >
          <option value="">— Không chọn —</option>
          {periods.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="btn btn-secondary"
          disabled={pending || text.trim() === ''}
          onClick={() => startTransition(async () => setShown(await preview(planId, text, period)))}
        >
          {pending ? 'Đang đọc…' : 'Xem trước'}
        </button>
        {rows && rows.length > 0 && refused === 0 ? <SubmitButton>Thêm {rows.length} nhiệm vụ</SubmitButton> : null}
      </div>
      {shown && 'error' in shown ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {shown.error}
        </p>
      ) : null}
      {rows ? (
        <section aria-label="Xem trước các dòng dán" className="space-y-2">
          <p role="status" className="text-sm">
            {refused
              ? `Đọc được ${rows.length} dòng, ${refused} dòng cần sửa (chưa thêm được). Sửa nội dung dán rồi xem trước lại.`
              : `Đọc được ${rows.length} dòng. Kiểm tra rồi bấm “Thêm ${rows.length} nhiệm vụ”.`}
          </p>
          <div className="overflow-x-auto">
            <table className="min-w-full border-collapse text-sm">
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="px-2 py-1">
                    Dòng
                  </th>
                  <th scope="col" className="px-2 py-1">
                    Nội dung nhiệm vụ
                  </th>
                  <th scope="col" className="px-2 py-1">
                    Thời gian thực hiện
                  </th>
                  <th scope="col" className="px-2 py-1">
                    Đơn vị chủ trì
                  </th>
                  <th scope="col" className="px-2 py-1">
                    Hạn hoàn thành
                  </th>
                  <th scope="col" className="px-2 py-1">
                    Cần sửa
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr
                    key={r.row}
                    data-testid="paste-preview-row"
                    className={`border-b border-slate-200 align-top ${r.errors.length ? 'bg-red-50' : ''}`}
                  >
                    <th scope="row" className="px-2 py-1 font-normal">
                      {r.row}
                    </th>
                    <td className="px-2 py-1">{r.text || '—'}</td>
                    <td className="px-2 py-1">{r.period ?? '—'}</td>
                    <td className="px-2 py-1">{r.lead ?? 'Chưa giao'}</td>
                    <td className="px-2 py-1">{r.due ?? '—'}</td>
                    <td className="px-2 py-1 text-red-800">{r.errors.join(' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </FormFrame>
  )
}
