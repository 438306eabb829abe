// npm run db:diff -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that turns the schema as last
// committed (git HEAD, or an empty database) into prisma/schema.prisma as it is now. Uses Prisma's Wasm
// schema engine, which needs no download; it needs a reachable Postgres at start, so one is started
// embedded when DATABASE_URL is unset. Hand-written SQL (RLS, grants) goes into migrations of its own.
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { makeTempDir, startEmbeddedPostgres } from '../db/embedded'
import { readEnv } from '../env'
import { freePort } from './support'

const name = process.argv[2]
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Cách dùng: npm run db:diff -- <ten_migration> (chữ thường, số, gạch dưới)')
  process.exit(1)
}
const root = path.resolve(import.meta.dirname, '../..')
const schemaPath = path.join(root, 'prisma/schema.prisma')
const current = readFileSync(schemaPath, 'utf8')
let previous: string | null = null
try {
  previous = execFileSync('git', ['show', 'HEAD:prisma/schema.prisma'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
} catch {
  previous = null
}

let stop = async () => {}
let url = readEnv('DATABASE_URL')
if (!url) {
  const dir = makeTempDir('tdkt-diff-')
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'pg'),
    port: await freePort(),
    password: 'diff',
  })
  url = server.url('postgres')
  stop = async () => {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

try {
  const require = createRequire(import.meta.url)
  const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg')
  const wasmPath = require.resolve('@prisma/schema-engine-wasm').replace(/schema_engine\.js$/, 'schema_engine_bg.wasm')
  const wasmModule = await WebAssembly.compile(readFileSync(wasmPath))
  const imports: Record<string, unknown> = {}
  for (const entry of WebAssembly.Module.imports(wasmModule)) imports[entry.module] ??= bg
  const instance = await WebAssembly.instantiate(wasmModule, imports as WebAssembly.Imports)
  bg.__wbg_set_wasm(instance.exports)
  ;(instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.()
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: url }))
  const engine = await bg.SchemaEngine.new({ datamodels: [[schemaPath, current]] }, () => {}, adapter)
  const from = previous
    ? { tag: 'schemaDatamodel' as const, files: [{ path: 'previous.prisma', content: previous }] }
    : { tag: 'empty' as const }
  const result = await engine.diff({
    from,
    to: { tag: 'schemaDatamodel' as const, files: [{ path: schemaPath, content: current }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  })
  const sql: string = result.stdout ?? ''
  if (!sql.trim() || /This is an empty migration/.test(sql)) {
    console.log('Lược đồ không thay đổi so với HEAD: không tạo migration.')
  } else {
    const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14)
    const dir = path.join(root, 'prisma/migrations', `${stamp}_${name}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'migration.sql'), sql)
    console.log(`Đã tạo ${path.relative(root, dir)}/migration.sql`)
  }
} finally {
  await stop()
}
process.exit(0)
