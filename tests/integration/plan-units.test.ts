// Units in charge suggested from the text of an imported plan, matched against the tenant's tree and
// confirmed in one step; an implementing plan of a lower level takes the tasks over with units mapped.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { assignUnits, suggestUnitsForPlan } from '../../lib/plans/assign-units'
import { createImplementingPlan } from '../../lib/plans/copy-plan'
import { importPlan } from '../../lib/plans/import-plan'
import { parsePlanText } from '../../lib/plans/parse-plan'
import { findPlanForActor } from '../../lib/plans/queries'
import { saveTask } from '../../lib/plans/tasks'
import { transitionPlan } from '../../lib/plans/transition'
import { assignUnitsSchema, createPlanSchema } from '../../lib/plans/schemas'
import { ConflictError, DomainError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let staff: Actor // Nội vụ, huyện Long Thành
const units: Record<string, string> = {}

/** A department the demo tree does not have, under a seeded unit. */
async function addDepartment(parentKey: string, name: string) {
  const parent = await ownerDb().organization.findUniqueOrThrow({ where: { id: dn.units.get(parentKey)! } })
  const id = randomUUID()
  await ownerDb().organization.create({
    data: {
      id,
      tenantId: dn.id,
      parentId: parent.id,
      name,
      level: parent.level,
      kind: 'CO_QUAN',
      path: `${parent.path}${id}/`,
      depth: parent.depth + 1,
    },
  })
  units[name] = id
  return id
}

const TEXT = `ỦY BAN NHÂN DÂN HUYỆN LONG THÀNH
Số: 15/KH-UBND
Long Thành, ngày 10 tháng 02 năm 2020

KẾ HOẠCH
Công tác thi đua, khen thưởng năm 2020

Thực hiện Kế hoạch số 52/KH-UBND ngày 21/02/2020 của Ủy ban nhân dân tỉnh Đồng Nai;

I. MỤC ĐÍCH, YÊU CẦU
1. Phát huy kết quả đạt được năm 2019.

II. NỘI DUNG
1. Quý I
- Văn phòng HĐND và UBND huyện chủ trì, phối hợp các đơn vị tổ chức Hội nghị tổng kết năm 2019.
- Giao Phòng Nội vụ thực hiện đăng ký thi đua của các cơ quan, đơn vị.
- Tổ chức phát động phong trào thi đua năm 2020 trong toàn huyện.
2. Quý II
- UBND các xã chủ trì sơ kết phong trào ở cơ sở.
- Công an huyện chủ trì bảo đảm an ninh các hội nghị.
- Hướng dẫn khen thưởng theo chuyên đề (Đơn vị chủ trì: Phòng Nội vụ).

III. TỔ CHỨC THỰC HIỆN
1. Phòng Nội vụ: Tổ chức phát động phong trào thi đua năm 2020 trong toàn huyện; theo dõi, tổng hợp.
2. Các xã: triển khai thực hiện.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Đặng Văn Hùng
`

beforeAll(async () => {
  dn = await createTenant(0)
  staff = await actorFor(dn, 'noivu.longthanh')
  await addDepartment('long-thanh', 'Văn phòng HĐND và UBND huyện Long Thành')
  units['Phòng Nội vụ huyện Long Thành'] = dn.units.get('pnv-long-thanh')!
  units['Phòng Nội vụ huyện Cẩm Mỹ'] = dn.units.get('pnv-cam-my')!
})

const version = async (id: string) => (await ownerDb().plan.findUniqueOrThrow({ where: { id } })).version

async function suggestionsOf(planId: string) {
  return withTenant(staff.tenantId, async (tx) =>
    suggestUnitsForPlan(tx, staff.tenantId, await findPlanForActor(tx, staff, planId)),
  )
}

describe('units suggested from the text of an imported plan', () => {
  it('names the unit written in the task, or the one "Tổ chức thực hiện" gives the task to, and no other', async () => {
    const { id } = await importPlan(staff, dn.units.get('long-thanh')!, parsePlanText(TEXT))
    const tasks = await ownerDb().planTask.findMany({ where: { planId: id }, orderBy: { position: 'asc' } })
    expect(tasks).toHaveLength(6)
    expect(tasks.every((t) => t.leadOrganizationId === null)).toBe(true)

    const byText = new Map((await suggestionsOf(id)).map((s) => [s.taskText.slice(0, 20), s]))
    const office = units['Văn phòng HĐND và UBND huyện Long Thành']
    const home = units['Phòng Nội vụ huyện Long Thành']
    expect(byText.get('Văn phòng HĐND và UB')).toMatchObject({ organizationId: office, source: 'task' })
    expect(byText.get('Giao Phòng Nội vụ th')).toMatchObject({ organizationId: home, source: 'task' })
    // the task restated in the duties of "1. Phòng Nội vụ:" in section III
    expect(byText.get('Tổ chức phát động ph')).toMatchObject({ organizationId: home, source: 'implementation' })
    expect(byText.get('Hướng dẫn khen thưởn')).toMatchObject({ organizationId: home, namedAs: 'Phòng Nội vụ' })
    // "UBND các xã" is no single unit; "Công an huyện" is not in the tree; Cẩm Mỹ's office is never offered
    expect(byText.has('UBND các xã chủ trì ')).toBe(false)
    expect(byText.has('Công an huyện chủ tr')).toBe(false)
    expect(byText.size).toBe(4)
  })

  it('saves the confirmed units in one step, refuses a stale version and a unit outside the branch', async () => {
    const { id } = await importPlan(staff, dn.units.get('long-thanh')!, parsePlanText(TEXT))
    const suggestions = await suggestionsOf(id)
    const form = (v: number, extra: Record<string, string> = {}) =>
      assignUnitsSchema.parse({
        planId: id,
        version: String(v),
        ...Object.fromEntries(suggestions.map((s) => [`lead:${s.taskId}`, s.organizationId])),
        ...extra,
      })
    const current = await version(id)
    await expect(assignUnits(staff, form(current + 1))).rejects.toBeInstanceOf(ConflictError) // someone saved meanwhile
    const outside = { [`lead:${suggestions[0].taskId}`]: units['Phòng Nội vụ huyện Cẩm Mỹ'] }
    await expect(assignUnits(staff, form(current, outside))).rejects.toBeInstanceOf(DomainError)
    // an unticked suggestion ("") is left unassigned
    const unticked = { [`lead:${suggestions[1].taskId}`]: '' }
    await expect(assignUnits(staff, form(current, unticked))).resolves.toEqual({ assigned: 3 })
    const leads = await ownerDb().planTask.findMany({
      where: { planId: id },
      select: { id: true, leadOrganizationId: true },
    })
    const leadOf = new Map(leads.map((t) => [t.id, t.leadOrganizationId]))
    expect(leadOf.get(suggestions[0].taskId)).toBe(suggestions[0].organizationId)
    expect(leadOf.get(suggestions[1].taskId)).toBeNull()
    expect(leads.filter((t) => t.leadOrganizationId !== null)).toHaveLength(3)
    expect(await version(id)).toBe(current + 1)
    expect(await ownerDb().auditEvent.count({ where: { targetId: id, action: 'plan.task_update' } })).toBe(1)
  })
})

describe('an implementing plan of a lower level takes over the tasks with their units', () => {
  it("keeps a unit of its own branch and maps another branch's department to its own", async () => {
    const provinceStaff = await actorFor(dn, 'noivu.dongnai')
    const provinceLeader = await actorFor(dn, 'lanhdao.dongnai')
    const { id } = await (
      await import('../../lib/plans/create-plan')
    ).createPlan(
      provinceStaff,
      createPlanSchema.parse({
        organizationId: dn.units.get('tinh')!,
        kind: 'ANNUAL',
        year: '2020',
        symbol: 'KH-UBND',
        issuerName: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI',
        place: 'Đồng Nai',
        title: 'Công tác thi đua, khen thưởng năm 2020',
        purposes: 'Phát huy kết quả năm 2019',
      }),
    )
    await saveTask(provinceStaff, {
      planId: id,
      version: await version(id),
      taskId: null,
      period: 'Q1',
      periodFrom: null,
      periodTo: null,
      text: 'Hướng dẫn đăng ký thi đua',
      leadOrganizationId: units['Phòng Nội vụ huyện Long Thành'],
      coordinatorIds: [],
      dueDate: null,
    })
    const issueStep = async (actor: Actor, action: 'submit' | 'issue') =>
      transitionPlan(actor, {
        planId: id,
        version: await version(id),
        action,
        comment: null,
        documentNumber: null,
        issuedOn: action === 'issue' ? new Date('2020-02-26T00:00:00Z') : null,
      })
    await issueStep(provinceStaff, 'submit')
    await issueStep(provinceLeader, 'issue')

    const leadOfCopy = async (unitKey: string) => {
      const plan = await createImplementingPlan(provinceStaff, { planId: id, organizationId: dn.units.get(unitKey)! })
      return (await ownerDb().planTask.findFirstOrThrow({ where: { planId: plan.id } })).leadOrganizationId
    }
    expect(await leadOfCopy('long-thanh')).toBe(units['Phòng Nội vụ huyện Long Thành'])
    expect(await leadOfCopy('cam-my')).toBe(units['Phòng Nội vụ huyện Cẩm Mỹ'])
    expect(await leadOfCopy('an-phuoc')).toBeNull() // a commune has no such department
  })
})
