// Follow-up of the units below an issued plan: deadlines the plan sets, who has sent its implementing
// plan and its six-monthly report, reminders (a notice to each overdue unit, at most once a day).
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { createImplementingPlan } from '../../lib/plans/copy-plan'
import { setDeadlines } from '../../lib/plans/deadlines'
import { planFollowUp, remindUnits } from '../../lib/plans/follow-up'
import { progressRows, summariseProgress } from '../../lib/plans/progress'
import { reportTask } from '../../lib/plans/report-task'
import { deadlinesSchema } from '../../lib/plans/schemas'
import { saveTask } from '../../lib/plans/tasks'
import { DomainError, ForbiddenError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'
import { createProvincePlan, planVersion, submitAndIssue } from '../support/plans'

let dn: Awaited<ReturnType<typeof createTenant>>
let province: Actor
let provinceLeader: Actor
let district: Actor
let districtLeader: Actor
let planId: string
let districtPlanId: string

const version = planVersion
const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

beforeAll(async () => {
  dn = await createTenant(0)
  province = await actorFor(dn, 'noivu.dongnai')
  provinceLeader = await actorFor(dn, 'lanhdao.dongnai')
  district = await actorFor(dn, 'noivu.longthanh')
  districtLeader = await actorFor(dn, 'lanhdao.longthanh')
  ;({ id: planId } = await createProvincePlan(province, dn.units.get('tinh')!))
  for (const period of ['Q1', 'Q4'] as const) {
    await saveTask(province, {
      planId,
      version: await version(planId),
      taskId: null,
      period,
      periodFrom: null,
      periodTo: null,
      text: `Nhiệm vụ ${period}`,
      leadOrganizationId: dn.units.get('an-phuoc')!, // inside Long Thành's branch: kept in its copy
      coordinatorIds: [],
      dueDate: null,
    })
  }
  await submitAndIssue(planId, province, provinceLeader, '2020-02-01')
  ;({ id: districtPlanId } = await createImplementingPlan(district, {
    planId,
    organizationId: dn.units.get('long-thanh')!,
  }))
  await submitAndIssue(districtPlanId, district, districtLeader, '2020-03-10')
})

const deadlines = async (fields: Record<string, string>) =>
  setDeadlines(province, deadlinesSchema.parse({ planId, version: String(await version(planId)), ...fields }))

describe('deadlines the plan sets for the units below', () => {
  it('refuses a deadline outside the plan year and a review due before the implementing plan', async () => {
    await expect(deadlines({ implementationDueOn: '2021-03-15' })).rejects.toMatchObject({
      field: 'implementationDueOn',
    })
    await expect(
      deadlines({ implementationDueOn: '2020-03-15', halfYearReportDueOn: '2020-03-01' }),
    ).rejects.toBeInstanceOf(DomainError)
    await expect(
      setDeadlines(district, deadlinesSchema.parse({ planId, version: String(await version(planId)) })),
    ).rejects.toBeInstanceOf(ForbiddenError)
  })

  it('tells who has sent its implementing plan and six-monthly report by the deadlines', async () => {
    await deadlines({
      implementationDueOn: '2020-03-15',
      halfYearReportDueOn: '2020-07-15',
      yearReportDueOn: '2020-12-20',
    })
    const task = await ownerDb().planTask.findFirstOrThrow({ where: { planId: districtPlanId, periodLabel: 'Quý I' } })
    const head = await actorFor(dn, 'thutruong.anphuoc')
    await reportTask(head, { taskId: task.id, status: 'DONE', text: 'Đã tổng kết', reportedOn: day('2020-06-20') })
    const rows = await withTenant(dn.id, async (tx) =>
      planFollowUp(tx, dn.id, await tx.plan.findUniqueOrThrow({ where: { id: planId } }), day('2020-08-01')),
    )
    const of = (key: string) => rows.find((r) => r.unit.id === dn.units.get(key))!
    expect(of('long-thanh').states.IMPLEMENTATION).toEqual({ state: 'SENT', sentOn: day('2020-03-10') })
    expect(of('long-thanh').states.HALF_YEAR).toEqual({ state: 'SENT', sentOn: day('2020-06-20') })
    expect(of('long-thanh').states.YEAR.state).toBe('PENDING')
    expect(of('cam-my').states.IMPLEMENTATION.state).toBe('OVERDUE')
    expect(of('cam-my').states.HALF_YEAR.state).toBe('OVERDUE')

    const progress = await withTenant(dn.id, async (tx) =>
      summariseProgress(
        rows.map((r) => ({ id: r.unit.id, name: r.unit.name, planId: r.plan?.id ?? null })),
        await progressRows(tx, dn.id, 2020, [districtPlanId]),
      ),
    )
    expect(progress.halfYear).toEqual({ NOT_STARTED: 0, IN_PROGRESS: 0, DONE: 1, total: 1 })
    expect(progress.year).toEqual({ NOT_STARTED: 1, IN_PROGRESS: 0, DONE: 1, total: 2 })
    expect(progress.perPeriod.map((p) => p.label)).toEqual(['Quý I', 'Quý IV'])
  })
})

describe('reminders', () => {
  it('notifies each overdue unit once a day, never a unit that has sent, and only from the issuing level', async () => {
    const now = new Date('2026-12-03T03:00:00Z')
    const first = await remindUnits(province, { planId, kind: 'IMPLEMENTATION', organizationIds: null }, now)
    const notices = await ownerDb().notification.findMany({ where: { tenantId: dn.id, link: `/ke-hoach/${planId}` } })
    expect(first.reminded).toBe(notices.length)
    expect(notices.map((n) => n.organizationId)).toContain(dn.units.get('cam-my'))
    expect(notices.map((n) => n.organizationId)).not.toContain(dn.units.get('long-thanh'))
    expect(notices[0].text).toContain('chưa gửi kế hoạch thực hiện theo Kế hoạch số')

    const again = await remindUnits(province, { planId, kind: 'IMPLEMENTATION', organizationIds: null }, now)
    expect(again).toEqual({ reminded: 0, skipped: first.reminded })
    const nextDay = new Date(now.getTime() + 24 * 3_600_000)
    const camMy = [dn.units.get('cam-my')!]
    expect(await remindUnits(province, { planId, kind: 'IMPLEMENTATION', organizationIds: camMy }, nextDay)).toEqual({
      reminded: 1,
      skipped: 0,
    })
    await expect(
      remindUnits(province, { planId, kind: 'IMPLEMENTATION', organizationIds: [dn.units.get('long-thanh')!] }, now),
    ).rejects.toThrow('Không có đơn vị nào quá hạn')
    await expect(
      remindUnits(province, { planId, kind: 'IMPLEMENTATION', organizationIds: [dn.units.get('an-phuoc')!] }, now),
    ).rejects.toThrow('trực thuộc')
    await expect(
      remindUnits(district, { planId, kind: 'IMPLEMENTATION', organizationIds: null }, now),
    ).rejects.toBeInstanceOf(ForbiddenError)
    expect(await ownerDb().auditEvent.count({ where: { targetId: planId, action: 'plan.remind' } })).toBe(2)
  })
})
