// The people registry against the real database: scope, search, edit conflicts, moves with history,
// yearly records, disciplines and initiatives, each change journalled in its own transaction.
import { beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import type { Actor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { createPerson } from '../../lib/people/create-person'
import { updatePerson } from '../../lib/people/update-person'
import { movePerson } from '../../lib/people/move-person'
import { setPersonActive } from '../../lib/people/set-person-active'
import { saveYearRecord } from '../../lib/people/save-year-record'
import { addDiscipline } from '../../lib/people/add-discipline'
import { setDisciplineActive } from '../../lib/people/set-discipline-active'
import { removeDiscipline } from '../../lib/people/remove-discipline'
import { addInitiative } from '../../lib/people/add-initiative'
import { removeInitiative } from '../../lib/people/remove-initiative'
import { findPersonForActor, listPeople, loadPersonDetail } from '../../lib/people/queries'
import { createPersonSchema, yearRecordSchema } from '../../lib/people/schemas'
import { seedDemoPeople } from '../../lib/people/demo'
import { ConflictError, DomainError, NotFoundError } from '../../lib/shared/errors'
import { databaseUrl, ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let lc: Awaited<ReturnType<typeof createTenant>>
let anPhuoc: Actor // Thủ trưởng, xã An Phước
let longAn: Actor // Thủ trưởng, xã Long An
let district: Actor // Nội vụ, huyện Long Thành
let viewer: Actor

beforeAll(async () => {
  dn = await createTenant(0)
  lc = await createTenant(1)
  anPhuoc = await actorFor(dn, 'thutruong.anphuoc')
  longAn = await actorFor(dn, 'thutruong.longan')
  district = await actorFor(dn, 'noivu.longthanh')
  viewer = await actorFor(dn, 'xem.dongnai')
})

const unit = (key: string) => dn.units.get(key)!
const person = (id: string) => ownerDb().person.findUniqueOrThrow({ where: { id } })
const audits = (targetId: string) =>
  ownerDb().auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: 'asc' }, select: { action: true } })
const input = (organizationId: string, fullName: string, extra: Record<string, string> = {}) =>
  createPersonSchema.parse({
    organizationId,
    fullName,
    gender: 'NAM',
    birthDate: '1985-09-05',
    position: 'Công chức Tư pháp - Hộ tịch',
    isLeader: 'false',
    ...extra,
  })
const workspace = async (key: string) =>
  ownerDb().organization.findUniqueOrThrow({ where: { id: unit(key) }, select: { id: true, path: true } })

