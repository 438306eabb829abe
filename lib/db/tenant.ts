// The one door to tenant-owned data: a transaction that names its tenant for row-level security.
import type { Prisma, PrismaClient } from '../generated/prisma/client'
import { appClient } from './client'

export type Tx = Prisma.TransactionClient

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value)

/**
 * Runs fn in one transaction scoped to the tenant: set_config(…, true) is transaction-local, so a pooled
 * connection never carries the tenant into another request. Every state change and its audit entry are
 * written through the same tx, so they commit or roll back together.
 */
export async function withTenant<T>(
  tenantId: string,
  fn: (tx: Tx) => Promise<T>,
  options: { client?: PrismaClient; isolationLevel?: Prisma.TransactionIsolationLevel } = {},
): Promise<T> {
  if (!isUuid(tenantId)) throw new Error('withTenant: tenantId không hợp lệ')
  const client = options.client ?? appClient()
  return client.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`
      return fn(tx)
    },
    { isolationLevel: options.isolationLevel, maxWait: 10_000, timeout: 20_000 },
  )
}

/**
 * Serialises check-then-insert work on one key (e.g. "only one open revision of a plan") for the rest of
 * the transaction: a second request with the same key waits, then sees the first one's rows.
 */
export async function lockKey(tx: Tx, key: string) {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))::text AS locked`
}
