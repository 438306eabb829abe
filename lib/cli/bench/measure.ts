// Runs a case a number of times after a few warm-up runs and summarises the wall-clock durations.
// Runs are sequential: this measures latency of one request on an idle server, not throughput.
import { performance } from 'node:perf_hooks'

/** What one run reports: the rows the caller got back, and optionally a short remark (e.g. a total). */
export type Outcome = { rows: number; note?: string }

export type BenchCase = { name: string; run: () => Promise<Outcome> }

export type Result = { name: string; runs: number; p50: number; p95: number; max: number; rows: number; note: string }

export type MeasureOptions = { warmup: number; runs: number }

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number) {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

export async function measure(bench: BenchCase, options: MeasureOptions): Promise<Result> {
  let outcome: Outcome = { rows: 0 }
  for (let i = 0; i < options.warmup; i++) outcome = await bench.run()
  const durations: number[] = []
  for (let i = 0; i < options.runs; i++) {
    const start = performance.now()
    outcome = await bench.run()
    durations.push(performance.now() - start)
  }
  durations.sort((a, b) => a - b)
  return {
    name: bench.name,
    runs: options.runs,
    p50: percentile(durations, 50),
    p95: percentile(durations, 95),
    max: durations[durations.length - 1],
    rows: outcome.rows,
    note: outcome.note ?? '',
  }
}

export async function measureAll(
  cases: readonly BenchCase[],
  options: MeasureOptions,
  onResult: (r: Result) => void = () => {},
) {
  const results: Result[] = []
  for (const bench of cases) {
    const result = await measure(bench, options)
    onResult(result)
    results.push(result)
  }
  return results
}
