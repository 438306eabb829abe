// Staff entry of dated conduct records (ConductRecord, source STAFF): an investigation, inspection,
// complaint or violation of a person or a unit, from a document the secretariat holds. Eligibility reads
// them (lib/awards/eligibility/blocks.ts); the year-end consultation writes its own (source CONSULTATION).
import type { Actor } from '../auth/actor'
import { actorCan } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant, type Tx } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { DomainError, NotFoundError } from '../shared/errors'
import { findPersonForActor } from './queries'
import type { AddConductInput, CloseConductInput } from './schemas'

export const CONDUCT_PAGE_SIZE = 50

export async function addConductRecord(actor: Actor, input: AddConductInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const person = input.personId ? await findPersonForActor(tx, actor, input.personId, 'people.manage') : null
    const unit = person ? null : await findOrganizationForActor(tx, actor, input.organizationId!, 'people.manage')
    const created = await tx.conductRecord.create({
      data: {
        tenantId: actor.tenantId,
        personId: person?.id ?? null,
        organizationId: unit?.id ?? null,
        kind: input.kind,
        startedOn: input.startedOn,
        endedOn: input.endedOn,
        summary: input.summary,
        reference: input.reference,
        source: 'STAFF',
        createdById: actor.userId,
      },
      select: { id: true },
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: person?.organizationId ?? unit!.id,
      action: 'conduct.add',
      targetType: 'ConductRecord',
      targetId: created.id,
      after: { kind: input.kind, startedOn: input.startedOn.toISOString().slice(0, 10), summary: input.summary },
    })
    return created
  })
}

/** Closes an open record on the day it was concluded (its end may not precede its start). */
export async function closeConductRecord(actor: Actor, input: CloseConductInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const row = await tx.conductRecord.findFirst({
      where: { tenantId: actor.tenantId, id: input.conductId },
      select: { id: true, personId: true, organizationId: true, startedOn: true, endedOn: true },
    })
    if (!row) throw new NotFoundError('Không tìm thấy ghi nhận.')
    const unitId = row.personId
      ? (await findPersonForActor(tx, actor, row.personId, 'people.manage')).organizationId
      : row.organizationId!
    const unit = await tx.organization.findFirstOrThrow({
      where: { tenantId: actor.tenantId, id: unitId },
      select: { id: true, path: true },
    })
    if (!actorCan(actor, 'people.manage', unit)) throw new NotFoundError('Không tìm thấy ghi nhận.')
    if (row.endedOn) throw new DomainError('Ghi nhận này đã kết thúc.')
    if (input.endedOn < row.startedOn) throw new DomainError('Ngày kết thúc phải sau ngày bắt đầu.', 'endedOn')
    await tx.conductRecord.update({ where: { id: row.id }, data: { endedOn: input.endedOn } })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'conduct.close',
      targetType: 'ConductRecord',
      targetId: row.id,
      after: { endedOn: input.endedOn.toISOString().slice(0, 10) },
    })
  })
}

/** One page of the conduct records of a person or a unit, newest first (the caller checked access). */
export async function listConduct(
  tx: Tx,
  tenantId: string,
  subject: { personId: string } | { organizationId: string },
  page = 1,
) {
  const where = { tenantId, ...subject }
  const [total, rows] = await Promise.all([
    tx.conductRecord.count({ where }),
    tx.conductRecord.findMany({
      where,
      select: {
        id: true,
        kind: true,
        startedOn: true,
        endedOn: true,
        summary: true,
        reference: true,
        source: true,
        sourceBody: true,
      },
      orderBy: [{ startedOn: 'desc' }, { createdAt: 'desc' }],
      skip: (page - 1) * CONDUCT_PAGE_SIZE,
      take: CONDUCT_PAGE_SIZE,
    }),
  ])
  return { total, rows, page, pageCount: Math.max(1, Math.ceil(total / CONDUCT_PAGE_SIZE)) }
}
