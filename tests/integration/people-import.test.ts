// Import and export of the people registry against the real database: preview then all-or-nothing save,
// bad rows, wrong files, broken encoding, scope, and the export → import round trip.
import { beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import type { Actor } from '../../lib/auth/actor'
import { importPeople, previewPeopleImport } from '../../lib/people/import-people'
import { exportPeople } from '../../lib/people/export'
import { seedDemoPeople } from '../../lib/people/demo'
import { lastRatingYears, vnDate } from '../../lib/people/labels'
import { NOT_UTF8 } from '../../lib/people/csv'
import { DomainError, NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

type Tenant = Awaited<ReturnType<typeof createTenant>>
let dn: Tenant
let anPhuoc: Actor

beforeAll(async () => {
  dn = await createTenant(0)
  anPhuoc = await actorFor(dn, 'thutruong.anphuoc')
})

async function xlsx(rows: unknown[][]) {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Danh sách')
  for (const row of rows) sheet.addRow(row)
  return new File([new Uint8Array(await workbook.xlsx.writeBuffer())], 'can-bo.xlsx')
}
const csv = (text: string, name = 'can-bo.csv') => new File([new TextEncoder().encode(text)], name)
const countIn = (tenant: Tenant) => ownerDb().person.count({ where: { tenantId: tenant.id } })

describe('import from a spreadsheet', () => {
  it('previews a good .xlsx without saving, then saves every row, its history and ratings in one go', async () => {
    const file = await xlsx([
      ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Chức vụ', 'Lãnh đạo', 'Đơn vị', 'Xếp loại 2024', 'Xếp loại 2025'],
      [
        'Phan Văn Nhập',
        'Nam',
        new Date(Date.UTC(1980, 1, 1)),
        'Phó Chủ tịch UBND xã',
        'Có',
        '',
        'HTXS',
        'Hoàn thành tốt nhiệm vụ',
      ],
      ['Lê Thị Tệp', 'Nữ', '15/06/1992', 'Giáo viên', 'không', 'Trường THCS An Phước', '', 'HTT'],
    ])
    const organizationId = dn.units.get('an-phuoc')!
    const before = await countIn(dn)
    const preview = await previewPeopleImport(anPhuoc, { organizationId, digest: null, file })
    expect(preview.errors).toEqual([])
    expect(preview.validCount).toBe(2)
    expect(preview.valid[0]).toMatchObject({
      row: 2,
      fullName: 'Phan Văn Nhập',
      birthDate: '01/02/1980',
      isLeader: true,
      unitName: 'Ủy ban nhân dân xã An Phước',
    })
    expect(await countIn(dn)).toBe(before)

    await expect(importPeople(anPhuoc, { organizationId, digest: 'f'.repeat(64), file })).rejects.toMatchObject({
      field: 'file',
    })
    expect(await importPeople(anPhuoc, { organizationId, digest: preview.digest, file })).toEqual({ created: 2 })
    const saved = await ownerDb().person.findMany({
      where: { tenantId: dn.id, fullName: { in: ['Phan Văn Nhập', 'Lê Thị Tệp'] } },
      select: {
        fullName: true,
        organizationId: true,
        birthDate: true,
        searchText: true,
        yearRecords: { select: { year: true, rating: true }, orderBy: { year: 'asc' } },
        assignments: { select: { toDate: true } },
      },
      orderBy: { fullName: 'asc' },
    })
    expect(saved).toMatchObject([
      {
        fullName: 'Lê Thị Tệp',
        organizationId: dn.units.get('thcs-an-phuoc'),
        searchText: 'le thi tep',
        yearRecords: [{ year: 2025, rating: 'HTT' }],
        assignments: [{ toDate: null }],
      },
      {
        fullName: 'Phan Văn Nhập',
        organizationId,
        yearRecords: [
          { year: 2024, rating: 'HTXS' },
          { year: 2025, rating: 'HTT' },
        ],
      },
    ])
    expect(vnDate(saved[1].birthDate)).toBe('01/02/1980')
    const audit = await ownerDb().auditEvent.findFirstOrThrow({ where: { tenantId: dn.id, action: 'person.import' } })
    expect(audit.after).toMatchObject({ count: 2, fileName: 'can-bo.xlsx' })

    // The same file again: every row is now a person on record, and nothing more is saved.
    const again = await previewPeopleImport(anPhuoc, { organizationId, digest: null, file })
    expect(again.errors.map((e) => e.row)).toEqual([2, 3])
    expect(again.errors[0].message).toContain('đã có trong danh sách')
  })

  it('lists every bad row of a file and saves nothing, even on confirmation', async () => {
    const file = csv(
      '\uFEFFHọ và tên;Giới tính;Ngày sinh;Đơn vị\n' +
        'Trương Văn Tốt;Nam;01/01/1990;\n' +
        ';Nữ;01/01/1991;\n' +
        'Ông Văn Lạ;Khác;1991/01/01;\n' +
        'Trương Văn Tốt;nam;01/01/1990;\n' +
        'Quách Thị Xa;Nữ;02/02/1992;Ủy ban nhân dân xã Long An\n',
    )
    const organizationId = dn.units.get('an-phuoc')!
    const before = await countIn(dn)
    const preview = await previewPeopleImport(anPhuoc, { organizationId, digest: null, file })
    expect(preview.validCount).toBe(1)
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'Họ và tên'],
      [4, 'Giới tính'],
      [4, 'Ngày sinh'],
      [5, 'Họ và tên'],
      [6, 'Đơn vị'],
    ])
    // xã Long An is not the An Phước head's: an unknown unit, not a way in.
    expect(preview.errors[4].message).toBe(
      'Không tìm thấy đơn vị "Ủy ban nhân dân xã Long An" trong phạm vi bạn quản lý.',
    )
    await expect(importPeople(anPhuoc, { organizationId, digest: preview.digest, file })).rejects.toThrow(
      'Tệp còn 4 dòng lỗi nên chưa lưu dòng nào',
    )
    expect(await countIn(dn)).toBe(before)
  })

  it('refuses wrong file types, broken encodings and wrong columns with a clear message, saving nothing', async () => {
    const organizationId = dn.units.get('an-phuoc')!
    const before = await countIn(dn)
    const refuse = (file: File) => previewPeopleImport(anPhuoc, { organizationId, digest: null, file })
    const pdf = new File([new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj')], 'danh-sach.xlsx')
    await expect(refuse(pdf)).rejects.toMatchObject({
      field: 'file',
      message: expect.stringContaining('không phải bảng tính'),
    })
    const xls = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])], 'cu.xls')
    await expect(refuse(xls)).rejects.toMatchObject({ message: expect.stringContaining('(.xls) chưa được hỗ trợ') })
    const zip = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])], 'hong.xlsx')
    await expect(refuse(zip)).rejects.toMatchObject({ message: expect.stringContaining('Không đọc được tệp Excel') })
    // "Họ và tên,Giới tính\nLê Văn Tám,Nam" saved as Windows-1258
    const cp1258 = new Uint8Array([
      0x48, 0x6f, 0xf2, 0x20, 0x76, 0xe0, 0x20, 0x74, 0xea, 0x6e, 0x2c, 0x47, 0x69, 0xf3, 0x69, 0x20, 0x74, 0xed, 0x6e,
      0x68, 0x0a, 0x4c, 0xea, 0x20, 0x56, 0x61, 0x6e, 0x20, 0x54, 0xe1, 0x6d, 0x2c, 0x4e, 0x61, 0x6d,
    ])
    await expect(refuse(new File([cp1258], 'ansi.csv'))).rejects.toMatchObject({ field: 'file', message: NOT_UTF8 })
    await expect(refuse(csv('Tên,Phái\nA,Nam\n'))).rejects.toMatchObject({
      field: 'file',
      message: expect.stringContaining('Các cột trong tệp: Tên, Phái'),
    })
    await expect(refuse(new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'lon.csv'))).rejects.toMatchObject({
      message: expect.stringContaining('5 MB'),
    })
    await expect(
      importPeople(anPhuoc, { organizationId, digest: null, file: new File([cp1258], 'ansi.csv') }),
    ).rejects.toBeInstanceOf(DomainError)
    expect(await countIn(dn)).toBe(before)
  })

  it('saves 5,000 rows (the limit) in one transaction and refuses 5,001', async () => {
    const rows = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `Đoàn Văn Số ${String(i).padStart(4, '0')},Nam,01/01/1990,,không,Trường THCS An Phước,HTT`,
      )
    const head = `Họ và tên,Giới tính,Ngày sinh,Chức vụ,Lãnh đạo,Đơn vị,Xếp loại ${lastRatingYears().at(-1)}\n`
    const organizationId = dn.units.get('an-phuoc')!
    await expect(
      previewPeopleImport(anPhuoc, { organizationId, digest: null, file: csv(head + rows(5001).join('\n')) }),
    ).rejects.toMatchObject({ message: expect.stringContaining('5.000') })
    const file = csv(head + rows(5000).join('\n'))
    expect(await importPeople(anPhuoc, { organizationId, digest: null, file })).toEqual({ created: 5000 })
    expect(
      await ownerDb().personYearRecord.count({
        where: { tenantId: dn.id, person: { fullName: { startsWith: 'Đoàn Văn Số' } } },
      }),
    ).toBe(5000)
  })

  it('does not let a commune head import into another commune', async () => {
    const file = csv('Họ và tên,Giới tính\nHứa Văn Lấn,Nam\n')
    const organizationId = dn.units.get('long-an')!
    await expect(previewPeopleImport(anPhuoc, { organizationId, digest: null, file })).rejects.toBeInstanceOf(
      NotFoundError,
    )
    await expect(importPeople(anPhuoc, { organizationId, digest: null, file })).rejects.toBeInstanceOf(NotFoundError)
    await expect(exportPeople(anPhuoc, organizationId, 'csv')).rejects.toBeInstanceOf(NotFoundError)
    expect(await ownerDb().person.count({ where: { tenantId: dn.id, fullName: 'Hứa Văn Lấn' } })).toBe(0)
  })
})

