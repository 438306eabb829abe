/**
 * npm run bench:stats [-- --people 100000 --awards 1000000 --runs 10 --warmup 2]
 *
 * The statistics forms and the award register at the scale of a large province: a throwaway PostgreSQL,
 * one demo-shaped tenant grown with INSERT … SELECT generate_series to --people people and --awards award
 * records over ten years (plus 500 communes and 2,000 movements), a small second tenant so row-level
 * security has rows to hide, then each form, register pages and searches timed as the application role
 * through withTenant, and the register's .xlsx export streamed into a counting sink while the heap is
 * sampled. Figures go to docs/benchmarks.md ("Thống kê và sổ vàng"); never timed assertions in tests.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { Writable } from 'node:stream'
import { loadActor, type Actor } from '../auth/actor'
import { hashPassword } from '../auth/password'
import { appClient, createOwnerClient } from '../db/client'
import { ensureDatabase, startEmbeddedPostgres } from '../db/embedded'
import { provideTestDatabase } from '../db/local'
import { migrate } from '../db/migrate'
import type { PrismaClient } from '../generated/prisma/client'
import { DEMO_TENANTS, seedTenant } from '../seed/demo'
import { FORM_CODES } from '../stats/forms'
import { registerPage, streamRegisterXlsx } from '../stats/register'
import { statisticsForm } from '../stats/report-form'
import { measureAll, type BenchCase } from './bench/measure'
import { loadLine, machineLines, resultsTable, seconds } from './bench/report'
import { freePort, step } from './support'

type Options = { people: number; awards: number; runs: number; warmup: number; export: number; dataDir: string | null }

function parse(argv: string[]): Options {
  const o: Options = { people: 100_000, awards: 1_000_000, runs: 10, warmup: 2, export: 1, dataDir: null }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2)
    if (flag === '--') continue
    if (flag === '--data-dir') {
      o.dataDir = path.resolve(inline ?? argv[++i])
      continue
    }
    const key = flag.replace(/^--/, '') as Exclude<keyof Options, 'dataDir'>
    if (!(key in o))
      throw new Error(`unknown option ${flag} (--people, --awards, --runs, --warmup, --export, --data-dir)`)
    const n = Number(inline ?? argv[++i])
    if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number`)
    o[key] = n
  }
  return o
}

/**
 * --data-dir DIR: an embedded server kept in DIR (port and password in DIR/bench.json), so the generated
 * province survives the run and the next run (or EXPLAIN in psql) reuses it instead of generating again.
 */
async function persistentDatabase(dir: string) {
  mkdirSync(dir, { recursive: true })
  chmodSync(dir, 0o755)
  const file = path.join(dir, 'bench.json')
  const state = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { port: number; password: string })
    : { port: await freePort(), password: 'bench' }
  writeFileSync(file, JSON.stringify(state))
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), ...state })
  await ensureDatabase(server.url('postgres'), 'tdkt_bench')
  const url = server.url('tdkt_bench')
  await migrate(url, { log: () => {} })
  console.log(`persistent database: ${url}`)
  return { url, stop: server.stop }
}

const AWARD_MIX = `(ARRAY['LDTT','LDTT','LDTT','LDTT','LDTT','LDTT','CSTD_CO_SO','CSTD_CO_SO','GIAY_KHEN','GIAY_KHEN',
  'BANG_KHEN_TINH','CSTD_TINH','BANG_KHEN_TTG','HUAN_CHUONG'])`
const COLLECTIVE_MIX = `(ARRAY['GIAY_KHEN','GIAY_KHEN','BANG_KHEN_TINH','BANG_KHEN_TTG'])`
const CATEGORIES = `(ARRAY['LANH_DAO_TINH','LANH_DAO_SO','DOANH_NHAN','LANH_DAO_KHAC','TRUC_TIEP','TRUC_TIEP','TRUC_TIEP','TRUC_TIEP'])`
const METHODS = `(ARRAY['THUONG_XUYEN','THUONG_XUYEN','THUONG_XUYEN','THUONG_XUYEN','CHUYEN_DE','DOT_XUAT','CONG_HIEN','NIEN_HAN'])`
const NAMES = `(ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Võ','Đặng','Bùi','Đỗ'])`
const MIDDLE = `(ARRAY['Văn','Thị','Minh','Ngọc','Hữu','Thanh','Đức','Thu'])`

