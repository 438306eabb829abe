// Editing a long plan as an office works it (issue 14, ADR 0023): reorder without drag-and-drop, move a
// task to another period, save the task table at once (all or nothing), append rows pasted from Word or
// Excel, with the plan's version claimed (two editors), the journal in the same transaction, and only
// for those who may edit the draft of this tenant.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { createPlan } from '../../lib/plans/create-plan'
import { revisePlan } from '../../lib/plans/copy-plan'
import { PLAN_CONFLICT } from '../../lib/plans/guard'
import { moveTask } from '../../lib/plans/move-task'
import { appendPastedTasks, previewPastedTasks } from '../../lib/plans/paste-tasks'
import { loadPlanContents, planDocumentOf, findPlanForActor } from '../../lib/plans/queries'
import { saveTaskTable } from '../../lib/plans/save-task-table'
import { moveTaskSchema, pasteTasksSchema, tableField, taskTableSchema } from '../../lib/plans/schemas'
import { choiceOfTask } from '../../lib/plans/task-order'
import { ConflictError, DomainError, FieldsError, ForbiddenError, NotFoundError } from '../../lib/shared/errors'
import { isoDay } from '../../lib/shared/dates'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'
import { planHeader, planVersion, submitAndIssue } from '../support/plans'

let dn: Awaited<ReturnType<typeof createTenant>>
let lc: Awaited<ReturnType<typeof createTenant>>
let staff: Actor // Nội vụ, huyện Long Thành
let leader: Actor // Lãnh đạo, huyện Long Thành

beforeAll(async () => {
  dn = await createTenant(0)
  lc = await createTenant(1)
  staff = await actorFor(dn, 'noivu.longthanh')
  leader = await actorFor(dn, 'lanhdao.longthanh')
})

const PASTED = [
  'STT\tNội dung nhiệm vụ\tThời gian thực hiện\tĐơn vị chủ trì\tHạn hoàn thành',
  '1\tTổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2019\tQuý I\tPhòng Nội vụ\t31/3/2020',
  '2\tKý kết giao ước thi đua giữa các khối\tQuý I\t\t',
  '3\tHướng dẫn đăng ký danh hiệu thi đua năm 2020\tQuý 1\tPhòng Giáo dục và Đào tạo\t',
  '4\tSơ kết 6 tháng đầu năm, biểu dương điển hình tiên tiến\tQuý II\tPhòng Nội vụ\t30/6/2020',
  '5\tKiểm tra việc thực hiện phong trào “Dân vận khéo”\tQuý II\t\t',
].join('\r\n')

async function draftFromPaste(title = 'Kế hoạch dài cần sắp xếp') {
  const { id } = await createPlan(staff, planHeader(dn.units.get('long-thanh')!, title))
  await appendPastedTasks(staff, pasteTasksSchema.parse({ planId: id, version: await planVersion(id), text: PASTED }))
  return id
}

const tasksOf = (planId: string) => ownerDb().planTask.findMany({ where: { planId }, orderBy: { position: 'asc' } })

async function expectDense(planId: string) {
  const tasks = await tasksOf(planId)
  expect(tasks.map((t) => t.position)).toEqual(tasks.map((_, i) => i))
  return tasks
}

const move = async (planId: string, taskId: string, op: string, extra: Record<string, string> = {}) =>
  moveTask(staff, moveTaskSchema.parse({ planId, version: String(await planVersion(planId)), taskId, op, ...extra }))

/** The table form as the page posts it, with `change` applied to some cells. */
async function tableForm(planId: string, change: Record<string, string> = {}) {
  const tasks = await tasksOf(planId)
  const fields: Record<string, string> = {
    planId,
    version: String(await planVersion(planId)),
    rows: tasks.map((t) => t.id).join(','),
  }
  for (const t of tasks) {
    fields[tableField('text', t.id)] = t.text
    fields[tableField('period', t.id)] = choiceOfTask(t)
    fields[tableField('lead', t.id)] = t.leadOrganizationId ?? ''
    fields[tableField('due', t.id)] = isoDay(t.dueDate)
  }
  return { ...fields, ...change }
}

