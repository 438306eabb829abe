// The migration runner: idempotent, and two instances starting together apply each migration once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import { createThrowawayDatabase, type ProvidedDatabase } from '../../lib/db/local'
import { migrate, readMigrations } from '../../lib/db/migrate'
import { databaseUrl } from '../support/db'

let fresh: ProvidedDatabase

beforeAll(async () => {
  fresh = await createThrowawayDatabase(databaseUrl()) // an empty database on the same server
})
afterAll(async () => {
  await fresh.stop()
})

async function applied(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ migration_name: string }>(
      'SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name',
    )
    return rows.map((r) => r.migration_name)
  } finally {
    await client.end()
  }
}

describe('migration runner', () => {
  it('applies every migration once when two instances start at the same moment', async () => {
    const names = readMigrations().map((m) => m.name)
    expect(names.length).toBeGreaterThanOrEqual(2)
    const [first, second] = await Promise.all([migrate(fresh.url), migrate(fresh.url)])
    expect([...first, ...second].sort()).toEqual([...names].sort())
    expect(await applied(fresh.url)).toEqual(names)
  })

  it('does nothing the second time', async () => {
    expect(await migrate(fresh.url)).toEqual([])
    expect(await applied(fresh.url)).toEqual(readMigrations().map((m) => m.name))
  })

  it('rolls back a failing migration whole and records nothing', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, cpSync } = await import('node:fs')
    const os = await import('node:os')
    const path = await import('node:path')
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-mig-'))
    cpSync((await import('../../lib/db/migrate')).MIGRATIONS_DIR, dir, { recursive: true })
    mkdirSync(path.join(dir, '99999999999999_broken'))
    writeFileSync(
      path.join(dir, '99999999999999_broken', 'migration.sql'),
      'CREATE TABLE half_done (id int); SELECT 1/0;',
    )
    await expect(migrate(fresh.url, { dir })).rejects.toThrow(/99999999999999_broken/)
    const client = new pg.Client({ connectionString: fresh.url })
    await client.connect()
    try {
      const table = await client.query(`SELECT to_regclass('public.half_done') AS t`)
      expect(table.rows[0].t).toBeNull()
    } finally {
      await client.end()
    }
    expect(await applied(fresh.url)).not.toContain('99999999999999_broken')
  })
})
