// Importing a nominee list from Excel into the compiling level (docs/decisions/0019): the preview matches
// each row to a person or collective of the tenant by name and unit without accents, flags the ambiguous
// and the unknown with their reasons, and saves nothing; saving makes and submits one dossier per proposing
// unit by the dossier rules, all or nothing; a title already proposed is refused with its row; another
// tenant's person is never matched; bad files are refused next to the file field.
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { MAX_FILE_BYTES } from '../../lib/people/file'
import {
  IMPORT_PREVIEW_ROWS,
  ImportRefusedError,
  importNominees,
  previewNomineeImport,
} from '../../lib/submissions/import-nominees'
import { createSubmission } from '../../lib/submissions/create-submission'
import { compileTable } from '../../lib/submissions/queries'
import { submissionXlsx } from '../../lib/submissions/xlsx'
import { IMPORT_HEADERS, IMPORT_MAX_ROWS } from '../../lib/submissions/sheet'
import { DomainError, NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

type Tenant = Awaited<ReturnType<typeof createTenant>>
const ACHIEVEMENT = 'Hoàn thành xuất sắc nhiệm vụ năm 2026, có sáng kiến được công nhận.'
const NAME_COLUMN = 'Họ và tên / Tên tập thể'
const AWARD_COLUMN = 'Hình thức khen thưởng'

async function person(t: Tenant, unit: string, fullName: string, position = 'Chuyên viên') {
  return ownerDb().person.create({
    data: { tenantId: t.id, organizationId: t.units.get(unit)!, fullName, gender: 'NU', position },
    select: { id: true },
  })
}

/** An .xlsx as a province keeps it: a title row, the header, the rows (STT numbered). */
async function workbook(rows: string[][], name = 'danh-sach.xlsx') {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Danh sách')
  sheet.addRow(['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2026'])
  sheet.addRow([...IMPORT_HEADERS])
  rows.forEach((r, i) => sheet.addRow([String(i + 1), ...r]))
  return new File([new Uint8Array(await book.xlsx.writeBuffer())], name)
}
/** Row i of `rows` is on line i + 3 of the sheet. */
const line = (i: number) => i + 3

const counts = async (t: Tenant) => ({
  dossiers: await ownerDb().dossier.count({ where: { tenantId: t.id } }),
  nominees: await ownerDb().dossierNominee.count({ where: { tenantId: t.id } }),
})

describe('importing a nominee list at the province', () => {
  let lc: Tenant
  let other: Tenant
  let secretariat: Actor
  let input: { organizationId: string; year: number; title: string }
  const CAM_DUONG = 'Ủy ban nhân dân phường Cam Đường'

  beforeAll(async () => {
    ;[lc, other] = await Promise.all([createTenant(1), createTenant(1)])
    secretariat = await actorFor(lc, 'noivu.laocai')
    input = { organizationId: lc.units.get('tinh')!, year: 2026, title: 'Đề nghị khen thưởng năm 2026' }
    await person(lc, 'cam-duong', 'Lò Văn Khải', 'Phó Chủ tịch')
    await person(lc, 'th-cam-duong', 'Vàng Thị Dung', 'Giáo viên')
    await person(lc, 'cam-duong', 'Nguyễn Thị Hằng', 'Kế toán')
    await person(lc, 'sa-pa', 'Nguyễn Thị Hằng', 'Văn thư')
    await person(other, 'cam-duong', 'Hầu Seo Chứ')
  })

  const rows = [
    // accent-free, and "UBND" for the unit: still the person of Cam Đường
    ['lo van khai', 'Phó Chủ tịch', 'UBND phuong Cam Duong', 'Bằng khen của Chủ tịch UBND tỉnh', ACHIEVEMENT, ''],
    // a person of a school under the ward: the ward proposes her
    ['Vàng Thị Dung', 'Giáo viên', 'Trường Tiểu học Cam Đường', 'Bằng khen tỉnh', ACHIEVEMENT, 'Nữ'],
    // a collective: the unit itself proposes it
    ['Ủy ban MTTQ Việt Nam tỉnh Lào Cai', '', '', 'Bằng khen tỉnh', ACHIEVEMENT, ''],
    // two people of that name in the province, no unit given
    ['Nguyễn Thị Hằng', '', '', 'Bằng khen tỉnh', ACHIEVEMENT, ''],
  ]

  it('previews every row matched (or why not) and saves nothing', async () => {
    const before = await counts(lc)
    const preview = await previewNomineeImport(secretariat, { ...input, file: await workbook(rows) })
    expect(preview.validCount).toBe(3)
    expect(preview.valid.map((r) => [r.row, r.displayName, r.unit, r.proposing, r.collective])).toEqual([
      [line(0), 'Lò Văn Khải', CAM_DUONG, CAM_DUONG, false],
      [line(1), 'Vàng Thị Dung', 'Trường Tiểu học Cam Đường', CAM_DUONG, false],
      [
        line(2),
        'Ủy ban MTTQ Việt Nam tỉnh Lào Cai',
        'Ủy ban nhân dân tỉnh Lào Cai',
        'Ủy ban MTTQ Việt Nam tỉnh Lào Cai',
        true,
      ],
    ])
    expect(preview.dossiers).toBe(2)
    expect(preview.errors).toHaveLength(1)
    expect(preview.errors[0]).toMatchObject({ row: line(3), column: NAME_COLUMN })
    expect(preview.errors[0].message).toMatch(/Có 2 người tên “Nguyễn Thị Hằng”/)
    expect(preview.errors[0].message).toContain('Ủy ban nhân dân phường Sa Pa')
    expect(await counts(lc)).toEqual(before) // the preview's transaction was rolled back
  })

  it('refuses the whole file for one bad row, then saves every row once it is fixed', async () => {
    const before = await counts(lc)
    const refused = await importNominees(secretariat, { ...input, file: await workbook(rows) }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ImportRefusedError)
    expect((refused as ImportRefusedError).errors.map((e) => e.row)).toEqual([line(3)])
    expect(await counts(lc)).toEqual(before)

    // the position tells the two Hằng apart too
    const fixed = rows.map((r, i) => (i === 3 ? ['Nguyễn Thị Hằng', 'Văn thư', '', ...r.slice(3)] : r))
    const file = await workbook(fixed)
    const preview = await previewNomineeImport(secretariat, { ...input, file })
    expect(preview.errors).toEqual([])
    const saved = await importNominees(secretariat, { ...input, digest: preview.digest, file })
    expect(saved).toMatchObject({ created: 4, dossiers: 3 })
    expect(await counts(lc)).toEqual({ dossiers: before.dossiers + 3, nominees: before.nominees + 4 })

    // they wait at the province, in its compiled table, proposed by their units
    const table = await withTenant(lc.id, (tx) =>
      compileTable(tx, secretariat, { id: input.organizationId }, { year: 2026 }, 1),
    )
    const imported = table.rows.filter((r) => saved.nomineeIds.includes(r.id))
    expect(imported.map((r) => [r.displayName, r.unit, r.state, r.awardLabel]).sort()).toEqual(
      [
        ['Lò Văn Khải', CAM_DUONG],
        ['Nguyễn Thị Hằng', 'Ủy ban nhân dân phường Sa Pa'],
        ['Vàng Thị Dung', CAM_DUONG],
        ['Ủy ban MTTQ Việt Nam tỉnh Lào Cai', 'Ủy ban MTTQ Việt Nam tỉnh Lào Cai'],
      ].map((r) => [...r, 'CHO_THAM_DINH', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh']),
    )
    // each dossier was submitted by the rules: an event from its unit to the province, in the journal
    const events = await ownerDb().dossierEvent.findMany({
      where: { tenantId: lc.id, nomineeId: { in: saved.nomineeIds } },
    })
    expect(events.map((e) => [e.action, e.toOrgId])).toEqual(
      saved.nomineeIds.map(() => ['submit', input.organizationId]),
    )
    const audit = await ownerDb().auditEvent.findFirst({
      where: { tenantId: lc.id, action: 'dossier.import_nominees' },
    })
    expect(audit?.after).toMatchObject({ nominees: 4, dossiers: 3 })

    // a file changed since its preview is not saved
    const changed = importNominees(secretariat, { ...input, digest: preview.digest, file: await workbook(rows) })
    await expect(changed).rejects.toMatchObject({ field: 'file' })
  })

  it('reads the app’s own danh sách back, and refuses a list already imported, naming the dossier', async () => {
    const waiting = await ownerDb().dossierNominee.findMany({
      where: { tenantId: lc.id, award: 'BANG_KHEN_TINH', holderOrgId: input.organizationId },
      select: { id: true, displayName: true },
    })
    expect(waiting).toHaveLength(4)
    const { id } = await createSubmission(secretariat, {
      organizationId: input.organizationId,
      title: 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2026',
      documentNumber: '40/TTr-HĐTĐKT',
      nomineeIds: waiting.map((n) => n.id),
    })
    const exported = await submissionXlsx(secretariat, id) // title rows, a heading row per award, merged cells
    const file = new File([new Uint8Array(exported)], 'danh-sach-to-trinh.xlsx')
    const before = await counts(lc)
    const preview = await previewNomineeImport(secretariat, { ...input, file })
    // every row read and matched to the same person or collective, each refused as already proposed
    expect(preview.validCount).toBe(0)
    expect(preview.errors.map((e) => e.column)).toEqual(new Array(4).fill(AWARD_COLUMN))
    for (const n of waiting)
      expect(preview.errors.map((e) => e.message)).toContainEqual(
        expect.stringMatching(
          new RegExp(`^${n.displayName} đã được đề nghị Bằng khen tỉnh năm 2026 trong hồ sơ “${input.title}”`),
        ),
      )
    await expect(importNominees(secretariat, { ...input, file })).rejects.toBeInstanceOf(ImportRefusedError)
    expect(await counts(lc)).toEqual(before)
  })

  it('refuses a title already proposed for the year, naming its row, and saves none of the file', async () => {
    await person(lc, 'sa-pa', 'Thào Văn Lình')
    await person(lc, 'bac-ha', 'Giàng Thị Mai')
    const first = await importNominees(secretariat, {
      ...input,
      file: await workbook([['Thào Văn Lình', '', 'UBND phường Sa Pa', 'CSTĐ cấp tỉnh', ACHIEVEMENT, '']]),
    })
    expect(first.created).toBe(1)
    const before = await counts(lc)
    const again = [
      ['Giàng Thị Mai', '', 'UBND xã Bắc Hà', 'Chiến sĩ thi đua cấp tỉnh', ACHIEVEMENT, ''],
      ['Thào Văn Lình', '', 'UBND phường Sa Pa', 'Chiến sĩ thi đua cấp tỉnh', ACHIEVEMENT, ''],
    ]
    const preview = await previewNomineeImport(secretariat, { ...input, file: await workbook(again) })
    expect(preview.validCount).toBe(1)
    expect(preview.errors).toEqual([
      {
        row: line(1),
        column: AWARD_COLUMN,
        message: expect.stringMatching(/Đã được đề nghị CSTĐ cấp tỉnh năm 2026 .*mỗi danh hiệu chỉ đề nghị một lần/),
      },
    ])
    await expect(importNominees(secretariat, { ...input, file: await workbook(again) })).rejects.toBeInstanceOf(
      ImportRefusedError,
    )
    expect(await counts(lc)).toEqual(before) // Giàng Thị Mai's good row was not saved either
  })

  it('never matches another tenant’s person, and refuses what does not arrive at this level', async () => {
    await person(lc, 'bao-thang', 'Sùng A Páo')
    const preview = await previewNomineeImport(secretariat, {
      ...input,
      file: await workbook([
        ['Hầu Seo Chứ', '', CAM_DUONG, 'Bằng khen tỉnh', ACHIEVEMENT, ''], // a person of the other tenant
        ['Sùng A Páo', '', 'UBND xã Bảo Thắng', 'Lao động tiên tiến', ACHIEVEMENT, ''], // decided by the commune
        ['Sùng A Páo', '', 'UBND xã Bảo Thắng', 'Khen ngợi', ACHIEVEMENT, ''],
        ['Sùng A Páo', '', 'UBND xã Không Có', 'Bằng khen tỉnh', ACHIEVEMENT, ''],
        ['Sùng A Páo', '', 'UBND xã Bảo Thắng', 'Bằng khen tỉnh', 'Tốt', ''],
      ]),
    })
    expect(preview.validCount).toBe(0)
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([
      [line(0), NAME_COLUMN],
      [line(1), AWARD_COLUMN],
      [line(2), AWARD_COLUMN],
      [line(3), 'Đơn vị'],
      [line(4), 'Thành tích tóm tắt'],
    ])
    expect(preview.errors[0].message).toMatch(/Không tìm thấy cán bộ hoặc tập thể “Hầu Seo Chứ”/)
    expect(preview.errors[1].message).toMatch(/do Ủy ban nhân dân xã Bảo Thắng quyết định, không trình tới/)
    expect(preview.errors[2].message).toMatch(/Không nhận ra hình thức “Khen ngợi”/)
  })

  it('refuses bad files next to the file field, and anyone but the level’s secretariat', async () => {
    const file = (bytes: Uint8Array<ArrayBuffer>, name = 'danh-sach.xlsx') => new File([bytes], name)
    const attempts = [
      file(new Uint8Array(0)),
      file(new TextEncoder().encode('%PDF-1.7 not a sheet')),
      file(new Uint8Array([0x48, 0x6f, 0x00, 0x74, 0x65, 0x6e])), // NUL bytes
      file(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), // a broken zip
      { name: 'lon.xlsx', size: MAX_FILE_BYTES + 1, arrayBuffer: async () => new ArrayBuffer(0) },
      await workbook([]), // a header and no rows
    ]
    const messages: string[] = []
    for (const attempt of attempts) {
      const error = await previewNomineeImport(secretariat, { ...input, file: attempt }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(DomainError)
      expect((error as DomainError).field).toBe('file')
      messages.push((error as DomainError).message)
    }
    expect(messages[0]).toMatch(/Vui lòng chọn tệp/)
    expect(messages[4]).toMatch(/Tệp quá lớn/)
    expect(messages[5]).toMatch(/không có dòng đề nghị nào/)

    const commune = await actorFor(lc, 'thutruong.camduong')
    await expect(
      previewNomineeImport(commune, { ...input, file: await workbook(rows.slice(0, 1)) }),
    ).rejects.toBeInstanceOf(NotFoundError)
  })
})

describe('a province-sized list', () => {
  it('saves 500 rows (the limit) in one transaction, one dossier per unit, and refuses 501', async () => {
    const lc = await createTenant(1)
    const secretariat = await actorFor(lc, 'noivu.laocai')
    const units = ['cam-duong', 'sa-pa', 'bao-thang', 'bac-ha', 'mttq-tinh']
    await ownerDb().person.createMany({
      data: Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, i) => ({
        tenantId: lc.id,
        organizationId: lc.units.get(units[i % units.length])!,
        fullName: `Người Đề Nghị ${i + 1}`,
        gender: i % 2 ? ('NAM' as const) : ('NU' as const),
      })),
    })
    const list = (n: number) =>
      Array.from({ length: n }, (_, i) => [`Người Đề Nghị ${i + 1}`, '', '', 'Bằng khen tỉnh', ACHIEVEMENT, ''])
    const input = { organizationId: lc.units.get('tinh')!, year: 2026, title: 'Đề nghị khen thưởng năm 2026' }
    const file = await workbook(list(IMPORT_MAX_ROWS))
    const preview = await previewNomineeImport(secretariat, { ...input, file })
    expect(preview).toMatchObject({ validCount: IMPORT_MAX_ROWS, errors: [], dossiers: units.length })
    expect(preview.valid).toHaveLength(IMPORT_PREVIEW_ROWS) // the page shows the first rows
    const saved = await importNominees(secretariat, { ...input, digest: preview.digest, file })
    expect(saved).toMatchObject({ created: IMPORT_MAX_ROWS, dossiers: units.length })
    const tooMany = previewNomineeImport(secretariat, { ...input, file: await workbook(list(IMPORT_MAX_ROWS + 1)) })
    await expect(tooMany).rejects.toMatchObject({ field: 'file', message: expect.stringMatching(/hơn 500 dòng/) })
  }, 120_000)
})
