'use client'
// The year-end table (bình xét): tick the rows to propose, adjust their summary and the meeting's votes,
// and create the dossier in one step. Rows that fail a check cannot be ticked; the server checks again
// and names any refused row next to it.
import { useMemo, useState } from 'react'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import { TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import type { TableRow } from '@/lib/evaluation/table'
import { titleLabel } from '@/lib/registration/titles'

type Edit = { achievement: string; agree: string; disagree: string }

export function EvaluationTable({
  action,
  organizationId,
  year,
  rows,
}: {
  action: FormAction
  organizationId: string
  year: number
  rows: TableRow[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  const [selected, setSelected] = useState(() => new Set(rows.filter((r) => r.eligible).map((r) => r.key)))
  const [present, setPresent] = useState(kept(state, 'membersPresent', ''))
  const [edits, setEdits] = useState<Record<string, Edit>>({})
  const edit = (key: string): Edit =>
    edits[key] ?? { achievement: rows.find((r) => r.key === key)!.achievement, agree: present, disagree: '0' }
  const change = (key: string, patch: Partial<Edit>) =>
    setEdits((all) => ({ ...all, [key]: { ...edit(key), ...patch } }))
  const toggle = (key: string, on: boolean) =>
    setSelected((all) => {
      const next = new Set(all)
      if (on) next.add(key)
      else next.delete(key)
      return next
    })
  const eligible = rows.filter((r) => r.eligible)
  const payload = useMemo(
    () =>
      JSON.stringify(
        rows
          .filter((r) => selected.has(r.key))
          .map((r) => {
            const x = edits[r.key] ?? { achievement: r.achievement, agree: present, disagree: '0' }
            return {
              personId: r.personId,
              award: r.award,
              achievement: x.achievement,
              agree: x.agree,
              disagree: x.disagree,
            }
          }),
      ),
    [rows, selected, edits, present],
  )

  return (
    <FormFrame state={state} formAction={formAction} label="Tạo hồ sơ từ kết quả bình xét">
      <Hidden fields={{ organizationId, year, rows: payload }} />
      <fieldset className="card grid gap-4 sm:grid-cols-3">
        <legend className="px-1 text-base font-semibold">Biên bản họp bình xét</legend>
        <TextField
          label="Trích yếu tờ trình"
          name="title"
          defaultValue={kept(state, 'title', `Đề nghị công nhận danh hiệu thi đua năm ${year}`)}
          error={e.title}
        />
        <TextField
          label="Ngày họp"
          name="meetingOn"
          type="date"
          defaultValue={kept(state, 'meetingOn')}
          error={e.meetingOn}
        />
        <TextField label="Chủ trì" name="chairName" defaultValue={kept(state, 'chairName')} error={e.chairName} />
        <TextField
          label="Thư ký"
          name="secretaryName"
          defaultValue={kept(state, 'secretaryName')}
          error={e.secretaryName}
        />
        <TextField
          label="Số thành viên"
          name="membersTotal"
          type="number"
          min={1}
          defaultValue={kept(state, 'membersTotal')}
          error={e.membersTotal}
        />
        <TextField
          label="Số có mặt"
          name="membersPresent"
          type="number"
          min={0}
          value={present}
          onChange={(ev) => setPresent(ev.target.value)}
          hint="Dùng làm số phiếu đồng ý mặc định của mỗi người"
          error={e.membersPresent}
        />
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => setSelected(new Set(eligible.map((r) => r.key)))}
        >
          Chọn tất cả dòng đạt ({eligible.length})
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => setSelected(new Set())}>
          Bỏ chọn tất cả
        </button>
        <span className="text-sm text-slate-700" role="status" data-testid="selected-count">
          Đã chọn {selected.size} / {rows.length} dòng
        </span>
      </div>
      {e.rows ? (
        <p className="text-sm font-medium text-red-700" role="alert">
          {e.rows}
        </p>
      ) : null}

      <div className="overflow-x-auto">
        <table className="table" data-testid="evaluation-table">
          <caption className="sr-only">Danh sách bình xét năm {year}</caption>
          <thead>
            <tr>
              <th scope="col">Chọn</th>
              <th scope="col">STT</th>
              <th scope="col">Họ và tên</th>
              <th scope="col">Đăng ký</th>
              <th scope="col">Xếp loại {year}</th>
              <th scope="col">Đề nghị</th>
              <th scope="col">Kiểm tra tiêu chuẩn</th>
              <th scope="col">Thành tích tóm tắt</th>
              <th scope="col">Phiếu đồng ý / không</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const x = edit(r.key)
              const failed = r.checks.filter((c) => !c.passed)
              const error = e[r.key]
              return (
                <tr key={r.key} className={error ? 'bg-red-50' : undefined} data-row={r.key}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Chọn ${r.fullName} — ${r.awardLabel}`}
                      checked={selected.has(r.key)}
                      disabled={!r.eligible && !selected.has(r.key)}
                      onChange={(ev) => toggle(r.key, ev.target.checked)}
                    />
                  </td>
                  <td>{i + 1}</td>
                  <td>
                    <span className="font-medium">{r.fullName}</span>
                    {r.position ? <span className="block text-xs text-slate-600">{r.position}</span> : null}
                  </td>
                  <td>{titleLabel(r.registeredTitle)}</td>
                  <td>{r.ratingLabel}</td>
                  <td>{r.awardLabel}</td>
                  <td>
                    {failed.length === 0 ? (
                      <span className="badge bg-emerald-100 text-emerald-900">Đạt</span>
                    ) : (
                      <ul className="list-disc pl-4 text-red-800">
                        {failed.map((c) => (
                          <li key={c.ruleId}>
                            {c.label}: {c.message}
                          </li>
                        ))}
                      </ul>
                    )}
                    {error ? (
                      <p className="mt-1 font-medium text-red-700" role="alert">
                        {error}
                      </p>
                    ) : null}
                  </td>
                  <td>
                    <input
                      className="input min-w-56"
                      aria-label={`Thành tích của ${r.fullName} — ${r.awardLabel}`}
                      value={x.achievement}
                      onChange={(ev) => change(r.key, { achievement: ev.target.value })}
                    />
                  </td>
                  <td>
                    <div className="flex gap-1">
                      <input
                        className="input w-20"
                        type="number"
                        min={0}
                        aria-label={`Phiếu đồng ý cho ${r.fullName} — ${r.awardLabel}`}
                        value={x.agree}
                        onChange={(ev) => change(r.key, { agree: ev.target.value })}
                      />
                      <input
                        className="input w-20"
                        type="number"
                        min={0}
                        aria-label={`Phiếu không đồng ý cho ${r.fullName} — ${r.awardLabel}`}
                        value={x.disagree}
                        onChange={(ev) => change(r.key, { disagree: ev.target.value })}
                      />
                    </div>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <SubmitButton>Tạo hồ sơ đề nghị ({selected.size} dòng)</SubmitButton>
    </FormFrame>
  )
}
