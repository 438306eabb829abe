// Follow-up of the units below an issued plan: who has sent its implementing plan, its six-monthly
// review (sơ kết) and its year-end summary (tổng kết) by the deadlines the plan sets, and reminders to
// those who have not. A notice in the app (Notification) is the reminder.
//
// What counts as "sent" (docs/decisions/0014-plan-follow-up.md): the implementing plan when it is
// issued; a six-monthly report when the unit has reported progress on the tasks of its implementing
// plan in the plan's year; the year-end report when it has reported after the six-monthly deadline.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { lockKey, withTenant, type Tx } from '../db/tenant'
import { todayInVietnam, vnDate } from '../shared/dates'
import { DomainError, ForbiddenError } from '../shared/errors'
import { canAtIssuer } from './access'
import { findPlanForActor } from './queries'

export type FollowUpKind = 'IMPLEMENTATION' | 'HALF_YEAR' | 'YEAR'
export const FOLLOW_UP_KINDS: readonly FollowUpKind[] = ['IMPLEMENTATION', 'HALF_YEAR', 'YEAR']

export const FOLLOW_UP_LABELS: Record<FollowUpKind, string> = {
  IMPLEMENTATION: 'kế hoạch thực hiện',
  HALF_YEAR: 'báo cáo sơ kết 6 tháng',
  YEAR: 'báo cáo tổng kết năm',
}

/** SENT on time, LATE (sent after the deadline), OVERDUE (deadline passed, nothing sent), PENDING, NONE (no deadline set). */
export type FollowUpState = 'SENT' | 'LATE' | 'OVERDUE' | 'PENDING' | 'NONE'

export function followUpState(due: Date | null, sentOn: Date | null, today: Date): FollowUpState {
  if (sentOn) return due && sentOn.getTime() > due.getTime() ? 'LATE' : 'SENT'
  if (!due) return 'NONE'
  return today.getTime() > due.getTime() ? 'OVERDUE' : 'PENDING'
}

interface Deadlines {
  implementationDueOn: Date | null
  halfYearReportDueOn: Date | null
  yearReportDueOn: Date | null
}

export function dueOf(plan: Deadlines, kind: FollowUpKind): Date | null {
  if (kind === 'IMPLEMENTATION') return plan.implementationDueOn
  if (kind === 'HALF_YEAR') return plan.halfYearReportDueOn
  return plan.yearReportDueOn
}

export const followUpLink = (planId: string) => `/ke-hoach/${planId}`

type PlanForFollowUp = Deadlines & { id: string; organizationId: string; year: number }

/** One row per unit directly below the issuer (at most 500), in five queries whatever their number. */
export async function planFollowUp(tx: Tx, tenantId: string, plan: PlanForFollowUp, today = todayInVietnam()) {
  const [units, implementing] = await Promise.all([
    tx.organization.findMany({
      where: { tenantId, parentId: plan.organizationId, active: true },
      select: { id: true, name: true },
      orderBy: [{ kind: 'asc' }, { name: 'asc' }],
      take: 500,
    }),
    tx.plan.findMany({
      where: { tenantId, sourcePlanId: plan.id, status: { not: 'SUPERSEDED' } },
      select: { id: true, organizationId: true, status: true, issuedOn: true },
    }),
  ])
  const planIds = implementing.map((p) => p.id)
  const yearStart = new Date(Date.UTC(plan.year, 0, 1))
  const secondHalf = plan.halfYearReportDueOn ?? new Date(Date.UTC(plan.year, 5, 30))
  const [reports, reminders] = await Promise.all([
    planIds.length
      ? tx.$queryRaw<{ planId: string; firstHalf: Date | null; secondHalf: Date | null }[]>`
          SELECT t."planId" AS "planId",
                 min(r."reportedOn") FILTER (WHERE r."reportedOn" >= ${yearStart}) AS "firstHalf",
                 min(r."reportedOn") FILTER (WHERE r."reportedOn" > ${secondHalf}) AS "secondHalf"
            FROM "PlanTaskReport" r
            JOIN "PlanTask" t ON t."tenantId" = r."tenantId" AND t."id" = r."taskId"
           WHERE r."tenantId" = ${tenantId}::uuid AND t."planId" = ANY(${planIds}::uuid[])
           GROUP BY t."planId"`
      : Promise.resolve([]),
    tx.notification.groupBy({
      by: ['organizationId'],
      where: { tenantId, link: followUpLink(plan.id), organizationId: { in: units.map((u) => u.id) } },
      _max: { createdAt: true },
      _count: { _all: true },
    }),
  ])
  const planByUnit = new Map(implementing.map((p) => [p.organizationId, p]))
  const reportsByPlan = new Map(reports.map((r) => [r.planId, r]))
  const reminderByUnit = new Map(reminders.map((r) => [r.organizationId, r]))
  return units.map((unit) => {
    const own = planByUnit.get(unit.id) ?? null
    const report = own ? reportsByPlan.get(own.id) : undefined
    const sentOn: Record<FollowUpKind, Date | null> = {
      IMPLEMENTATION: own?.status === 'ISSUED' ? own.issuedOn : null,
      HALF_YEAR: report?.firstHalf ?? null,
      YEAR: report?.secondHalf ?? null,
    }
    const reminder = reminderByUnit.get(unit.id)
    return {
      unit,
      plan: own,
      states: Object.fromEntries(
        FOLLOW_UP_KINDS.map((kind) => [
          kind,
          { sentOn: sentOn[kind], state: followUpState(dueOf(plan, kind), sentOn[kind], today) },
        ]),
      ) as Record<FollowUpKind, { sentOn: Date | null; state: FollowUpState }>,
      lastReminder: reminder?._max.createdAt ?? null,
      reminders: reminder?._count._all ?? 0,
    }
  })
}

