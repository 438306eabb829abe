// The project's own migration runner (the Prisma CLI cannot download its engine here).
// Applies prisma/migrations/<name>/migration.sql in name order, each in its own transaction, recorded in
// Prisma's `_prisma_migrations` table so that `prisma migrate deploy` on a connected machine agrees.
// A session-level advisory lock makes two instances starting together take turns.
// See docs/decisions/0003-migrations.md.
import { createHash, randomUUID } from 'node:crypto'
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { APP_ROLE, appRolePassword } from './app-role'
import { readEnv } from '../env'

export const MIGRATIONS_DIR =
  typeof import.meta.dirname === 'string'
    ? path.resolve(import.meta.dirname, '../../prisma/migrations')
    : path.resolve('prisma/migrations')
const LOCK_KEY = 7_460_001 // arbitrary, constant: "tdkt migrations"

export type Migration = { name: string; sql: string; checksum: string }

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') }
    })
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`

/** Returns the names of the migrations it applied (empty when the database was up to date). */
export async function migrate(connectionString: string, options: { log?: (m: string) => void; dir?: string } = {}) {
  const log = options.log ?? (() => {})
  const migrations = readMigrations(options.dir)
  const client = new pg.Client({ connectionString })
  await client.connect()
  const applied: string[] = []
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY])
    await client.query(CREATE_TABLE)
    const done = await client.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    )
    const byName = new Map(done.rows.map((row) => [row.migration_name, row.checksum]))
    for (const migration of migrations) {
      const recorded = byName.get(migration.name)
      if (recorded) {
        if (recorded !== migration.checksum) log(`Cảnh báo: migration ${migration.name} đã bị sửa sau khi áp dụng.`)
        continue
      }
      log(`Áp dụng migration ${migration.name}…`)
      await client.query('BEGIN')
      try {
        await client.query(migration.sql)
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        )
        await client.query('COMMIT')
        applied.push(migration.name)
      } catch (error) {
        await client.query('ROLLBACK')
        throw new Error(
          `Migration ${migration.name} thất bại: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
    }
    if (!readEnv('APP_DATABASE_URL')) await provisionAppLogin(client, connectionString)
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => {})
    await client.end()
  }
  return applied
}

/**
 * Gives the app role its login (the password derived from the owner's URL, see lib/db/client.ts) and
 * strips it of everything that could lift it: no superuser, no BYPASSRLS, no CREATEROLE, and no
 * membership in any other role, so `SET ROLE` / `RESET ROLE` lead nowhere. Skipped when the operator
 * provisions the role and gives APP_DATABASE_URL. See docs/decisions/0011-least-privilege.md.
 */
export async function provisionAppLogin(client: pg.Client, ownerUrl: string) {
  const { rows } = await client.query<{ sql: string }>(
    `SELECT format('ALTER ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION INHERIT PASSWORD %L', $1::text, $2::text) AS sql`,
    [APP_ROLE, appRolePassword(ownerUrl)],
  )
  await client.query(rows[0].sql)
  const granted = await client.query<{ role: string }>(
    `SELECT r.rolname AS role FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
     JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = $1`,
    [APP_ROLE],
  )
  for (const { role } of granted.rows) {
    const revoke = await client.query<{ sql: string }>(
      `SELECT format('REVOKE %I FROM %I', $1::text, $2::text) AS sql`,
      [role, APP_ROLE],
    )
    await client.query(revoke.rows[0].sql)
  }
  const grant = await client.query<{ sql: string }>(
    `SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), $1::text) AS sql`,
    [APP_ROLE],
  )
  await client.query(grant.rows[0].sql)
}