describe('pasting rows from Word or Excel', () => {
  it('previews the rows as read, then appends them in their periods with units matched by name', async () => {
    const { id } = await createPlan(staff, planHeader(dn.units.get('long-thanh')!))
    const preview = await previewPastedTasks(staff, { planId: id, text: PASTED, period: '' })
    expect(preview).toEqual([
      {
        row: 1,
        text: 'Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2019',
        period: 'Quý I',
        lead: 'Phòng Nội vụ huyện Long Thành',
        due: '31/03/2020',
        errors: [],
      },
      { row: 2, text: 'Ký kết giao ước thi đua giữa các khối', period: 'Quý I', lead: null, due: null, errors: [] },
      {
        row: 3,
        text: 'Hướng dẫn đăng ký danh hiệu thi đua năm 2020',
        period: 'Quý I', // "Quý 1" as the standard label, in the same period as the others
        lead: 'Phòng Giáo dục và Đào tạo huyện Long Thành',
        due: null,
        errors: [],
      },
      expect.objectContaining({ row: 4, period: 'Quý II', due: '30/06/2020', errors: [] }),
      expect.objectContaining({ row: 5, text: 'Kiểm tra việc thực hiện phong trào “Dân vận khéo”', errors: [] }),
    ])
    expect(await tasksOf(id)).toHaveLength(0) // a preview saves nothing

    const before = await planVersion(id)
    const { added } = await appendPastedTasks(
      staff,
      pasteTasksSchema.parse({ planId: id, version: before, text: PASTED }),
    )
    expect(added).toBe(5)
    const tasks = await expectDense(id)
    expect(tasks.map((t) => [t.periodLabel, t.quarters])).toEqual([
      ['Quý I', [1]],
      ['Quý I', [1]],
      ['Quý I', [1]],
      ['Quý II', [2]],
      ['Quý II', [2]],
    ])
    expect(tasks[0].leadOrganizationId).toBe(dn.units.get('pnv-long-thanh'))
    expect(isoDay(tasks[0].dueDate)).toBe('2020-03-31')
    expect(await planVersion(id)).toBe(before + 1)
    const journal = await ownerDb().auditEvent.findMany({ where: { targetId: id, action: 'plan.tasks_paste' } })
    expect(journal).toHaveLength(1)

    // later rows join their period (as its last task), rows without a period take the one chosen
    await appendPastedTasks(
      staff,
      pasteTasksSchema.parse({
        planId: id,
        version: await planVersion(id),
        text: 'Rà soát hồ sơ đề nghị khen thưởng\tQuý I\n- Tổng kết năm 2020\t',
        period: 'ma:Q4',
      }),
    )
    const after = await expectDense(id)
    expect(after.map((t) => t.periodLabel)).toEqual(['Quý I', 'Quý I', 'Quý I', 'Quý I', 'Quý II', 'Quý II', 'Quý IV'])
    expect(after[3].text).toBe('Rà soát hồ sơ đề nghị khen thưởng')
    expect(after[6].text).toBe('Tổng kết năm 2020')
  })

  it('adds no row when one is wrong, and says which row and why', async () => {
    const { id } = await createPlan(staff, planHeader(dn.units.get('long-thanh')!))
    const text = [
      'Nội dung\tThời gian\tChủ trì\tHạn',
      'Dòng đúng\tQuý I\t\t',
      '\tQuý II\t\t',
      'Đơn vị lạ\tQuý II\tSở Ngoại vụ tỉnh Bình Thuận\t',
      'Hạn sai\tQuý I\t\t30/6/2020',
      'Ngày không có\tQuý I\t\t31/02/2020',
      'Không rõ thời gian\tsớm nhất có thể\t\t',
    ].join('\n')
    const preview = await previewPastedTasks(staff, { planId: id, text, period: '' })
    expect(preview.map((r) => r.errors.length > 0)).toEqual([false, true, true, true, true, true])
    expect(preview[1].errors).toEqual(['thiếu nội dung nhiệm vụ.'])
    expect(preview[2].errors[0]).toContain('không xác định được đơn vị “Sở Ngoại vụ tỉnh Bình Thuận”')
    expect(preview[3].errors).toEqual(['hạn hoàn thành không thuộc Quý I.'])
    expect(preview[4].errors[0]).toContain('“31/02/2020” không phải một ngày có thật')
    expect(preview[5].errors[0]).toContain('không đọc được thời gian “sớm nhất có thể”')

    const version = await planVersion(id)
    const refused = await appendPastedTasks(staff, pasteTasksSchema.parse({ planId: id, version, text })).catch(
      (e: unknown) => e,
    )
    expect(refused).toBeInstanceOf(FieldsError)
    expect((refused as FieldsError).message).toBe('Chưa thêm nhiệm vụ nào: 5 dòng cần sửa (dòng 2, 3, 4, 5, 6).')
    expect((refused as FieldsError).fields.text).toContain('Dòng 2: thiếu nội dung nhiệm vụ.')
    expect(await tasksOf(id)).toHaveLength(0)
    expect(await planVersion(id)).toBe(version)
  })
})

