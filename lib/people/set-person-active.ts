import type { Actor } from '../auth/actor'
import { withTenant } from '../db/tenant'
import { ConflictError } from '../shared/errors'
import { auditPerson } from './audit'
import { findPersonForActor } from './queries'
import type { SetPersonActiveInput } from './schemas'

/**
 * Stops following a person (retired, left the service) or follows them again. People are never deleted:
 * their ratings, initiatives and awards stay part of the unit's history.
 */
export async function setPersonActive(actor: Actor, input: SetPersonActiveInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const person = await findPersonForActor(tx, actor, input.personId, 'people.manage')
    if (person.version !== input.version) throw new ConflictError()
    if (person.active === input.active) return
    const { count } = await tx.person.updateMany({
      where: { tenantId: actor.tenantId, id: person.id, version: input.version },
      data: { active: input.active, version: { increment: 1 } },
    })
    if (count !== 1) throw new ConflictError()
    await auditPerson(tx, actor, person, input.active ? 'person.activate' : 'person.deactivate', {
      before: { active: person.active },
      after: { active: input.active },
    })
  })
}
