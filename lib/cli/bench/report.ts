// Printing: the machine, and Markdown tables (so a run can be pasted into docs/benchmarks.md as is).
import os from 'node:os'
import type { Explained } from './explain'
import type { Result } from './measure'

export function machineLines() {
  const cpus = os.cpus()
  return [
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}`,
    `Node: ${process.version}`,
    loadLine(),
  ]
}

/** Other work on the machine skews every figure: print the load next to them. */
export const loadLine = () =>
  `Load average (1/5/15 min): ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')}`

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

type Align = 'left' | 'right'

/** A Markdown table whose columns line up in a terminal too. */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
) {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)))
  const pad = (text: string, c: number) => (align[c] === 'right' ? text.padStart(widths[c]) : text.padEnd(widths[c]))
  const line = (cells: readonly string[]) => `| ${cells.map(pad).join(' | ')} |`
  const rule = `|${widths.map((w, c) => (align[c] === 'right' ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`
  return [line(headers), rule, ...rows.map(line)].join('\n')
}

const ms = (value: number) => value.toFixed(1)

export function resultsTable(results: readonly Result[]) {
  return markdownTable(
    ['operation', 'runs', 'p50 ms', 'p95 ms', 'max ms', 'rows', 'note'],
    results.map((r) => [r.name, String(r.runs), ms(r.p50), ms(r.p95), ms(r.max), String(r.rows), r.note]),
    ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
  )
}

export function countsTable(tenants: readonly { code: string; counts: Record<string, number> }[]) {
  const tables = [...new Set(tenants.flatMap((t) => Object.keys(t.counts)))]
  return markdownTable(
    ['table', ...tenants.map((t) => t.code)],
    tables.map((table) => [table, ...tenants.map((t) => (t.counts[table] ?? 0).toLocaleString('en-US'))]),
    ['left', ...tenants.map(() => 'right' as const)],
  )
}

export function explainLines(results: readonly Explained[], verbose: boolean) {
  return results.flatMap((r) => [
    `- ${r.name}`,
    `    top node:  ${r.firstLine}`,
    `    scans:     ${r.scans.join('; ') || '(none)'}`,
    `    index:     ${r.usesIndex ? 'yes' : 'NO'}${r.seqScans.length ? ` (sequential: ${r.seqScans.join('; ')})` : ''}`,
    `    execution: ${r.executionMs === null ? '?' : `${r.executionMs.toFixed(2)} ms`}`,
    ...(verbose ? r.plan.map((line) => `      ${line}`) : []),
  ])
}
