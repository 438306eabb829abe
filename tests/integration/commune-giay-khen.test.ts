// Whose Giấy khen (issue 9, bullet 5): from 01/01/2024 to 30/06/2025 the Chủ tịch UBND xã may give his own
// Giấy khen (Luật TĐKT 2022 Art. 80(3)); the commune's dossier asks for it and is decided at the commune, by the
// commune, with the commune's wording and amount; the district chairman's Giấy khen still works as before and
// stays the default. What is offered follows the dossier's date and tree.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import type { Issuer } from '../../lib/awards/authority'
import { cashAward } from '../../lib/awards/cash'
import { addCashRate, cashRatesOf } from '../../lib/cash/rates'
import { addCashRateSchema } from '../../lib/cash/schemas'
import { withTenant } from '../../lib/db/tenant'
import { issueDecision } from '../../lib/dossiers/decision'
import { decisionDocumentOf, renderDecisionDocx } from '../../lib/dossiers/decision-docx'
import { addNominee, createDossier } from '../../lib/dossiers/draft'
import { findDecisionForActor } from '../../lib/dossiers/queries'
import { actOnNominee, giayKhenOptionsFor, submitDossier } from '../../lib/dossiers/workflow'
import { DomainError, ForbiddenError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { docxParagraphs } from '../support/docx'
import { actorFor, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let head: Actor
let communeSecretariat: Actor
let communeLeader: Actor
let districtSecretariat: Actor
let districtLeader: Actor
const db = () => ownerDb()
const unitId = (key: string) => dn.units.get(key)!

async function person(name: string) {
  const { id } = await db().person.create({
    data: { tenantId: dn.id, organizationId: unitId('an-phuoc'), fullName: name, gender: 'NU' },
    select: { id: true },
  })
  return id
}
async function dossier(year: number, title = `Đề nghị tặng Giấy khen năm ${year}`) {
  const { id } = await createDossier(head, {
    organizationId: unitId('an-phuoc'),
    kind: 'THUONG_XUYEN',
    year,
    title,
    movementId: null,
  })
  return id
}
const version = async (id: string) => (await db().dossier.findUniqueOrThrow({ where: { id } })).version
const nominee = (id: string) => db().dossierNominee.findUniqueOrThrow({ where: { id } })
async function propose(
  dossierId: string,
  who: { personId: string } | { organizationId: string },
  issuer: Issuer | null,
  award: 'GIAY_KHEN' | 'LDTT' = 'GIAY_KHEN',
) {
  return addNominee(head, {
    dossierId,
    version: await version(dossierId),
    personId: 'personId' in who ? who.personId : null,
    organizationId: 'organizationId' in who ? who.organizationId : null,
    award,
    achievement: 'Hoàn thành xuất sắc nhiệm vụ tiếp công dân.',
    issuer,
  })
}
const act = async (actor: Actor, id: string, action: 'appraise' | 'approve') =>
  actOnNominee(actor, { nomineeId: id, version: (await nominee(id)).version, action, reason: null })
const decide = (leader: Actor, unit: string, nomineeIds: string[], decidedOn: string) =>
  issueDecision(leader, {
    organizationId: unitId(unit),
    nomineeIds,
    title: 'Về việc tặng Giấy khen',
    decidedOn: new Date(`${decidedOn}T00:00:00Z`),
    signerAuthority: null,
    signerPosition: 'CHỦ TỊCH',
    signerName: 'Trịnh Văn An',
  })
async function decided(leader: Actor, decisionId: string) {
  const found = await withTenant(dn.id, (tx) => findDecisionForActor(tx, leader, decisionId))
  const article1 = docxParagraphs(await renderDecisionDocx(decisionDocumentOf(found))).find((p) =>
    p.startsWith('Điều 1.'),
  )
  return { items: found.items.map((i) => [i.displayName, i.amount]), article1 }
}

beforeAll(async () => {
  dn = await createTenant(0)
  ;[head, communeSecretariat, communeLeader, districtSecretariat, districtLeader] = await Promise.all(
    ['thutruong.anphuoc', 'noivu.anphuoc', 'lanhdao.anphuoc', 'noivu.longthanh', 'lanhdao.longthanh'].map((u) =>
      actorFor(dn, u),
    ),
  )
})

describe('whose Giấy khen a dossier may ask for', () => {
  it('offers the options the law allows on the dossier’s date and tree, the default first', async () => {
    const offered = (tenant: { id: string }, year: number, proposingOrgId: string) =>
      withTenant(tenant.id, async (tx) =>
        (await giayKhenOptionsFor(tx, tenant.id, { year, proposingOrgId })).map((o) => [o.issuer, o.label]),
      )
    expect(await offered(dn, 2023, unitId('an-phuoc'))).toEqual([
      ['CHU_TICH_UBND_HUYEN', 'Giấy khen của Chủ tịch Ủy ban nhân dân huyện Long Thành'],
    ])
    expect(await offered(dn, 2024, unitId('an-phuoc'))).toEqual([
      ['CHU_TICH_UBND_HUYEN', 'Giấy khen của Chủ tịch Ủy ban nhân dân huyện Long Thành'],
      ['CHU_TICH_UBND_XA', 'Giấy khen của Chủ tịch Ủy ban nhân dân xã An Phước'],
    ])
    const lc = await createTenant(1)
    expect(await offered(lc, 2025, lc.units.get('cam-duong')!)).toEqual([
      ['CHU_TICH_UBND_XA', 'Giấy khen của Chủ tịch Ủy ban nhân dân phường Cam Đường'],
    ])
  })

  it('refuses an issuer the law does not allow, an issuer for another award, and the commune’s own to itself', async () => {
    const old = await dossier(2023)
    const someone = await person('Nguyễn Thị Hai Ba')
    await expect(propose(old, { personId: someone }, 'CHU_TICH_UBND_XA')).rejects.toMatchObject({
      field: 'issuer',
      message:
        'Theo quy định có hiệu lực cho hồ sơ năm 2023, không đề nghị được “Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã”; có thể đề nghị: Giấy khen của Chủ tịch Ủy ban nhân dân huyện Long Thành.',
    })
    const current = await dossier(2024, 'Hồ sơ có lỗi')
    await expect(propose(current, { personId: someone }, 'CHU_TICH_UBND_XA', 'LDTT')).rejects.toMatchObject({
      field: 'issuer',
    })
    const itself = propose(current, { organizationId: unitId('an-phuoc') }, 'CHU_TICH_UBND_XA')
    await expect(itself).rejects.toBeInstanceOf(DomainError)
    await expect(itself).rejects.toMatchObject({ field: 'issuer', message: expect.stringContaining('chính cơ quan') })
    expect(await db().dossierNominee.count({ where: { tenantId: dn.id, dossierId: { in: [old, current] } } })).toBe(0)
  })
})

describe('the commune’s own Giấy khen, and the district’s', () => {
  it('is decided at the commune by the commune chairman, worded and paid as his, per period', async () => {
    const d = await dossier(2024)
    const [lan, mai, hoa] = await Promise.all(['Trần Thị Lan', 'Lê Thị Mai', 'Phạm Thị Hoa'].map(person))
    const own = await propose(d, { personId: lan }, 'CHU_TICH_UBND_XA')
    const ownLater = await propose(d, { personId: mai }, 'CHU_TICH_UBND_XA')
    const districts = await propose(d, { personId: hoa }, null) // the default, as journeys do today
    const school = await propose(d, { organizationId: unitId('thcs-an-phuoc') }, 'CHU_TICH_UBND_XA')
    await submitDossier(head, { dossierId: d, version: await version(d) })

    for (const id of [own.id, ownLater.id, school.id])
      expect(await nominee(id)).toMatchObject({
        issuer: 'CHU_TICH_UBND_XA',
        status: 'IN_REVIEW',
        holderOrgId: unitId('an-phuoc'),
        pathOrgIds: [unitId('an-phuoc')],
        decidingOrgId: unitId('an-phuoc'),
      })
    expect(await nominee(districts.id)).toMatchObject({
      issuer: null,
      holderOrgId: unitId('long-thanh'),
      pathOrgIds: [unitId('an-phuoc'), unitId('long-thanh')],
      decidingOrgId: unitId('long-thanh'),
    })

    // The district cannot act on the commune's own; the commune appraises (no override needed) and its chairman approves.
    await expect(act(districtSecretariat, own.id, 'appraise')).rejects.toBeInstanceOf(ForbiddenError)
    for (const id of [own.id, ownLater.id, school.id]) {
      await act(communeSecretariat, id, 'appraise')
      await act(communeLeader, id, 'approve')
    }
    expect((await nominee(own.id)).status).toBe('APPROVED')

    // 2024 – 06/2025: 0,15 × 2.340.000 đ = 351.000 đ → 360.000 đ; a collective twice that (0,3 → 710.000 đ).
    const first = await decide(communeLeader, 'an-phuoc', [own.id, school.id], '2025-01-15')
    expect(first.documentNumber).toMatch(/\/QĐ-UBND$/)
    const firstDoc = await decided(communeLeader, first.id)
    expect(firstDoc.items.sort()).toEqual([
      ['Trường THCS An Phước', 710_000],
      ['Trần Thị Lan', 360_000],
    ])
    expect(firstDoc.article1).toBe(
      'Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã An Phước cho 1 cá nhân và 1 tập thể có tên sau đây đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2024:',
    )
    // From 01/07/2025 the commune chairman's Giấy khen is the base-level one: 0,3 × 2.340.000 đ → 710.000 đ.
    const later = await decide(communeLeader, 'an-phuoc', [ownLater.id], '2025-08-01')
    expect((await decided(communeLeader, later.id)).items).toEqual([['Lê Thị Mai', 710_000]])
    expect(
      await db().awardRecord.findFirst({
        where: { tenantId: dn.id, personId: lan, award: 'GIAY_KHEN' },
        select: { year: true, decidedBy: true, decisionNumber: true },
      }),
    ).toEqual({ year: 2024, decidedBy: 'Ủy ban nhân dân xã An Phước', decisionNumber: first.documentNumber })

    // The district chairman's Giấy khen still climbs and is decided by the district, at 0,3.
    await act(districtSecretariat, districts.id, 'appraise')
    await act(districtLeader, districts.id, 'approve')
    const district = await decide(districtLeader, 'long-thanh', [districts.id], '2025-01-15')
    const districtDoc = await decided(districtLeader, district.id)
    expect(districtDoc.items).toEqual([['Phạm Thị Hoa', 710_000]])
    expect(districtDoc.article1).toMatch(
      /^Điều 1\. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện Long Thành cho 1 cá nhân/,
    )
  })

  it('keeps the district chairman’s when asked for by name', async () => {
    const d = await dossier(2024, 'Đề nghị Giấy khen của huyện')
    const id = (await propose(d, { personId: await person('Võ Thị Thu Hà') }, 'CHU_TICH_UBND_HUYEN')).id
    await submitDossier(head, { dossierId: d, version: await version(d) })
    expect(await nominee(id)).toMatchObject({ issuer: 'CHU_TICH_UBND_HUYEN', decidingOrgId: unitId('long-thanh') })
  })
})

describe('the province’s own rate for the commune chairman’s Giấy khen', () => {
  it('is added by the province’s admin for that issuer only, and paid from its date', async () => {
    const admin = await actorFor(dn, 'quantri.dongnai')
    const row = (input: Record<string, string>) =>
      addCashRateSchema.safeParse({
        organizationId: unitId('tinh'),
        kind: 'MULTIPLE',
        award: 'GIAY_KHEN',
        recipient: 'INDIVIDUAL',
        value: '0,2',
        effectiveFrom: '2024-01-01',
        effectiveTo: '2025-07-01',
        source: 'Nghị định 98/2023/NĐ-CP (đối chiếu thử nghiệm)',
        confirmed: 'on',
        issuer: 'CHU_TICH_UBND_XA',
        ...input,
      })
    const wrong = row({ award: 'LDTT' })
    expect(wrong.success).toBe(false)
    expect(wrong.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['issuer', 'Chỉ chọn cấp tặng cho hệ số của Giấy khen.'],
    ])
    const parsed = row({})
    if (!parsed.success) throw parsed.error
    await addCashRate(admin, parsed.data)
    const rates = await withTenant(dn.id, (tx) => cashRatesOf(tx, dn.id))
    expect(cashAward('GIAY_KHEN', 'INDIVIDUAL', '2025-01-15', rates, 'CHU_TICH_UBND_XA')).toMatchObject({
      amount: 470_000, // 0,2 × 2.340.000 = 468.000 → 470.000
      confirmed: true,
    })
    // The district chairman's, and the commune's after 30/06/2025, are untouched.
    expect(cashAward('GIAY_KHEN', 'INDIVIDUAL', '2025-01-15', rates, 'CHU_TICH_UBND_HUYEN')).toMatchObject({
      amount: 710_000,
    })
    expect(cashAward('GIAY_KHEN', 'INDIVIDUAL', '2025-08-01', rates, 'CHU_TICH_UBND_XA')).toMatchObject({
      amount: 710_000,
    })
  })
})
