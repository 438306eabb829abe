import { randomUUID } from 'node:crypto'
import type { Actor } from '../auth/actor'
import { withTenant, type Tx } from '../db/tenant'
import { DomainError } from '../shared/errors'
import { auditPerson, personSnapshot } from './audit'
import { nameKey, personKey } from './identity'
import { today } from './labels'
import { existingPersonKeys, findUnitForPeople, lockRegistry } from './queries'
import type { CreatePersonInput } from './schemas'

/** Refuses a second entry for the same person (same unit, name and birth date). */
export async function assertNotRegistered(
  tx: Tx,
  tenantId: string,
  person: { organizationId: string; fullName: string; birthDate: Date | null },
) {
  const existing = await existingPersonKeys(tx, tenantId, [person])
  if (existing.has(personKey(person.organizationId, person.fullName, person.birthDate))) {
    throw new DomainError(
      'Đơn vị đã có người cùng họ tên và ngày sinh. Hãy kiểm tra lại danh sách trước khi thêm.',
      'fullName',
    )
  }
}

/** Adds a person to a unit in the actor's reach, with the first entry of their work history. */
export async function createPerson(actor: Actor, input: CreatePersonInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const unit = await findUnitForPeople(tx, actor, input.organizationId)
    await lockRegistry(tx, actor.tenantId)
    await assertNotRegistered(tx, actor.tenantId, { ...input, organizationId: unit.id })
    const id = randomUUID()
    await tx.person.create({
      data: {
        id,
        tenantId: actor.tenantId,
        organizationId: unit.id,
        fullName: input.fullName,
        gender: input.gender,
        birthDate: input.birthDate,
        position: input.position,
        isLeader: input.isLeader,
        staffCategory: input.staffCategory,
        searchText: nameKey(input.fullName),
      },
    })
    await tx.personAssignment.create({
      data: {
        tenantId: actor.tenantId,
        personId: id,
        organizationId: unit.id,
        position: input.position,
        fromDate: today(),
      },
    })
    await auditPerson(tx, actor, { id, organizationId: unit.id }, 'person.create', {
      after: { ...personSnapshot(input), organizationId: unit.id },
    })
    return { id }
  })
}
