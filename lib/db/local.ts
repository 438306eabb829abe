// Where a local installation keeps its state (embedded database, generated secrets), and how the app
// and the tests get a migrated database whether or not DATABASE_URL is set.
import { randomBytes, createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { ensureDatabase, makeTempDir, startEmbeddedPostgres } from './embedded'
import { migrate } from './migrate'
import { readEnv } from '../env'

// Under Node (launcher, tests) this module knows where it is; bundled into the Next server it may not
// (import.meta.dirname is undefined there), but the launcher starts Next in the project folder.
export const PROJECT_ROOT =
  typeof import.meta.dirname === 'string' ? path.resolve(import.meta.dirname, '../..') : process.cwd()

type LocalState = { pgPassword: string; pgPort: number; authSecret: string }

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

/** Every folder above `dir` lets others pass (the embedded server runs as `postgres` when we are root). */
function traversableByOthers(dir: string) {
  for (let current = dir; ; current = path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) return false
    if (path.dirname(current) === current) return true
  }
}

export function localDataDir() {
  const data = readEnv('TDKT_DATA_DIR')
  if (data) return path.resolve(data)
  if (isRoot() && !traversableByOthers(PROJECT_ROOT)) {
    const key = createHash('sha256').update(PROJECT_ROOT).digest('hex').slice(0, 12)
    return `/var/tmp/tdkt-${key}`
  }
  return path.join(PROJECT_ROOT, '.data')
}

export function loadLocalState(dataDir: string, port: () => number): LocalState {
  mkdirSync(dataDir, { recursive: true })
  if (isRoot()) chmodSync(dataDir, 0o755)
  const file = path.join(dataDir, 'local-secrets.json')
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalState
  const state: LocalState = {
    pgPassword: randomBytes(18).toString('base64url'),
    pgPort: port(),
    authSecret: randomBytes(32).toString('base64url'),
  }
  writeFileSync(file, JSON.stringify(state, null, 2), { mode: 0o600 })
  return state
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]'])

/** Tests create and drop databases: refuse a non-local server unless explicitly allowed. */
export function assertLocalDatabase(url: string) {
  const host = new URL(url).hostname
  if (!LOCAL_HOSTS.has(host) && readEnv('TDKT_ALLOW_REMOTE_TEST_DB') !== '1') {
    throw new Error(
      `Từ chối chạy kiểm thử trên máy chủ cơ sở dữ liệu không cục bộ (${host}). ` +
        'Đặt TDKT_ALLOW_REMOTE_TEST_DB=1 nếu bạn thật sự muốn điều đó.',
    )
  }
}

export type ProvidedDatabase = { url: string; stop: () => Promise<void>; embedded: boolean }

/** Creates a throwaway database on the server of `url`; stop() drops it. */
export async function createThrowawayDatabase(url: string): Promise<ProvidedDatabase> {
  assertLocalDatabase(url)
  const name = `tdkt_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  const admin = new URL(url)
  admin.pathname = '/postgres'
  await ensureDatabase(admin.toString(), name)
  const target = new URL(url)
  target.pathname = `/${name}`
  return {
    url: target.toString(),
    embedded: false,
    stop: async () => {
      const client = new pg.Client({ connectionString: admin.toString() })
      await client.connect()
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      } finally {
        await client.end()
      }
    },
  }
}

/**
 * The database for `npm start` / `npm run dev`: DATABASE_URL when set, else a persistent embedded
 * server in the local data folder. Migrated before it is returned.
 */
export async function provideAppDatabase(
  log: (m: string) => void,
  freePort: () => Promise<number>,
): Promise<ProvidedDatabase & { authSecret: string }> {
  const dataDir = localDataDir()
  const port = await freePort()
  const state = loadLocalState(dataDir, () => port)
  let provided: ProvidedDatabase
  const url = readEnv('DATABASE_URL')
  if (url) {
    provided = { url, embedded: false, stop: async () => {} }
  } else {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'postgres'),
      port: state.pgPort,
      password: state.pgPassword,
      log,
    })
    await ensureDatabase(server.url('postgres'), 'tdkt')
    provided = { url: server.url('tdkt'), embedded: true, stop: server.stop }
  }
  await migrate(provided.url, { log })
  return { ...provided, authSecret: readEnv('NEXTAUTH_SECRET') ?? state.authSecret }
}

/**
 * A fresh, migrated database for one test run: a throwaway database on DATABASE_URL's server when set,
 * else an embedded server in a temporary folder that stop() removes.
 */
export async function provideTestDatabase(
  log: (m: string) => void,
  freePort: () => Promise<number>,
): Promise<ProvidedDatabase> {
  let provided: ProvidedDatabase
  const url = readEnv('DATABASE_URL')
  if (url) {
    provided = await createThrowawayDatabase(url)
  } else {
    const dir = makeTempDir('tdkt-test-')
    const server = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'pg'),
      port: await freePort(),
      password: 'test',
      log,
    })
    await ensureDatabase(server.url('postgres'), 'tdkt_test')
    provided = {
      url: server.url('tdkt_test'),
      embedded: true,
      stop: async () => {
        await server.stop()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  }
  await migrate(provided.url, { log })
  return provided
}
