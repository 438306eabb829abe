// Plans against the real database: drafting, issuing with unique numbers under concurrency, edit
// conflicts, cascade to lower units with roll-up, reporting, visibility and search.
import { beforeAll, describe, expect, it } from 'vitest'
import { createPlan } from '../../lib/plans/create-plan'
import { saveTask, removeTask } from '../../lib/plans/tasks'
import { transitionPlan } from '../../lib/plans/transition'
import { updatePlan } from '../../lib/plans/update-plan'
import { createImplementingPlan, revisePlan } from '../../lib/plans/copy-plan'
import { reportTask } from '../../lib/plans/report-task'
import { planRollup } from '../../lib/plans/rollup'
import { findPlanForActor, listPlans } from '../../lib/plans/queries'
import { withTenant } from '../../lib/db/tenant'
import type { Actor } from '../../lib/auth/actor'
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'
import { planHeader } from '../support/plans'

let dn: Awaited<ReturnType<typeof createTenant>>
let lc: Awaited<ReturnType<typeof createTenant>>
let staff: Actor // Nội vụ, huyện Long Thành
let leader: Actor // Lãnh đạo, huyện Long Thành
let commune: Actor // Thủ trưởng, xã An Phước

beforeAll(async () => {
  dn = await createTenant(0)
  lc = await createTenant(1)
  staff = await actorFor(dn, 'noivu.longthanh')
  leader = await actorFor(dn, 'lanhdao.longthanh')
  commune = await actorFor(dn, 'thutruong.anphuoc')
})

const header = planHeader

const version = async (id: string) => (await ownerDb().plan.findUniqueOrThrow({ where: { id } })).version

async function draftWithTasks(title?: string) {
  const longThanh = dn.units.get('long-thanh')!
  const { id } = await createPlan(staff, header(longThanh, title))
  await saveTask(staff, {
    planId: id,
    version: await version(id),
    taskId: null,
    period: 'Q1',
    periodFrom: null,
    periodTo: null,
    text: 'Tổng kết phong trào thi đua năm 2019',
    leadOrganizationId: dn.units.get('an-phuoc')!,
    coordinatorIds: [],
    dueDate: null,
  })
  await saveTask(staff, {
    planId: id,
    version: await version(id),
    taskId: null,
    period: 'Q2',
    periodFrom: null,
    periodTo: null,
    text: 'Sơ kết 6 tháng đầu năm',
    leadOrganizationId: dn.units.get('pnv-long-thanh')!,
    coordinatorIds: [dn.units.get('mttq-long-thanh')!],
    dueDate: new Date('2020-06-30T00:00:00Z'),
  })
  return id
}

async function issue(id: string) {
  await transitionPlan(staff, {
    planId: id,
    version: await version(id),
    action: 'submit',
    comment: null,
    documentNumber: null,
    issuedOn: null,
  })
  await transitionPlan(leader, {
    planId: id,
    version: await version(id),
    action: 'issue',
    comment: null,
    documentNumber: null,
    issuedOn: new Date('2020-02-26T00:00:00Z'),
  })
}

