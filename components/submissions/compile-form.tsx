'use client'
// The compiled table (tổng hợp): every nominee waiting at the level on this page, ticked one by one or
// all at once, and the tờ trình made from the ticked rows — or from every row the filters match.
import { useMemo } from 'react'
import Link from 'next/link'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import { TextField } from '@/components/ui/field'
import { useSelection } from '@/components/ui/use-selection'

export type CompileFormRow = {
  id: string
  displayName: string
  awardLabel: string
  position: string | null
  unit: string
  year: number
  state: string
  achievement: string
  dossierHref: string
  submission: { href: string; label: string } | null
}

export function CompileForm({
  action,
  organizationId,
  rows,
  total,
  filters,
  suggestedTitle,
}: {
  action: FormAction
  organizationId: string
  rows: CompileFormRow[]
  total: number
  /** the filters of the page, sent with "all that match" */
  filters: Record<string, string>
  suggestedTitle: string
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  const free = rows.filter((r) => !r.submission)
  const { selected, toggle, toggleAll, every } = useSelection()
  const freeIds = free.map((r) => r.id)
  const allOnPage = every(freeIds)
  const ids = useMemo(() => [...selected].join(','), [selected])
  return (
    <FormFrame state={state} formAction={formAction} label="Lập tờ trình tổng hợp">
      <Hidden
        fields={{
          organizationId,
          nomineeIds: ids,
          ...Object.fromEntries(Object.entries(filters).map(([k, v]) => [`filter_${k}`, v])),
        }}
      />
      <div className="overflow-x-auto">
        <table className="table" data-testid="compile-table">
          <caption className="sr-only">Người (tập thể) được đề nghị đang chờ đơn vị xử lý</caption>
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label="Chọn tất cả trên trang"
                  checked={allOnPage}
                  onChange={(ev) => toggleAll(freeIds, ev.target.checked)}
                />
              </th>
              <th scope="col">Họ và tên / Tên tập thể</th>
              <th scope="col">Chức vụ</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Hình thức đề nghị</th>
              <th scope="col">Năm</th>
              <th scope="col">Tình trạng</th>
              <th scope="col">Thành tích tóm tắt</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.submission ? null : (
                    <input
                      type="checkbox"
                      aria-label={`Chọn ${r.displayName} (${r.awardLabel})`}
                      checked={selected.has(r.id)}
                      onChange={(ev) => toggle(r.id, ev.target.checked)}
                    />
                  )}
                </td>
                <td>
                  <Link className="link" href={r.dossierHref}>
                    {r.displayName}
                  </Link>
                </td>
                <td>{r.position ?? ''}</td>
                <td>{r.unit}</td>
                <td>{r.awardLabel}</td>
                <td>{r.year}</td>
                <td>
                  {r.state}
                  {r.submission ? (
                    <>
                      {' · '}
                      <Link className="link" href={r.submission.href}>
                        trong tờ trình {r.submission.label}
                      </Link>
                    </>
                  ) : null}
                </td>
                <td className="max-w-md text-sm">
                  {r.achievement.length > 160 ? `${r.achievement.slice(0, 160)}…` : r.achievement}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {e.nomineeIds ? (
        <p className="text-sm font-medium text-red-700" role="alert">
          {e.nomineeIds}
        </p>
      ) : null}
      <fieldset className="card grid gap-4 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold">Tờ trình kèm danh sách đề nghị</legend>
        <TextField
          label="Trích yếu tờ trình"
          name="title"
          defaultValue={kept(state, 'title', suggestedTitle)}
          error={e.title}
        />
        <TextField
          label="Số ký hiệu (nếu đã có)"
          name="documentNumber"
          hint="Ví dụ 25/TTr-HĐTĐKT; để trống thì in “Số: …/TTr-…” để văn thư điền."
          defaultValue={kept(state, 'documentNumber')}
          error={e.documentNumber}
        />
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
          <p className="text-sm" data-testid="compile-selected" aria-live="polite">
            Đã chọn {selected.size} người (tập thể)
          </p>
          {/* the pressed button names the scope (FormData carries the submitter's name and value) */}
          <button
            type="submit"
            name="scope"
            value="selected"
            className="btn btn-primary"
            disabled={selected.size === 0}
          >
            Lập tờ trình từ {selected.size} người đã chọn
          </button>
          <button type="submit" name="scope" value="filtered" className="btn btn-secondary" disabled={total === 0}>
            Lập tờ trình từ tất cả {total} người theo bộ lọc
          </button>
        </div>
      </fieldset>
    </FormFrame>
  )
}

/** "Gửi tờ trình": the package goes up as one (or to this level's own leader and council). */
export function SendSubmissionForm({
  action,
  submission,
  recipient,
}: {
  action: FormAction
  submission: { id: string; version: number }
  recipient: string
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Gửi tờ trình">
      <Hidden fields={{ submissionId: submission.id, version: submission.version }} />
      <button type="submit" className="btn btn-primary">
        Gửi tờ trình và danh sách tới {recipient}
      </button>
    </FormFrame>
  )
}
