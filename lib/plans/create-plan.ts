import { assertCan, type Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { DomainError } from '../shared/errors'
import { headerData, refreshPlanSearch, replaceContents } from './contents'
import type { CreatePlanInput } from './schemas'
import { parseUnitsBlock } from './units-block'

/** A new draft plan of the issuing unit. */
export async function createPlan(actor: Actor, input: CreatePlanInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const issuer = await findOrganizationForActor(tx, actor, input.organizationId, 'plan.draft')
    assertCan(actor, 'plan.draft', issuer)
    if (!issuer.active) throw new DomainError('Đơn vị ban hành đã ngừng hoạt động.')
    const plan = await tx.plan.create({
      data: {
        tenantId: actor.tenantId,
        organizationId: issuer.id,
        ...headerData(input),
        createdById: actor.userId,
      },
      select: { id: true },
    })
    await replaceContents(tx, actor.tenantId, plan.id, {
      legalBases: input.legalBases.map((text) => ({ text, linkedPlanId: null })),
      units: parseUnitsBlock(input.implementation),
      recipients: input.recipients,
    })
    await refreshPlanSearch(tx, actor.tenantId, plan.id)
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: issuer.id,
      action: 'plan.create',
      targetType: 'Plan',
      targetId: plan.id,
      after: { title: input.title, year: input.year },
    })
    return plan
  })
}
