/**
 * npm run bench:http [-- --rounds 4] [--users 1,10,50] [--only nhan-su] [--port 3200] [--small]
 *
 * The HTTP load benchmark: a province-scale tenant (100,000 people, 1,000,000 award records, five years
 * of plans, registrations, dossiers and decisions, a 1,000,000-row journal) plus a small second tenant in
 * a throwaway PostgreSQL, the built app started on it, a session per role, then every main page, search
 * and export driven by autocannon at 1, 10 and 50 concurrent users. Each route is read against the floor
 * (/o/<unit>/san: the same session check and layout, no data) measured on the same server at the same
 * concurrency. Prints requests/s, p50/p95/p99 and p95 ÷ floor p95. Nothing is asserted.
 *
 * Each measurement is a fixed number of requests (max(20, users × rounds)), all awaited: a time window
 * would leave slow requests running into the next route's measurement and pile up.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { hashPassword } from '../auth/password'
import { provideTestDatabase } from '../db/local'
import { generateHttpTenant, NEIGHBOUR, PROVINCE, type HttpTenant } from './bench-http/generate'
import { measure, type LoadResult } from './bench-http/load'
import { signIn, startApp, treeRssMiB, type AppServer } from './bench-http/server'
import { loadLine, machineLines, markdownTable, seconds } from './bench/report'
import { freePort, step } from './support'

const PASSWORD = 'Bench@2026'

type Options = { rounds: number; users: number[]; only: string | null; port: number; small: boolean }

function parseOptions(argv: string[]): Options {
  const options: Options = { rounds: 4, users: [1, 10, 50], only: null, port: 3200, small: false }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2) as [string, string | undefined]
    const next = () => {
      const v = inline ?? argv[++i]
      if (v === undefined) throw new Error(`${flag} needs a value`)
      return v
    }
    if (flag === '--') continue
    else if (flag === '--rounds') options.rounds = Number(next())
    else if (flag === '--users') options.users = next().split(',').map(Number)
    else if (flag === '--only') options.only = next()
    else if (flag === '--port') options.port = Number(next())
    else if (flag === '--small') options.small = true
    else throw new Error(`unknown option ${argv[i]} (see the comment at the top of lib/cli/bench-http.ts)`)
  }
  if (
    !(Number.isInteger(options.rounds) && options.rounds > 0) ||
    options.users.some((u) => !Number.isInteger(u) || u < 1)
  )
    throw new Error('--rounds must be a positive integer and --users a list of positive integers')
  return options
}

type Route = { name: string; path: string; account: string; export?: boolean }

/** Every main page, search and export, each as the role that works there. */
function routesOf(t: HttpTenant, year: number): Route[] {
  const root = `/o/${t.root.id}`
  const district = `/o/${t.district.id}`
  const commune = `/o/${t.commune.id}`
  const admin = `${t.code}.quantri`
  const sec = `${t.code}.noivu`
  const dsec = `${t.code}.noivu.h1`
  const head = t.accounts.find((a) => a.role === 'UNIT_HEAD')!.username
  const q = (s: string) => encodeURIComponent(s)
  return [
    { name: 'tổng quan (quản trị, tỉnh)', path: `${root}/tong-quan`, account: admin },
    { name: 'nhật ký (quản trị, cả tỉnh)', path: `${root}/quan-tri/nhat-ky`, account: admin },
    { name: 'nhật ký trang 200 (quản trị)', path: `${root}/quan-tri/nhat-ky?trang=200`, account: admin },
    { name: 'đơn vị (quản trị)', path: `${root}/quan-tri/don-vi`, account: admin },
    { name: 'tài khoản (quản trị)', path: `${root}/quan-tri/tai-khoan`, account: admin },
    { name: 'tài khoản, tìm "noivu"', path: `${root}/quan-tri/tai-khoan?q=noivu`, account: admin },
    { name: 'kế hoạch (Nội vụ tỉnh)', path: `${root}/ke-hoach`, account: sec },
    { name: 'kế hoạch, tìm "ke hoach quy"', path: `${root}/ke-hoach?q=${q('ke hoach quy')}`, account: sec },
    { name: 'kế hoạch, tìm "sáng kiến"', path: `${root}/ke-hoach?q=${q('sáng kiến')}`, account: sec },
    { name: 'một kế hoạch (tỉnh)', path: `${root}/ke-hoach/${t.samples.planId}`, account: sec },
    { name: 'nhân sự (đơn vị tỉnh)', path: `${root}/nhan-su`, account: sec },
    { name: 'nhân sự cả tỉnh', path: `${root}/nhan-su?don-vi=tat-ca`, account: sec },
    {
      name: 'nhân sự cả tỉnh, tìm "nguyen van"',
      path: `${root}/nhan-su?don-vi=tat-ca&q=${q('nguyen van')}`,
      account: sec,
    },
    { name: 'nhân sự cả tỉnh, trang 100', path: `${root}/nhan-su?don-vi=tat-ca&trang=100`, account: sec },
    { name: 'một cán bộ', path: `${root}/nhan-su/${t.samples.personId}`, account: sec },
    {
      name: 'lịch sử khen thưởng (cán bộ)',
      path: `${root}/ho-so-khen-thuong/lich-su?nguoi=${t.samples.personId}`,
      account: sec,
    },
    { name: 'sổ vàng (tỉnh)', path: `${root}/so-vang`, account: sec },
    { name: 'sổ vàng trang 100 (tỉnh)', path: `${root}/so-vang?trang=100`, account: sec },
    { name: 'sổ vàng, tìm "nguyen van"', path: `${root}/so-vang?q=${q('nguyen van')}`, account: sec },
    { name: 'sổ vàng, tìm "125/qđ"', path: `${root}/so-vang?q=${q('125/qđ')}`, account: sec },
    { name: 'thống kê biểu 0603.N (tỉnh)', path: `${root}/thong-ke?bieu=0603.N&nam=${year - 1}`, account: sec },
    { name: 'hồ sơ (Nội vụ tỉnh)', path: `${root}/ho-so-khen-thuong`, account: sec },
    { name: 'đăng ký thi đua (tỉnh)', path: `${root}/dang-ky-thi-dua`, account: sec },
    { name: 'hội đồng (tỉnh)', path: `${root}/hoi-dong`, account: sec },
    { name: 'phong trào (tỉnh)', path: `${root}/phong-trao`, account: sec },
    { name: 'khối thi đua (tỉnh)', path: `${root}/khoi-thi-dua`, account: sec },
    { name: 'hồ sơ (Nội vụ huyện)', path: `${district}/ho-so-khen-thuong`, account: dsec },
    { name: 'một hồ sơ', path: `${district}/ho-so-khen-thuong/${t.samples.dossierId}`, account: dsec },
    { name: 'một quyết định', path: `${district}/ho-so-khen-thuong/quyet-dinh/${t.samples.decisionId}`, account: dsec },
    { name: 'kế hoạch huyện', path: `${district}/ke-hoach/${t.samples.districtPlanId}`, account: dsec },
    { name: 'đăng ký thi đua (huyện)', path: `${district}/dang-ky-thi-dua`, account: dsec },
    { name: 'nhật ký (huyện, cây đơn vị)', path: `${district}/quan-tri/nhat-ky`, account: dsec },
    { name: 'sổ vàng (huyện)', path: `${district}/so-vang`, account: dsec },
    {
      name: 'nhân sự huyện, tìm "tran thi"',
      path: `${district}/nhan-su?don-vi=tat-ca&q=${q('tran thi')}`,
      account: dsec,
    },
    { name: 'tổng quan (thủ trưởng xã)', path: `${commune}/tong-quan`, account: head },
    { name: 'nhân sự (thủ trưởng xã)', path: `${commune}/nhan-su`, account: head },
    { name: 'đăng ký thi đua (xã)', path: `${commune}/dang-ky-thi-dua`, account: head },
    { name: 'tổng quan (lãnh đạo)', path: `${root}/tong-quan`, account: `${t.code}.lanhdao` },
    { name: 'hội đồng (thành viên)', path: `${root}/hoi-dong`, account: `${t.code}.hoidong` },
    { name: 'kế hoạch (người xem)', path: `${root}/ke-hoach`, account: `${t.code}.xem` },
    { name: 'xuất nhân sự cả tỉnh .xlsx', path: `${root}/nhan-su/xuat?dinh-dang=xlsx`, account: sec, export: true },
    { name: 'xuất nhân sự cả tỉnh .csv', path: `${root}/nhan-su/xuat?dinh-dang=csv`, account: sec, export: true },
    {
      name: 'xuất tổng hợp đăng ký .xlsx (huyện)',
      path: `${district}/dang-ky-thi-dua/xuat?nam=${year}&loai=xlsx`,
      account: dsec,
      export: true,
    },
  ]
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '–')

