// withTenant costs BEGIN (carrying the tenant), the work's own statements and COMMIT: no separate
// set_config round trip (decision 0012), and row-level security still sees exactly the tenant.
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withTenant } from '../../lib/db/tenant'
import type { PrismaClient } from '../../lib/generated/prisma/client'
import { appDb, ownerDb } from '../support/db'
import { createTenant } from '../support/factories'

let app: PrismaClient
let a: Awaited<ReturnType<typeof createTenant>>
let b: Awaited<ReturnType<typeof createTenant>>

/**
 * The SQL texts the pg driver puts on the wire while `fn` runs: simple-protocol queries and the parse
 * messages of extended ones (below the Client, so after any rewriting of the text).
 */
async function sent<T>(fn: () => Promise<T>): Promise<{ texts: string[]; result: T }> {
  const proto = (pg as unknown as { Connection: { prototype: Record<string, (...args: unknown[]) => unknown> } })
    .Connection.prototype
  const { query, parse } = proto
  const texts: string[] = []
  proto.query = function (this: unknown, ...args: unknown[]) {
    texts.push(String(args[0]))
    return query.apply(this, args)
  }
  proto.parse = function (this: unknown, ...args: unknown[]) {
    texts.push(String((args[0] as { text?: string }).text))
    return parse.apply(this, args)
  }
  try {
    return { texts, result: await fn() }
  } finally {
    proto.query = query
    proto.parse = parse
  }
}

beforeAll(async () => {
  app = appDb()
  a = await createTenant(0)
  b = await createTenant(1)
  await withTenant(a.id, (tx) => tx.organization.count(), { client: app }) // connect the pool first
})

afterAll(async () => {
  await app.$disconnect()
})

describe('withTenant round trips', () => {
  it('opens the transaction and names the tenant in one message, then runs the work and commits', async () => {
    const { texts, result } = await sent(() =>
      withTenant(a.id, (tx) => tx.organization.count({ where: { tenantId: a.id } }), { client: app }),
    )
    expect(texts).toHaveLength(3)
    expect(texts[0]).toBe(`BEGIN; SELECT set_config('app.tenant_id', '${a.id}', true)`)
    expect(texts[1]).toMatch(/SELECT COUNT/i)
    expect(texts[2]).toBe('COMMIT')
    expect(result).toBe(await ownerDb().organization.count({ where: { tenantId: a.id } }))
  })

  it('still shows row-level security only the named tenant', async () => {
    const seen = await withTenant(b.id, (tx) => tx.organization.findMany({ select: { tenantId: true } }), {
      client: app,
    })
    expect(seen.length).toBeGreaterThan(0)
    expect(new Set(seen.map((o) => o.tenantId))).toEqual(new Set([b.id]))
    // and the next transaction on the same pooled connection carries nothing over
    const outside = await app.organization.count()
    expect(outside).toBe(0)
  })

  it('sets the tenant with its own statement when an isolation level must come first', async () => {
    const { texts, result } = await sent(() =>
      withTenant(a.id, (tx) => tx.organization.count(), { client: app, isolationLevel: 'Serializable' }),
    )
    expect(texts[0]).toBe('BEGIN')
    expect(texts[1]).toMatch(/SET TRANSACTION ISOLATION LEVEL SERIALIZABLE/)
    expect(texts[2]).toMatch(/set_config/)
    expect(result).toBe(await ownerDb().organization.count({ where: { tenantId: a.id } }))
  })
})
