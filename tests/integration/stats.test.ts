// Statistics forms and the award register read only the tenant's rows (RLS) and only the subtree of the
// chosen unit the actor may see; the register finds awards without accents, by figure, and exports them.
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { registerPage, streamRegisterXlsx } from '../../lib/stats/register'
import { formWorkbook, statisticsForm } from '../../lib/stats/report-form'
import { NotFoundError } from '../../lib/shared/errors'
import { seedDemoDecision } from '../../lib/seed/demo-stats'
import { decisionCertificatesPdf } from '../../lib/certificates/certificates'
import { pdfPageTexts } from '../support/pdf'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let lc: Awaited<ReturnType<typeof createTenant>>
let province: Actor
let district: Actor
let foreign: Actor
let senId: string

const YEAR = 2026
const total = async (actor: Actor, unitId: string, code = '0603.N', row = '01') =>
  (await statisticsForm(actor, { code, year: YEAR, unitId })).rows.find((r) => r.def.code === row)!.total

beforeAll(async () => {
  ;[dn, lc] = await Promise.all([createTenant(0), createTenant(1)])
  ;[province, district, foreign] = await Promise.all([
    actorFor(dn, 'noivu.dongnai'),
    actorFor(dn, 'noivu.longthanh'),
    actorFor(lc, 'noivu.laocai'),
  ])
  const db = ownerDb()
  const anPhuoc = dn.units.get('an-phuoc')!
  const xuanQue = dn.units.get('xuan-que')!
  const person = (tenantId: string, organizationId: string, fullName: string, staffCategory?: 'LANH_DAO_SO') =>
    db.person.create({
      data: { tenantId, organizationId, fullName, gender: 'NU', staffCategory },
      select: { id: true },
    })
  senId = (await person(dn.id, anPhuoc, 'Võ Thị Sen')).id
  const lanId = (await person(dn.id, xuanQue, 'Đặng Thị Lan', 'LANH_DAO_SO')).id
  const paoId = (await person(lc.id, lc.units.get('cam-duong')!, 'Giàng Thị Sen')).id
  const record = (tenantId: string, personId: string | null, organizationId: string, award: string, n: string) => ({
    tenantId,
    personId,
    organizationId,
    year: YEAR,
    award,
    decisionNumber: n,
    decidedOn: new Date(`${YEAR}-12-20`),
    decidedBy: 'Ủy ban nhân dân tỉnh',
  })
  await db.awardRecord.createMany({
    data: [
      record(dn.id, senId, anPhuoc, 'BANG_KHEN_TINH', '101/QĐ-UBND'),
      record(dn.id, null, anPhuoc, 'BANG_KHEN_TINH', '101/QĐ-UBND'),
      record(dn.id, lanId, xuanQue, 'CSTD_TINH', '102/QĐ-UBND'),
      { ...record(dn.id, senId, anPhuoc, 'BANG_KHEN_TINH', '7/QĐ-UBND'), year: YEAR - 1 },
      record(lc.id, paoId, lc.units.get('cam-duong')!, 'BANG_KHEN_TINH', '101/QĐ-UBND'),
    ],
  })
})

describe('statistics forms', () => {
  it('count the whole province for the province and only the district subtree for the district', async () => {
    expect(await total(province, dn.units.get('tinh')!)).toBe(3)
    expect(await total(province, dn.units.get('tinh')!, '0603.N', '07')).toBe(1) // lãnh đạo cấp sở: Lan
    expect(await total(district, dn.units.get('long-thanh')!)).toBe(2)
    expect(await total(province, dn.units.get('long-thanh')!)).toBe(2)
  })

  it('never count another tenant, and refuse a unit outside the actor reach as not found', async () => {
    expect(await total(foreign, lc.units.get('tinh')!)).toBe(1)
    await expect(total(foreign, dn.units.get('tinh')!)).rejects.toBeInstanceOf(NotFoundError)
    await expect(total(district, dn.units.get('tinh')!)).rejects.toBeInstanceOf(NotFoundError)
    await expect(total(district, dn.units.get('xuan-que')!)).rejects.toBeInstanceOf(NotFoundError)
  })

  it('export the form as a workbook in its layout', async () => {
    const report = await statisticsForm(province, { code: '0603.N', year: YEAR, unitId: dn.units.get('tinh')! })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await formWorkbook(report)) as unknown as ExcelJS.Buffer)
    const ws = wb.worksheets[0]
    const texts: string[] = []
    ws.eachRow((row) => texts.push(row.values!.toString()))
    expect(texts.join('\n')).toContain('Biểu số: 0603.N/BNV-TĐKT')
    const totalRow = texts.find((t) => t.startsWith(',Tổng số,01'))
    expect(totalRow).toContain(',3,2,1,0,0')
  })
})