describe('reordering and moving between periods', () => {
  it('moves up, down and to a place within the period, keeping positions dense and unique', async () => {
    const id = await draftFromPaste()
    const [a, b, c, d, e] = await expectDense(id)
    await move(id, c.id, 'up')
    expect((await expectDense(id)).map((t) => t.id)).toEqual([a.id, c.id, b.id, d.id, e.id])
    await move(id, a.id, 'down')
    expect((await expectDense(id)).map((t) => t.id)).toEqual([c.id, a.id, b.id, d.id, e.id])
    await move(id, b.id, 'to', { position: '1' })
    expect((await expectDense(id)).map((t) => t.id)).toEqual([b.id, c.id, a.id, d.id, e.id])
    // moves stay within the period: the first cannot go up, a place past the period's end is refused
    await expect(move(id, b.id, 'up')).rejects.toThrow('Nhiệm vụ đã ở đầu Quý I.')
    await expect(move(id, e.id, 'down')).rejects.toThrow('Nhiệm vụ đã ở cuối Quý II.')
    await expect(move(id, d.id, 'to', { position: '3' })).rejects.toMatchObject({
      message: 'Quý II có 2 nhiệm vụ; vị trí phải từ 1 đến 2.',
      field: 'position',
    })
    expect(() => moveTaskSchema.parse({ planId: id, version: '1', taskId: d.id, op: 'to', position: 'abc' })).toThrow(
      'Vị trí phải là một số từ 1 trở lên.',
    )
    const journal = await ownerDb().auditEvent.findMany({
      where: { targetId: id, action: 'plan.task_move' },
      orderBy: { createdAt: 'asc' },
    })
    expect(journal).toHaveLength(3)
    expect(journal[2].after).toEqual({ taskId: b.id, period: 'Quý I', position: 0 })
  })

  it('moves a task into another period as its last task, and a new period among the others by date', async () => {
    const id = await draftFromPaste()
    const [a, b, , d, e] = await tasksOf(id)
    await move(id, b.id, 'period', { period: 'nhom:Quý II' })
    let tasks = await expectDense(id)
    expect(tasks.map((t) => t.id).slice(2)).toEqual([d.id, e.id, b.id])
    expect(tasks[4]).toMatchObject({ periodLabel: 'Quý II', quarters: [2] })
    // a period the plan lacks: Quý III và IV after Quý II, then Quý I và II… by its first day
    await move(id, e.id, 'period', { period: 'ma:Q3-4' })
    await move(id, a.id, 'period', { period: 'ma:Q1-2' })
    tasks = await expectDense(id)
    expect(tasks.map((t) => t.periodLabel)).toEqual(['Quý I', 'Quý I và II', 'Quý II', 'Quý II', 'Quý III và IV'])
    // the print and the .docx follow
    const doc = await withTenant(dn.id, async (tx) => {
      const plan = await findPlanForActor(tx, staff, id)
      return planDocumentOf(plan, await loadPlanContents(tx, dn.id, id))
    })
    expect(doc.periods.map((p) => [p.label, p.tasks.length])).toEqual([
      ['Quý I', 1],
      ['Quý I và II', 1],
      ['Quý II', 2],
      ['Quý III và IV', 1],
    ])
    // a due date that would fall outside the new period refuses the move, with what to do
    const first = tasks.find((t) => t.id === a.id)!
    expect(isoDay(first.dueDate)).toBe('2020-03-31')
    await expect(move(id, a.id, 'period', { period: 'nhom:Quý II' })).rejects.toThrow(
      'Hạn hoàn thành không thuộc Quý II. Hãy sửa hạn hoàn thành của nhiệm vụ (trong bảng) trước khi chuyển.',
    )
  })
})

