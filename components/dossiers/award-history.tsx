// The award history (sổ vàng) of a person or a unit as a table (lib/dossiers/history.ts awardHistory).
import { Pagination } from '@/components/ui/pagination'
import type { AwardHistory } from '@/lib/dossiers/history'
import { vnDate } from './labels'

export function AwardHistoryTable({
  history,
  pageHref,
  decisionHref,
}: {
  history: AwardHistory
  pageHref?: (page: number) => string
  /** link of an issued decision (the awards it made link to it) */
  decisionHref?: (decisionId: string) => string
}) {
  if (history.rows.length === 0) return <p className="text-sm text-slate-700">Chưa có khen thưởng nào được ghi nhận.</p>
  return (
    <>
      <table className="table" data-testid="award-history">
        <caption className="sr-only">Lịch sử khen thưởng của {history.subject.name}</caption>
        <thead>
          <tr>
            <th scope="col">Năm</th>
            <th scope="col">Danh hiệu, hình thức khen thưởng</th>
            <th scope="col">Quyết định</th>
            <th scope="col">Cấp quyết định</th>
            <th scope="col">Loại</th>
          </tr>
        </thead>
        <tbody>
          {history.rows.map((r) => (
            <tr key={r.id}>
              <td>{r.year}</td>
              <td>{r.awardLabel}</td>
              <td>
                {r.decisionNumber && r.decisionId && decisionHref ? (
                  <a className="link" href={decisionHref(r.decisionId)}>
                    Số {r.decisionNumber}
                    {r.decidedOn ? `, ngày ${vnDate(r.decidedOn)}` : ''}
                  </a>
                ) : r.decisionNumber ? (
                  `Số ${r.decisionNumber}${r.decidedOn ? `, ngày ${vnDate(r.decidedOn)}` : ''}`
                ) : r.decidedOn ? (
                  `Ngày ${vnDate(r.decidedOn)}`
                ) : (
                  '—'
                )}
              </td>
              <td>{r.decidedBy ?? '—'}</td>
              <td>{r.thematic ? 'Chuyên đề / đột xuất' : 'Thường xuyên'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pageHref ? <Pagination page={history.page} pageCount={history.pageCount} href={pageHref} /> : null}
    </>
  )
}
