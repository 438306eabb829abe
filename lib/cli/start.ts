// npm start   — database (embedded unless DATABASE_URL is set) → migrations → demo data on first run
//               → production build when the sources changed → `next start` on http://localhost:3000.
// npm run dev — the same with `next dev`.
// With --test (used by the Playwright suite) it runs on a fresh throwaway database that it removes
// when stopped.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { appClient, appDatabaseUrl, createOwnerClient } from '../db/client'
import { localDataDir, PROJECT_ROOT, provideAppDatabase, provideTestDatabase, type ProvidedDatabase } from '../db/local'
import { makeTempDir } from '../db/embedded'
import { demoAccounts, DEMO_PASSWORD, seedDemo } from '../seed/demo'
import { seedDemoDossier } from '../seed/demo-dossier'
import { freePort, portInUse, step } from './support'

const dev = process.argv.includes('--dev')
const testMode = process.argv.includes('--test')
const port = Number(process.env.PORT ?? 3000)
const nextBin = path.join(PROJECT_ROOT, 'node_modules/next/dist/bin/next')

if (await portInUse(port)) {
  console.error(`Cổng ${port} đang được dùng bởi chương trình khác. Dừng chương trình đó hoặc đặt PORT=<cổng khác>.`)
  process.exit(1)
}

step(testMode ? 'Chuẩn bị cơ sở dữ liệu kiểm thử…' : 'Chuẩn bị cơ sở dữ liệu…')
let db: ProvidedDatabase & { authSecret?: string }
try {
  db = testMode ? await provideTestDatabase(step, freePort) : await provideAppDatabase(step, freePort)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
step(
  db.embedded ? 'PostgreSQL nhúng đang chạy, migration đã áp dụng.' : 'Đã kết nối DATABASE_URL, migration đã áp dụng.',
)

const owner = createOwnerClient(db.url)
const seeded = await seedDemo(owner)
if (seeded) {
  process.env.DATABASE_URL = db.url // the demo dossier goes through the app's own use cases
  await seedDemoDossier(owner)
  await appClient().$disconnect()
}
await owner.$disconnect()
if (seeded) step('Đã nạp dữ liệu mẫu (hai tỉnh, một tài khoản cho mỗi vai trò).')

let stopping = false
// eslint-disable-next-line prefer-const -- assigned once the server is spawned, below shutdown()
let child: ChildProcess | undefined
async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  child?.kill('SIGTERM')
  await db.stop().catch(() => {})
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

/** A fingerprint of everything the production build depends on. */
function sourceFingerprint() {
  const hash = createHash('sha256')
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) visit(full)
      else hash.update(`${full}:${statSync(full).size}:${statSync(full).mtimeMs}\n`)
    }
  }
  for (const dir of ['app', 'components', 'lib', 'public', 'prisma'])
    if (existsSync(path.join(PROJECT_ROOT, dir))) visit(path.join(PROJECT_ROOT, dir))
  for (const file of ['package-lock.json', 'next.config.ts', 'tsconfig.json', '.postcssrc.json']) {
    if (existsSync(path.join(PROJECT_ROOT, file))) hash.update(readFileSync(path.join(PROJECT_ROOT, file)))
  }
  return hash.digest('hex')
}

const secret = process.env.NEXTAUTH_SECRET ?? db.authSecret ?? 'test-secret-for-playwright-only-0123456789abcdef'
const childEnv = {
  ...process.env,
  // The web server gets the app role's URL only: the owner's stays with this launcher (migrations, seed).
  DATABASE_URL: appDatabaseUrl(db.url),
  NEXTAUTH_SECRET: secret,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: String(port),
  // Uploaded files live outside the web root: in the local data folder, or a throwaway one for tests.
  TDKT_DATA_DIR: localDataDir(),
  TDKT_UPLOAD_DIR:
    process.env.TDKT_UPLOAD_DIR ?? (testMode ? makeTempDir('tdkt-uploads-') : path.join(localDataDir(), 'uploads')),
}

if (!dev) {
  const fingerprintFile = path.join(PROJECT_ROOT, '.next', 'tdkt-source-fingerprint')
  const fingerprint = sourceFingerprint()
  const built = existsSync(fingerprintFile) && readFileSync(fingerprintFile, 'utf8') === fingerprint
  if (!built) {
    step('Biên dịch ứng dụng (next build, khoảng một phút)…')
    const build = spawnSync(process.execPath, [nextBin, 'build'], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
      env: { ...childEnv, NODE_ENV: 'production' },
    })
    if (build.status !== 0) {
      console.error('Biên dịch thất bại.')
      await shutdown(1)
    }
    writeFileSync(fingerprintFile, fingerprint)
  }
}

step(`Khởi động máy chủ web (${dev ? 'next dev' : 'next start'})…`)
child = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '-p', String(port)], {
  cwd: PROJECT_ROOT,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: dev ? childEnv : { ...childEnv, NODE_ENV: 'production' },
})
child.on('exit', (code) => void shutdown(code ?? 0))

for (let i = 0; i < 600 && !(await portInUse(port)); i++) await new Promise((r) => setTimeout(r, 100))
console.log(`\n✔ Ứng dụng sẵn sàng: http://localhost:${port}\n`)
if (!testMode) {
  console.log(`Tài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):`)
  for (const a of demoAccounts()) console.log(`  ${a.username.padEnd(22)} ${a.roles.join(', ').padEnd(28)} ${a.tenant}`)
  console.log('  hoidong1..7.dongnai, hoidong1..4.longthanh: thành viên Hội đồng TĐKT tỉnh, huyện')
  console.log('\nNhấn Ctrl+C để dừng.')
}
