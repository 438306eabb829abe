// More than one app server (issue 13): two `next start` replicas on two ports share one database, one
// secret from the environment and one attachments folder. A session opened on one holds on the other,
// and a file uploaded through one downloads byte for byte from the other.
//
// The build is the one the suite's web server has just made (`lib/cli/start.ts --test`); this spec starts
// its own database and its own two servers (ports 3210–3299) and stops exactly those.
import { expect, test } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort, portInUse } from '../../lib/cli/support'
import { createOwnerClient } from '../../lib/db/client'
import { provideTestDatabase, type ProvidedDatabase } from '../../lib/db/local'
import { seedDemo } from '../../lib/seed/demo'
import { PASSWORD } from './support'

const root = path.resolve(import.meta.dirname, '../..')
const SECRET = 'replicas-test-secret-0123456789abcdef0123456789'

// A small PDF whose body holds every byte value: a slip in encoding anywhere shows.
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n', 'latin1'),
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  Buffer.from('\n%%EOF\n', 'latin1'),
])

let db: ProvidedDatabase
let dir: string
const servers: { port: number; child: ChildProcess }[] = []

async function twoFreePorts() {
  const ports: number[] = []
  for (let p = 3210; p < 3300 && ports.length < 2; p++) if (!(await portInUse(p))) ports.push(p)
  if (ports.length < 2) throw new Error('no two free ports in 3210–3299')
  return ports
}

async function startReplica(port: number) {
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        NEXTAUTH_SECRET: SECRET,
        NEXTAUTH_URL: `http://localhost:${port}`,
        NEXT_TELEMETRY_DISABLED: '1',
        TDKT_DATA_DIR: dir,
        TDKT_UPLOAD_DIR: path.join(dir, 'shared-uploads'),
      },
    },
  )
  servers.push({ port, child })
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`replica on ${port} stopped`)
    const ok = await fetch(`http://localhost:${port}/dang-nhap`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return `http://localhost:${port}`
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`replica on ${port} did not start`)
}

test.describe.configure({ mode: 'serial' })

let a: string
let b: string

test.beforeAll(async () => {
  test.setTimeout(120_000)
  dir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-replicas-'))
  db = await provideTestDatabase(() => {}, freePort)
  const owner = createOwnerClient(db.url)
  await seedDemo(owner)
  await owner.$disconnect()
  const [portA, portB] = await twoFreePorts()
  ;[a, b] = await Promise.all([startReplica(portA), startReplica(portB)])
})

test.afterAll(async () => {
  for (const { child } of servers) {
    if (child.exitCode !== null) continue
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGTERM')
    await exited
  }
  await db?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

test('a session opened on one replica holds on the other, and a file uploaded to one downloads from the other', async ({
  page,
}) => {
  test.setTimeout(240_000) // two servers' first requests compile nothing but still warm up on a busy machine
  // Sign in on A.
  await page.goto(`${a}/dang-nhap`)
  await page.getByLabel('Tên đăng nhập').fill('thutruong.anphuoc')
  await page.getByLabel('Mật khẩu').fill(PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/o\/[0-9a-f-]{36}\/tong-quan$/, { timeout: 30_000 }) // scrypt on a busy machine
  const workspace = new URL(page.url()).pathname.split('/')[2]

  // The same cookie on B (cookies are per host, not per port): B knows the session without a sign-in.
  await page.goto(`${b}/o/${workspace}/ho-so-khen-thuong/moi`)
  await expect(page).toHaveURL(`${b}/o/${workspace}/ho-so-khen-thuong/moi`)
  const create = page.getByRole('form', { name: 'Tạo hồ sơ đề nghị khen thưởng' })
  await create.getByLabel('Năm thi đua').fill('2024')
  await create.getByLabel('Tên hồ sơ (trích yếu tờ trình)').fill('Đề nghị khen thưởng năm 2024 (hai máy chủ)')
  await create.getByRole('button', { name: 'Tạo hồ sơ' }).click()
  await expect(page).toHaveURL(/\/ho-so-khen-thuong\/[0-9a-f-]{36}$/, { timeout: 30_000 })
  const dossierId = page.url().split('/').pop()!

  // Upload through A …
  await page.goto(`${a}/o/${workspace}/ho-so-khen-thuong/${dossierId}`)
  await page
    .locator('#attachment-file')
    .setInputFiles({ name: 'To-trinh.pdf', mimeType: 'application/pdf', buffer: PDF })
  await page.getByRole('button', { name: 'Tải lên' }).click()
  const link = page.locator(`a[href*="/ho-so-khen-thuong/${dossierId}/tep/"]`).first()
  await expect(link).toBeVisible({ timeout: 30_000 })
  const href = (await link.getAttribute('href'))!

  // … and download it from B, with the same session.
  const response = await page.request.get(`${b}${href}`)
  expect(response.status()).toBe(200)
  expect(Buffer.compare(await response.body(), PDF)).toBe(0)

  // Without the session B refuses: the file is not simply public.
  const anonymous = await fetch(`${b}${href}`)
  expect(anonymous.status).toBe(401)
})
