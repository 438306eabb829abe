'use client'
// One chart of the overview (recharts 3, SVG): a figure with a caption that says what it shows, the
// chart itself (its accessibility layer lets the keyboard walk the data points), and the same figures as
// a table, one click (or Enter) away, for screen readers and for copying.
import { useId, useState } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { Chart } from '@/lib/stats/dashboard'

// Colour-blind-safe palette (Okabe–Ito), dark enough on white.
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#000000']

const vn = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('vi-VN') : String(v))

export function ChartFigure({ chart }: { chart: Chart }) {
  const [table, setTable] = useState(false)
  const id = useId()
  return (
    <figure className="card space-y-3" aria-labelledby={`${id}-title`} data-testid={`chart-${chart.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={`${id}-title`} className="font-semibold">
            {chart.title}
          </h3>
          <figcaption className="text-sm text-slate-700">{chart.summary}</figcaption>
        </div>
        <button
          type="button"
          className="btn btn-secondary text-sm"
          aria-expanded={table}
          aria-controls={`${id}-table`}
          onClick={() => setTable((v) => !v)}
        >
          {table ? 'Ẩn bảng số liệu' : 'Xem bảng số liệu'}
        </button>
      </div>
      <div role="img" aria-label={`${chart.title}. ${chart.summary}`} className="h-64 w-full" tabIndex={-1}>
        <ResponsiveContainer width="100%" height="100%">
          {chart.kind === 'pie' ? (
            <PieChart accessibilityLayer>
              <Pie data={chart.data} dataKey={chart.series[0].key} nameKey="name" outerRadius="80%" label>
                {chart.data.map((_, i) => (
                  <Cell key={i} fill={COLOURS[i % COLOURS.length]} />
                ))}
              </Pie>
              <Tooltip formatter={vn} />
              <Legend />
            </PieChart>
          ) : (
            <BarChart data={chart.data} accessibilityLayer>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" tick={{ fontSize: 12 }} />
              <YAxis allowDecimals={chart.unit === '%'} tick={{ fontSize: 12 }} />
              <Tooltip formatter={vn} />
              {chart.series.length > 1 ? <Legend /> : null}
              {chart.series.map((s, i) => (
                <Bar
                  key={s.key}
                  dataKey={s.key}
                  name={s.label}
                  fill={COLOURS[i % COLOURS.length]}
                  stackId={chart.kind === 'stacked' ? 'a' : undefined}
                />
              ))}
            </BarChart>
          )}
        </ResponsiveContainer>
      </div>
      <div id={`${id}-table`} hidden={!table} className="overflow-x-auto">
        <table className="table text-sm">
          <caption className="sr-only">{chart.title}: bảng số liệu</caption>
          <thead>
            <tr>
              <th scope="col">{chart.category}</th>
              {chart.series.map((s) => (
                <th key={s.key} scope="col" className="text-right">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.data.map((row) => (
              <tr key={row.name}>
                <th scope="row" className="text-left font-normal">
                  {row.name}
                </th>
                {chart.series.map((s) => (
                  <td key={s.key} className="text-right">
                    {vn(row[s.key] ?? 0)}
                    {chart.unit ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  )
}