describe('export → import round trip', () => {
  const snapshot = async (tenant: Tenant) => {
    const years = lastRatingYears()
    const people = await ownerDb().person.findMany({
      where: {
        tenantId: tenant.id,
        active: true,
        organization: { path: { contains: tenant.units.get('long-thanh')! } },
      },
      select: {
        fullName: true,
        gender: true,
        birthDate: true,
        position: true,
        isLeader: true,
        organization: { select: { name: true } },
        yearRecords: { where: { year: { in: years } }, select: { year: true, rating: true } },
      },
    })
    return people
      .map((p) =>
        JSON.stringify([
          p.organization.name,
          p.fullName,
          p.gender,
          vnDate(p.birthDate),
          p.position,
          p.isLeader,
          p.yearRecords.map((r) => `${r.year}:${r.rating}`).sort(),
        ]),
      )
      .sort()
  }

  it('re-importing an exported .xlsx or .csv yields the same people', async () => {
    const source = await createTenant(0)
    await seedDemoPeople(ownerDb(), source)
    const exporter = await actorFor(source, 'noivu.longthanh')
    const expected = await snapshot(source)
    expect(expected.length).toBeGreaterThan(30)

    for (const format of ['xlsx', 'csv'] as const) {
      const file = await exportPeople(exporter, source.units.get('long-thanh')!, format)
      const target = await createTenant(0)
      const importer = await actorFor(target, 'noivu.longthanh')
      const upload = new File([file.body], file.fileName)
      const preview = await previewPeopleImport(importer, {
        organizationId: target.units.get('long-thanh')!,
        digest: null,
        file: upload,
      })
      expect(preview.errors).toEqual([])
      await importPeople(importer, {
        organizationId: target.units.get('long-thanh')!,
        digest: preview.digest,
        file: upload,
      })
      expect(await snapshot(target)).toEqual(expected)
    }
    const template = await exportPeople(exporter, source.units.get('long-thanh')!, 'csv', { template: true })
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(template.body)).toBe(
      `\uFEFFHọ và tên,Giới tính,Ngày sinh,Chức vụ,Lãnh đạo,Đơn vị,${lastRatingYears()
        .map((y) => `Xếp loại ${y}`)
        .join(',')}\r\n`,
    )
  })
})
