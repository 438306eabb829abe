// A statistics form as an accessible table in its official layout: grouped column headers, the
// numbering row (A, B, C, 1, 2, …), row codes; each figure of an award form links to its records.
import Link from 'next/link'
import type { FormReport } from '@/lib/stats/report-form'

export function FormTable({
  report,
  figureHref,
}: {
  report: FormReport
  figureHref?: (row: string, column: string) => string
}) {
  const { form } = report
  const hasGroups = form.columns.some((c) => c.group)
  const groups: { label: string; span: number; single: boolean }[] = []
  for (const c of form.columns) {
    const last = groups[groups.length - 1]
    if (c.group && last && last.label === c.group && !last.single) last.span++
    else groups.push({ label: c.group ?? c.label, span: 1, single: !c.group })
  }
  const fixed = form.unitColumn ? 3 : 2
  const figure = (value: number, row: string, column: string, label: string) =>
    figureHref && value > 0 ? (
      <Link className="link" href={figureHref(row, column)} aria-label={`${value}: ${label}, xem danh sách`}>
        {value.toLocaleString('vi-VN')}
      </Link>
    ) : (
      value.toLocaleString('vi-VN')
    )
  return (
    <div className="overflow-x-auto">
      <table className="table text-sm" data-testid={`form-${form.code}`}>
        <caption className="text-left font-semibold">
          {form.title} — năm {report.year} — {report.unit.name}
          {form.unitOfCount ? <span className="font-normal italic"> (đơn vị tính: {form.unitOfCount})</span> : null}
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={hasGroups ? 2 : 1}>
              <span className="sr-only">Chỉ tiêu</span>
            </th>
            <th scope="col" rowSpan={hasGroups ? 2 : 1}>
              Mã số
            </th>
            {form.unitColumn ? (
              <th scope="col" rowSpan={hasGroups ? 2 : 1}>
                Đơn vị tính
              </th>
            ) : null}
            <th scope="col" rowSpan={hasGroups ? 2 : 1}>
              {form.totalColumn.label}
            </th>
            {hasGroups
              ? groups.map((g, i) => (
                  <th key={i} scope="colgroup" colSpan={g.span} rowSpan={g.single ? 2 : 1}>
                    {g.label}
                  </th>
                ))
              : form.columns.map((c) => (
                  <th key={c.key} scope="col">
                    {c.label}
                  </th>
                ))}
          </tr>
          {hasGroups ? (
            <tr>
              {form.columns
                .filter((c) => c.group)
                .map((c) => (
                  <th key={c.key} scope="col">
                    {c.label}
                  </th>
                ))}
            </tr>
          ) : null}
          <tr className="text-center text-xs text-slate-600">
            <td>A</td>
            <td>B</td>
            {fixed === 3 ? <td>C</td> : null}
            <td>{form.totalColumn.number}</td>
            {form.columns.map((c) => (
              <td key={c.key}>{c.number}</td>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r, i) => (
            <tr key={i} className={r.def.heading || r.def.code === '01' ? 'font-semibold' : undefined}>
              <th
                scope="row"
                className="text-left font-[inherit]"
                style={{ paddingLeft: `${0.5 + (r.def.indent ?? 0)}rem` }}
              >
                {r.def.label}
              </th>
              <td className="text-center">{r.def.code}</td>
              {form.unitColumn ? <td className="text-center">{r.def.unit ?? ''}</td> : null}
              <td className="text-right" data-cell={`${r.def.code}:tong`}>
                {r.total === null
                  ? ''
                  : figure(r.total, r.def.code, 'tong', `${r.def.label}, ${form.totalColumn.label}`)}
              </td>
              {form.columns.map((c) => {
                const cell = r.cells.find((x) => x.key === c.key)
                return (
                  <td key={c.key} className="text-right" data-cell={`${r.def.code}:${c.key}`}>
                    {cell
                      ? figure(
                          cell.value,
                          r.def.code,
                          c.key,
                          `${r.def.label}, ${c.group ? `${c.group} ` : ''}${c.label}`,
                        )
                      : ''}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {form.notes.length ? (
        <ul className="mt-3 list-disc space-y-1 pl-5 text-xs text-slate-700">
          {form.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
