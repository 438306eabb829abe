// Award history (sổ vàng) of a person or a unit: the AwardRecord rows every eligibility rule reads,
// shown to those whose reach covers the person's unit (or the unit). Anything else is "not found".
import type { Actor } from '../auth/actor'
import { canAt } from '../auth/scope'
import { awardLabel, isAwardCode } from '../awards/catalog'
import { isUuid, type Tx } from '../db/tenant'
import { NotFoundError } from '../shared/errors'
import { decisionIdOf, decisionIds } from '../stats/register'

export const HISTORY_PAGE_SIZE = 50

export type HistoryTarget = { personId: string } | { organizationId: string }

export type AwardHistoryRow = {
  id: string
  year: number
  award: string
  awardLabel: string
  decisionNumber: string | null
  decidedOn: Date | null
  decidedBy: string | null
  thematic: boolean
  /** the decision issued in the app, when the record came from one */
  decisionId: string | null
}

export type AwardHistory = {
  subject: { kind: 'PERSON' | 'UNIT'; id: string; name: string; unitId: string; unitName: string; unitPath: string }
  rows: AwardHistoryRow[]
  total: number
  page: number
  pageCount: number
}

export async function awardHistory(tx: Tx, actor: Actor, target: HistoryTarget, page = 1): Promise<AwardHistory> {
  let subject: AwardHistory['subject']
  if ('personId' in target) {
    if (!isUuid(target.personId)) throw new NotFoundError('Không tìm thấy cán bộ.')
    const person = await tx.person.findFirst({
      where: { tenantId: actor.tenantId, id: target.personId },
      select: { id: true, fullName: true, organization: { select: { id: true, name: true, path: true } } },
    })
    if (!person || !canAt(actor.memberships, 'workspace.view', person.organization))
      throw new NotFoundError('Không tìm thấy cán bộ.')
    subject = {
      kind: 'PERSON',
      id: person.id,
      name: person.fullName,
      unitId: person.organization.id,
      unitName: person.organization.name,
      unitPath: person.organization.path,
    }
  } else {
    if (!isUuid(target.organizationId)) throw new NotFoundError('Không tìm thấy đơn vị.')
    const unit = await tx.organization.findFirst({
      where: { tenantId: actor.tenantId, id: target.organizationId },
      select: { id: true, name: true, path: true },
    })
    if (!unit || !canAt(actor.memberships, 'workspace.view', unit)) throw new NotFoundError('Không tìm thấy đơn vị.')
    subject = { kind: 'UNIT', id: unit.id, name: unit.name, unitId: unit.id, unitName: unit.name, unitPath: unit.path }
  }
  // A unit's history is its own (collective) awards; its people's awards are in their own histories.
  const where =
    subject.kind === 'PERSON'
      ? { tenantId: actor.tenantId, personId: subject.id }
      : { tenantId: actor.tenantId, organizationId: subject.id, personId: null }
  const [total, records] = await Promise.all([
    tx.awardRecord.count({ where }),
    tx.awardRecord.findMany({
      where,
      select: {
        id: true,
        year: true,
        award: true,
        decisionNumber: true,
        decidedOn: true,
        decidedBy: true,
        thematic: true,
      },
      orderBy: [{ year: 'desc' }, { decidedOn: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }],
      skip: (page - 1) * HISTORY_PAGE_SIZE,
      take: HISTORY_PAGE_SIZE,
    }),
  ])
  const decisions = await decisionIds(tx, actor.tenantId, records)
  return {
    subject,
    rows: records.map((r) => ({
      ...r,
      awardLabel: isAwardCode(r.award) ? awardLabel(r.award) : r.award,
      decisionId: decisionIdOf(decisions, r),
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)),
  }
}
