// The award history before the app, entered once: an .xlsx import with a preview that lists bad rows by
// row and column and saves nothing, all or nothing on confirmation, and an entry on the page; an imported
// history makes the three-year check of CSTĐ cấp tỉnh pass from the first day.
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { evaluateEligibility } from '../../lib/awards/eligibility'
import { withTenant } from '../../lib/db/tenant'
import { individualRecord } from '../../lib/dossiers/record'
import { addHistoryEntry, importHistory, previewHistoryImport } from '../../lib/history/import-history'
import { HISTORY_HEADERS } from '../../lib/history/sheet'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let staff: Actor
let personId: string
let anPhuoc: string

async function xlsx(rows: string[][]) {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Lịch sử khen thưởng')
  sheet.addRow(HISTORY_HEADERS)
  for (const r of rows) sheet.addRow(r)
  return new File([new Uint8Array(await workbook.xlsx.writeBuffer())], 'lich-su.xlsx')
}

const threeYearCheck = async () => {
  const record = await withTenant(dn.id, (tx) => individualRecord(tx, dn.id, personId, 2023))
  const checks = evaluateEligibility('CSTD_TINH', record, '2023-12-31')
  const check = checks.find((c) => /CSTĐ cơ sở/.test(c.label))
  if (!check) throw new Error(`no three-year check in ${JSON.stringify(checks)}`)
  return check
}

beforeAll(async () => {
  dn = await createTenant(0)
  staff = await actorFor(dn, 'noivu.anphuoc')
  anPhuoc = dn.units.get('an-phuoc')!
  ;({ id: personId } = await ownerDb().person.create({
    data: { tenantId: dn.id, organizationId: anPhuoc, fullName: 'Đỗ Thị Thu', gender: 'NU' },
    select: { id: true },
  }))
})

describe('award history import', () => {
  it('previews a bad file with errors by row and column, and saves none of it', async () => {
    const file = await xlsx([
      ['Đỗ Thị Thu', 'Ủy ban nhân dân xã An Phước', '2021', 'CSTĐ cơ sở', '12/QĐ-UBND', '15/01/2022', 'UBND huyện'],
      ['Người Lạ', 'Ủy ban nhân dân xã An Phước', '2022', 'CSTĐ cơ sở', '', '', ''],
      ['Đỗ Thị Thu', 'Ủy ban nhân dân xã An Phước', '20x2', 'Huy hiệu', '', '31/02/2023', ''],
      ['', 'Trường THCS An Phước', '2022', 'LĐTT', '', '', ''],
    ])
    const preview = await previewHistoryImport(staff, { organizationId: anPhuoc, digest: null, file })
    expect(preview.validCount).toBe(1)
    expect(preview.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: 'Họ và tên', message: expect.stringContaining('Người Lạ') }),
        expect.objectContaining({ row: 4, column: 'Năm' }),
        expect.objectContaining({ row: 4, column: 'Hình thức', message: expect.stringContaining('Huy hiệu') }),
        expect.objectContaining({ row: 4, column: 'Ngày quyết định' }),
        expect.objectContaining({ row: 5, column: 'Họ và tên', message: expect.stringContaining('danh hiệu cá nhân') }),
      ]),
    )
    await expect(importHistory(staff, { organizationId: anPhuoc, digest: preview.digest, file })).rejects.toThrow(
      /chưa lưu dòng nào/,
    )
    expect(await ownerDb().awardRecord.count({ where: { tenantId: dn.id, personId } })).toBe(0)
  })

  it('imports three years of CSTĐ cơ sở, after which the three-year check of CSTĐ cấp tỉnh passes', async () => {
    expect((await threeYearCheck()).passed).toBe(false)
    const file = await xlsx(
      [2021, 2022, 2023].map((y) => [
        'Đỗ Thị Thu',
        'Ủy ban nhân dân xã An Phước',
        String(y),
        'Chiến sĩ thi đua cơ sở',
        `${y - 2000}/QĐ-UBND`,
        `20/01/${y + 1}`,
        'Ủy ban nhân dân huyện Long Thành',
      ]),
    )
    const preview = await previewHistoryImport(staff, { organizationId: anPhuoc, digest: null, file })
    expect(preview).toMatchObject({ validCount: 3, errors: [] })
    await expect(importHistory(staff, { organizationId: anPhuoc, digest: preview.digest, file })).resolves.toEqual({
      created: 3,
    })
    const rows = await ownerDb().awardRecord.findMany({
      where: { tenantId: dn.id, personId },
      orderBy: { year: 'asc' },
    })
    expect(rows.map((r) => [r.year, r.award, r.source, r.decisionNumber])).toEqual([
      [2021, 'CSTD_CO_SO', 'IMPORTED', '21/QĐ-UBND'],
      [2022, 'CSTD_CO_SO', 'IMPORTED', '22/QĐ-UBND'],
      [2023, 'CSTD_CO_SO', 'IMPORTED', '23/QĐ-UBND'],
    ])
    expect((await threeYearCheck()).passed).toBe(true)
    // The same file again: every row is already on record.
    const again = await previewHistoryImport(staff, { organizationId: anPhuoc, digest: null, file })
    expect(again.errors.map((e) => e.message)).toEqual(Array(3).fill(expect.stringContaining('Đã có')))
  })

  it('takes one entry on a unit’s page by the same rules, and refuses a duplicate next to its field', async () => {
    const school = dn.units.get('thcs-an-phuoc')!
    const entry = {
      organizationId: anPhuoc,
      personId: null,
      subjectUnitId: school,
      year: '2022',
      award: 'TAP_THE_LDTT',
      decisionNumber: '40/QĐ-UBND',
      decidedOn: '2023-01-10',
      decidedBy: 'Ủy ban nhân dân huyện Long Thành',
    }
    await addHistoryEntry(staff, entry)
    const row = await ownerDb().awardRecord.findFirstOrThrow({ where: { tenantId: dn.id, organizationId: school } })
    expect(row).toMatchObject({ personId: null, year: 2022, award: 'TAP_THE_LDTT', source: 'ENTERED' })
    await expect(addHistoryEntry(staff, entry)).rejects.toMatchObject({ field: 'award' })
    await expect(addHistoryEntry(staff, { ...entry, year: '1890' })).rejects.toMatchObject({ field: 'year' })
    await expect(addHistoryEntry(await actorFor(dn, 'thutruong.longan'), entry)).rejects.toThrow()
  })
})
