// Row-level security: the application role sees only the tenant named in its transaction, even
// through raw SQL, and nothing at all when no tenant is named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import { appDatabaseUrl } from '../../lib/db/client'
import { withTenant } from '../../lib/db/tenant'
import { appDb, databaseUrl, ownerDb } from '../support/db'
import { createTenant } from '../support/factories'

let a: Awaited<ReturnType<typeof createTenant>>
let b: Awaited<ReturnType<typeof createTenant>>
const app = appDb()

beforeAll(async () => {
  a = await createTenant(0)
  b = await createTenant(1)
})
afterAll(async () => {
  await app.$disconnect()
})

/** A raw pg connection exactly as the app makes it (its own login role, no switch from the owner). */
async function rawAppClient() {
  const client = new pg.Client({ connectionString: appDatabaseUrl(databaseUrl()) })
  await client.connect()
  return client
}

describe('row-level security', () => {
  it('runs the app as a role that is neither superuser nor owner and cannot bypass RLS', async () => {
    const client = await rawAppClient()
    try {
      const { rows } = await client.query(
        `SELECT current_user AS who, r.rolsuper, r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user`,
      )
      expect(rows[0]).toEqual({ who: 'tdkt_app', rolsuper: false, rolbypassrls: false })
      const owners = await client.query(`SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'`)
      expect(owners.rows.map((r) => r.tableowner)).not.toContain('tdkt_app')
    } finally {
      await client.end()
    }
  })

  it('logs in as tdkt_app itself: RESET ROLE leaves it tdkt_app, and it can become no other role', async () => {
    const client = await rawAppClient()
    try {
      expect((await client.query(`SELECT session_user AS s, current_user AS c`)).rows[0]).toEqual({
        s: 'tdkt_app',
        c: 'tdkt_app',
      })
      await client.query('RESET ROLE')
      expect((await client.query(`SELECT current_user AS c`)).rows[0].c).toBe('tdkt_app')
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'tdkt_app'`,
      )
      expect(rows[0].n).toBe(0) // a member of no role, so SET ROLE can lead nowhere
      const owner = (await ownerDb().$queryRaw<{ u: string }[]>`SELECT current_user AS u`)[0].u
      await expect(client.query(`SET ROLE "${owner}"`)).rejects.toThrow(/permission denied/)
      await expect(client.query(`SET SESSION AUTHORIZATION "${owner}"`)).rejects.toThrow(/permission denied/)
      await expect(
        client.query(`SET row_security = off`).then(() => client.query(`SELECT * FROM "User"`)),
      ).rejects.toThrow(/row-level security/)
    } finally {
      await client.end()
    }
  })

  it('reads no row of any tenant table when no tenant is set', async () => {
    const client = await rawAppClient()
    try {
      const tables = await ownerDb().$queryRaw<{ table: string }[]>`
        SELECT c.relname AS table FROM pg_class c
          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenantId'
         WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace`
      expect(tables.length).toBeGreaterThan(10)
      for (const { table } of tables) {
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${table}"`)
        expect(rows[0].n, table).toBe(0)
      }
    } finally {
      await client.end()
    }
  })

  it('hides another tenant’s rows from raw SQL run as the app role', async () => {
    const client = await rawAppClient()
    try {
      await client.query('BEGIN')
      await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [a.id])
      const orgs = await client.query(`SELECT DISTINCT "tenantId" FROM "Organization"`)
      expect(orgs.rows.map((r) => r.tenantId)).toEqual([a.id])
      const leak = await client.query(`SELECT count(*)::int AS n FROM "User" WHERE "tenantId" = $1`, [b.id])
      expect(leak.rows[0].n).toBe(0)
      const tenants = await client.query(`SELECT id FROM "Tenant"`)
      expect(tenants.rows.map((r) => r.id)).toEqual([a.id])
      await client.query('COMMIT')
    } finally {
      await client.end()
    }
  })

  it('shows nothing when no tenant is set, and forgets the tenant after the transaction', async () => {
    const client = await rawAppClient()
    try {
      expect((await client.query(`SELECT count(*)::int AS n FROM "Organization"`)).rows[0].n).toBe(0)
      await client.query('BEGIN')
      await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [a.id])
      expect((await client.query(`SELECT count(*)::int AS n FROM "Organization"`)).rows[0].n).toBeGreaterThan(0)
      await client.query('COMMIT')
      expect((await client.query(`SELECT count(*)::int AS n FROM "Organization"`)).rows[0].n).toBe(0)
    } finally {
      await client.end()
    }
  })

  it('refuses to write a row into another tenant', async () => {
    await expect(
      withTenant(
        a.id,
        (tx) =>
          tx.organization.create({
            data: { tenantId: b.id, name: 'Cài cắm', level: 'XA', kind: 'KHAC', path: '/x/', depth: 0 },
          }),
        { client: app },
      ),
    ).rejects.toThrow(/row-level security/)
    expect(await ownerDb().organization.count({ where: { name: 'Cài cắm' } })).toBe(0)
  })

  it('keeps the audit journal append-only for the app', async () => {
    await withTenant(
      a.id,
      (tx) => tx.auditEvent.create({ data: { tenantId: a.id, action: 'test', targetType: 'Test' } }),
      { client: app },
    )
    await expect(
      withTenant(a.id, (tx) => tx.auditEvent.updateMany({ where: { tenantId: a.id }, data: { action: 'sửa' } }), {
        client: app,
      }),
    ).rejects.toThrow(/permission denied/)
    await expect(
      withTenant(a.id, (tx) => tx.auditEvent.deleteMany({ where: { tenantId: a.id } }), { client: app }),
    ).rejects.toThrow(/permission denied/)
  })

  it('has RLS enabled with a policy on every table that carries tenantId', async () => {
    const { rows } = await ownerDb().$queryRaw<{ table: string; rls: boolean; policies: number }[]>`
      SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
             (SELECT count(*)::int FROM pg_policies p WHERE p.tablename = c.relname) AS policies
        FROM pg_class c
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenantId'
       WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace`.then((rows) => ({ rows }))
    expect(rows.length).toBeGreaterThanOrEqual(4)
    for (const row of rows) expect(row, row.table).toMatchObject({ rls: true, forced: true, policies: 1 })
  })
})
