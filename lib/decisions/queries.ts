// What the decision page shows after issue: the correction letters, whether the reader signs for the
// issuer (and may correct or revoke), and the cash total of the awards still standing.
import type { Actor } from '../auth/actor'
import type { Tx } from '../db/tenant'
import { signsAt } from './access'

/** An award that still stands by this decision: not revoked, not amended or replaced by a later decision. */
export const stands = (item: { revokedAt: Date | null; supersededAt?: Date | null }) =>
  !item.revokedAt && !item.supersededAt

/**
 * The money of a decision: revoked awards are recovered, so they leave the total; an amended or replaced
 * award is paid by the amending decision, so it leaves this one's.
 */
export function standingTotal(
  items: readonly { amount: number; revokedAt: Date | null; supersededAt?: Date | null }[],
): number {
  return items.reduce((sum, i) => (stands(i) ? sum + i.amount : sum), 0)
}

export async function decisionAfterIssue(tx: Tx, actor: Actor, decision: { id: string; organizationId: string }) {
  const corrections = await tx.decisionCorrection.findMany({
    where: { tenantId: actor.tenantId, decisionId: decision.id },
    select: { id: true, field: true, before: true, after: true, letterNumber: true, letterDate: true, reason: true },
    orderBy: { createdAt: 'asc' },
    take: 100,
  })
  return { corrections, canSign: signsAt(actor, decision.organizationId) }
}
