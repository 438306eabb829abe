// Backups that restore: every table of the database, read in one consistent snapshot with COPY, plus the
// attachments folder, into one folder; and the way back into an empty database of the same schema.
//
// Why not pg_dump: the embedded PostgreSQL (18) ships initdb, pg_ctl and postgres only, and Debian's
// pg_dump is 15, which refuses a newer server (decision 0012). COPY is the same mechanism pg_dump uses
// for data; the schema is the project's own migrations, recorded in the backup and checked on restore.
import { createReadStream, createWriteStream } from 'node:fs'
import { cp, mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGunzip, createGzip } from 'node:zlib'
import pg from 'pg'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'
import { migrate } from './migrate'

export const BACKUP_FORMAT = 'tdkt-backup/1'

export type BackupManifest = {
  format: typeof BACKUP_FORMAT
  createdAt: string
  serverVersion: string
  migrations: string[]
  tables: { name: string; columns: string[]; rows: number }[]
  attachments: number
}

const MIGRATIONS_TABLE = '_prisma_migrations'

async function connect(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return client
}

/** Tables of the public schema, parents before children (foreign keys), the migrations table excluded. */
async function tablesInOrder(client: pg.Client): Promise<string[]> {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> $1 ORDER BY tablename`,
      [MIGRATIONS_TABLE],
    )
  ).rows.map((r) => r.name)
  const edges = (
    await client.query<{ child: string; parent: string }>(
      `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE c.contype = 'f' AND n.nspname = 'public'`,
    )
  ).rows.map((e) => ({ child: e.child.replace(/"/g, ''), parent: e.parent.replace(/"/g, '') }))
  const ordered: string[] = []
  const done = new Set<string>()
  const visit = (table: string, trail: Set<string>) => {
    if (done.has(table) || trail.has(table)) return
    trail.add(table)
    for (const e of edges) if (e.child === table && e.parent !== table) visit(e.parent, trail)
    done.add(table)
    ordered.push(table)
  }
  for (const t of tables) visit(t, new Set())
  return ordered
}

async function columnsOf(client: pg.Client, table: string) {
  const { rows } = await client.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  )
  return rows.map((r) => r.name)
}

const quoted = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(', ')

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])
  return entries.filter((e) => e.isFile() && !e.name.endsWith('.tmp')).length
}

/**
 * Writes a backup of the database at `url` and of the attachments under `uploadDir` into the new folder
 * `outDir`. The data is one REPEATABLE READ snapshot; the attachments are copied after it (files are
 * named by their content and never rewritten, so every file the snapshot refers to is there, unless it
 * was deleted in between). Connects as the database owner (it must see past row-level security).
 */
export async function backupDatabase(url: string, uploadDir: string, outDir: string): Promise<BackupManifest> {
  await mkdir(path.join(outDir, 'data'), { recursive: true })
  const client = await connect(url)
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    createdAt: new Date().toISOString(),
    serverVersion: '',
    migrations: [],
    tables: [],
    attachments: 0,
  }
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    manifest.serverVersion = (await client.query<{ v: string }>('SHOW server_version')).rows[0].v
    manifest.migrations = (
      await client.query<{ name: string }>(
        `SELECT migration_name AS name FROM "${MIGRATIONS_TABLE}" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.name)
    for (const table of await tablesInOrder(client)) {
      const columns = await columnsOf(client, table)
      const stream = client.query(copyTo(`COPY "${table}" (${quoted(columns)}) TO STDOUT`))
      await pipeline(stream, createGzip(), createWriteStream(path.join(outDir, 'data', `${table}.copy.gz`)))
      manifest.tables.push({ name: table, columns, rows: stream.rowCount })
    }
    await client.query('COMMIT')
  } finally {
    await client.end()
  }
  if (await stat(uploadDir).catch(() => null)) {
    await cp(uploadDir, path.join(outDir, 'attachments'), {
      recursive: true,
      filter: (source) => !source.endsWith('.tmp'),
    })
  }
  manifest.attachments = await countFiles(path.join(outDir, 'attachments'))
  await writeFile(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2))
  return manifest
}

export async function readManifest(backupDir: string): Promise<BackupManifest> {
  const manifest = JSON.parse(await readFile(path.join(backupDir, 'manifest.json'), 'utf8')) as BackupManifest
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`Không phải bản sao lưu ${BACKUP_FORMAT}: ${backupDir}`)
  return manifest
}

/**
 * Restores a backup into the database at `url`, which must hold no data: it is migrated first, and the
 * backup must have been made at the same migrations (restore with the version that made it, then upgrade).
 * All rows are written in one transaction; then the attachments are copied into `uploadDir`, each file
 * written under a temporary name and renamed.
 */
export async function restoreDatabase(url: string, backupDir: string, uploadDir: string): Promise<BackupManifest> {
  const manifest = await readManifest(backupDir)
  await migrate(url, { log: () => {} })
  const client = await connect(url)
  try {
    const applied = (
      await client.query<{ name: string }>(
        `SELECT migration_name AS name FROM "${MIGRATIONS_TABLE}" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.name)
    if (applied.join('\n') !== manifest.migrations.join('\n'))
      throw new Error(
        'Bản sao lưu được tạo ở một phiên bản lược đồ khác (danh sách migration không khớp): ' +
          'hãy khôi phục bằng phiên bản ứng dụng đã tạo bản sao lưu, rồi nâng cấp.',
      )
    const nonEmpty = await client.query(`SELECT 1 FROM "Tenant" LIMIT 1`)
    if (nonEmpty.rowCount) throw new Error('Cơ sở dữ liệu đích đã có dữ liệu: chỉ khôi phục vào cơ sở dữ liệu trống.')
    await client.query('BEGIN')
    // Rows a migration may have written (reference data) are replaced by the backup's own.
    await client.query(`TRUNCATE ${manifest.tables.map((t) => `"${t.name}"`).join(', ')} CASCADE`)
    for (const table of manifest.tables) {
      const stream = client.query(copyFrom(`COPY "${table.name}" (${quoted(table.columns)}) FROM STDIN`))
      await pipeline(createReadStream(path.join(backupDir, 'data', `${table.name}.copy.gz`)), createGunzip(), stream)
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    await client.end()
  }
  await copyAtomically(path.join(backupDir, 'attachments'), uploadDir)
  return manifest
}

async function copyAtomically(from: string, to: string) {
  const entries = await readdir(from, { withFileTypes: true, recursive: true }).catch(() => [])
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const source = path.join(entry.parentPath, entry.name)
    const target = path.join(to, path.relative(from, source))
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
    const temporary = `${target}.${process.pid}.restore.tmp`
    await cp(source, temporary)
    await rename(temporary, target)
  }
}

/** Rows per table of the database at `url` (as the owner): what a restore is compared with. */
export async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = await connect(url)
  try {
    const counts: Record<string, number> = {}
    for (const table of await tablesInOrder(client)) {
      counts[table] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n)
    }
    return counts
  } finally {
    await client.end()
  }
}
