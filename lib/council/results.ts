// The result of a session, written once when it closes, whichever way it voted (in the app or on paper):
// each item decided on the council's TOTAL membership (lib/awards/voting), the counts on the item (or
// withheld), the nominee's councilPassed and a council.result dossier event. Runs in the caller's
// transaction, after the caller has claimed the open session.
import type { Actor } from '../auth/actor'
import { isAwardCode } from '../awards/catalog'
import { decide } from '../awards/voting'
import type { Tx } from '../db/tenant'
import { Prisma } from '../generated/prisma/client'
import { vietnamDate } from './ballot'
import type { SessionRow } from './queries'

export type ItemResult = {
  itemId: string
  nomineeId: string
  agree: number
  disagree: number
  /** ballots invalid for this nominee (paper sessions; 0 in the app, where there is no invalid ballot) */
  invalid: number
  passed: boolean
  /** too few ballots to publish counts that would not single a voter out: agree / disagree are not shown */
  withheld: boolean
  message: string
}

/** One item's result: decided on the whole membership at the session's opening date. */
export function decideItem(
  session: Pick<SessionRow, 'memberCount' | 'openedAt'>,
  item: { id: string; nomineeId: string; award: string },
  counts: { agree: number; disagree: number; invalid: number },
  withheld: boolean,
): ItemResult {
  const { agree, disagree, invalid } = counts
  const decision = isAwardCode(item.award)
    ? decide(item.award, { total: session.memberCount, agree, disagree }, vietnamDate(session.openedAt))
    : { passed: false, message: `Hình thức khen thưởng không hợp lệ: ${item.award}` }
  return {
    itemId: item.id,
    nomineeId: item.nomineeId,
    agree: withheld ? 0 : agree,
    disagree: withheld ? 0 : disagree,
    invalid: withheld ? 0 : invalid,
    passed: decision.passed,
    withheld,
    message: withheld
      ? `${decision.passed ? 'Đạt' : 'Không đạt'}: quá ít phiếu để công bố số phiếu mà không lộ lựa chọn của người bỏ phiếu.`
      : decision.message,
  }
}

/** Writes the results on the items and the nominees, with a dossier event each. */
export async function writeResults(
  tx: Tx,
  actor: Actor,
  session: SessionRow,
  results: readonly ItemResult[],
  paper: boolean,
) {
  if (!results.length) return
  const tenantId = actor.tenantId
  const rows = results.map(
    (r) =>
      Prisma.sql`(${r.itemId}::uuid, ${r.withheld ? null : r.agree}::int, ${r.withheld ? null : r.disagree}::int, ${paper && !r.withheld ? r.invalid : null}::int, ${r.passed}::boolean, ${r.withheld}::boolean)`,
  )
  await tx.$executeRaw`
    UPDATE "SessionItem" AS s SET "agree" = v.agree, "disagree" = v.disagree, "invalid" = v.invalid, "passed" = v.passed, "countsWithheld" = v.withheld
    FROM (VALUES ${Prisma.join(rows)}) AS v(id, agree, disagree, invalid, passed, withheld)
    WHERE s."tenantId" = ${tenantId}::uuid AND s."id" = v.id`
  for (const passed of [true, false]) {
    const ids = results.filter((r) => r.passed === passed).map((r) => r.nomineeId)
    // Only nominees still under review at the council's unit take the result.
    if (ids.length) {
      await tx.dossierNominee.updateMany({
        where: { tenantId, id: { in: ids }, status: 'IN_REVIEW', holderOrgId: session.council.organizationId },
        data: { councilPassed: passed, version: { increment: 1 } },
      })
    }
  }
  const nominees = await tx.dossierNominee.findMany({
    where: { tenantId, id: { in: results.map((r) => r.nomineeId) } },
    select: { id: true, dossierId: true },
  })
  const dossierOf = new Map(nominees.map((n) => [n.id, n.dossierId]))
  await tx.dossierEvent.createMany({
    data: results
      .filter((r) => dossierOf.has(r.nomineeId))
      .map((r) => ({
        tenantId,
        dossierId: dossierOf.get(r.nomineeId)!,
        nomineeId: r.nomineeId,
        actorId: actor.userId,
        orgId: session.council.organizationId,
        action: 'council.result',
        reason: r.message,
      })),
  })
}
