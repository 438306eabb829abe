// Signing out ends the session on the server, not only in the browser: the account's sessionVersion is
// bumped, so every token issued before (a copied cookie included) stops working on its next request
// (lib/auth/actor.ts loads the actor only for the current version). It ends the user's sessions on every
// device, which is what a government account that signs out on a shared computer should expect.
import { recordAudit } from '../audit/record'
import { isUuid, withTenant } from '../db/tenant'
import type { SessionClaims } from './actor'

export async function endSession(claims: Partial<SessionClaims>) {
  const { userId, tenantId, sessionVersion } = claims
  if (!isUuid(userId) || !isUuid(tenantId) || typeof sessionVersion !== 'number') return false
  return withTenant(tenantId, async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { tenantId, id: userId, sessionVersion },
      data: { sessionVersion: { increment: 1 } },
    })
    if (count === 1)
      await recordAudit(tx, { tenantId, actorId: userId, action: 'auth.logout', targetType: 'User', targetId: userId })
    return count === 1
  })
}
