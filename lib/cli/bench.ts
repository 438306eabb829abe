/**
 * npm run bench [-- --scale small|medium] [--runs 30] [--warmup 3] [--verbose]
 *
 * Performance is measured here, by figures, never by timed assertions in tests. Starts a throwaway
 * PostgreSQL as the integration tests do, generates a large realistic tenant (and a small second one,
 * so row-level security has rows to filter out), then times the domain functions the pages call, as
 * the application role, and prints EXPLAIN ANALYZE summaries of a few representative statements.
 * See docs/benchmarks.md for how to read the output.
 */
import { performance } from 'node:perf_hooks'
import { hashPassword } from '../auth/password'
import { appClient, createAppClient, createOwnerClient } from '../db/client'
import { provideTestDatabase, type ProvidedDatabase } from '../db/local'
import type { PrismaClient } from '../generated/prisma/client'
import { benchCases, loadActors } from './bench/cases'
import { explainAll } from './bench/explain'
import { analyze, BATCH_SIZE, generateTenant, type GeneratedTenant } from './bench/generate'
import { measureAll, type MeasureOptions } from './bench/measure'
import { countsTable, explainLines, loadLine, machineLines, resultsTable, seconds } from './bench/report'
import { isScaleName, SCALES, type ScaleName } from './bench/scale'
import { freePort, step } from './support'

const PASSWORD = 'Bench@2026'

type Options = MeasureOptions & { scale: ScaleName; verbose: boolean }

function parseOptions(argv: string[]): Options {
  const options: Options = { scale: 'small', runs: 30, warmup: 3, verbose: false }
  const value = (i: number) => {
    const v = argv[i + 1]
    if (v === undefined) throw new Error(`${argv[i]} needs a value`)
    return v
  }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2) as [string, string | undefined]
    const next = () => inline ?? value(i++)
    if (flag === '--') continue
    else if (flag === '--scale') {
      const scale = next()
      if (!isScaleName(scale)) throw new Error(`--scale must be one of: ${Object.keys(SCALES).join(', ')}`)
      options.scale = scale
    } else if (flag === '--runs') options.runs = positive(flag, next())
    else if (flag === '--warmup') options.warmup = positive(flag, next(), 0)
    else if (flag === '--verbose') options.verbose = true
    else
      throw new Error(
        `unknown option ${argv[i]} (usage: bench [--scale small|medium] [--runs N] [--warmup N] [--verbose])`,
      )
  }
  return options
}

function positive(flag: string, text: string, min = 1) {
  const n = Number(text)
  if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be an integer ≥ ${min}`)
  return n
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const result = await fn()
  return [result, performance.now() - start]
}

async function generate(owner: PrismaClient, scale: ScaleName, year: number) {
  const passwordHash = await hashPassword(PASSWORD)
  const [tenants, generation] = await timed(async () => [
    await generateTenant(owner, {
      code: 'bench-dong-nai',
      provinceName: 'Đồng Nai',
      spec: SCALES[scale],
      passwordHash,
      year,
      seed: 1,
    }),
    await generateTenant(owner, {
      code: 'bench-binh-phuoc',
      provinceName: 'Bình Phước',
      spec: SCALES.small,
      passwordHash,
      year,
      seed: 2,
    }),
  ])
  const [, vacuum] = await timed(() => analyze(owner))
  const rows = tenants.reduce((sum, t) => sum + Object.values(t.counts).reduce((a, b) => a + b, 0), 0)
  console.log(countsTable(tenants))
  console.log(
    `\nGenerated ${rows.toLocaleString('en-US')} rows in ${seconds(generation)} ` +
      `(${Math.round(rows / (generation / 1000)).toLocaleString('en-US')} rows/s, createMany in batches of ${BATCH_SIZE.toLocaleString('en-US')}), then VACUUM (ANALYZE) in ${seconds(vacuum)}`,
  )
  return tenants[0]
}

async function measureTenant(app: PrismaClient, tenant: GeneratedTenant, options: Options, year: number) {
  const ctx = { app, tenant, password: PASSWORD, year }
  const cases = benchCases(ctx, await loadActors(ctx))
  const results = await measureAll(
    cases,
    options,
    options.verbose ? (r) => step(`${r.name}: p50 ${r.p50.toFixed(1)} ms`) : undefined,
  )
  console.log(resultsTable(results))
}

async function run(db: ProvidedDatabase, options: Options) {
  // authenticate() and loadActor() use the shared app client, which reads DATABASE_URL.
  process.env.DATABASE_URL = db.url
  const owner = createOwnerClient(db.url)
  const app = createAppClient(db.url)
  try {
    const [{ version }] = await owner.$queryRaw<{ version: string }[]>`SELECT version()`
    console.log(`PostgreSQL: ${version}\n`)
    const year = new Date().getUTCFullYear()

    step(`Generating the tenants (scale ${options.scale}, plus a small second tenant)`)
    const tenant = await generate(owner, options.scale, year)

    step(
      `Measuring as the application role through withTenant: ${options.runs} runs after ${options.warmup} warm-up runs, one at a time`,
    )
    await measureTenant(app, tenant, options, year)

    step('EXPLAIN (ANALYZE, BUFFERS) as the application role, tenant set (informational)')
    console.log(explainLines(await explainAll(owner, tenant), options.verbose).join('\n'))
  } finally {
    await Promise.allSettled([owner.$disconnect(), app.$disconnect(), appClient().$disconnect()])
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  const started = performance.now()
  console.log(`Benchmark — scale ${options.scale}, ${options.runs} runs after ${options.warmup} warm-up runs`)
  console.log(machineLines().join('\n'))

  step('Starting a throwaway PostgreSQL (as the integration tests do)')
  const quiet = (message: string) => (options.verbose ? step(message) : undefined)
  const db = await provideTestDatabase(quiet, freePort)
  let stopping: Promise<void> | undefined
  const stop = () => (stopping ??= db.stop())
  const interrupt = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping the database…`)
    void stop().finally(() => process.exit(130))
  }
  process.once('SIGINT', interrupt)
  process.once('SIGTERM', interrupt)
  try {
    await run(db, options)
  } finally {
    await stop()
  }
  console.log(`\n${loadLine()}\nTotal time: ${seconds(performance.now() - started)}`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error)
    process.exit(1)
  },
)
