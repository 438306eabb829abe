'use client'
// "Xử lý nhiều người cùng lúc": the nominees held at this level that the user may move, ticked one by one
// or all at once, and one button per move the domain offers (lib/dossiers/bulk.ts): appraise, forward,
// approve. A refused batch names the person and changes nothing; the rows that passed stay ticked.
import { FormFrame, Hidden, useFormAction, type FormAction } from '@/components/admin/action-form'
import { useSelection } from '@/components/ui/use-selection'

export type BulkMove = 'appraise' | 'forward' | 'approve'

export type BulkRow = {
  id: string
  version: number
  displayName: string
  awardLabel: string
  /** "Chưa thẩm định", "Đạt", "2 tiêu chí chưa đạt"… */
  appraisal: string
  /** the appraisal passed every check (or has no failure): ticked first for forward and approve */
  passed: boolean
  moves: BulkMove[]
}

const BUTTONS: Record<BulkMove, (n: number, to: string) => string> = {
  appraise: (n) => `Thẩm định ${n} người đã chọn`,
  forward: (n, to) => `Chuyển ${n} người đã chọn lên ${to}`,
  approve: (n) => `Phê duyệt ${n} người đã chọn`,
}

export function BulkPanel({
  action,
  rows,
  forwardTo,
  limit,
}: {
  action: FormAction
  rows: BulkRow[]
  /** the level above, for the forward button */
  forwardTo: string
  limit: number
}) {
  const [state, formAction] = useFormAction(action)
  const { selected, toggle, toggleAll, every } = useSelection(rows.slice(0, limit).map((r) => r.id))
  const ids = rows.map((r) => r.id)
  const chosen = rows.filter((r) => selected.has(r.id))
  const moves = (['appraise', 'forward', 'approve'] as const).filter((m) => rows.some((r) => r.moves.includes(m)))
  const items = chosen.map((r) => `${r.id}:${r.version}`).join(',')
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Xử lý nhiều người cùng lúc">
      <Hidden fields={{ items }} />
      <p className="text-sm text-slate-700">
        Mỗi người được xử lý theo đúng quy định như khi xử lý từng người. Nếu một người chưa đủ điều kiện, không ai
        trong lượt được xử lý và thông báo nêu tên người đó; hãy bỏ chọn người đó rồi thực hiện lại. Tối đa {limit}{' '}
        người mỗi lượt.
      </p>
      <div className="max-h-[28rem] overflow-auto">
        <table className="table" data-testid="bulk-table">
          <caption className="sr-only">Người được đề nghị đang chờ xử lý tại cấp này</caption>
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label="Chọn tất cả"
                  checked={every(ids)}
                  onChange={(ev) => toggleAll(ids, ev.target.checked)}
                />
              </th>
              <th scope="col">Họ và tên / Tên tập thể</th>
              <th scope="col">Hình thức đề nghị</th>
              <th scope="col">Thẩm định</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Chọn ${r.displayName} (${r.awardLabel})`}
                    checked={selected.has(r.id)}
                    onChange={(ev) => toggle(r.id, ev.target.checked)}
                  />
                </td>
                <td>
                  <a className="link" href={`#de-nghi-${r.id}`}>
                    {r.displayName}
                  </a>
                </td>
                <td>{r.awardLabel}</td>
                <td className={r.passed ? '' : 'text-amber-800'}>{r.appraisal}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {e.items ? (
        <p className="text-sm font-medium text-red-700" role="alert">
          {e.items}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => {
            toggleAll(ids, false)
            toggleAll(
              rows.filter((r) => r.passed).map((r) => r.id),
              true,
            )
          }}
        >
          Chỉ chọn người đã thẩm định đạt
        </button>
        <p className="text-sm" data-testid="bulk-selected" aria-live="polite">
          Đã chọn {chosen.length} người (tập thể)
        </p>
        {moves.map((move) => {
          const able = chosen.filter((r) => r.moves.includes(move)).length
          return (
            <button
              key={move}
              type="submit"
              name="action"
              value={move}
              className={move === 'appraise' ? 'btn btn-secondary' : 'btn btn-primary'}
              disabled={chosen.length === 0 || able !== chosen.length}
              title={able !== chosen.length ? 'Có người đã chọn chưa thể thực hiện thao tác này.' : undefined}
            >
              {BUTTONS[move](chosen.length, forwardTo)}
            </button>
          )
        })}
      </div>
    </FormFrame>
  )
}