async function main() {
  const options = parseOptions(process.argv.slice(2))
  const started = performance.now()
  for (const line of machineLines()) console.log(line)
  const year = new Date().getFullYear()
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-bench-http-'))
  step('Cơ sở dữ liệu tạm…')
  const db = await provideTestDatabase(() => {}, freePort)
  let app: AppServer | undefined
  const cleanup = async () => {
    await app?.stop().catch(() => {})
    await db.stop().catch(() => {})
    rmSync(dataDir, { recursive: true, force: true })
  }
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)))
  try {
    const owner = new pg.Client({ connectionString: db.url })
    await owner.connect()
    const passwordHash = await hashPassword(PASSWORD)
    const genStart = performance.now()
    const scale = options.small
      ? { ...NEIGHBOUR, people: 10_000, awardRecords: 100_000, auditEvents: 100_000 }
      : PROVINCE
    const main = await generateHttpTenant(
      owner,
      { code: 'dongnai', provinceName: 'Đồng Nai', scale, passwordHash, year, seed: 1 },
      step,
    )
    const neighbour = await generateHttpTenant(
      owner,
      { code: 'binhphuoc', provinceName: 'Bình Phước', scale: NEIGHBOUR, passwordHash, year, seed: 2 },
      step,
    )
    await owner.query('VACUUM (ANALYZE)')
    await owner.end()
    step(`Dữ liệu đã sinh trong ${seconds(performance.now() - genStart)}`)
    console.log(
      '\n' +
        markdownTable(
          ['table', main.code, neighbour.code],
          Object.keys(main.counts).map((t) => [
            t,
            main.counts[t].toLocaleString('en'),
            (neighbour.counts[t] ?? 0).toLocaleString('en'),
          ]),
          ['left', 'right', 'right'],
        ) +
        '\n',
    )

    step('Khởi động ứng dụng đã biên dịch…')
    app = await startApp({
      port: options.port,
      databaseUrl: db.url,
      secret: 'bench-http-secret-0123456789abcdef0123456789',
      dataDir,
      log: () => {},
    })
    const routes = routesOf(main, year).filter(
      (r) => !options.only || r.name.includes(options.only) || r.path.includes(options.only),
    )
    const cookies = new Map<string, string>()
    for (const account of new Set(routes.map((r) => r.account).concat(`${main.code}.quantri`)))
      cookies.set(account, await signIn(app.baseUrl, account, PASSWORD))
    step(`Đã đăng nhập ${cookies.size} tài khoản`)

    // Each route once, unmeasured: its status (a route that does not answer 200 is reported, not measured).
    const statuses = new Map<string, number>()
    for (const r of routes) {
      const response = await fetch(app.baseUrl + r.path, {
        headers: { cookie: cookies.get(r.account)! },
        redirect: 'manual',
      })
      await response.arrayBuffer()
      statuses.set(r.path + r.account, response.status)
    }
    const floorPath = `/o/${main.root.id}/san`
    const floorCookie = cookies.get(`${main.code}.quantri`)!
    const rows: string[][] = []
    const print = (route: string, users: number, result: LoadResult, floor: LoadResult | null) => {
      const row = [
        route,
        String(users),
        result.rps.toFixed(1),
        ms(result.p50),
        ms(result.p95),
        ms(result.p99),
        floor ? (result.p95 / floor.p95).toFixed(1) : '1.0',
        String(result.failures),
      ]
      rows.push(row)
      console.log(row.join(' | '))
    }
    for (const users of options.users) {
      const amount = Math.max(20, users * options.rounds)
      step(`${users} người dùng đồng thời, ${amount} yêu cầu mỗi trang · ${loadLine()}`)
      await measure({ url: app.baseUrl + floorPath, cookie: floorCookie, connections: users, amount: users }) // warm-up
      const floor = await measure({
        url: app.baseUrl + floorPath,
        cookie: floorCookie,
        connections: users,
        amount,
      })
      print('SÀN /o/…/san', users, floor, null)
      for (const r of routes) {
        if (r.export) continue
        const status = statuses.get(r.path + r.account)
        if (status !== 200) {
          if (users === options.users[0]) console.log(`${r.name}: HTTP ${status}, not measured`)
          continue
        }
        const result = await measure({
          url: app.baseUrl + r.path,
          cookie: cookies.get(r.account)!,
          connections: users,
          amount,
        })
        print(r.name, users, result, floor)
      }
    }
    console.log(
      '\n' +
        markdownTable(['route', 'users', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'p95 ÷ floor', 'errors'], rows, [
          'left',
          'right',
          'right',
          'right',
          'right',
          'right',
          'right',
          'right',
        ]),
    )

    step('Xuất tệp (1 người dùng, 3 lần mỗi tệp; bộ nhớ của máy chủ: trước → cao nhất)')
    const exportRows: string[][] = []
    for (const r of routes.filter((x) => x.export)) {
      const before = treeRssMiB(app.child.pid!)
      let peak = before
      const sampler = setInterval(() => (peak = Math.max(peak, treeRssMiB(app!.child.pid!))), 100)
      const t0 = performance.now()
      const response = await fetch(app.baseUrl + r.path, { headers: { cookie: cookies.get(r.account)! } })
      const bytes = (await response.arrayBuffer()).byteLength
      const first = performance.now() - t0
      const result = await measure({
        url: app.baseUrl + r.path,
        cookie: cookies.get(r.account)!,
        connections: 1,
        amount: 2,
      })
      clearInterval(sampler)
      exportRows.push([
        r.name,
        String(response.status),
        `${(bytes / 2 ** 20).toFixed(1)} MiB`,
        ms(first),
        ms(result.p50),
        `${before.toFixed(0)} → ${peak.toFixed(0)} MiB`,
      ])
    }
    console.log(
      '\n' +
        markdownTable(['export', 'HTTP', 'size', 'first ms', 'p50 ms', 'server RSS'], exportRows, [
          'left',
          'right',
          'right',
          'right',
          'right',
          'right',
        ]),
    )
    console.log(`\n${loadLine()}\nTotal ${seconds(performance.now() - started)}`)
  } finally {
    await cleanup()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