export type FollowUpRow = Awaited<ReturnType<typeof planFollowUp>>[number]

/** Reminders are sent at most once a day to a unit for the same plan and matter. */
const REMINDER_GAP_MS = 20 * 3_600_000

/**
 * Reminds the units below that have not sent what the plan asks by its deadline: a notice in each
 * unit's workspace, linking to the plan. Only the issuing level's staff may remind; a unit that has
 * sent, or was reminded less than a day ago, is skipped and counted as such.
 */
export async function remindUnits(
  actor: Actor,
  input: { planId: string; kind: FollowUpKind; organizationIds: string[] | null },
  now = new Date(),
) {
  return withTenant(actor.tenantId, async (tx) => {
    const plan = await findPlanForActor(tx, actor, input.planId)
    if (!canAtIssuer(actor, 'plan.draft', plan)) throw new ForbiddenError()
    if (plan.status !== 'ISSUED') throw new DomainError('Chỉ nhắc cấp dưới khi kế hoạch đã ban hành.')
    const due = dueOf(plan, input.kind)
    if (!due) throw new DomainError(`Kế hoạch chưa đặt hạn gửi ${FOLLOW_UP_LABELS[input.kind]}.`, 'kind')
    await lockKey(tx, `plan-remind:${plan.id}`) // two clicks send one round of notices
    const rows = await planFollowUp(tx, actor.tenantId, plan, todayInVietnam(now))
    const wanted = input.organizationIds ? new Set(input.organizationIds) : null
    if (wanted && [...wanted].some((id) => !rows.some((row) => row.unit.id === id))) {
      throw new DomainError('Chỉ nhắc được đơn vị trực thuộc đơn vị ban hành kế hoạch.')
    }
    const overdue = rows.filter(
      (row) => (!wanted || wanted.has(row.unit.id)) && row.states[input.kind].state === 'OVERDUE',
    )
    const targets = overdue.filter(
      (row) => !row.lastReminder || now.getTime() - row.lastReminder.getTime() >= REMINDER_GAP_MS,
    )
    if (overdue.length === 0) throw new DomainError('Không có đơn vị nào quá hạn mà chưa gửi.')
    const number = plan.documentNumber ? `số ${plan.documentNumber} ` : ''
    const text = `${plan.organization.name} nhắc: đã quá hạn ngày ${vnDate(due)}, đơn vị chưa gửi ${FOLLOW_UP_LABELS[input.kind]} theo Kế hoạch ${number}về ${plan.title.charAt(0).toLowerCase()}${plan.title.slice(1)}.`
    if (targets.length > 0) {
      await tx.notification.createMany({
        data: targets.map((row) => ({
          tenantId: actor.tenantId,
          organizationId: row.unit.id,
          text: text.slice(0, 1000),
          link: followUpLink(plan.id),
          createdAt: now,
        })),
      })
      await recordAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        organizationId: plan.organizationId,
        action: 'plan.remind',
        targetType: 'Plan',
        targetId: plan.id,
        after: { kind: input.kind, organizationIds: targets.map((row) => row.unit.id) },
      })
    }
    return { reminded: targets.length, skipped: overdue.length - targets.length }
  })
}

/** The newest notices about plans for a unit's workspace (reminders from the level above), at most `take`. */
export async function planNotices(tx: Tx, tenantId: string, organizationId: string, take = 5) {
  return tx.notification.findMany({
    where: { tenantId, organizationId, link: { startsWith: '/ke-hoach/' } },
    select: { id: true, text: true, link: true, createdAt: true },
    orderBy: { createdAt: 'desc' },
    take,
  })
}
