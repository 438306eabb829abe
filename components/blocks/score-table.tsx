// One unit's scores, read-only: self-score with evidence and the agreed score per criterion, with totals.
import { formatPoints } from '@/lib/blocks/points'
import { CRITERION_KIND_LABELS, maxTotalOf, sheetTotal, type CriterionKind } from '@/lib/blocks/scoring'

type Criterion = { id: string; name: string; kind: CriterionKind; maxHundredths: number }
type Score = { self: number | null; evidence: string | null; agreed: number | null } | undefined

export function ScoreTable({ criteria, score }: { criteria: Criterion[]; score: (criterionId: string) => Score }) {
  const show = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatPoints(v))
  const total = (pick: 'self' | 'agreed') =>
    sheetTotal(
      criteria,
      criteria.map((c) => score(c.id)?.[pick] ?? null),
    ).total
  return (
    <div className="overflow-x-auto">
      <table className="table">
        <caption className="sr-only">Bảng điểm theo tiêu chí</caption>
        <thead>
          <tr>
            <th scope="col">Tiêu chí</th>
            <th scope="col">Điểm tối đa</th>
            <th scope="col">Điểm tự chấm</th>
            <th scope="col">Minh chứng</th>
            <th scope="col">Điểm thống nhất</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => {
            const s = score(c.id)
            return (
              <tr key={c.id}>
                <th scope="row" className="font-normal">
                  {c.name}
                  {c.kind !== 'TIEU_CHI' ? ` (${CRITERION_KIND_LABELS[c.kind]})` : ''}
                </th>
                <td>{formatPoints(c.maxHundredths)}</td>
                <td>{show(s?.self)}</td>
                <td className="whitespace-pre-line">{s?.evidence || '—'}</td>
                <td>{show(s?.agreed)}</td>
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Tổng</th>
            <td className="font-semibold">{formatPoints(maxTotalOf(criteria))}</td>
            <td className="font-semibold">{formatPoints(total('self'))}</td>
            <td />
            <td className="font-semibold">{formatPoints(total('agreed'))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