describe('award register', () => {
  const unit = (key: string, tenant = dn) => tenant.units.get(key)!

  it('finds awards without accents, within the tenant and the unit scope', async () => {
    const found = await registerPage(province, { unitId: unit('tinh'), q: 'vo thi SEN' })
    expect(found.rows.map((r) => [r.personName, r.year])).toEqual([
      ['Võ Thị Sen', YEAR],
      ['Võ Thị Sen', YEAR - 1],
    ])
    expect((await registerPage(province, { unitId: unit('tinh'), q: '101/qđ' })).total).toBe(2)
    expect((await registerPage(district, { unitId: unit('long-thanh') })).total).toBe(3)
    expect((await registerPage(district, { unitId: unit('long-thanh'), q: 'lan' })).total).toBe(0)
    expect((await registerPage(foreign, { unitId: unit('tinh', lc), q: 'sen' })).total).toBe(1)
    await expect(registerPage(foreign, { unitId: unit('tinh') })).rejects.toBeInstanceOf(NotFoundError)
  })

  it('lists the records behind a figure of a form', async () => {
    const figure = { form: '0603.N', year: YEAR, row: '05', column: 'bang_khen' }
    const page = await registerPage(province, { unitId: unit('tinh'), figure })
    expect(page.rows.map((r) => r.personName)).toEqual(['Võ Thị Sen'])
    expect(page.figureLabel).toContain('mã số 05')
    const all = await registerPage(province, { unitId: unit('tinh'), figure: { ...figure, row: '01', column: 'tong' } })
    expect(all.total).toBe(3)
  })

  it('finds a renamed person under the new name', async () => {
    await ownerDb().person.update({ where: { id: senId }, data: { fullName: 'Võ Thị Hồng Sen' } })
    expect((await registerPage(province, { unitId: unit('tinh'), q: 'hong sen' })).total).toBe(2)
  })

  it('streams the register as .xlsx', async () => {
    const out = new PassThrough()
    const chunks: Buffer[] = []
    out.on('data', (c: Buffer) => chunks.push(c))
    const done = new Promise((resolve) => out.on('end', resolve))
    const rows = await streamRegisterXlsx(province, { unitId: unit('tinh') }, out)
    await done
    expect(rows).toBe(4)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer)
    expect(wb.worksheets[0].rowCount).toBe(5)
  })
})

describe('demo decision and its certificates', () => {
  it('seeds a provincial decision whose certificates print one page per awardee', async () => {
    const db = ownerDb()
    for (const [unit, name] of [
      ['binh-son', 'Phan Thị Mai'],
      ['binh-son', 'Lý Văn Tài'],
      ['long-an', 'Tô Thị Hạnh'],
    ] as const)
      await db.person.create({
        data: { tenantId: dn.id, organizationId: dn.units.get(unit)!, fullName: name, gender: 'NU' },
      })
    await seedDemoDecision(db, dn)
    const decision = await db.awardDecision.findFirstOrThrow({
      where: { tenantId: dn.id, documentNumber: '125/QĐ-UBND' },
      select: { id: true },
    })
    const found = await registerPage(province, { unitId: dn.units.get('tinh')!, q: '125/qd' })
    expect(found.total).toBe(3)
    expect(found.rows.every((r) => r.decisionId === decision.id)).toBe(true)
    const pages = await pdfPageTexts(await decisionCertificatesPdf(province, decision.id))
    expect(pages).toHaveLength(3)
    expect(pages.join('\n')).toContain('Phan Thị Mai')
    expect(pages.join('\n')).toContain('Ủy ban nhân dân xã Bình Sơn')
    await expect(decisionCertificatesPdf(foreign, decision.id)).rejects.toBeInstanceOf(NotFoundError)
  })
})
