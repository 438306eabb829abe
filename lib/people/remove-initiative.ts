import type { Actor } from '../auth/actor'
import { withTenant } from '../db/tenant'
import { DomainError, NotFoundError } from '../shared/errors'
import { auditPerson } from './audit'
import { criterionUse } from './labels'
import { findPersonForActor } from './queries'
import type { InitiativeRefInput } from './schemas'

/** Removes an initiative recorded by mistake. One already used as an award criterion stays. */
export async function removeInitiative(actor: Actor, input: InitiativeRefInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const person = await findPersonForActor(tx, actor, input.personId, 'people.manage')
    const row = await tx.initiative.findFirst({
      where: { tenantId: actor.tenantId, id: input.initiativeId, personId: person.id },
      select: {
        id: true,
        year: true,
        title: true,
        level: true,
        uses: { select: { award: true, year: true, releasedAt: true } },
      },
    })
    if (!row) throw new NotFoundError('Không tìm thấy sáng kiến.')
    // Any entry in the ledger (even a released one) is part of an award's history: the initiative stays.
    const used = criterionUse(row) ?? (row.uses.length ? 'đã từng được dùng làm tiêu chí khen thưởng' : null)
    if (used) throw new DomainError(`Sáng kiến ${used}: không thể xóa.`)
    // "no use" in the filter, so a concurrent award claiming it makes this delete a no-op.
    const { count } = await tx.initiative.deleteMany({
      where: { tenantId: actor.tenantId, id: row.id, uses: { none: {} } },
    })
    if (count !== 1) throw new DomainError('Sáng kiến vừa được dùng làm tiêu chí khen thưởng: không thể xóa.')
    await auditPerson(tx, actor, person, 'person.initiative.remove', {
      before: { initiativeId: row.id, year: row.year, title: row.title, level: row.level },
    })
  })
}
