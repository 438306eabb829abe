// Compiled submissions (tổng hợp, docs/decisions/0019): the package holds exactly the nominees selected
// at the level holding them; a nominee returned from the package goes back alone, with its reason, to its
// unit's inbox; sending moves the whole package by the transition table, or nothing; the level it was
// sent to sees it; the .docx and .xlsx carry the danh sách grouped by form of award.
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadActor, type Actor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { addNominee, createDossier } from '../../lib/dossiers/draft'
import { listHeldNominees, loadDossier } from '../../lib/dossiers/queries'
import { returnNotices } from '../../lib/dossiers/returns'
import { actOnNominee, submitDossier } from '../../lib/dossiers/workflow'
import { createSubmission } from '../../lib/submissions/create-submission'
import { submissionDocx } from '../../lib/submissions/docx'
import { compileTable, findSubmissionForActor, loadSubmission } from '../../lib/submissions/queries'
import { sendSubmission } from '../../lib/submissions/send-submission'
import { submissionXlsx } from '../../lib/submissions/xlsx'
import { DomainError, NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { docxParagraphs } from '../support/docx'
import { actorFor, addUser, createTenant } from '../support/factories'

type Tenant = Awaited<ReturnType<typeof createTenant>>
const OVERRIDE = 'Đã đối chiếu hồ sơ gốc, thành tích được cơ quan xác nhận.'

async function person(t: Tenant, unit: string, fullName: string) {
  return ownerDb().person.create({
    data: { tenantId: t.id, organizationId: t.units.get(unit)!, fullName, gender: 'NU', position: 'Chuyên viên' },
    select: { id: true },
  })
}

/** A dossier of `unit` proposing `award` for each name, submitted; returns the nominee ids by name. */
async function propose(head: Actor, t: Tenant, unit: string, year: number, award: string, names: string[]) {
  const { id: dossierId } = await createDossier(head, {
    organizationId: t.units.get(unit)!,
    kind: 'THUONG_XUYEN',
    year,
    title: `Đề nghị khen thưởng năm ${year}`,
    movementId: null,
  })
  const version = async () => (await ownerDb().dossier.findUniqueOrThrow({ where: { id: dossierId } })).version
  const ids = new Map<string, string>()
  for (const name of names) {
    const p = await person(t, unit, name)
    const { id } = await addNominee(head, {
      dossierId,
      version: await version(),
      personId: p.id,
      organizationId: null,
      award: award as 'BANG_KHEN_TINH',
      achievement: 'Hai năm liền hoàn thành xuất sắc nhiệm vụ, có sáng kiến được công nhận.',
    })
    ids.set(name, id)
  }
  await submitDossier(head, { dossierId, version: await version() })
  return { dossierId, ids }
}

const nominee = (id: string) => ownerDb().dossierNominee.findUniqueOrThrow({ where: { id } })
const submissionVersion = async (id: string) =>
  (await ownerDb().submission.findUniqueOrThrow({ where: { id } })).version

describe('a two-tier province compiles what its units sent', () => {
  let lc: Tenant
  let province: Actor
  let commune: Awaited<ReturnType<typeof propose>>
  let agency: Awaited<ReturnType<typeof propose>>
  const tinh = () => ({ id: lc.units.get('tinh')! })

  beforeAll(async () => {
    lc = await createTenant(1)
    const head = await actorFor(lc, 'thutruong.camduong')
    const agencyHeadId = await addUser(lc, 'mttq-tinh', 'UNIT_HEAD', `thutruong.mttq.${lc.suffix}`)
    const agencyHead = (await loadActor({ userId: agencyHeadId, tenantId: lc.id, sessionVersion: 1 }))!
    province = await actorFor(lc, 'noivu.laocai')
    commune = await propose(head, lc, 'cam-duong', 2026, 'BANG_KHEN_TINH', [
      'Lò Thị Ánh',
      'Vàng Văn Bình',
      'Đặng Thị Cúc',
    ])
    agency = await propose(agencyHead, lc, 'mttq-tinh', 2026, 'BANG_KHEN_TINH', ['Nguyễn Văn Dũng'])
  })

  it('lists everything waiting at the province, searched without accents and filtered by unit', async () => {
    const all = await withTenant(lc.id, (tx) => compileTable(tx, province, tinh(), {}, 1))
    expect(all.total).toBe(4)
    expect(all.choices.units.map((u) => u.id).sort()).toEqual(
      [lc.units.get('cam-duong'), lc.units.get('mttq-tinh')].sort(),
    )
    const found = await withTenant(lc.id, (tx) => compileTable(tx, province, tinh(), { q: 'dang thi cuc' }, 1))
    expect(found.rows.map((r) => r.displayName)).toEqual(['Đặng Thị Cúc'])
    const byUnit = await withTenant(lc.id, (tx) =>
      compileTable(tx, province, tinh(), { unit: lc.units.get('mttq-tinh')! }, 1),
    )
    expect(byUnit.rows.map((r) => r.displayName)).toEqual(['Nguyễn Văn Dũng'])
  })

  it('makes a package of exactly the selected nominees, and refuses one not waiting there', async () => {
    const selected = [
      commune.ids.get('Lò Thị Ánh')!,
      commune.ids.get('Vàng Văn Bình')!,
      agency.ids.get('Nguyễn Văn Dũng')!,
    ]
    const refused = await createSubmission(province, {
      organizationId: tinh().id,
      title: 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2026',
      documentNumber: null,
      nomineeIds: [...selected, '00000000-0000-4000-8000-000000000000'],
    }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(DomainError)
    expect(await ownerDb().submission.count({ where: { tenantId: lc.id } })).toBe(0)

    const made = await createSubmission(province, {
      organizationId: tinh().id,
      title: 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2026',
      documentNumber: '25/TTr-HĐTĐKT',
      nomineeIds: selected,
    })
    expect(made.toOrgId).toBe(tinh().id) // the province decides Bằng khen tỉnh: the tờ trình goes to its leader
    const links = await ownerDb().submissionNominee.findMany({ where: { submissionId: made.id } })
    expect(links.map((l) => l.nomineeId).sort()).toEqual([...selected].sort())
    // not twice in this level's submissions
    const again = await createSubmission(province, {
      organizationId: tinh().id,
      title: 'Tờ trình trùng',
      documentNumber: null,
      nomineeIds: [selected[0]],
    }).catch((e: unknown) => e)
    expect((again as DomainError).message).toContain('đã có trong tờ trình')

    await sendSubmission(province, { submissionId: made.id, version: await submissionVersion(made.id) })
    // the nominees have not moved: the province decides them
    for (const id of selected) expect((await nominee(id)).holderOrgId).toBe(tinh().id)

    // the .docx and .xlsx carry the list, grouped by the form of award
    const paragraphs = docxParagraphs(await submissionDocx(province, made.id))
    expect(paragraphs).toContain('TỜ TRÌNH')
    expect(paragraphs.some((p) => p.startsWith('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Lào Cai'))).toBe(true)
    expect(paragraphs.some((p) => p.includes('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 3 cá nhân'))).toBe(true)
    expect(paragraphs).toContain('Lò Thị Ánh')
    expect(paragraphs).not.toContain('Đặng Thị Cúc')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await submissionXlsx(province, made.id)) as unknown as ArrayBuffer)
    const cells = book.worksheets[0].getSheetValues().flatMap((r) => (Array.isArray(r) ? r : []))
    expect(cells).toEqual(
      expect.arrayContaining(['STT', 'Họ và tên / Tên tập thể', 'Nguyễn Văn Dũng', 'Vàng Văn Bình']),
    )
    expect(cells).not.toContain('Đặng Thị Cúc')
  })

  it('returns a single nominee from the package: it goes back alone, with its reason, to its unit', async () => {
    const [submission] = await ownerDb().submission.findMany({ where: { tenantId: lc.id } })
    const returned = commune.ids.get('Vàng Văn Bình')!
    const reason = 'Thiếu xác nhận của cấp ủy về sáng kiến.'
    await actOnNominee(province, {
      nomineeId: returned,
      version: (await nominee(returned)).version,
      action: 'return',
      reason,
    })
    expect(await nominee(returned)).toMatchObject({ status: 'RETURNED', holderOrgId: lc.units.get('cam-duong') })
    for (const other of [commune.ids.get('Lò Thị Ánh')!, agency.ids.get('Nguyễn Văn Dũng')!])
      expect(await nominee(other)).toMatchObject({ status: 'IN_REVIEW', holderOrgId: tinh().id })
    // the package shows it gone; the commune's inbox holds it with the reason
    const loaded = await withTenant(lc.id, (tx) => loadSubmission(tx, province, submission.id))
    expect(
      loaded.nominees
        .filter((n) => n.inPackage)
        .map((n) => n.displayName)
        .sort(),
    ).toEqual(['Lò Thị Ánh', 'Nguyễn Văn Dũng'])
    const head = await actorFor(lc, 'thutruong.camduong')
    const inbox = await withTenant(lc.id, (tx) => listHeldNominees(tx, head, { id: lc.units.get('cam-duong')! }, 1))
    expect(inbox.nominees.map((n) => n.id)).toEqual([returned])
    const { nominees, events } = await withTenant(lc.id, (tx) => loadDossier(tx, head, commune.dossierId))
    expect(returnNotices(nominees, events).get(returned)?.reason).toBe(reason)
    // the commune itself does not see the province's tờ trình
    await expect(withTenant(lc.id, (tx) => findSubmissionForActor(tx, head, submission.id))).rejects.toBeInstanceOf(
      NotFoundError,
    )
  })
})

