// Row-level security: the application role sees only the tenant named in its transaction, even
// through raw SQL, and nothing at all when no tenant is named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
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

/** A raw pg connection exactly as the app makes it (role switched at connect). */
async function rawAppClient() {
  const client = new pg.Client({ connectionString: databaseUrl(), options: '-c role=tdkt_app' })
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
      SELECT c.relname AS table, c.relrowsecurity AS rls,
             (SELECT count(*)::int FROM pg_policies p WHERE p.tablename = c.relname) AS policies
        FROM pg_class c
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenantId'
       WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace`.then((rows) => ({ rows }))
    expect(rows.length).toBeGreaterThanOrEqual(4)
    for (const row of rows) expect(row, row.table).toMatchObject({ rls: true, policies: 1 })
  })
})
