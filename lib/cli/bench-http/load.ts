// One measurement: `connections` concurrent users (keep-alive connections, one request in flight each)
// asking for one URL for a fixed time, with autocannon. Latencies are recorded per response so that
// p95 can be read (autocannon's own summary has p90 and p97.5, not p95).
import autocannon from 'autocannon'

export type LoadResult = {
  requests: number
  rps: number
  p50: number
  p95: number
  p99: number
  /** responses that were not 2xx, and socket errors or timeouts */
  failures: number
}

export function percentile(sorted: readonly number[], p: number) {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

export async function measure(options: {
  url: string
  cookie: string
  connections: number
  seconds?: number
  amount?: number
}): Promise<LoadResult> {
  const latencies: number[] = []
  let failures = 0
  let instance: autocannon.Instance | undefined
  const done: Promise<autocannon.Result> = new Promise((resolve, reject) => {
    instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        pipelining: 1,
        timeout: 120,
        headers: { cookie: options.cookie, accept: 'text/html' },
        ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 10 }),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    )
  })
  instance!.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime)
    if (statusCode < 200 || statusCode >= 300) failures++
  })
  const result = await done
  latencies.sort((a, b) => a - b)
  const elapsed = result.duration || 1
  return {
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failures: failures + result.errors + result.timeouts,
  }
}