describe('a district forwards its package to the province', () => {
  let dn: Tenant
  let district: Actor
  let provinceStaff: Actor
  let ids: Map<string, string>

  beforeAll(async () => {
    dn = await createTenant(0)
    district = await actorFor(dn, 'noivu.longthanh')
    provinceStaff = await actorFor(dn, 'noivu.dongnai')
    ;({ ids } = await propose(await actorFor(dn, 'thutruong.anphuoc'), dn, 'an-phuoc', 2024, 'BANG_KHEN_TINH', [
      'Trần Thị Én',
      'Phạm Văn Giang',
    ]))
  })

  it('moves the whole package by the transition table, or nothing', async () => {
    const made = await createSubmission(district, {
      organizationId: dn.units.get('long-thanh')!,
      title: 'Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen năm 2024',
      documentNumber: null,
      filters: { award: 'BANG_KHEN_TINH' },
    })
    expect(made).toMatchObject({ nominees: 2, toOrgId: dn.units.get('tinh') })
    // the province does not see a package that has not been sent
    await expect(withTenant(dn.id, (tx) => findSubmissionForActor(tx, provinceStaff, made.id))).rejects.toBeInstanceOf(
      NotFoundError,
    )
    // one of the two is not appraised yet: nothing moves
    const first = ids.get('Trần Thị Én')!
    await actOnNominee(district, {
      nomineeId: first,
      version: (await nominee(first)).version,
      action: 'appraise',
      reason: OVERRIDE,
    })
    const error = await sendSubmission(district, {
      submissionId: made.id,
      version: await submissionVersion(made.id),
    }).catch((e: unknown) => e)
    expect((error as DomainError).message).toContain('Phạm Văn Giang')
    expect((await nominee(first)).holderOrgId).toBe(dn.units.get('long-thanh'))
    expect((await ownerDb().submission.findUniqueOrThrow({ where: { id: made.id } })).sentAt).toBeNull()

    const second = ids.get('Phạm Văn Giang')!
    await actOnNominee(district, {
      nomineeId: second,
      version: (await nominee(second)).version,
      action: 'appraise',
      reason: OVERRIDE,
    })
    await sendSubmission(district, { submissionId: made.id, version: await submissionVersion(made.id) })
    for (const id of [first, second]) expect((await nominee(id)).holderOrgId).toBe(dn.units.get('tinh'))
    const seen = await withTenant(dn.id, (tx) => loadSubmission(tx, provinceStaff, made.id))
    expect(seen.nominees.map((n) => [n.displayName, n.inPackage])).toEqual([
      ['Phạm Văn Giang', true],
      ['Trần Thị Én', true],
    ])
  })
})
