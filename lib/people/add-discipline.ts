import type { Actor } from '../auth/actor'
import { withTenant } from '../db/tenant'
import { auditPerson } from './audit'
import { suggestedEnd } from './discipline-terms'
import { findPersonForActor } from './queries'
import type { AddDisciplineInput } from './schemas'

/**
 * Records a disciplinary measure (kỷ luật) with its form and period. Without an end date the suggested
 * term of the form applies (lib/people/discipline-terms.ts); eligibility counts achievements only after it.
 */
export async function addDiscipline(actor: Actor, input: AddDisciplineInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const person = await findPersonForActor(tx, actor, input.personId, 'people.manage')
    const created = await tx.discipline.create({
      data: {
        tenantId: actor.tenantId,
        personId: person.id,
        year: input.year,
        level: input.level,
        decidedOn: input.decidedOn,
        startsOn: input.startsOn ?? input.decidedOn,
        endsOn: input.endsOn ?? suggestedEnd(input.level, input.startsOn ?? input.decidedOn),
        reference: input.reference ?? null,
        note: input.note,
      },
      select: { id: true },
    })
    await auditPerson(tx, actor, person, 'person.discipline.add', {
      after: {
        disciplineId: created.id,
        year: input.year,
        level: input.level,
        decidedOn: input.decidedOn?.toISOString().slice(0, 10) ?? null,
      },
    })
    return created
  })
}
