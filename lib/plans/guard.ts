// Loading a plan for a change: visible, the actor holds the permission at the issuer, the state allows
// the action, and the version is the one the form was built from.
import type { Actor } from '../auth/actor'
import type { Tx } from '../db/tenant'
import { ConflictError, DomainError, ForbiddenError } from '../shared/errors'
import { canAtIssuer } from './access'
import { findPlanForActor } from './queries'
import { PLAN_ACTIONS, stateError, type PlanAction } from './workflow'

export async function planForAction(tx: Tx, actor: Actor, planId: string, action: PlanAction, version?: number) {
  const plan = await findPlanForActor(tx, actor, planId)
  if (!canAtIssuer(actor, PLAN_ACTIONS[action].permission, plan)) throw new ForbiddenError()
  if (version !== undefined && plan.version !== version) throw new ConflictError()
  const error = stateError(action, plan.status)
  if (error) throw new DomainError(error)
  return plan
}

/** Claims the version: a concurrent change made since the form was loaded makes this one fail. */
export async function bumpVersion(
  tx: Tx,
  tenantId: string,
  planId: string,
  version: number,
  data: Record<string, unknown> = {},
) {
  const { count } = await tx.plan.updateMany({
    where: { tenantId, id: planId, version },
    data: { ...data, version: { increment: 1 } },
  })
  if (count !== 1) throw new ConflictError()
}