async function grow(owner: PrismaClient, tenantId: string, people: number, awards: number) {
  const [root] = await owner.$queryRaw<{ id: string; path: string }[]>`
    SELECT id, path FROM "Organization" WHERE "tenantId" = ${tenantId}::uuid AND "parentId" IS NULL`
  // 500 communes under the province's districts (the two-tier shape would hang them under the root).
  await owner.$executeRawUnsafe(
    `WITH d AS (SELECT id, path, row_number() OVER (ORDER BY id) - 1 AS k
                  FROM "Organization" WHERE "tenantId" = $1::uuid AND level = 'HUYEN' AND kind = 'CHINH_QUYEN'),
          g AS (SELECT gen_random_uuid() AS id, i FROM generate_series(1, 500) i)
     INSERT INTO "Organization" (id, "tenantId", "parentId", name, level, kind, path, depth, "updatedAt")
     SELECT g.id, $1::uuid, d.id, 'Ủy ban nhân dân xã Thử ' || g.i, 'XA', 'CHINH_QUYEN', d.path || g.id || '/', 2, now()
       FROM g JOIN d ON d.k = g.i % $2::int`,
    tenantId,
    await owner.organization.count({ where: { tenantId, level: 'HUYEN', kind: 'CHINH_QUYEN' } }),
  )
  // Joins on "i % <count>" with the count as a constant: a hash join, not a nested loop over all pairs.
  const units = await owner.organization.count({ where: { tenantId } })
  await owner.$executeRawUnsafe(
    `WITH u AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k
                  FROM "Organization" WHERE "tenantId" = $1::uuid)
     INSERT INTO "Person" (id, "tenantId", "organizationId", "fullName", gender, "isLeader", "staffCategory",
                           "searchText", "updatedAt")
     SELECT gen_random_uuid(), $1::uuid, u.id,
            ${NAMES}[1 + i % 10] || ' ' || ${MIDDLE}[1 + (i / 10) % 8] || ' ' || 'Người ' || i,
            (CASE WHEN i % 2 = 0 THEN 'NU' ELSE 'NAM' END)::"Gender", i % 7 = 0,
            ${CATEGORIES}[1 + i % 8]::"StaffCategory", '', now()
       FROM generate_series(1, $2::int) i JOIN u ON u.k = i % $3::int`,
    tenantId,
    people,
    units,
  )
  const persons = await owner.person.count({ where: { tenantId } })
  // Award records: triggers off while bulk loading (the owner may), searchText computed set-based by the
  // same fold the trigger uses; one in ten is a collective award to the person's unit. Record i goes to
  // person i mod N in year 2016 + (i div N) mod 10, so a person holds at most one award a year (the ledger's
  // one-title-per-year indexes, migration *_evidence_ledger_rules); collective records take only forms that
  // are not yearly titles, for the same reason. ON CONFLICT: the demo seed's own history rows.
  const YEAR = `2016 + (i / ${persons}) % 10`
  await owner.$executeRawUnsafe(`ALTER TABLE "AwardRecord" DISABLE TRIGGER award_record_search_text`)
  await owner.$executeRawUnsafe(
    `WITH p AS (SELECT p.id, p."organizationId", p."fullName", o.name AS unit, row_number() OVER (ORDER BY p.id) - 1 AS k
                  FROM "Person" p JOIN "Organization" o ON o.id = p."organizationId" WHERE p."tenantId" = $1::uuid)
     INSERT INTO "AwardRecord" (id, "tenantId", "personId", "organizationId", year, award, method, "decisionNumber",
                                "decidedOn", "decidedBy", "searchText")
     SELECT gen_random_uuid(), $1::uuid, CASE WHEN i % 10 = 0 THEN NULL ELSE p.id END, p."organizationId",
            ${YEAR}, CASE WHEN i % 10 = 0 THEN ${COLLECTIVE_MIX}[1 + (i / 10) % 4] ELSE ${AWARD_MIX}[1 + (i / 10) % 14] END,
            ${METHODS}[1 + i % 8]::"AwardMethod",
            (1 + i % 900) || '/QĐ-UBND', make_date(${YEAR}, 12, 20), 'Ủy ban nhân dân',
            tdkt_fold(concat_ws(' ', CASE WHEN i % 10 = 0 THEN NULL ELSE p."fullName" END, p.unit,
                                (1 + i % 900) || '/QĐ-UBND', 'Ủy ban nhân dân'))
       FROM generate_series(1, $2::int) i JOIN p ON p.k = i % $3::int
     ON CONFLICT DO NOTHING`,
    tenantId,
    awards,
    persons,
  )
  await owner.$executeRawUnsafe(`ALTER TABLE "AwardRecord" ENABLE TRIGGER award_record_search_text`)
  await owner.$executeRawUnsafe(
    `WITH u AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k
                  FROM "Organization" WHERE "tenantId" = $1::uuid)
     INSERT INTO "Movement" (id, "tenantId", "organizationId", name, kind, "fromDate", "toDate", content)
     SELECT gen_random_uuid(), $1::uuid, u.id, 'Phong trào ' || i,
            (CASE WHEN i % 3 = 0 THEN 'CHUYEN_DE' ELSE 'THUONG_XUYEN' END)::"MovementKind",
            make_date(2016 + i % 10, 1, 1), make_date(2016 + i % 10 + i % 4, 12, 31), 'Nội dung'
       FROM generate_series(1, 2000) i JOIN u ON u.k = i % $2::int`,
    tenantId,
    units + 500,
  )
  return root
}