describe('the task table', () => {
  it('saves every changed row at once, or none with a message per cell', async () => {
    const id = await draftFromPaste()
    const [a, b, c] = await tasksOf(id)
    const version = await planVersion(id)
    // one good change and two wrong cells: nothing is written
    const bad = taskTableSchema.parse(
      await tableForm(id, {
        [tableField('text', a.id)]: 'Tổng kết năm 2019 và phát động thi đua năm 2020',
        [tableField('due', b.id)]: '2020-08-01', // outside Quý I
        [tableField('lead', c.id)]: lc.units.get('cam-duong')!, // a unit of another tenant
      }),
    )
    const refused = await saveTaskTable(staff, bad).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(FieldsError)
    expect((refused as FieldsError).fields).toEqual({
      [tableField('due', b.id)]: 'Dòng 2: Hạn hoàn thành không thuộc Quý I.',
      [tableField('lead', c.id)]: 'Dòng 3: đơn vị chủ trì không thuộc các đơn vị của cấp ban hành.',
    })
    expect((refused as FieldsError).message).toContain('Chưa lưu gì: 2 dòng cần sửa (dòng 2, 3)')
    expect((await tasksOf(id))[0].text).toBe(a.text)
    expect(await planVersion(id)).toBe(version)

    // an empty text is refused by the schema, under its own cell and row
    const empty = taskTableSchema.safeParse(await tableForm(id, { [tableField('text', c.id)]: '  ' }))
    expect(empty.success).toBe(false)
    expect(empty.error!.issues[0]).toMatchObject({
      path: [tableField('text', c.id)],
      message: 'Dòng 3: Vui lòng nhập nội dung nhiệm vụ.',
    })

    // the good rows save together; a row put in another period becomes its last task
    const { changed } = await saveTaskTable(
      staff,
      taskTableSchema.parse(
        await tableForm(id, {
          [tableField('text', a.id)]: 'Tổng kết năm 2019 và phát động thi đua năm 2020',
          [tableField('period', b.id)]: 'nhom:Quý II',
          [tableField('lead', c.id)]: dn.units.get('an-phuoc')!,
          [tableField('due', c.id)]: '2020-02-15',
        }),
      ),
    )
    expect(changed).toBe(3)
    const tasks = await expectDense(id)
    expect(tasks[0].text).toBe('Tổng kết năm 2019 và phát động thi đua năm 2020')
    expect(tasks[0].searchText).toContain('tong ket nam 2019')
    expect(tasks[1]).toMatchObject({ id: c.id, leadOrganizationId: dn.units.get('an-phuoc') })
    expect(isoDay(tasks[1].dueDate)).toBe('2020-02-15')
    expect(tasks[4]).toMatchObject({ id: b.id, periodLabel: 'Quý II', quarters: [2] })
    expect(await planVersion(id)).toBe(version + 1)
    const [entry] = await ownerDb().auditEvent.findMany({ where: { targetId: id, action: 'plan.tasks_table' } })
    expect((entry.after as { changed: { taskId: string; fields: string[] }[] }).changed).toEqual([
      expect.objectContaining({ taskId: a.id, fields: ['text'] }),
      expect.objectContaining({ taskId: b.id, fields: ['period'] }),
      expect.objectContaining({ taskId: c.id, fields: ['lead', 'due'] }),
    ])
    // a row the rules would refuse today, left untouched, does not block a correction elsewhere
    await ownerDb().planTask.update({ where: { id: a.id }, data: { dueDate: new Date('2020-09-30T00:00:00Z') } })
    await ownerDb().plan.update({ where: { id }, data: { version: { increment: 1 } } })
    await saveTaskTable(
      staff,
      taskTableSchema.parse(await tableForm(id, { [tableField('text', c.id)]: 'Giao đơn vị, sửa nội dung' })),
    )
    expect((await tasksOf(id)).find((t) => t.id === c.id)!.text).toBe('Giao đơn vị, sửa nội dung')
    // saving the same table again changes nothing and says so
    await expect(saveTaskTable(staff, taskTableSchema.parse(await tableForm(id)))).rejects.toThrow(
      'Bảng chưa có thay đổi nào để lưu.',
    )
  })
})

