// New drafts made from an issued plan: a revision of the same plan (same unit, revision n+1) or the
// implementing plan of a lower unit (cascade), whose tasks keep a link to the tasks they came from.
import { assertCan, type Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { isWithin } from '../auth/scope'
import { lockKey, withTenant } from '../db/tenant'
import { vnDate } from '../shared/dates'
import { findOrganizationForActor } from '../organizations/queries'
import { DomainError } from '../shared/errors'
import { placeOf, refreshPlanSearch, replaceContents } from './contents'
import { planForAction } from './guard'
import { defaultSymbol } from './numbering'
import { searchKey } from './periods'
import { findPlanForActor, loadPlanContents } from './queries'
import { stateError } from './workflow'
import { branchUnits } from './assign-units'
import { mapLeadDown } from './unit-suggestions'

/** "Thực hiện Kế hoạch số 55/KH-UBND ngày 26/02/2020 của Ủy ban nhân dân huyện Mai Sơn về công tác…" */
export function implementingBasis(source: {
  documentNumber: string | null
  issuedOn: Date | null
  organizationName: string
  title: string
}) {
  const number = source.documentNumber ? ` số ${source.documentNumber}` : ''
  const date = source.issuedOn ? ` ngày ${vnDate(source.issuedOn)}` : ''
  const subject = source.title.charAt(0).toLowerCase() + source.title.slice(1)
  return `Thực hiện Kế hoạch${number}${date} của ${source.organizationName} về ${subject}`
}

export async function revisePlan(actor: Actor, planId: string) {
  return withTenant(actor.tenantId, async (tx) => {
    const plan = await planForAction(tx, actor, planId, 'revise')
    await lockKey(tx, `plan-revision:${plan.id}`) // a double click makes one revision, not two
    const open = await tx.plan.findFirst({
      where: { tenantId: actor.tenantId, previousId: plan.id, status: { not: 'SUPERSEDED' } },
      select: { id: true },
    })
    if (open) throw new DomainError('Kế hoạch này đã có một bản sửa đổi đang soạn.')
    const contents = await loadPlanContents(tx, actor.tenantId, plan.id)
    const {
      id: _id,
      organization: _org,
      tenantId: _t,
      version: _v,
      updatedAt: _u,
      documentNumber: _d,
      numberSeq: _n,
      issuedOn: _i,
      returnComment: _r,
      status: _s,
      ...rest
    } = plan
    const draft = await tx.plan.create({
      data: {
        ...rest,
        tenantId: actor.tenantId,
        revision: plan.revision + 1,
        previousId: plan.id,
        createdById: actor.userId,
      },
      select: { id: true },
    })
    await replaceContents(tx, actor.tenantId, draft.id, {
      legalBases: contents.legalBases.map((b) => ({ text: b.text, linkedPlanId: b.linkedPlanId })),
      units: contents.units.map((u) => ({ unit: u.unitName, duties: u.duties })),
      recipients: contents.recipients.map((r) => r.text),
    })
    await tx.planTask.createMany({
      data: contents.tasks.map((t) => ({
        tenantId: actor.tenantId,
        planId: draft.id,
        position: t.position,
        periodLabel: t.periodLabel,
        quarters: t.quarters,
        periodFrom: t.periodFrom,
        periodTo: t.periodTo,
        text: t.text,
        searchText: searchKey(`${t.periodLabel} ${t.text}`),
        leadOrganizationId: t.leadOrganizationId,
        coordinatorIds: t.coordinatorIds,
        dueDate: t.dueDate,
        sourceTaskId: t.sourceTaskId,
      })),
    })
    await refreshPlanSearch(tx, actor.tenantId, draft.id)
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: plan.organizationId,
      action: 'plan.revise',
      targetType: 'Plan',
      targetId: draft.id,
      before: { previousId: plan.id },
    })
    return draft
  })
}

/** A lower unit starts its own plan implementing an issued plan of a unit above it. */
export async function createImplementingPlan(actor: Actor, input: { planId: string; organizationId: string }) {
  return withTenant(actor.tenantId, async (tx) => {
    const source = await findPlanForActor(tx, actor, input.planId)
    const stateProblem = stateError('implement', source.status)
    if (stateProblem) throw new DomainError(stateProblem)
    const unit = await findOrganizationForActor(tx, actor, input.organizationId, 'plan.draft')
    assertCan(actor, 'plan.draft', unit)
    if (unit.id === source.organizationId || !isWithin(unit.path, source.organization.path)) {
      throw new DomainError('Chỉ đơn vị cấp dưới của đơn vị ban hành mới xây dựng kế hoạch thực hiện.')
    }
    await lockKey(tx, `plan-implementation:${source.id}:${unit.id}`) // one implementing plan per unit
    const existing = await tx.plan.findFirst({
      where: {
        tenantId: actor.tenantId,
        organizationId: unit.id,
        sourcePlanId: source.id,
        status: { not: 'SUPERSEDED' },
      },
      select: { id: true },
    })
    if (existing) throw new DomainError('Đơn vị đã có kế hoạch thực hiện kế hoạch này.')
    const parent = unit.parentId
      ? await tx.organization.findFirst({
          where: { tenantId: actor.tenantId, id: unit.parentId },
          select: { name: true },
        })
      : null
    const [contents, branch] = await Promise.all([
      loadPlanContents(tx, actor.tenantId, source.id),
      branchUnits(tx, actor.tenantId, unit.path),
    ])
    const plan = await tx.plan.create({
      data: {
        tenantId: actor.tenantId,
        organizationId: unit.id,
        kind: source.kind,
        year: source.year,
        symbol: defaultSymbol(unit),
        issuerName: unit.name.toUpperCase(),
        parentIssuerName: parent?.name.toUpperCase() ?? null,
        place: placeOf(unit.name) ?? source.place,
        title: source.title,
        windowFrom: source.windowFrom,
        windowTo: source.windowTo,
        sourcePlanId: source.id,
        createdById: actor.userId,
      },
      select: { id: true },
    })
    await replaceContents(tx, actor.tenantId, plan.id, {
      legalBases: [
        {
          text: implementingBasis({
            documentNumber: source.documentNumber,
            issuedOn: source.issuedOn,
            organizationName: source.organization.name,
            title: source.title,
          }),
          linkedPlanId: source.id,
        },
      ],
      units: [],
      recipients: [],
    })
    await tx.planTask.createMany({
      data: contents.tasks.map((t, position) => ({
        tenantId: actor.tenantId,
        planId: plan.id,
        position,
        periodLabel: t.periodLabel,
        quarters: t.quarters,
        periodFrom: t.periodFrom,
        periodTo: t.periodTo,
        text: t.text,
        searchText: searchKey(`${t.periodLabel} ${t.text}`),
        // the unit of this branch that takes the task over, where there is one
        leadOrganizationId: t.lead ? (mapLeadDown(t.lead, branch, unit.path)?.id ?? null) : null,
        dueDate: t.dueDate,
        sourceTaskId: t.id,
      })),
    })
    await refreshPlanSearch(tx, actor.tenantId, plan.id)
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'plan.implement',
      targetType: 'Plan',
      targetId: plan.id,
      after: { sourcePlanId: source.id },
    })
    return plan
  })
}