/** The generated tenant: made once (seeded, grown, analysed), or found in a --data-dir database. */
async function benchTenant(owner: PrismaClient, options: Options) {
  const found = async () => {
    const tenant = await owner.tenant.findUnique({ where: { code: 'bench-stats' }, select: { id: true } })
    if (!tenant) return null
    const [root] = await owner.$queryRaw<{ id: string; path: string }[]>`
      SELECT id, path FROM "Organization" WHERE "tenantId" = ${tenant.id}::uuid AND "parentId" IS NULL`
    const user = await owner.user.findFirstOrThrow({ where: { tenantId: tenant.id, username: 'noivu.dongnai' } })
    const district = await owner.organization.findFirstOrThrow({
      where: { tenantId: tenant.id, name: 'Ủy ban nhân dân huyện Long Thành' },
    })
    return { tenantId: tenant.id, root, userId: user.id, district: district.id }
  }
  const existing = await found()
  if (existing) {
    const records = await owner.awardRecord.count({ where: { tenantId: existing.tenantId } })
    if (records < options.awards / 2)
      throw new Error(
        `the tenant in --data-dir holds ${records} award records only (an interrupted run): delete the folder`,
      )
    step(`Reusing the tenant generated earlier in --data-dir (${records.toLocaleString('en-US')} award records)`)
    return existing
  }
  const hash = await hashPassword('Bench@2026')
  const big = await seedTenant(owner, { ...DEMO_TENANTS[0], code: 'bench-stats' }, hash)
  const small = await seedTenant(
    owner,
    {
      ...DEMO_TENANTS[1],
      code: 'bench-stats-2',
      accounts: DEMO_TENANTS[1].accounts.map((a) => ({ ...a, username: `${a.username}.2` })),
    },
    hash,
  )
  step('Generating with INSERT … SELECT generate_series')
  const t0 = performance.now()
  await grow(owner, big.id, options.people, options.awards)
  await grow(owner, small.id, Math.ceil(options.people / 20), Math.ceil(options.awards / 20))
  await owner.$executeRawUnsafe('VACUUM (ANALYZE)')
  console.log(`generated and analysed in ${seconds(performance.now() - t0)}`)
  return (await found())!
}

