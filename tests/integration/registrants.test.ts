// The managing level sees who registered for which title in its subtree, by name: never a unit outside
// it, filters by unit, title and status, accent-free search, pages, and the .xlsx with the names.
import { beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { withTenant } from '../../lib/db/tenant'
import { nameKey } from '../../lib/people/identity'
import { listRegistrants } from '../../lib/registration/registrants'
import { overviewXlsx } from '../../lib/registration/export'
import { registrantFilterFrom, type RegistrantFilter } from '../../lib/registration/schemas'
import type { Actor } from '../../lib/auth/actor'
import type { RegistrationStatus } from '../../lib/generated/prisma/enums'
import { NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let province: Actor
let district: Actor
const YEAR = 2026
const none: RegistrantFilter = { unitId: null, title: null, status: null, query: null }

async function register(
  unitKey: string,
  parentKey: string,
  status: RegistrationStatus,
  collectiveTitle: string | null,
  people: [string, string][],
) {
  const db = ownerDb()
  const tenantId = dn.id
  const round = await db.registrationRound.upsert({
    where: { tenantId_organizationId_year: { tenantId, organizationId: dn.units.get(parentKey)!, year: YEAR } },
    create: { tenantId, organizationId: dn.units.get(parentKey)!, year: YEAR, deadline: new Date('2026-03-31') },
    update: {},
  })
  const registration = await db.registration.create({
    data: { tenantId, roundId: round.id, organizationId: dn.units.get(unitKey)!, year: YEAR, status, collectiveTitle },
  })
  for (const [fullName, title] of people) {
    const person = await db.person.create({
      data: {
        tenantId,
        organizationId: dn.units.get(unitKey)!,
        fullName,
        gender: 'NU',
        position: 'Chuyên viên',
        searchText: nameKey(fullName),
      },
    })
    await db.registrationEntry.create({
      data: { tenantId, registrationId: registration.id, personId: person.id, title },
    })
  }
}

const list = (actor: Actor, orgKey: string, filter: Partial<RegistrantFilter> = {}, page = 1, pageSize = 50) =>
  withTenant(dn.id, (tx) =>
    listRegistrants(tx, actor, dn.units.get(orgKey)!, YEAR, { ...none, ...filter }, { page, pageSize }),
  )
const names = (r: Awaited<ReturnType<typeof list>>) => r.rows.map((x) => x.name)

beforeAll(async () => {
  dn = await createTenant(0)
  province = await actorFor(dn, 'noivu.dongnai')
  district = await actorFor(dn, 'noivu.longthanh')
  await register('an-phuoc', 'long-thanh', 'ACCEPTED', 'TAP_THE_LDXS', [
    ['Nguyễn Thị Ánh', 'CSTD_CO_SO'],
    ['Trần Văn Bình', 'LDTT'],
  ])
  await register('long-an', 'long-thanh', 'SUBMITTED', null, [['Lê Thị Cúc', 'LDTT']])
  await register('xuan-que', 'cam-my', 'ACCEPTED', 'TAP_THE_LDTT', [['Phạm Thị Dung', 'CSTD_CO_SO']])
})

describe('registrants of a subtree', () => {
  it('lists people and units by name for the province, across districts', async () => {
    const all = await list(province, 'tinh')
    expect(new Set(names(all))).toEqual(
      new Set([
        'Nguyễn Thị Ánh',
        'Trần Văn Bình',
        'Lê Thị Cúc',
        'Phạm Thị Dung',
        'Ủy ban nhân dân xã An Phước',
        'Ủy ban nhân dân xã Xuân Quế',
      ]),
    )
    const anh = all.rows.find((r) => r.name === 'Nguyễn Thị Ánh')!
    expect(anh).toMatchObject({ kind: 'INDIVIDUAL', title: 'CSTD_CO_SO', status: 'ACCEPTED', position: 'Chuyên viên' })
    expect(anh.unitName).toBe('Ủy ban nhân dân xã An Phước')
  })

  it('never lists a unit outside the subtree, even when asked for it by id', async () => {
    const own = await list(district, 'long-thanh')
    expect(names(own)).not.toContain('Phạm Thị Dung')
    expect(own.rows.every((r) => r.unitName !== 'Ủy ban nhân dân xã Xuân Quế')).toBe(true)
    expect(own.units.map((u) => u.id)).not.toContain(dn.units.get('xuan-que'))
    expect((await list(district, 'long-thanh', { unitId: dn.units.get('xuan-que')! })).rows).toEqual([])
    // and the district's staff cannot list the province's subtree at all
    await expect(list(district, 'tinh')).rejects.toBeInstanceOf(NotFoundError)
  })

  it('filters by unit, title and status, and searches without accents', async () => {
    expect(names(await list(province, 'tinh', { unitId: dn.units.get('long-an')! }))).toEqual(['Lê Thị Cúc'])
    expect(new Set(names(await list(province, 'tinh', { title: 'CSTD_CO_SO' })))).toEqual(
      new Set(['Nguyễn Thị Ánh', 'Phạm Thị Dung']),
    )
    expect(names(await list(province, 'tinh', { title: 'TAP_THE_LDXS' }))).toEqual(['Ủy ban nhân dân xã An Phước'])
    expect(names(await list(province, 'tinh', { status: 'SUBMITTED' }))).toEqual(['Lê Thị Cúc'])
    expect(names(await list(province, 'tinh', { query: 'nguyen thi anh' }))).toEqual(['Nguyễn Thị Ánh'])
    expect(names(await list(province, 'tinh', { query: 'XUAN QUE' }))).toEqual(['Ủy ban nhân dân xã Xuân Quế'])
    expect(names(await list(province, 'tinh', { query: '100%_' }))).toEqual([])
  })

  it('reads bad filter values from the address as no filter, never an error', () => {
    expect(registrantFilterFrom({ donvi: 'x', danhhieu: 'HACK', trangthai: 'nope', q: ['  a\0b  '] })).toEqual({
      unitId: null,
      title: null,
      status: null,
      query: 'ab',
    })
  })

  it('pages the list', async () => {
    const first = await list(province, 'tinh', {}, 1, 4)
    const second = await list(province, 'tinh', {}, 2, 4)
    expect(first.rows).toHaveLength(4)
    expect(first.pageCount).toBe(2)
    expect(second.rows).toHaveLength(2)
    expect(new Set([...names(first), ...names(second)]).size).toBe(6)
  })

  it('puts the names in the .xlsx', async () => {
    const result = await withTenant(dn.id, (tx) =>
      listRegistrants(tx, province, dn.units.get('tinh')!, YEAR, none, 'all'),
    )
    const buffer = await overviewXlsx({
      managingName: 'UBND tỉnh',
      year: YEAR,
      deadline: null,
      rows: [],
      registrants: result.rows,
    })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(buffer as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('Danh sách đăng ký')!
    const cells: string[] = []
    sheet.eachRow((row) => cells.push(String(row.getCell(2).value ?? '')))
    expect(cells).toContain('Phạm Thị Dung')
    expect(cells).toContain('Nguyễn Thị Ánh')
  })
})
