import type { Actor } from '../auth/actor'
import { withTenant } from '../db/tenant'
import { NotFoundError } from '../shared/errors'
import { auditPerson } from './audit'
import { findPersonForActor } from './queries'
import type { DisciplineRefInput } from './schemas'

/** Removes a disciplinary entry recorded by mistake (a lifted one is kept with "hết hiệu lực" instead). */
export async function removeDiscipline(actor: Actor, input: DisciplineRefInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const person = await findPersonForActor(tx, actor, input.personId, 'people.manage')
    const row = await tx.discipline.findFirst({
      where: { tenantId: actor.tenantId, id: input.disciplineId, personId: person.id },
      select: { id: true, year: true, level: true, active: true },
    })
    if (!row) throw new NotFoundError('Không tìm thấy quyết định kỷ luật.')
    await tx.discipline.deleteMany({ where: { tenantId: actor.tenantId, id: row.id } })
    await auditPerson(tx, actor, person, 'person.discipline.remove', {
      before: { disciplineId: row.id, year: row.year, level: row.level, active: row.active },
    })
  })
}
