// The register's search gives the same pages whichever way the database is asked (decision 0024): each
// query's rows, order, total and page count are compared with a reference computed here from the records
// themselves (fold every name, unit, decision number and decider as the app does, keep the records that
// hold every word, newest year first, then id), on a small province with names written in mixed case,
// with and without accents. The tuning forces the plan for frequent words (few candidates from the
// trigram index, a walk of the records that widens) as well as the plan for rare ones (the default), so
// every plan is held to the same answer.
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { searchKey } from '../../lib/plans/periods'
import { REGISTER_PAGE_SIZE, registerPage, streamRegisterXlsx, type RegisterFilter } from '../../lib/stats/register'
import { withTenant } from '../../lib/db/tenant'
import { appDb, ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let province: Actor
let district: Actor

type Record = { id: string; year: number; award: string; path: string; text: string }
let records: Record[] = []

const FAMILY = ['Nguyễn', 'NGUYỄN', 'Trần', 'Lê', 'Đặng', 'Võ']
const MIDDLE = ['Văn', 'Thị', 'văn', 'Hữu']
const GIVEN = ['An', 'Hoa', 'Lan', 'Đức', 'Sen']
const AWARDS = ['GIAY_KHEN', 'BANG_KHEN_TINH', 'BANG_KHEN_TTG']

beforeAll(async () => {
  dn = await createTenant(0)
  ;[province, district] = await Promise.all([actorFor(dn, 'noivu.dongnai'), actorFor(dn, 'noivu.longthanh')])
  const db = ownerDb()
  const units = ['tinh', 'long-thanh', 'an-phuoc', 'xuan-que', 'pnv-long-thanh'].map((k) => dn.units.get(k)!)
  const people: { id: string; organizationId: string }[] = []
  for (let i = 0; i < 40; i++)
    people.push(
      await db.person.create({
        data: {
          tenantId: dn.id,
          organizationId: units[i % units.length],
          fullName: `${FAMILY[i % FAMILY.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[i % GIVEN.length]}`,
          gender: i % 2 ? 'NU' : 'NAM',
        },
        select: { id: true, organizationId: true },
      }),
    )
  // 240 records: individual ones (a person's awards are not yearly titles, so no one-title-per-year clash)
  // and every fifth one collective, to the unit.
  await db.awardRecord.createMany({
    data: Array.from({ length: 240 }, (_, i) => {
      const person = people[i % people.length]
      const collective = i % 5 === 0
      return {
        tenantId: dn.id,
        personId: collective ? null : person.id,
        organizationId: person.organizationId,
        year: 2019 + (i % 8),
        award: AWARDS[i % AWARDS.length],
        decisionNumber: `${10 + (i % 7)}/QĐ-UBND`,
        decidedOn: new Date(`${2019 + (i % 8)}-12-20`),
        decidedBy: i % 3 ? 'Ủy ban nhân dân tỉnh' : 'Chủ tịch UBND huyện Long Thành',
      }
    }),
  })
  const [all, persons, orgs] = await Promise.all([
    db.awardRecord.findMany({ where: { tenantId: dn.id } }),
    db.person.findMany({ where: { tenantId: dn.id }, select: { id: true, fullName: true } }),
    db.organization.findMany({ where: { tenantId: dn.id }, select: { id: true, name: true, path: true } }),
  ])
  const name = new Map(persons.map((p) => [p.id, p.fullName]))
  const org = new Map(orgs.map((o) => [o.id, o]))
  records = all.map((r) => ({
    id: r.id,
    year: r.year,
    award: r.award,
    path: org.get(r.organizationId!)!.path,
    text: searchKey(
      [r.personId ? name.get(r.personId) : null, org.get(r.organizationId!)!.name, r.decisionNumber, r.decidedBy]
        .filter(Boolean)
        .join(' '),
    ),
  }))
})

/** What the register must answer, computed from the records alone. */
async function expected(actor: Actor, filter: RegisterFilter, page: number) {
  const [unit] = await ownerDb().organization.findMany({
    where: { tenantId: actor.tenantId, id: filter.unitId },
    select: { path: true },
  })
  const words = searchKey(filter.q ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 6)
  const ids = records
    .filter(
      (r) =>
        r.path.startsWith(unit.path) &&
        words.every((w) => r.text.includes(w)) &&
        (filter.year === undefined || r.year === filter.year) &&
        (filter.award === undefined || r.award === filter.award),
    )
    .sort((a, b) => b.year - a.year || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map((r) => r.id)
  const pageCount = Math.max(1, Math.ceil(ids.length / REGISTER_PAGE_SIZE))
  const current = Math.min(page, pageCount)
  return {
    total: ids.length,
    pageCount,
    page: current,
    ids: ids.slice((current - 1) * REGISTER_PAGE_SIZE, current * REGISTER_PAGE_SIZE),
  }
}

const unit = (key: string) => dn.units.get(key)!

const CASES: [string, () => Actor, () => RegisterFilter, number][] = [
  ['a frequent name, without accents', () => province, () => ({ unitId: unit('tinh'), q: 'nguyen van' }), 1],
  ['the same in capitals with accents', () => province, () => ({ unitId: unit('tinh'), q: 'NGUYỄN VĂN' }), 1],
  ['the same in mixed case', () => province, () => ({ unitId: unit('tinh'), q: '  Nguyễn   vAn ' }), 1],
  ['one word, second page', () => province, () => ({ unitId: unit('tinh'), q: 'nguyen' }), 2],
  ['one word, a page past the end', () => province, () => ({ unitId: unit('tinh'), q: 'Nguyen' }), 9],
  ['a full name', () => province, () => ({ unitId: unit('tinh'), q: 'tran thi hoa' }), 1],
  ['đ folded to d', () => province, () => ({ unitId: unit('tinh'), q: 'Đặng hữu' }), 1],
  ['đ typed as d', () => province, () => ({ unitId: unit('tinh'), q: 'dang huu' }), 1],
  ['a decision number', () => province, () => ({ unitId: unit('tinh'), q: '12/qđ' }), 1],
  ['a decision number in capitals', () => province, () => ({ unitId: unit('tinh'), q: '12/QD-UBND' }), 1],
  ['a unit name', () => province, () => ({ unitId: unit('tinh'), q: 'xa an phuoc' }), 1],
  ['the decider', () => province, () => ({ unitId: unit('tinh'), q: 'chu tich ubnd' }), 1],
  ['a name and a year', () => province, () => ({ unitId: unit('tinh'), q: 'le', year: 2024 }), 1],
  ['a name and an award', () => province, () => ({ unitId: unit('tinh'), q: 'sen', award: 'GIAY_KHEN' }), 1],
  ['a district, frequent word', () => district, () => ({ unitId: unit('long-thanh'), q: 'van' }), 1],
  ['a commune, a name', () => district, () => ({ unitId: unit('an-phuoc'), q: 'lan' }), 1],
  ['no match', () => province, () => ({ unitId: unit('tinh'), q: 'không có ai tên này' }), 1],
  ['LIKE characters are literal', () => province, () => ({ unitId: unit('tinh'), q: '%_' }), 1],
]

describe('register search gives the reference answer', () => {
  const PLANS = [
    ['', undefined],
    [' (frequent-word plan)', { candidates: 3 }],
    [' (frequent-word plan, widening walk)', { candidates: 3, walk: 7 }],
  ] as const
  for (const [plan, tuning] of PLANS) {
    for (const [label, actor, filter, page] of CASES) {
      it(`${label}${plan}`, async () => {
        const want = await expected(actor(), filter(), page)
        const got = await registerPage(actor(), filter(), page, tuning)
        expect(got.rows.map((r) => r.id)).toEqual(want.ids)
        expect({ total: got.total, pageCount: got.pageCount, page: got.page }).toEqual({
          total: want.total,
          pageCount: want.pageCount,
          page: want.page,
        })
      })
    }
  }

  it('has cases with several pages and with none', async () => {
    const frequent = await expected(province, { unitId: unit('tinh'), q: 'nguyen' }, 1)
    expect(frequent.pageCount).toBeGreaterThan(1)
    expect((await expected(province, { unitId: unit('tinh'), q: 'xa an phuoc' }, 1)).total).toBeGreaterThan(0)
    expect((await expected(district, { unitId: unit('an-phuoc'), q: 'lan' }, 1)).total).toBeGreaterThan(0)
  })
})

describe('register counts', () => {
  let lc: Awaited<ReturnType<typeof createTenant>>
  let secretariat: Actor
  let before: number
  beforeAll(async () => {
    lc = await createTenant(1)
    secretariat = await actorFor(lc, 'noivu.laocai')
    const db = ownerDb()
    before = await db.awardRecord.count({ where: { tenantId: lc.id } })
    await db.awardRecord.createMany({
      data: Array.from({ length: 600 }, (_, i) => ({
        tenantId: lc.id,
        organizationId: lc.units.get('tinh')!,
        year: 2010 + (i % 10),
        award: 'GIAY_KHEN',
        decisionNumber: '777/QĐ-UBND',
        decidedBy: 'Ủy ban nhân dân tỉnh',
      })),
    })
  })

  it('count ten pages past the current one, with "more" after that (lib/shared/paging.ts)', async () => {
    const first = await registerPage(secretariat, { unitId: lc.units.get('tinh')! }, 1)
    expect(first).toMatchObject({ page: 1, pageCount: 11, total: 550, more: true })
    const fifth = await registerPage(secretariat, { unitId: lc.units.get('tinh')! }, 5)
    const all = 600 + before
    expect(fifth).toMatchObject({ page: 5, pageCount: Math.ceil(all / 50), total: all, more: false })
  })

  it('count a search exactly when the index found every match, and by the window otherwise', async () => {
    const filter = { unitId: lc.units.get('tinh')!, q: '777/qd' }
    expect(await registerPage(secretariat, filter, 1)).toMatchObject({ pageCount: 12, total: 600, more: false })
    expect(await registerPage(secretariat, filter, 1, { candidates: 3 })).toMatchObject({
      pageCount: 11,
      total: 550,
      more: true,
    })
  })

  it('export a search with the same rows as its pages', async () => {
    const filter = { unitId: lc.units.get('tinh')!, q: '777/QĐ' }
    const out = new PassThrough()
    const chunks: Buffer[] = []
    out.on('data', (c: Buffer) => chunks.push(c))
    const done = new Promise((resolve) => out.on('end', resolve))
    expect(await streamRegisterXlsx(secretariat, filter, out)).toBe(600)
    await done
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer)
    const years = wb.worksheets[0].getColumn(2).values.slice(2).map(Number)
    const first = await registerPage(secretariat, filter, 1)
    expect(years.slice(0, 50)).toEqual(first.rows.map((r) => r.year))
  })

  it("let the app role's trigram lookup see only the current tenant's records", async () => {
    const matches = (limit: number) => (tx: { $queryRawUnsafe: <T>(q: string, ...v: unknown[]) => Promise<T> }) =>
      tx.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM award_record_matches(ARRAY['%777/qd%'], $1::int)`,
        limit,
      )
    expect((await withTenant(lc.id, matches(1000)))[0].n).toBe(600)
    expect((await withTenant(lc.id, matches(10)))[0].n).toBe(10)
    expect((await withTenant(dn.id, matches(1000)))[0].n).toBe(0)
    const app = appDb()
    try {
      expect((await matches(1000)(app))[0].n).toBe(0) // no tenant set: nothing
    } finally {
      await app.$disconnect()
    }
  })
})
