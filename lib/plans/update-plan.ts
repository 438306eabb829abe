import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { DomainError } from '../shared/errors'
import { headerData, keepLinks, refreshPlanSearch, replaceContents } from './contents'
import { bumpVersion, planForAction } from './guard'
import type { UpdatePlanInput } from './schemas'
import { parseUnitsBlock } from './units-block'

/** Saves the header and lists of a draft (or returned) plan; a stale form gets a conflict. */
export async function updatePlan(actor: Actor, input: UpdatePlanInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const plan = await planForAction(tx, actor, input.planId, 'edit', input.version)
    // Changing the year or window must not strand tasks outside it.
    const tasks = await tx.planTask.findMany({
      where: { tenantId: actor.tenantId, planId: plan.id },
      select: { periodFrom: true, periodTo: true, quarters: true, periodLabel: true },
    })
    const from = input.kind === 'CAMPAIGN' ? input.windowFrom! : new Date(Date.UTC(input.year, 0, 1))
    const to = input.kind === 'CAMPAIGN' ? input.windowTo! : new Date(Date.UTC(input.year, 11, 31))
    const outside = tasks.find((t) => t.periodFrom && t.periodTo && (t.periodFrom < from || t.periodTo > to))
    if (outside)
      throw new DomainError(
        `Có nhiệm vụ (${outside.periodLabel}) nằm ngoài thời gian mới của kế hoạch: hãy sửa nhiệm vụ đó trước.`,
        'year',
      )
    const previous = await tx.planLegalBasis.findMany({
      where: { tenantId: actor.tenantId, planId: plan.id },
      select: { text: true, linkedPlanId: true },
    })
    await bumpVersion(tx, actor.tenantId, plan.id, input.version, headerData(input))
    await replaceContents(tx, actor.tenantId, plan.id, {
      legalBases: keepLinks(input.legalBases, previous),
      units: parseUnitsBlock(input.implementation),
      recipients: input.recipients,
    })
    await refreshPlanSearch(tx, actor.tenantId, plan.id)
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: plan.organizationId,
      action: 'plan.update',
      targetType: 'Plan',
      targetId: plan.id,
      before: { title: plan.title, version: plan.version },
      after: { title: input.title, version: plan.version + 1 },
    })
  })
}
