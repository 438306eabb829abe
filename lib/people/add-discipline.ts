import type { Actor } from '../auth/actor'
import { withTenant } from '../db/tenant'
import { auditPerson } from './audit'
import { findPersonForActor } from './queries'
import type { AddDisciplineInput } from './schemas'

/** Records a disciplinary measure (kỷ luật); it is in force until lifted. */
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
