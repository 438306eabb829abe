import type { Actor } from '../auth/actor'
import { withTenant } from '../db/tenant'
import { NotFoundError } from '../shared/errors'
import { auditPerson } from './audit'
import { findPersonForActor } from './queries'
import type { SetDisciplineActiveInput } from './schemas'

/** Marks a disciplinary measure as lifted or expired (hết hiệu lực), or in force again. */
export async function setDisciplineActive(actor: Actor, input: SetDisciplineActiveInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const person = await findPersonForActor(tx, actor, input.personId, 'people.manage')
    const { count } = await tx.discipline.updateMany({
      where: { tenantId: actor.tenantId, id: input.disciplineId, personId: person.id, active: !input.active },
      data: { active: input.active },
    })
    if (count === 0) {
      const exists = await tx.discipline.count({
        where: { tenantId: actor.tenantId, id: input.disciplineId, personId: person.id },
      })
      if (!exists) throw new NotFoundError('Không tìm thấy quyết định kỷ luật.')
      return
    }
    await auditPerson(tx, actor, person, input.active ? 'person.discipline.activate' : 'person.discipline.lift', {
      after: { disciplineId: input.disciplineId, active: input.active },
    })
  })
}
