import type { Actor } from '../auth/actor'
import { withTenant } from '../db/tenant'
import { ConflictError } from '../shared/errors'
import { auditPerson, personSnapshot } from './audit'
import { assertNotRegistered } from './create-person'
import { nameKey, personKey } from './identity'
import { findPersonForActor, lockRegistry } from './queries'
import type { UpdatePersonInput } from './schemas'

/** Edits a person's details. The version in the form must be the one stored, or the save is refused. */
export async function updatePerson(actor: Actor, input: UpdatePersonInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const person = await findPersonForActor(tx, actor, input.personId, 'people.manage')
    if (person.version !== input.version) throw new ConflictError()
    const sameIdentity =
      personKey(person.organizationId, person.fullName, person.birthDate) ===
      personKey(person.organizationId, input.fullName, input.birthDate)
    if (!sameIdentity) {
      await lockRegistry(tx, actor.tenantId)
      await assertNotRegistered(tx, actor.tenantId, { ...input, organizationId: person.organizationId })
    }
    // The version in the WHERE clause makes a concurrent save lose cleanly instead of overwriting.
    const { count } = await tx.person.updateMany({
      where: { tenantId: actor.tenantId, id: person.id, version: input.version },
      data: {
        fullName: input.fullName,
        gender: input.gender,
        birthDate: input.birthDate,
        position: input.position,
        isLeader: input.isLeader,
        staffCategory: input.staffCategory,
        searchText: nameKey(input.fullName),
        version: { increment: 1 },
      },
    })
    if (count !== 1) throw new ConflictError()
    if (input.position !== person.position) {
      await tx.personAssignment.updateMany({
        where: { tenantId: actor.tenantId, personId: person.id, organizationId: person.organizationId, toDate: null },
        data: { position: input.position },
      })
    }
    await auditPerson(tx, actor, person, 'person.update', {
      before: personSnapshot(person),
      after: personSnapshot(input),
    })
  })
}