describe('two editors, permissions, tenants and the state', () => {
  it('refuses the second of two edits made from the same version, overwriting nothing', async () => {
    const id = await draftFromPaste()
    const [a, b] = await tasksOf(id)
    const version = String(await planVersion(id))
    // both opened the page at the same version; the first moves a task, the second saves the table
    const staleTable = taskTableSchema.parse(
      await tableForm(id, { [tableField('text', a.id)]: 'Sửa của người thứ hai' }),
    )
    await moveTask(staff, moveTaskSchema.parse({ planId: id, version, taskId: b.id, op: 'up' }))
    const second = await saveTaskTable(staff, staleTable).catch((e: unknown) => e)
    expect(second).toBeInstanceOf(ConflictError)
    expect((second as Error).message).toBe(PLAN_CONFLICT)
    expect(PLAN_CONFLICT).toContain('Kế hoạch đã được người khác sửa')
    expect(PLAN_CONFLICT).toContain('tải lại trang')
    const tasks = await tasksOf(id)
    expect(tasks.map((t) => t.id).slice(0, 2)).toEqual([b.id, a.id])
    expect(tasks.find((t) => t.id === a.id)!.text).not.toBe('Sửa của người thứ hai')

    // at the same instant: one wins, the other is told, nothing is half written
    const now = String(await planVersion(id))
    const results = await Promise.allSettled([
      moveTask(staff, moveTaskSchema.parse({ planId: id, version: now, taskId: a.id, op: 'up' })),
      appendPastedTasks(staff, pasteTasksSchema.parse({ planId: id, version: now, text: 'Việc thêm\tQuý I' })),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(failed.reason).toBeInstanceOf(ConflictError)
    const final = await expectDense(id)
    expect(final.length === 5 || final.length === 6).toBe(true)
    expect(await planVersion(id)).toBe(Number(now) + 1)
  })

  it('lets only the staff who may draft at the issuer edit, and answers "not found" to another tenant', async () => {
    const id = await draftFromPaste()
    const [a] = await tasksOf(id)
    const version = String(await planVersion(id))
    const input = moveTaskSchema.parse({ planId: id, version, taskId: a.id, op: 'down' })
    await expect(moveTask(leader, input)).rejects.toBeInstanceOf(ForbiddenError)
    const commune = await actorFor(dn, 'thutruong.anphuoc') // below the issuer: a draft is not theirs to see
    await expect(moveTask(commune, input)).rejects.toBeInstanceOf(NotFoundError)
    const laoCai = await actorFor(lc, 'noivu.laocai')
    await expect(moveTask(laoCai, input)).rejects.toBeInstanceOf(NotFoundError)
    await expect(previewPastedTasks(laoCai, { planId: id, text: 'Việc\tQuý I', period: '' })).rejects.toBeInstanceOf(
      NotFoundError,
    )
    await expect(saveTaskTable(laoCai, taskTableSchema.parse(await tableForm(id)))).rejects.toBeInstanceOf(
      NotFoundError,
    )
    // row-level security: under Lào Cai's tenant the Đồng Nai tasks do not exist
    expect(await withTenant(lc.id, (tx) => tx.planTask.count({ where: { planId: id } }))).toBe(0)
    expect(await planVersion(id)).toBe(Number(version))
  })

  it('keeps an issued plan read-only; its revision is edited and the issued text stays as it was', async () => {
    const id = await draftFromPaste('Kế hoạch đã ban hành rồi sửa đổi')
    await submitAndIssue(id, staff, leader, '2020-02-26')
    const [a, b] = await tasksOf(id)
    const version = String(await planVersion(id))
    await expect(
      moveTask(staff, moveTaskSchema.parse({ planId: id, version, taskId: b.id, op: 'up' })),
    ).rejects.toMatchObject({ name: 'DomainError', message: 'Không thể sửa kế hoạch đang ở trạng thái "Đã ban hành".' })
    await expect(saveTaskTable(staff, taskTableSchema.parse(await tableForm(id)))).rejects.toBeInstanceOf(DomainError)
    await expect(
      appendPastedTasks(staff, pasteTasksSchema.parse({ planId: id, version, text: 'Việc\tQuý I' })),
    ).rejects.toThrow('Không thể sửa kế hoạch đang ở trạng thái "Đã ban hành".')

    const revision = await revisePlan(staff, id)
    const copied = await tasksOf(revision.id)
    const copyOfB = copied.find((t) => t.text === b.text)!
    await move(revision.id, copyOfB.id, 'up')
    await appendPastedTasks(
      staff,
      pasteTasksSchema.parse({
        planId: revision.id,
        version: await planVersion(revision.id),
        text: 'Bổ sung nhiệm vụ quý III\tQuý III',
      }),
    )
    const revised = await expectDense(revision.id)
    expect(revised[0].id).toBe(copyOfB.id)
    expect(revised.map((t) => t.periodLabel)).toEqual(['Quý I', 'Quý I', 'Quý I', 'Quý II', 'Quý II', 'Quý III'])
    const original = await tasksOf(id)
    expect(original.map((t) => t.id).slice(0, 2)).toEqual([a.id, b.id])
    expect(original).toHaveLength(5)
  })
})
