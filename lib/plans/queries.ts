// Plans are found by (tenant, id) and must be visible to the actor; otherwise "not found".
import type { Actor } from '../auth/actor'
import { scopeRoots } from '../auth/scope'
import { isUuid, type Tx } from '../db/tenant'
import { NotFoundError } from '../shared/errors'
import { canViewPlan } from './access'
import { searchKey } from './periods'
import { groupByPeriod } from './task-order'
import type { PlanDocument } from './document'
import type { Prisma } from '../generated/prisma/client'

export const planSelect = {
  id: true,
  tenantId: true,
  organizationId: true,
  kind: true,
  status: true,
  year: true,
  symbol: true,
  numberSeq: true,
  documentNumber: true,
  issuerName: true,
  parentIssuerName: true,
  place: true,
  issuedOn: true,
  title: true,
  preamble: true,
  purposes: true,
  requirements: true,
  focusTasks: true,
  movements: true,
  windowFrom: true,
  windowTo: true,
  signerAuthority: true,
  signerPosition: true,
  signerName: true,
  returnComment: true,
  revision: true,
  previousId: true,
  sourcePlanId: true,
  implementationDueOn: true,
  halfYearReportDueOn: true,
  yearReportDueOn: true,
  version: true,
  updatedAt: true,
  organization: { select: { id: true, name: true, path: true, kind: true, shortName: true, parentId: true } },
} as const

export async function findPlanForActor(tx: Tx, actor: Actor, planId: string) {
  if (!isUuid(planId)) throw new NotFoundError('Không tìm thấy kế hoạch.')
  const plan = await tx.plan.findFirst({ where: { tenantId: actor.tenantId, id: planId }, select: planSelect })
  if (!plan || !canViewPlan(actor, plan)) throw new NotFoundError('Không tìm thấy kế hoạch.')
  return plan
}
export type PlanRow = Awaited<ReturnType<typeof findPlanForActor>>

/** Everything the plan page and the exports show, in a fixed number of queries. */
export async function loadPlanContents(tx: Tx, tenantId: string, planId: string) {
  const [legalBases, tasks, units, recipients] = await Promise.all([
    tx.planLegalBasis.findMany({
      where: { tenantId, planId },
      orderBy: { position: 'asc' },
      select: { id: true, text: true, linkedPlanId: true },
    }),
    tx.planTask.findMany({
      where: { tenantId, planId },
      orderBy: { position: 'asc' },
      select: {
        id: true,
        position: true,
        periodLabel: true,
        quarters: true,
        periodFrom: true,
        periodTo: true,
        text: true,
        leadOrganizationId: true,
        coordinatorIds: true,
        dueDate: true,
        status: true,
        sourceTaskId: true,
        lead: { select: { id: true, name: true, path: true } },
        reports: {
          orderBy: { createdAt: 'desc' },
          take: 5,
          select: { id: true, text: true, status: true, reportedOn: true, createdAt: true, authorId: true },
        },
      },
    }),
    tx.planImplementationUnit.findMany({
      where: { tenantId, planId },
      orderBy: { position: 'asc' },
      select: { unitName: true, duties: true, organizationId: true },
    }),
    tx.planRecipient.findMany({
      where: { tenantId, planId },
      orderBy: { position: 'asc' },
      select: { text: true, organizationId: true },
    }),
  ])
  return { legalBases, tasks, units, recipients }
}
export type PlanContents = Awaited<ReturnType<typeof loadPlanContents>>

/** Groups tasks by period label, keeping the order in which periods first appear (home: task-order.ts). */
export const groupTasksByPeriod = groupByPeriod

