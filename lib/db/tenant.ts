// The one door to tenant-owned data: a transaction that names its tenant for row-level security.
import { AsyncLocalStorage } from 'node:async_hooks'
import pg from 'pg'
import type { Prisma, PrismaClient } from '../generated/prisma/client'
import { appClient } from './client'

export type Tx = Prisma.TransactionClient

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value)

/**
 * The tenant of the transaction being opened in this async context, and whether its BEGIN already
 * carried the set_config (see decision 0012). `opened` is set by the driver hook below.
 */
type Opening = { tenantId: string; opened: boolean }
const opening = new AsyncLocalStorage<Opening>()

const tenantBegin = (tenantId: string) => `BEGIN; SELECT set_config('app.tenant_id', '${tenantId}', true)`

/**
 * Saves a round trip per request: the adapter opens a transaction with a plain `BEGIN`; inside
 * withTenant that text is sent as `BEGIN; SELECT set_config(…)` instead, one simple-protocol message with
 * two statements. Only the exact text "BEGIN" without parameters is touched, only while a withTenant is
 * opening, and the tenant id is a validated uuid (inlined, never user text). When the hook did not run
 * (another driver, another adapter version), withTenant sets the tenant with its own statement.
 */
const patched = Symbol.for('tdkt.tenantBegin')
const clientProto = pg.Client.prototype as unknown as Record<symbol, boolean> & {
  query: (...args: unknown[]) => unknown
}
if (!clientProto[patched]) {
  clientProto[patched] = true
  const original = clientProto.query
  clientProto.query = function (this: unknown, ...args: unknown[]) {
    const store = opening.getStore()
    const first = args[0] as { text?: unknown; values?: unknown[] } | string
    if (store && !store.opened) {
      if (first === 'BEGIN') {
        store.opened = true
        args[0] = tenantBegin(store.tenantId)
      } else if (typeof first === 'object' && first?.text === 'BEGIN' && !first.values?.length) {
        store.opened = true
        const { values: _values, ...rest } = first as Record<string, unknown>
        void _values
        args[0] = { ...rest, text: tenantBegin(store.tenantId) }
      }
    }
    return original.apply(this, args)
  }
}

/**
 * Runs fn in one transaction scoped to the tenant: set_config(…, true) is transaction-local, so a pooled
 * connection never carries the tenant into another request. Every state change and its audit entry are
 * written through the same tx, so they commit or roll back together. Round trips: BEGIN (with the
 * tenant), fn's statements, COMMIT.
 */
export async function withTenant<T>(
  tenantId: string,
  fn: (tx: Tx) => Promise<T>,
  options: {
    client?: PrismaClient
    isolationLevel?: Prisma.TransactionIsolationLevel
    /** ms before the transaction is rolled back (default 20 s); longer only for a bounded bulk write */
    timeout?: number
  } = {},
): Promise<T> {
  if (!isUuid(tenantId)) throw new Error('withTenant: tenantId không hợp lệ')
  const client = options.client ?? appClient()
  // SET TRANSACTION ISOLATION LEVEL must come before any query: then the tenant gets its own statement.
  const store: Opening = { tenantId, opened: options.isolationLevel !== undefined }
  return opening.run(store, () =>
    client.$transaction(
      async (tx) => {
        const carried = store.opened && options.isolationLevel === undefined
        store.opened = true // from here on nothing is rewritten
        if (!carried) await tx.$queryRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`
        return fn(tx)
      },
      { isolationLevel: options.isolationLevel, maxWait: 10_000, timeout: options.timeout ?? 20_000 },
    ),
  )
}

/**
 * Serialises check-then-insert work on one key (e.g. "only one open revision of a plan") for the rest of
 * the transaction: a second request with the same key waits, then sees the first one's rows.
 */
export async function lockKey(tx: Tx, key: string) {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))::text AS locked`
}