describe('people registry', () => {
  it('adds a person with the first entry of their history, folded search text and an audit entry', async () => {
    const { id } = await createPerson(anPhuoc, input(unit('an-phuoc'), '  Nguyễn   Văn Ánh '))
    expect(await person(id)).toMatchObject({
      fullName: 'Nguyễn Văn Ánh',
      searchText: 'nguyen van anh',
      organizationId: unit('an-phuoc'),
      version: 1,
      active: true,
    })
    const history = await ownerDb().personAssignment.findMany({ where: { personId: id } })
    expect(history).toMatchObject([
      { organizationId: unit('an-phuoc'), toDate: null, position: 'Công chức Tư pháp - Hộ tịch' },
    ])
    expect((await audits(id)).map((a) => a.action)).toEqual(['person.create'])
    // The same name and birth date in the same unit is refused, next to the name field.
    await expect(createPerson(anPhuoc, input(unit('an-phuoc'), 'NGUYEN VAN ANH'))).rejects.toMatchObject({
      field: 'fullName',
    })
  })

  it('keeps a unit head to their own commune: xã Long An is "not found" for xã An Phước', async () => {
    const { id } = await createPerson(longAn, input(unit('long-an'), 'Bùi Thị Sương', { gender: 'NU' }))
    await expect(createPerson(anPhuoc, input(unit('long-an'), 'Xâm Nhập'))).rejects.toBeInstanceOf(NotFoundError)
    await expect(
      withTenant(dn.id, (tx) => findPersonForActor(tx, anPhuoc, id, 'workspace.view')),
    ).rejects.toBeInstanceOf(NotFoundError)
    const ws = await workspace('an-phuoc')
    await expect(
      withTenant(dn.id, (tx) => listPeople(tx, anPhuoc, ws, { page: 1, unit: unit('long-an') })),
    ).rejects.toBeInstanceOf(NotFoundError)
    await expect(
      updatePerson(anPhuoc, { ...input(unit('long-an'), 'Đổi Tên'), personId: id, version: 1 }),
    ).rejects.toBeInstanceOf(NotFoundError)
    const mine = await createPerson(anPhuoc, input(unit('an-phuoc'), 'Trần Văn Chuyển'))
    await expect(
      movePerson(anPhuoc, {
        personId: mine.id,
        version: 1,
        organizationId: unit('long-an'),
        movedOn: null,
        position: null,
      }),
    ).rejects.toBeInstanceOf(NotFoundError)
    await expect(
      movePerson(anPhuoc, {
        personId: id,
        version: 1,
        organizationId: unit('an-phuoc'),
        movedOn: null,
        position: null,
      }),
    ).rejects.toBeInstanceOf(NotFoundError)
    await expect(createPerson(anPhuoc, input(lc.units.get('cam-duong')!, 'Khác Tỉnh'))).rejects.toBeInstanceOf(
      NotFoundError,
    )
    await expect(createPerson(viewer, input(unit('an-phuoc'), 'Người Xem Thêm'))).rejects.toBeInstanceOf(NotFoundError)
    expect((await person(id)).fullName).toBe('Bùi Thị Sương')
    expect((await person(mine.id)).organizationId).toBe(unit('an-phuoc'))
    expect(
      await ownerDb().person.count({ where: { fullName: { in: ['Xâm Nhập', 'Khác Tỉnh', 'Người Xem Thêm'] } } }),
    ).toBe(0)
    // The district's secretariat reaches both communes.
    expect((await withTenant(dn.id, (tx) => findPersonForActor(tx, district, id, 'people.manage'))).id).toBe(id)
  })

  it('searches without caring about diacritics, filters by status and unit, 25 per page', async () => {
    const ws = await workspace('long-thanh')
    const people = Array.from({ length: 27 }, (_, i) => ({
      tenantId: dn.id,
      organizationId: unit('pnv-long-thanh'),
      fullName: `Lưu Thị Trang ${String(i).padStart(2, '0')}`,
      searchText: `luu thi trang ${String(i).padStart(2, '0')}`,
      gender: 'NU' as const,
      active: i !== 0,
    }))
    await ownerDb().person.createMany({ data: people })
    const list = (filter: Parameters<typeof listPeople>[3]) =>
      withTenant(dn.id, (tx) => listPeople(tx, district, ws, filter))
    const page1 = await list({ page: 1, query: 'LUU thi trang', unit: 'all' })
    expect(page1).toMatchObject({ total: 26, pageCount: 2 })
    expect(page1.people).toHaveLength(25)
    expect((await list({ page: 2, query: 'lưu thị trang', unit: 'all' })).people).toHaveLength(1)
    expect((await list({ page: 1, query: 'trang 00', unit: 'all', status: 'inactive' })).total).toBe(1)
    expect((await list({ page: 1, query: 'lưu thị' })).total).toBe(0) // the workspace unit itself only
    expect((await list({ page: 1, query: 'lưu thị', unit: unit('pnv-long-thanh') })).total).toBe(26)
  })

  it('lets only one of two concurrent edits of the same version win; a stale form gets the conflict message', async () => {
    const { id } = await createPerson(anPhuoc, input(unit('an-phuoc'), 'Lâm Văn Đua'))
    const blocker = new pg.Client({ connectionString: databaseUrl() })
    await blocker.connect()
    await blocker.query('BEGIN')
    await blocker.query('SELECT 1 FROM "Person" WHERE id = $1 FOR UPDATE', [id])
    const edit = (position: string) =>
      updatePerson(anPhuoc, { ...input(unit('an-phuoc'), 'Lâm Văn Đua', { position }), personId: id, version: 1 })
    const racing = Promise.allSettled([edit('Công chức Văn phòng - Thống kê'), edit('Công chức Văn hóa - Xã hội')])
    await new Promise((resolve) => setTimeout(resolve, 300))
    await blocker.query('COMMIT')
    await blocker.end()
    const results = await racing
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(rejected.reason).toBeInstanceOf(ConflictError)
    expect(rejected.reason.message).toContain('vừa được người khác thay đổi')
    expect((await person(id)).version).toBe(2)
    expect((await audits(id)).filter((a) => a.action === 'person.update')).toHaveLength(1)
    const open = await ownerDb().personAssignment.findFirstOrThrow({ where: { personId: id, toDate: null } })
    expect(open.position).toBe((await person(id)).position)
  })

  it('moves a person within reach, closing the old assignment and keeping the history', async () => {
    const { id } = await createPerson(anPhuoc, input(unit('an-phuoc'), 'Đinh Thị Dời', { gender: 'NU' }))
    await expect(
      movePerson(anPhuoc, {
        personId: id,
        version: 1,
        organizationId: unit('thcs-an-phuoc'),
        movedOn: new Date('2020-01-01T00:00:00Z'),
        position: null,
      }),
    ).rejects.toMatchObject({ field: 'movedOn' })
    await movePerson(anPhuoc, {
      personId: id,
      version: 1,
      organizationId: unit('thcs-an-phuoc'),
      movedOn: null,
      position: 'Giáo viên',
    })
    expect(await person(id)).toMatchObject({ organizationId: unit('thcs-an-phuoc'), position: 'Giáo viên', version: 2 })
    const detail = await withTenant(dn.id, async (tx) =>
      loadPersonDetail(tx, anPhuoc, id, (await workspace('an-phuoc')).path),
    )
    expect(detail.assignments.map((a) => [a.unitName, a.position, a.toDate === null])).toEqual([
      ['Trường THCS An Phước', 'Giáo viên', true],
      ['Ủy ban nhân dân xã An Phước', 'Công chức Tư pháp - Hộ tịch', false],
    ])
    await expect(
      movePerson(anPhuoc, {
        personId: id,
        version: 2,
        organizationId: unit('thcs-an-phuoc'),
        movedOn: null,
        position: null,
      }),
    ).rejects.toMatchObject({ field: 'organizationId' })
    await setPersonActive(anPhuoc, { personId: id, version: 2, active: false })
    await expect(setPersonActive(anPhuoc, { personId: id, version: 2, active: true })).rejects.toBeInstanceOf(
      ConflictError,
    )
    await setPersonActive(anPhuoc, { personId: id, version: 3, active: true })
    expect((await audits(id)).map((a) => a.action)).toEqual([
      'person.create',
      'person.move',
      'person.deactivate',
      'person.activate',
    ])
  })
})

