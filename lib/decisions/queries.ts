// What the decision page shows after issue: the correction letters, whether the reader signs for the
// issuer (and may correct, revoke or amend), and the cash total of the awards still standing.
import type { Actor } from '../auth/actor'
import type { Tx } from '../db/tenant'
import { decisionSymbol, suggestDecisionNumber } from '../dossiers/decision-number'
import { listApprovedForDecision } from '../dossiers/queries'
import type { OrgKind } from '../generated/prisma/enums'
import { todayInVietnam } from '../shared/dates'
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

export async function decisionAfterIssue(
  tx: Tx,
  actor: Actor,
  decision: { id: string; organizationId: string; amendments?: readonly { amendKind: string | null }[] },
  issuer: { kind: OrgKind },
) {
  const corrections = await tx.decisionCorrection.findMany({
    where: { tenantId: actor.tenantId, decisionId: decision.id },
    select: { id: true, field: true, before: true, after: true, letterNumber: true, letterDate: true, reason: true },
    orderBy: { createdAt: 'asc' },
    take: 100,
  })
  const canSign = signsAt(actor, decision.organizationId)
  // The next register number of this year, for the amending decision's form (the use case suggests again
  // by the year of the date chosen when the field is left empty).
  const replaced = decision.amendments?.some((a) => a.amendKind === 'THAY_THE') ?? false
  const year = todayInVietnam().getUTCFullYear()
  const symbol = decisionSymbol(issuer.kind)
  const amend =
    canSign && !replaced
      ? {
          symbol,
          year,
          suggested: await suggestDecisionNumber(tx, {
            tenantId: actor.tenantId,
            organizationId: decision.organizationId,
            symbol,
            year,
          }),
          // approved at this level and not yet decided: what an amending decision may add (bổ sung)
          addable: (await listApprovedForDecision(tx, actor, { id: decision.organizationId })).nominees.map((n) => ({
            id: n.id,
            displayName: n.displayName,
            award: n.award,
            dossier: `${n.dossier.title} (${n.dossier.year})`,
          })),
        }
      : null
  return { corrections, canSign, amend }
}
