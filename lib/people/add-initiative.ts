import type { Actor } from '../auth/actor'
import { withTenant } from '../db/tenant'
import { auditPerson } from './audit'
import { findPersonForActor } from './queries'
import type { AddInitiativeInput } from './schemas'

/** Records a recognised initiative (sáng kiến); it is unused as an award criterion until an award claims it. */
export async function addInitiative(actor: Actor, input: AddInitiativeInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const person = await findPersonForActor(tx, actor, input.personId, 'people.manage')
    const created = await tx.initiative.create({
      data: {
        tenantId: actor.tenantId,
        personId: person.id,
        year: input.year,
        title: input.title,
        level: input.level,
        recognizedBy: input.recognizedBy,
      },
      select: { id: true },
    })
    await auditPerson(tx, actor, person, 'person.initiative.add', {
      after: { initiativeId: created.id, year: input.year, title: input.title, level: input.level },
    })
    return created
  })
}
