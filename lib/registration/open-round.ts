import { assertCan, type Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { DomainError } from '../shared/errors'
import type { OpenRoundInput } from './schemas'

/** The managing level opens (or moves the deadline of) the registration of the units below it. */
export async function openRound(actor: Actor, input: OpenRoundInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const unit = await findOrganizationForActor(tx, actor, input.organizationId, 'registration.review')
    assertCan(actor, 'registration.review', unit)
    if (input.deadline.getUTCFullYear() < input.year - 1 || input.deadline.getUTCFullYear() > input.year) {
      throw new DomainError(`Hạn đăng ký phải thuộc năm ${input.year} (hoặc cuối năm trước).`, 'deadline')
    }
    const round = await tx.registrationRound.upsert({
      where: { tenantId_organizationId_year: { tenantId: actor.tenantId, organizationId: unit.id, year: input.year } },
      create: {
        tenantId: actor.tenantId,
        organizationId: unit.id,
        year: input.year,
        deadline: input.deadline,
        note: input.note,
      },
      update: { deadline: input.deadline, note: input.note },
      select: { id: true },
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'registration.open_round',
      targetType: 'RegistrationRound',
      targetId: round.id,
      after: { year: input.year, deadline: input.deadline.toISOString().slice(0, 10) },
    })
    return round
  })
}