describe('yearly records', () => {
  it('keeps one rating per person and year, in the unit of that year, and checks the year', async () => {
    const { id } = await createPerson(anPhuoc, input(unit('an-phuoc'), 'Mạc Văn Xếp'))
    await saveYearRecord(anPhuoc, { personId: id, year: 2025, rating: 'HTT' })
    await saveYearRecord(anPhuoc, { personId: id, year: 2025, rating: 'HTXS' })
    const rows = await ownerDb().personYearRecord.findMany({ where: { personId: id } })
    expect(rows).toMatchObject([{ year: 2025, rating: 'HTXS', organizationId: unit('an-phuoc'), version: 2 }])
    const bad = yearRecordSchema.safeParse({ personId: id, year: '1999', rating: 'HT' })
    expect(bad.success || bad.error.issues[0].message).toBe(`Năm phải từ 2000 đến ${new Date().getUTCFullYear() + 1}.`)
    await expect(saveYearRecord(longAn, { personId: id, year: 2024, rating: 'HT' })).rejects.toBeInstanceOf(
      NotFoundError,
    )
    expect((await audits(id)).filter((a) => a.action === 'person.rating')).toHaveLength(2)
  })

  it('records, lifts and removes disciplines; initiatives used as a criterion cannot be removed', async () => {
    const { id } = await createPerson(anPhuoc, input(unit('an-phuoc'), 'Tạ Văn Kỷ'))
    const d = await addDiscipline(anPhuoc, {
      personId: id,
      year: 2025,
      level: 'KHIEN_TRACH',
      decidedOn: new Date('2025-08-15T00:00:00Z'),
      note: null,
    })
    await setDisciplineActive(anPhuoc, { personId: id, disciplineId: d.id, active: false })
    expect((await ownerDb().discipline.findUniqueOrThrow({ where: { id: d.id } })).active).toBe(false)
    await expect(removeDiscipline(longAn, { personId: id, disciplineId: d.id })).rejects.toBeInstanceOf(NotFoundError)
    await removeDiscipline(anPhuoc, { personId: id, disciplineId: d.id })
    expect(await ownerDb().discipline.count({ where: { personId: id } })).toBe(0)

    const free = await addInitiative(anPhuoc, {
      personId: id,
      year: 2024,
      title: 'Số hóa hồ sơ hộ tịch',
      level: 'CO_SO',
      recognizedBy: null,
    })
    const used = await addInitiative(anPhuoc, {
      personId: id,
      year: 2024,
      title: 'Một cửa liên thông',
      level: 'TINH',
      recognizedBy: 'Hội đồng Sáng kiến tỉnh',
    })
    await ownerDb().initiativeUse.create({
      data: { tenantId: anPhuoc.tenantId, initiativeId: used.id, personId: id, award: 'CSTD_CO_SO', year: 2024 },
    })
    await expect(removeInitiative(anPhuoc, { personId: id, initiativeId: used.id })).rejects.toBeInstanceOf(DomainError)
    await removeInitiative(anPhuoc, { personId: id, initiativeId: free.id })
    expect((await ownerDb().initiative.findMany({ where: { personId: id } })).map((i) => i.title)).toEqual([
      'Một cửa liên thông',
    ])
    expect((await audits(id)).map((a) => a.action)).toEqual([
      'person.create',
      'person.discipline.add',
      'person.discipline.lift',
      'person.discipline.remove',
      'person.initiative.add',
      'person.initiative.add',
      'person.initiative.remove',
    ])
  })
})

describe('demo people', () => {
  it('seeds 8–12 people per listed unit with three years of ratings, initiatives and one discipline', async () => {
    const result = await seedDemoPeople(ownerDb(), lc)
    const people = await ownerDb().person.findMany({
      where: { tenantId: lc.id },
      select: { organizationId: true, gender: true, isLeader: true },
    })
    expect(result.people).toBe(people.length)
    for (const key of ['tinh', 'so-noi-vu', 'cam-duong']) {
      const n = people.filter((p) => p.organizationId === lc.units.get(key)).length
      expect(n).toBeGreaterThanOrEqual(8)
      expect(n).toBeLessThanOrEqual(12)
    }
    expect(new Set(people.map((p) => p.gender))).toEqual(new Set(['NAM', 'NU']))
    expect(new Set(people.map((p) => p.isLeader))).toEqual(new Set([true, false]))
    expect(await ownerDb().personYearRecord.count({ where: { tenantId: lc.id } })).toBe(people.length * 3)
    expect(await ownerDb().discipline.count({ where: { tenantId: lc.id, active: true, level: 'KHIEN_TRACH' } })).toBe(1)
    expect(await ownerDb().initiative.count({ where: { tenantId: lc.id, level: 'TINH' } })).toBe(1)
  })
})