describe('drafting and issuing', () => {
  it('keeps the draft editable only by staff, and issuing only by the leader', async () => {
    const id = await draftWithTasks()
    await expect(
      transitionPlan(staff, {
        planId: id,
        version: await version(id),
        action: 'issue',
        comment: null,
        documentNumber: null,
        issuedOn: null,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    await transitionPlan(staff, {
      planId: id,
      version: await version(id),
      action: 'submit',
      comment: null,
      documentNumber: null,
      issuedOn: null,
    })
    await expect(
      transitionPlan(leader, {
        planId: id,
        version: await version(id),
        action: 'return',
        comment: null,
        documentNumber: null,
        issuedOn: null,
      }),
    ).rejects.toMatchObject({ name: 'DomainError', message: 'Vui lòng ghi lý do trả lại.', field: 'comment' })
    await transitionPlan(leader, {
      planId: id,
      version: await version(id),
      action: 'return',
      comment: 'Bổ sung nhiệm vụ quý III',
      documentNumber: null,
      issuedOn: null,
    })
    const returned = await ownerDb().plan.findUniqueOrThrow({ where: { id } })
    expect(returned).toMatchObject({
      status: 'RETURNED',
      returnComment: 'Bổ sung nhiệm vụ quý III',
      documentNumber: null,
    })
    await issue(id)
    const issued = await ownerDb().plan.findUniqueOrThrow({ where: { id } })
    expect(issued.status).toBe('ISSUED')
    expect(issued.documentNumber).toMatch(/^\d{2}\/KH-UBND$/)
    // read-only once issued
    await expect(
      saveTask(staff, {
        planId: id,
        version: issued.version,
        taskId: null,
        period: 'Q3',
        periodFrom: null,
        periodTo: null,
        text: 'Thêm',
        leadOrganizationId: null,
        coordinatorIds: [],
        dueDate: null,
      }),
    ).rejects.toThrow(/Đã ban hành/)
    const actions = await ownerDb().auditEvent.findMany({ where: { targetId: id }, select: { action: true } })
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['plan.create', 'plan.task_add', 'plan.submit', 'plan.return', 'plan.issue']),
    )
  })

  it('gives distinct consecutive numbers to plans issued at the same moment', async () => {
    const unit = dn.units.get('cam-my')!
    const camMyStaff = await actorFor(dn, 'noivu.dongnai') // province staff reach Cẩm Mỹ too
    const provinceLeader = await actorFor(dn, 'lanhdao.dongnai')
    const ids: string[] = []
    for (let i = 0; i < 6; i++) {
      const { id } = await createPlan(camMyStaff, { ...header(unit, `Kế hoạch số ${i}`), year: 2021 })
      await saveTask(camMyStaff, {
        planId: id,
        version: await version(id),
        taskId: null,
        period: 'YEAR',
        periodFrom: null,
        periodTo: null,
        text: 'Nhiệm vụ',
        leadOrganizationId: null,
        coordinatorIds: [],
        dueDate: null,
      })
      await transitionPlan(camMyStaff, {
        planId: id,
        version: await version(id),
        action: 'submit',
        comment: null,
        documentNumber: null,
        issuedOn: null,
      })
      ids.push(id)
    }
    const versions = await Promise.all(ids.map(version))
    await Promise.all(
      ids.map((planId, i) =>
        transitionPlan(provinceLeader, {
          planId,
          version: versions[i],
          action: 'issue',
          comment: null,
          documentNumber: null,
          issuedOn: new Date('2021-03-01T00:00:00Z'),
        }),
      ),
    )
    const numbers = (await ownerDb().plan.findMany({ where: { id: { in: ids } }, select: { numberSeq: true } }))
      .map((p) => p.numberSeq)
      .sort((a, b) => a! - b!)
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('lets one of two leaders clicking "issue" at once win; the other gets a clear message', async () => {
    const id = await draftWithTasks('Kế hoạch bấm hai lần')
    await transitionPlan(staff, {
      planId: id,
      version: await version(id),
      action: 'submit',
      comment: null,
      documentNumber: null,
      issuedOn: null,
    })
    const v = await version(id)
    const results = await Promise.allSettled(
      [1, 2].map(() =>
        transitionPlan(leader, {
          planId: id,
          version: v,
          action: 'issue',
          comment: null,
          documentNumber: null,
          issuedOn: new Date('2020-03-02T00:00:00Z'),
        }),
      ),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(DomainError)
  })

  it('refuses a number already used, and changes nothing', async () => {
    const used = (
      await ownerDb().plan.findFirstOrThrow({
        where: { tenantId: dn.id, status: 'ISSUED', organizationId: dn.units.get('long-thanh') },
      })
    ).documentNumber!
    const id = await draftWithTasks('Kế hoạch trùng số')
    await transitionPlan(staff, {
      planId: id,
      version: await version(id),
      action: 'submit',
      comment: null,
      documentNumber: null,
      issuedOn: null,
    })
    await expect(
      transitionPlan(leader, {
        planId: id,
        version: await version(id),
        action: 'issue',
        comment: null,
        documentNumber: used,
        issuedOn: new Date('2020-05-01T00:00:00Z'),
      }),
    ).rejects.toMatchObject({ field: 'documentNumber' })
    expect(await ownerDb().plan.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'SUBMITTED',
      documentNumber: null,
    })
  })
})

describe('editing a draft', () => {
  it('gives the second of two concurrent saves a conflict, and keeps the first', async () => {
    const longThanh = dn.units.get('long-thanh')!
    const { id } = await createPlan(staff, header(longThanh, 'Bản nháp cùng sửa'))
    const v = await version(id)
    await updatePlan(staff, { ...header(longThanh, 'Sửa bởi người thứ nhất'), planId: id, version: v })
    await expect(
      updatePlan(staff, { ...header(longThanh, 'Sửa bởi người thứ hai'), planId: id, version: v }),
    ).rejects.toBeInstanceOf(ConflictError)
    await expect(
      saveTask(staff, {
        planId: id,
        version: v,
        taskId: null,
        period: 'Q1',
        periodFrom: null,
        periodTo: null,
        text: 'x',
        leadOrganizationId: null,
        coordinatorIds: [],
        dueDate: null,
      }),
    ).rejects.toBeInstanceOf(ConflictError)
    expect((await ownerDb().plan.findUniqueOrThrow({ where: { id } })).title).toBe('Sửa bởi người thứ nhất')
  })

  it('refuses a period outside the year and a unit of another tenant, saving nothing', async () => {
    const longThanh = dn.units.get('long-thanh')!
    const { id } = await createPlan(staff, header(longThanh, 'Bản nháp sai'))
    const base = { planId: id, version: await version(id), taskId: null, text: 'x', coordinatorIds: [], dueDate: null }
    await expect(
      saveTask(staff, {
        ...base,
        period: 'WINDOW',
        periodFrom: new Date('2021-01-01T00:00:00Z'),
        periodTo: new Date('2021-02-01T00:00:00Z'),
        leadOrganizationId: null,
      }),
    ).rejects.toMatchObject({ field: 'period' })
    await expect(
      saveTask(staff, {
        ...base,
        period: 'Q1',
        periodFrom: null,
        periodTo: null,
        leadOrganizationId: lc.units.get('cam-duong')!,
      }),
    ).rejects.toMatchObject({ field: 'leadOrganizationId' })
    expect(await ownerDb().planTask.count({ where: { planId: id } })).toBe(0)
    expect(await version(id)).toBe(base.version)
  })

  it('removes a task', async () => {
    const id = await draftWithTasks('Bản nháp xoá nhiệm vụ')
    const task = await ownerDb().planTask.findFirstOrThrow({ where: { planId: id } })
    await removeTask(staff, { planId: id, version: await version(id), taskId: task.id })
    expect(await ownerDb().planTask.count({ where: { planId: id } })).toBe(1)
  })
})

describe('cascade, reporting and roll-up', () => {
  it('lets a commune build its implementing plan from the issued district plan, and the district see it', async () => {
    const sourceId = await draftWithTasks('Công tác thi đua, khen thưởng năm 2020 (triển khai)')
    await issue(sourceId)
    const communeStaff = await actorFor(dn, 'noivu.longthanh') // district staff reach the commune
    const anPhuoc = dn.units.get('an-phuoc')!
    const { id } = await createImplementingPlan(communeStaff, { planId: sourceId, organizationId: anPhuoc })
    await expect(createImplementingPlan(communeStaff, { planId: sourceId, organizationId: anPhuoc })).rejects.toThrow(
      /đã có kế hoạch thực hiện/,
    )
    const copied = await ownerDb().planTask.findMany({ where: { planId: id }, orderBy: { position: 'asc' } })
    const source = await ownerDb().planTask.findMany({ where: { planId: sourceId }, orderBy: { position: 'asc' } })
    expect(copied.map((t) => [t.text, t.periodLabel, t.sourceTaskId])).toEqual(
      source.map((t) => [t.text, t.periodLabel, t.id]),
    )
    const basis = await ownerDb().planLegalBasis.findFirstOrThrow({ where: { planId: id } })
    expect(basis.linkedPlanId).toBe(sourceId)
    expect(basis.text).toMatch(
      /^Thực hiện Kế hoạch số \d+\/KH-UBND ngày 26\/02\/2020 của Ủy ban nhân dân huyện Long Thành về công tác thi đua/,
    )

    // the commune head reports on the task it leads
    const led = source.find((t) => t.leadOrganizationId === anPhuoc)!
    await reportTask(commune, {
      taskId: led.id,
      status: 'DONE',
      text: 'Đã tổng kết',
      reportedOn: new Date('2020-03-20T00:00:00Z'),
    })
    const other = source.find((t) => t.leadOrganizationId !== anPhuoc)!
    await expect(
      reportTask(commune, { taskId: other.id, status: 'DONE', text: 'x', reportedOn: null }),
    ).rejects.toBeInstanceOf(ForbiddenError)

    const rollup = await withTenant(dn.id, (tx) =>
      planRollup(
        tx,
        dn.id,
        { id: sourceId, organizationId: dn.units.get('long-thanh')! },
        source.map((t) => t.id),
      ),
    )
    const row = rollup.units.find((u) => u.unit.id === anPhuoc)!
    expect(row.plan).toMatchObject({ id, status: 'DRAFT' })
    expect(row.tasks).toMatchObject({ total: 2, NOT_STARTED: 2 })
    expect(rollup.units.find((u) => u.unit.id === dn.units.get('long-an'))!.plan).toBeNull()
    expect(rollup.copiesByTask.get(led.id)).toMatchObject({ total: 1 })
    expect((await ownerDb().planTask.findUniqueOrThrow({ where: { id: led.id } })).status).toBe('DONE')
  })

  it('keeps the old version when an issued plan is revised, and supersedes it when the revision is issued', async () => {
    const id = await draftWithTasks('Kế hoạch sẽ sửa đổi')
    await issue(id)
    const revision = await revisePlan(staff, id)
    await expect(revisePlan(staff, id)).rejects.toThrow(/bản sửa đổi/)
    await issue(revision.id)
    const [old, fresh] = await Promise.all([
      ownerDb().plan.findUniqueOrThrow({ where: { id } }),
      ownerDb().plan.findUniqueOrThrow({ where: { id: revision.id } }),
    ])
    expect(old.status).toBe('SUPERSEDED')
    expect(fresh).toMatchObject({ status: 'ISSUED', revision: 2, previousId: id })
    expect(fresh.documentNumber).not.toBe(old.documentNumber)
  })
})

describe('visibility and search', () => {
  it('hides a district draft from its communes, shows them the issued plan, and hides all from a sibling district', async () => {
    const draft = await createPlan(staff, header(dn.units.get('long-thanh')!, 'Dự thảo chưa công bố'))
    await expect(withTenant(dn.id, (tx) => findPlanForActor(tx, commune, draft.id))).rejects.toBeInstanceOf(
      NotFoundError,
    )
    const issued = await draftWithTasks('Kế hoạch đã công bố')
    await issue(issued)
    await expect(withTenant(dn.id, (tx) => findPlanForActor(tx, commune, issued))).resolves.toMatchObject({
      id: issued,
    })
    const other = await actorFor(dn, 'thutruong.longan')
    await expect(withTenant(dn.id, (tx) => findPlanForActor(tx, other, draft.id))).rejects.toBeInstanceOf(NotFoundError)
    const laoCai = await actorFor(lc, 'noivu.laocai')
    await expect(withTenant(lc.id, (tx) => findPlanForActor(tx, laoCai, issued))).rejects.toBeInstanceOf(NotFoundError)
  })

  it('finds plans and tasks by words typed without diacritics', async () => {
    const workspace = await ownerDb().organization.findUniqueOrThrow({ where: { id: dn.units.get('long-thanh')! } })
    const found = await withTenant(dn.id, (tx) =>
      listPlans(tx, staff, workspace, { page: 1, query: 'ke hoach so ket 6 thang' }),
    )
    expect(found.plans.length).toBeGreaterThan(0)
    expect(found.matchingTasks.map((t) => t.text)).toContain('Sơ kết 6 tháng đầu năm')
    const none = await withTenant(dn.id, (tx) => listPlans(tx, staff, workspace, { page: 1, query: 'khong co tu nay' }))
    expect(none.total).toBe(0)
  })
})

describe('double clicks on copies', () => {
  it('makes one revision and one implementing plan when clicked twice at once', async () => {
    const id = await draftWithTasks('Kế hoạch bấm đúp')
    await issue(id)
    const revisions = await Promise.allSettled([revisePlan(staff, id), revisePlan(staff, id)])
    expect(revisions.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const unit = dn.units.get('binh-son')!
    const copies = await Promise.allSettled([
      createImplementingPlan(staff, { planId: id, organizationId: unit }),
      createImplementingPlan(staff, { planId: id, organizationId: unit }),
    ])
    expect(copies.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(await ownerDb().plan.count({ where: { sourcePlanId: id, organizationId: unit } })).toBe(1)
  })
})
