// Locks that keep a block consistent while several people work on it.
//  - Changes to the block itself (members, covenant, criteria) claim its version: an UPDATE … WHERE
//    version = n, which also takes the row lock.
//  - Signing and scoring take a shared lock on the block row, so they never interleave with a change
//    of the covenant or the criteria, yet never block one another.
import type { Tx } from '../db/tenant'
import { ConflictError, DomainError } from '../shared/errors'

export const SCORING_STARTED =
  'Khối đã bắt đầu chấm điểm: giao ước, tiêu chí và thành viên đã được khóa, không thể sửa.'

/** Claims the block's version (and its row lock); a change made since the form was loaded fails. */
export async function bumpBlockVersion(
  tx: Tx,
  tenantId: string,
  blockId: string,
  version: number,
  data: Record<string, unknown> = {},
) {
  const { count } = await tx.emulationBlock.updateMany({
    where: { tenantId, id: blockId, version },
    data: { ...data, version: { increment: 1 } },
  })
  if (count !== 1) throw new ConflictError()
}

/** Shared lock on the block row; returns the version committed now (after any change it waited for). */
export async function shareLockBlock(tx: Tx, tenantId: string, blockId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ version: number }[]>`
    SELECT "version" FROM "EmulationBlock" WHERE "tenantId" = ${tenantId}::uuid AND "id" = ${blockId}::uuid FOR SHARE`
  if (rows.length !== 1) throw new ConflictError()
  return rows[0].version
}

/** Refuses once any score exists (call after bumpBlockVersion, so a concurrent first score is seen). */
export async function assertNotScored(tx: Tx, tenantId: string, blockId: string) {
  const scored = await tx.blockScore.findFirst({ where: { tenantId, criterion: { blockId } }, select: { id: true } })
  if (scored) throw new DomainError(SCORING_STARTED)
}

/** Serialises block creation per managing unit and year, so membership checks see each other. */
export async function lockManagingYear(tx: Tx, tenantId: string, organizationId: string, year: number) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`block:${tenantId}:${organizationId}:${year}`}, 0))`
}