export function planDocumentOf(plan: PlanRow, contents: PlanContents): PlanDocument {
  return {
    documentType: 'KẾ HOẠCH',
    documentNumber: plan.documentNumber,
    issuer: plan.issuerName,
    parentIssuer: plan.parentIssuerName,
    place: plan.place,
    issuedOn: plan.issuedOn ? plan.issuedOn.toISOString().slice(0, 10) : null,
    title: plan.title,
    legalBases: contents.legalBases.map((b) => b.text),
    preamble: plan.preamble,
    purposes: plan.purposes,
    requirements: plan.requirements,
    focusTasks: plan.focusTasks,
    movements: plan.movements,
    periods: groupTasksByPeriod(contents.tasks).map((g) => ({ label: g.label, tasks: g.tasks.map((t) => t.text) })),
    implementation: contents.units.map((u) => ({ unit: u.unitName, duties: u.duties })),
    recipients: contents.recipients.map((r) => r.text),
    signer:
      plan.signerAuthority || plan.signerPosition || plan.signerName
        ? { authority: plan.signerAuthority, position: plan.signerPosition, name: plan.signerName }
        : null,
  }
}

export const PLAN_PAGE_SIZE = 20

/**
 * Plans the actor sees from a workspace: those of the workspace unit and below (any state the actor
 * may see), and the issued plans of the units above it. Optional search by words, accent-insensitive,
 * over the plan and its tasks.
 */
export async function listPlans(
  tx: Tx,
  actor: Actor,
  workspace: { id: string; path: string },
  options: { page: number; query?: string },
) {
  const ancestorIds = workspace.path.split('/').filter(Boolean).slice(0, -1)
  const terms = searchKey(options.query ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8)
  const roots = scopeRoots(actor.memberships, 'plan.view').filter((root) => workspace.path.startsWith(root))
  const own: Prisma.PlanWhereInput = roots.length
    ? { organization: { path: { startsWith: workspace.path } } }
    : { id: { in: [] } }
  const above: Prisma.PlanWhereInput = { organizationId: { in: ancestorIds }, status: { in: ['ISSUED'] } }
  const where: Prisma.PlanWhereInput = {
    tenantId: actor.tenantId,
    status: { not: 'SUPERSEDED' },
    OR: [own, above],
    AND: terms.map((term) => ({
      OR: [{ searchText: { contains: term } }, { tasks: { some: { searchText: { contains: term } } } }],
    })),
  }
  const [total, plans] = await Promise.all([
    tx.plan.count({ where }),
    tx.plan.findMany({
      where,
      select: {
        id: true,
        title: true,
        year: true,
        status: true,
        documentNumber: true,
        issuedOn: true,
        revision: true,
        organization: { select: { id: true, name: true } },
      },
      orderBy: [{ year: 'desc' }, { updatedAt: 'desc' }],
      skip: (options.page - 1) * PLAN_PAGE_SIZE,
      take: PLAN_PAGE_SIZE,
    }),
  ])
  // Task counts of this page's plans only: Prisma's relation _count would aggregate every task of the tenant.
  const counts = await tx.planTask.groupBy({
    by: ['planId'],
    where: { tenantId: actor.tenantId, planId: { in: plans.map((p) => p.id) } },
    _count: { _all: true },
  })
  const taskCount = new Map(counts.map((c) => [c.planId, c._count._all]))
  const matchingTasks = terms.length
    ? await tx.planTask.findMany({
        where: {
          tenantId: actor.tenantId,
          planId: { in: plans.map((p) => p.id) },
          // every word in the task or its plan, at least one in the task itself
          AND: terms.map((t) => ({ OR: [{ searchText: { contains: t } }, { plan: { searchText: { contains: t } } }] })),
          OR: terms.map((t) => ({ searchText: { contains: t } })),
        },
        select: { id: true, planId: true, text: true, periodLabel: true },
        take: 50,
      })
    : []
  return {
    plans: plans.map((p) => ({ ...p, taskCount: taskCount.get(p.id) ?? 0 })),
    matchingTasks,
    total,
    page: options.page,
    pageCount: Math.max(1, Math.ceil(total / PLAN_PAGE_SIZE)),
  }
}
