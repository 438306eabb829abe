import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { ConflictError, DomainError } from '../shared/errors'
import { findUserForActor } from './queries'
import type { SetUserActiveInput } from './schemas'

/** Deactivation takes effect on the user's next request: the session check reloads the account. */
export async function setUserActive(actor: Actor, input: SetUserActiveInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const user = await findUserForActor(tx, actor, input.userId)
    if (user.id === actor.userId && !input.active)
      throw new DomainError('Bạn không thể tự ngừng hoạt động tài khoản của mình.')
    if (user.version !== input.version) throw new ConflictError()
    if (user.active === input.active) return
    const { count } = await tx.user.updateMany({
      where: { tenantId: actor.tenantId, id: user.id, version: input.version },
      data: {
        active: input.active,
        version: { increment: 1 },
        ...(input.active ? { failedLoginCount: 0, lockedUntil: null } : { sessionVersion: { increment: 1 } }),
      },
    })
    if (count !== 1) throw new ConflictError()
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: input.active ? 'user.activate' : 'user.deactivate',
      targetType: 'User',
      targetId: user.id,
      before: { active: user.active },
      after: { active: input.active },
    })
  })
}