/** Streams the export into a sink that only counts bytes, sampling the heap every 50 ms. */
async function exportOnce(actor: Actor, unitId: string) {
  let bytes = 0
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length
      done()
    },
  })
  global.gc?.()
  const base = process.memoryUsage().heapUsed
  let peak = base
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 50)
  const start = performance.now()
  const rows = await streamRegisterXlsx(actor, { unitId }, sink)
  await new Promise((resolve) => (sink.writableFinished ? resolve(null) : sink.once('finish', resolve)))
  clearInterval(timer)
  return { rows, bytes, ms: performance.now() - start, heapGrowthMb: (peak - base) / 1048576 }
}

async function main() {
  const options = parse(process.argv.slice(2))
  const started = performance.now()
  console.log(
    `Statistics benchmark — ${options.people.toLocaleString('en-US')} people, ${options.awards.toLocaleString('en-US')} award records`,
  )
  console.log(machineLines().join('\n'))
  step('Starting a throwaway PostgreSQL and migrating')
  const db = options.dataDir ? await persistentDatabase(options.dataDir) : await provideTestDatabase(() => {}, freePort)
  process.env.DATABASE_URL = db.url
  const owner = createOwnerClient(db.url)
  try {
    const { tenantId, root, userId, district } = await benchTenant(owner, options)
    const actor = (await loadActor({ userId, tenantId, sessionVersion: 1 }))!
    const year = 2025
    const cases: BenchCase[] = [
      ...FORM_CODES.map((code) => ({
        name: `form ${code}, province, ${year}`,
        run: async () => {
          const r = await statisticsForm(actor, { code, year, unitId: root.id })
          return { rows: r.rows.length, note: `total ${r.rows[0].total}` }
        },
      })),
      {
        name: `form 0603.N, district, ${year}`,
        run: async () => {
          const r = await statisticsForm(actor, { code: '0603.N', year, unitId: district })
          return { rows: r.rows.length, note: `total ${r.rows[0].total}` }
        },
      },
      ...(
        [
          ['register page 1, province, no filter', { unitId: root.id }, 1],
          ['register page 100, province, no filter', { unitId: root.id }, 100],
          ['register page 1, province, year 2025', { unitId: root.id, year }, 1],
          ['register page 1, search "nguoi 4242" (rare)', { unitId: root.id, q: 'nguoi 4242' }, 1],
          ['register page 1, search "nguyen van" (common)', { unitId: root.id, q: 'nguyen van' }, 1],
          ['register page 1, search "125/qđ" (decision)', { unitId: root.id, q: '125/qđ' }, 1],
          ['register page 1, search "nguyen" (very common)', { unitId: root.id, q: 'nguyen' }, 1],
          ['register page 20, search "nguyen van"', { unitId: root.id, q: 'nguyen van' }, 20],
          ['register page 1, district, search "nguyen van"', { unitId: district, q: 'nguyen van' }, 1],
          ['register page 1, search "nguyen van", year 2025', { unitId: root.id, q: 'nguyen van', year }, 1],
          [
            'register page 1, figure 0603.N 05 × Bằng khen',
            { unitId: root.id, figure: { form: '0603.N', year, row: '05', column: 'bang_khen' } },
            1,
          ],
          ['register page 1, district', { unitId: district }, 1],
        ] as const
      ).map(([name, filter, page]) => ({
        name,
        run: async () => {
          const r = await registerPage(actor, filter, page)
          return { rows: r.rows.length, note: `${r.more ? '>' : ''}${r.total}` }
        },
      })),
    ]
    step(`Measuring as the application role: ${options.runs} runs after ${options.warmup} warm-up runs`)
    console.log(resultsTable(await measureAll(cases, options)))
    if (options.export) {
      step('Streaming the register export (.xlsx) of the district, then of the whole province')
      for (const [label, unitId] of [
        ['district', district],
        ['province', root.id],
      ] as const) {
        const e = await exportOnce(actor, unitId)
        console.log(
          `export ${label}: ${e.rows.toLocaleString('en-US')} rows, ${(e.bytes / 1048576).toFixed(1)} MB in ${seconds(e.ms)}, heap growth ≤ ${e.heapGrowthMb.toFixed(0)} MB`,
        )
      }
    }
  } finally {
    await Promise.allSettled([owner.$disconnect(), appClient().$disconnect()])
    await db.stop()
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
