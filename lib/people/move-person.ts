import type { Actor } from '../auth/actor'
import { withTenant } from '../db/tenant'
import { ConflictError, DomainError } from '../shared/errors'
import { auditPerson } from './audit'
import { today, vnDate } from './labels'
import { findPersonForActor, findUnitForPeople } from './queries'
import type { MovePersonInput } from './schemas'

/**
 * Moves a person to another unit within the actor's reach: the current assignment is closed on the move
 * date and a new one opens, so the work history stays.
 */
export async function movePerson(actor: Actor, input: MovePersonInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const person = await findPersonForActor(tx, actor, input.personId, 'people.manage')
    const target = await findUnitForPeople(tx, actor, input.organizationId)
    if (person.version !== input.version) throw new ConflictError()
    if (!person.active)
      throw new DomainError('Người này đang ngừng theo dõi: hãy theo dõi lại trước khi chuyển đơn vị.')
    if (target.id === person.organizationId) throw new DomainError('Người này đã thuộc đơn vị này.', 'organizationId')
    const movedOn = input.movedOn ?? today()
    if (movedOn > today()) throw new DomainError('Ngày chuyển không được sau ngày hôm nay.', 'movedOn')
    const current = await tx.personAssignment.findFirst({
      where: { tenantId: actor.tenantId, personId: person.id, toDate: null },
      orderBy: { fromDate: 'desc' },
      select: { id: true, fromDate: true },
    })
    if (current && movedOn < current.fromDate) {
      throw new DomainError(
        `Ngày chuyển phải từ ngày ${vnDate(current.fromDate)} (ngày bắt đầu ở đơn vị hiện tại) trở đi.`,
        'movedOn',
      )
    }
    const position = input.position ?? person.position
    const { count } = await tx.person.updateMany({
      where: { tenantId: actor.tenantId, id: person.id, version: input.version },
      data: { organizationId: target.id, position, version: { increment: 1 } },
    })
    if (count !== 1) throw new ConflictError()
    await tx.personAssignment.updateMany({
      where: { tenantId: actor.tenantId, personId: person.id, toDate: null },
      data: { toDate: movedOn },
    })
    await tx.personAssignment.create({
      data: { tenantId: actor.tenantId, personId: person.id, organizationId: target.id, position, fromDate: movedOn },
    })
    await auditPerson(tx, actor, { id: person.id, organizationId: target.id }, 'person.move', {
      before: { organizationId: person.organizationId, position: person.position },
      after: { organizationId: target.id, position, movedOn: movedOn.toISOString().slice(0, 10) },
    })
  })
}
