// Loading a plan for a change: visible, the actor holds the permission at the issuer, the state allows
// the action, and the version is the one the form was built from.
import type { Actor } from '../auth/actor'
import type { Tx } from '../db/tenant'
import { ConflictError, DomainError, ForbiddenError } from '../shared/errors'
import { canAtIssuer } from './access'
import { findPlanForActor } from './queries'
import { PLAN_ACTIONS, stateError, type PlanAction } from './workflow'

/** What the second of two people editing the same plan reads: nothing of theirs was saved over the other's. */
export const PLAN_CONFLICT =
  'Kế hoạch đã được người khác sửa trong lúc bạn đang sửa, nên thay đổi của bạn chưa được lưu. Hãy tải lại trang để xem bản mới nhất rồi sửa lại.'

export async function planForAction(tx: Tx, actor: Actor, planId: string, action: PlanAction, version?: number) {
  const plan = await findPlanForActor(tx, actor, planId)
  if (!canAtIssuer(actor, PLAN_ACTIONS[action].permission, plan)) throw new ForbiddenError()
  if (version !== undefined && plan.version !== version) throw new ConflictError(PLAN_CONFLICT)
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
  if (count !== 1) throw new ConflictError(PLAN_CONFLICT)
}
