import type { Actor } from '../auth/actor'
import { hashPassword } from '../auth/password'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { ConflictError } from '../shared/errors'
import { findUserForActor } from './queries'
import type { ResetPasswordInput } from './schemas'

/** Sets a new password, unlocks the account and ends the user's other sessions. */
export async function resetPassword(actor: Actor, input: ResetPasswordInput) {
  const passwordHash = await hashPassword(input.password)
  return withTenant(actor.tenantId, async (tx) => {
    const user = await findUserForActor(tx, actor, input.userId)
    if (user.version !== input.version) throw new ConflictError()
    const { count } = await tx.user.updateMany({
      where: { tenantId: actor.tenantId, id: user.id, version: input.version },
      data: {
        passwordHash,
        failedLoginCount: 0,
        lockedUntil: null,
        sessionVersion: { increment: 1 },
        version: { increment: 1 },
      },
    })
    if (count !== 1) throw new ConflictError()
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'user.reset_password',
      targetType: 'User',
      targetId: user.id,
    })
  })
}
