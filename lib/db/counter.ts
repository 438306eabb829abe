// Document numbers restart each year per issuing body and document type. The increment locks the
// counter row, so two documents numbered at the same moment get two numbers.
import type { Tx } from './tenant'

export async function takeNextNumber(
  tx: Tx,
  key: { tenantId: string; organizationId: string; symbol: string; year: number },
) {
  const rows = await tx.$queryRaw<{ lastNumber: number }[]>`
    INSERT INTO "DocumentCounter" ("tenantId", "organizationId", "symbol", "year", "lastNumber")
    VALUES (${key.tenantId}::uuid, ${key.organizationId}::uuid, ${key.symbol}, ${key.year}, 1)
    ON CONFLICT ("tenantId", "organizationId", "symbol", "year")
    DO UPDATE SET "lastNumber" = "DocumentCounter"."lastNumber" + 1
    RETURNING "lastNumber"`
  return rows[0].lastNumber
}
