// Everything the follow-up page and its .xlsx export show, loaded once: the rows per unit (sent or not,
// by the deadlines) and the progress per unit and per period.
import type { Actor } from '../auth/actor'
import type { Tx } from '../db/tenant'
import { ForbiddenError } from '../shared/errors'
import { canAtIssuer } from './access'
import { planFollowUp } from './follow-up'
import { progressRows, summariseProgress } from './progress'
import { findPlanForActor } from './queries'

export async function loadFollowUp(tx: Tx, actor: Actor, planId: string) {
  const plan = await findPlanForActor(tx, actor, planId)
  if (!canAtIssuer(actor, 'plan.view', plan)) throw new ForbiddenError()
  const rows = await planFollowUp(tx, actor.tenantId, plan)
  const planIds = rows.flatMap((row) => (row.plan ? [row.plan.id] : []))
  const progress = summariseProgress(
    rows.map((row) => ({ id: row.unit.id, name: row.unit.name, planId: row.plan?.id ?? null })),
    await progressRows(tx, actor.tenantId, plan.year, planIds),
  )
  return { plan, rows, progress, canRemind: plan.status === 'ISSUED' && canAtIssuer(actor, 'plan.draft', plan) }
}
