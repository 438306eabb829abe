import type { Actor } from '../auth/actor'
import { withTenant, type Tx } from '../db/tenant'
import { auditPerson } from './audit'
import { findPersonForActor } from './queries'
import type { YearRecordInput } from './schemas'

/** The unit a person belonged to at the end of `year` (from the work history), else their current unit. */
async function unitInYear(tx: Tx, tenantId: string, person: { id: string; organizationId: string }, year: number) {
  const assignment = await tx.personAssignment.findFirst({
    where: {
      tenantId,
      personId: person.id,
      fromDate: { lte: new Date(Date.UTC(year, 11, 31)) },
      OR: [{ toDate: null }, { toDate: { gte: new Date(Date.UTC(year, 0, 1)) } }],
    },
    orderBy: { fromDate: 'desc' },
    select: { organizationId: true },
  })
  return assignment?.organizationId ?? person.organizationId
}

/** Sets (or clears) a person's task rating for a year: one record per person and year. */
export async function saveYearRecord(actor: Actor, input: YearRecordInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const person = await findPersonForActor(tx, actor, input.personId, 'people.manage')
    const key = { tenantId: actor.tenantId, personId: person.id, year: input.year }
    const before = await tx.personYearRecord.findUnique({
      where: { tenantId_personId_year: key },
      select: { rating: true },
    })
    if (before && before.rating === input.rating) return
    const organizationId = await unitInYear(tx, actor.tenantId, person, input.year)
    await tx.personYearRecord.upsert({
      where: { tenantId_personId_year: key },
      create: { ...key, rating: input.rating, organizationId },
      update: { rating: input.rating, organizationId, version: { increment: 1 } },
    })
    await auditPerson(tx, actor, person, 'person.rating', {
      before: { year: input.year, rating: before?.rating ?? null },
      after: { year: input.year, rating: input.rating },
    })
  })
}
