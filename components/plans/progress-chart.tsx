// Progress as horizontal stacked bars (done, in progress, not started) drawn in SVG, with the same
// figures in a table for screen readers and for anyone who prefers numbers. No chart library: three
// stacked bars per row are a few rectangles, and a table must be there anyway.
import type { Counts } from '@/lib/plans/progress'
import { donePercent } from '@/lib/plans/progress'

const COLORS = { DONE: '#15803d', IN_PROGRESS: '#ca8a04', NOT_STARTED: '#cbd5e1' } as const
const LABELS = { DONE: 'Đã hoàn thành', IN_PROGRESS: 'Đang thực hiện', NOT_STARTED: 'Chưa thực hiện' } as const
const ORDER = ['DONE', 'IN_PROGRESS', 'NOT_STARTED'] as const

export function ProgressChart({ title, rows }: { title: string; rows: { label: string; counts: Counts }[] }) {
  const width = 480
  const barHeight = 18
  const gap = 10
  const labelWidth = 0
  const height = rows.length * (barHeight + gap) + gap
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">{title}</figcaption>
      <div className="flex flex-wrap gap-4 text-xs" aria-hidden="true">
        {ORDER.map((s) => (
          <span key={s} className="inline-flex items-center gap-1">
            <span className="inline-block h-3 w-3" style={{ background: COLORS[s] }} />
            {LABELS[s]}
          </span>
        ))}
      </div>
      <div className="grid grid-cols-[minmax(8rem,14rem)_1fr] items-start gap-x-3">
        <ul className="text-sm" aria-hidden="true">
          {rows.map((row) => (
            <li key={row.label} className="truncate" style={{ height: barHeight + gap, paddingTop: gap / 2 }}>
              {row.label}
            </li>
          ))}
        </ul>
        <svg viewBox={`0 0 ${width} ${height}`} className="w-full max-w-xl" role="img" aria-hidden="true">
          {rows.map((row, i) => {
            const y = gap + i * (barHeight + gap)
            let x = labelWidth
            const total = row.counts.total || 1
            return (
              <g key={row.label}>
                <rect x={0} y={y} width={width} height={barHeight} fill="#f8fafc" stroke="#e2e8f0" />
                {ORDER.map((status) => {
                  const w = (row.counts[status] / total) * width
                  const rect = <rect key={status} x={x} y={y} width={w} height={barHeight} fill={COLORS[status]} />
                  x += w
                  return rect
                })}
              </g>
            )
          })}
        </svg>
      </div>
      <details>
        <summary className="link cursor-pointer text-sm">Xem dạng bảng</summary>
        <table className="table mt-2">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Đơn vị / thời gian</th>
              {ORDER.map((s) => (
                <th key={s} scope="col">
                  {LABELS[s]}
                </th>
              ))}
              <th scope="col">Tổng số</th>
              <th scope="col">Tỷ lệ hoàn thành</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row" className="text-left font-normal">
                  {row.label}
                </th>
                {ORDER.map((s) => (
                  <td key={s}>{row.counts[s]}</td>
                ))}
                <td>{row.counts.total}</td>
                <td>{donePercent(row.counts)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
