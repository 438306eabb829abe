// Decisions as offices issue them and the money they carry, through the use cases on a real Postgres:
// a 2020 decision of the three-tier tenant with the 2020 amounts (NĐ 91/2017, base salary 1.490.000 đ),
// the number taken from the office's register (a clash refused), one decision per form, a province's own
// cash rate used from its date, a late 2024 dossier on the two-tier tree, and an enterprise's director.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { childPath } from '../../lib/auth/scope'
import { addCashRate } from '../../lib/cash/rates'
import { addCashRateSchema } from '../../lib/cash/schemas'
import { withTenant } from '../../lib/db/tenant'
import { issueDecision } from '../../lib/dossiers/decision'
import { decisionDocumentOf, renderDecisionDocx } from '../../lib/dossiers/decision-docx'
import { addNominee, createDossier } from '../../lib/dossiers/draft'
import { findDecisionForActor } from '../../lib/dossiers/queries'
import { actOnNominee, submitDossier } from '../../lib/dossiers/workflow'
import type { AwardCode } from '../../lib/awards/catalog'
import { NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { docxParagraphs } from '../support/docx'
import { actorFor, addUser, createTenant } from '../support/factories'
import { loadActor } from '../../lib/auth/actor'

type Tenant = Awaited<ReturnType<typeof createTenant>>

const nominee = (id: string) => ownerDb().dossierNominee.findUniqueOrThrow({ where: { id } })
const version = async (dossierId: string) =>
  (await ownerDb().dossier.findUniqueOrThrow({ where: { id: dossierId } })).version
const act = async (actor: Actor, id: string, action: 'appraise' | 'approve', reason: string | null = null) =>
  actOnNominee(actor, { nomineeId: id, version: (await nominee(id)).version, action, reason })

async function person(tenant: Tenant, unitKeyOrId: string, fullName: string, year: number) {
  const organizationId = tenant.units.get(unitKeyOrId) ?? unitKeyOrId
  const p = await ownerDb().person.create({
    data: { tenantId: tenant.id, organizationId, fullName, gender: 'NU' },
    select: { id: true },
  })
  await ownerDb().personYearRecord.create({ data: { tenantId: tenant.id, personId: p.id, year, rating: 'HTT' } })
  return p.id
}

/** A submitted dossier of `unitId` for `year` with one nominee per entry. */
async function submitted(
  head: Actor,
  unitId: string,
  year: number,
  entries: { award: AwardCode; personId?: string; organizationId?: string }[],
) {
  const { id: dossierId } = await createDossier(head, {
    organizationId: unitId,
    kind: 'THUONG_XUYEN',
    year,
    title: `Đề nghị khen thưởng năm ${year}`,
    movementId: null,
  })
  const ids: string[] = []
  for (const e of entries) {
    const added = await addNominee(head, {
      dossierId,
      version: await version(dossierId),
      personId: e.personId ?? null,
      organizationId: e.organizationId ?? null,
      award: e.award,
      achievement: `Hoàn thành tốt nhiệm vụ năm ${year}.`,
    })
    ids.push(added.id)
  }
  await submitDossier(head, { dossierId, version: await version(dossierId) })
  return ids
}

const decide = (leader: Actor, organizationId: string, nomineeIds: string[], decidedOn: string, numberSeq?: number) =>
  issueDecision(leader, {
    organizationId,
    nomineeIds,
    numberSeq,
    title: 'Quyết định khen thưởng',
    decidedOn: new Date(`${decidedOn}T00:00:00Z`),
    signerAuthority: null,
    signerPosition: 'CHỦ TỊCH',
    signerName: 'Đặng Văn Hùng',
  })

describe('the 2020 tenant decides in 2020 with the 2020 amounts, one decision per form, numbered by its register', () => {
  let dn: Tenant
  let district: Actor
  let leader: Actor
  let ids: string[]
  let longThanh: string

  beforeAll(async () => {
    dn = await createTenant(0)
    const head = await actorFor(dn, 'thutruong.anphuoc')
    ;[district, leader] = await Promise.all(['noivu.longthanh', 'lanhdao.longthanh'].map((u) => actorFor(dn, u)))
    longThanh = dn.units.get('long-thanh')!
    const hoa = await person(dn, 'an-phuoc', 'Nguyễn Thị Hoa', 2020)
    const lan = await person(dn, 'an-phuoc', 'Trần Thị Lan', 2020)
    ids = await submitted(head, dn.units.get('an-phuoc')!, 2020, [
      { award: 'LDTT', personId: hoa },
      { award: 'LDTT', personId: lan },
      { award: 'GIAY_KHEN', personId: hoa },
      { award: 'TAP_THE_LDTT', organizationId: dn.units.get('thcs-an-phuoc')! },
    ])
    for (const id of ids) {
      expect((await nominee(id)).decidingOrgId).toBe(longThanh) // NĐ 91/2017 period: the district decides
      await act(district, id, 'appraise', 'Đã đối chiếu hồ sơ năm 2020, đủ điều kiện đề nghị.')
      await act(leader, id, 'approve')
    }
  })

  it('refuses a decision that mixes forms, naming them', async () => {
    await expect(decide(leader, longThanh, [ids[0], ids[2]], '2020-12-28', 1)).rejects.toMatchObject({
      field: 'nomineeIds',
      message: expect.stringMatching(/một hình thức khen thưởng.*Lao động tiên tiến, Giấy khen/),
    })
  })

  it('issues the LĐTT decision dated in 2020 with the number given, paying 0,3 × 1.490.000 đ rounded up', async () => {
    const { id, documentNumber } = await decide(leader, longThanh, [ids[0], ids[1]], '2020-12-28', 125)
    expect(documentNumber).toBe('125/QĐ-UBND')
    const found = await withTenant(dn.id, (tx) => findDecisionForActor(tx, leader, id))
    expect(found.items.map((i) => i.amount)).toEqual([450_000, 450_000]) // 447.000 → 450.000
    const paragraphs = docxParagraphs(await renderDecisionDocx(decisionDocumentOf(found)))
    expect(paragraphs.join('\n')).toContain('Nghị định số 91/2017/NĐ-CP')
    expect(paragraphs).toContain(
      'Điều 1. Công nhận danh hiệu “Lao động tiên tiến” năm 2020 cho 2 cá nhân có tên sau đây:',
    )
    const history = await ownerDb().awardRecord.findMany({ where: { tenantId: dn.id, decisionNumber: documentNumber } })
    expect(history.map((h) => [h.year, h.award])).toEqual([
      [2020, 'LDTT'],
      [2020, 'LDTT'],
    ])
  })

  it('refuses a number the register already gave this year, naming that decision; the next year starts over', async () => {
    await expect(decide(leader, longThanh, [ids[2]], '2020-12-30', 125)).rejects.toMatchObject({
      field: 'numberSeq',
      message: expect.stringContaining('Số 125/QĐ-UBND năm 2020 đã được dùng (quyết định ngày 28/12/2020'),
    })
    expect((await nominee(ids[2])).status).toBe('APPROVED') // nothing changed
    const gk = await decide(leader, longThanh, [ids[2]], '2020-12-30', 126)
    const found = await withTenant(dn.id, (tx) => findDecisionForActor(tx, leader, gk.id))
    expect(found.items.map((i) => [i.award, i.amount])).toEqual([['GIAY_KHEN', 450_000]]) // 0,3 × 1.490.000 đ
    // 2021 is a new register: 125 is free again; without a number given, the suggestion is the next one.
    const school = await decide(leader, longThanh, [ids[3]], '2021-01-05', 125)
    expect(school.documentNumber).toBe('125/QĐ-UBND')
    const tt = await withTenant(dn.id, (tx) => findDecisionForActor(tx, leader, school.id))
    expect(tt.items[0].amount).toBe(1_200_000) // 0,8 × 1.490.000 đ = 1.192.000 → 1.200.000
  })

  it('lets the database refuse two decisions with one number of one issuer and year', async () => {
    const row = await ownerDb().awardDecision.findFirstOrThrow({ where: { tenantId: dn.id, numberSeq: 126 } })
    await expect(
      ownerDb().awardDecision.create({
        data: {
          tenantId: dn.id,
          organizationId: longThanh,
          symbol: row.symbol,
          numberSeq: 126,
          documentNumber: '126/QĐ-UBND',
          decidedOn: new Date('2020-06-01T00:00:00Z'),
          title: 'Trùng số',
        },
      }),
    ).rejects.toThrow()
  })
})

describe('a province’s own cash rate, added by its admin, is used from its date', () => {
  it('adds a multiple with its source and pays it; only the province’s admin may', async () => {
    const dn = await createTenant(0)
    const admin = await actorFor(dn, 'quantri.dongnai')
    const root = dn.units.get('tinh')!
    const parsed = addCashRateSchema.parse({
      organizationId: root,
      kind: 'MULTIPLE',
      award: 'LDTT',
      recipient: 'INDIVIDUAL',
      value: '0,35',
      effectiveFrom: '2020-12-01',
      source: 'Nghị định 999/2020/NĐ-CP, Điều 5 (thử nghiệm)',
      confirmed: 'on',
    })
    expect(parsed).toMatchObject({ value: 350, confirmed: true })
    await expect(addCashRate(await actorFor(dn, 'noivu.dongnai'), parsed)).rejects.toBeInstanceOf(NotFoundError)
    await addCashRate(admin, parsed)
    const audit = await ownerDb().auditEvent.findFirstOrThrow({ where: { tenantId: dn.id, action: 'cash_rate.add' } })
    expect(audit.after).toMatchObject({ value: 350, effectiveFrom: '2020-12-01' })

    const head = await actorFor(dn, 'thutruong.anphuoc')
    const [district, leader] = await Promise.all(['noivu.longthanh', 'lanhdao.longthanh'].map((u) => actorFor(dn, u)))
    const [early, late] = await submitted(head, dn.units.get('an-phuoc')!, 2020, [
      { award: 'LDTT', personId: await person(dn, 'an-phuoc', 'Lê Văn Tâm', 2020) },
      { award: 'LDTT', personId: await person(dn, 'an-phuoc', 'Võ Thị Mai', 2020) },
    ])
    for (const id of [early, late]) {
      await act(district, id, 'appraise', 'Đã đối chiếu hồ sơ.')
      await act(leader, id, 'approve')
    }
    const longThanh = dn.units.get('long-thanh')!
    const before = await decide(leader, longThanh, [early], '2020-11-30')
    const after = await decide(leader, longThanh, [late], '2020-12-01')
    const amount = async (id: string) =>
      (await withTenant(dn.id, (tx) => findDecisionForActor(tx, leader, id))).items[0].amount
    expect(await amount(before.id)).toBe(450_000) // shipped 0,3
    expect(await amount(after.id)).toBe(530_000) // the province's 0,35 × 1.490.000 = 521.500 → 530.000

    const bad = addCashRateSchema.safeParse({
      organizationId: root,
      kind: 'BASE_SALARY',
      value: 'hai triệu',
      effectiveFrom: '2026-02-30',
      source: 'x',
    })
    expect(bad.success).toBe(false)
    const fields = bad.error?.issues.map((i) => i.path[0])
    expect(fields).toEqual(expect.arrayContaining(['value', 'effectiveFrom', 'source']))
    expect(await ownerDb().cashRate.count({ where: { tenantId: dn.id } })).toBe(1)
  })
})

describe('authority on the two-tier tree', () => {
  let lc: Tenant
  beforeAll(async () => {
    lc = await createTenant(1)
  })

  it('takes a late 2024 dossier of a commune: decided at the commune, by the organisations of the day of decision', async () => {
    const head = await actorFor(lc, 'thutruong.camduong')
    const [school] = await submitted(head, lc.units.get('cam-duong')!, 2024, [
      { award: 'TAP_THE_LDTT', organizationId: lc.units.get('th-cam-duong')! },
    ])
    expect(await nominee(school)).toMatchObject({
      holderOrgId: lc.units.get('cam-duong'),
      decidingOrgId: lc.units.get('cam-duong'),
      status: 'IN_REVIEW',
    })
  })

  it('lets the director of an enterprise decide LĐTT for its staff (Luật 2022 khoản 4 Điều 80)', async () => {
    const root = await ownerDb().organization.findUniqueOrThrow({ where: { id: lc.units.get('tinh')! } })
    const firmId = randomUUID()
    await ownerDb().organization.create({
      data: {
        id: firmId,
        tenantId: lc.id,
        parentId: root.id,
        name: 'Công ty Cổ phần Apatit Lào Cai',
        level: 'TINH',
        kind: 'DOANH_NGHIEP',
        path: childPath(root.path, firmId),
        depth: root.depth + 1,
      },
    })
    const load = async (role: 'UNIT_HEAD' | 'SECRETARIAT' | 'LEADER', name: string) => {
      const userId = await addUser({ ...lc, units: new Map([['firm', firmId]]) }, 'firm', role, `${name}.${lc.suffix}`)
      return (await loadActor({ userId, tenantId: lc.id, sessionVersion: 1 }))!
    }
    const [head, staff, director] = [
      await load('UNIT_HEAD', 'tp.apatit'),
      await load('SECRETARIAT', 'tdkt.apatit'),
      await load('LEADER', 'giamdoc.apatit'),
    ]
    const [ldtt] = await submitted(head, firmId, 2026, [
      { award: 'LDTT', personId: await person(lc, firmId, 'Sùng A Páo', 2026) },
    ])
    expect(await nominee(ldtt)).toMatchObject({ holderOrgId: firmId, decidingOrgId: firmId })
    await act(staff, ldtt, 'appraise', 'Đã đối chiếu hồ sơ.')
    await act(director, ldtt, 'approve')
    const decision = await decide(director, firmId, [ldtt], '2026-11-20', 7)
    expect(decision.documentNumber).toBe('07/QĐ')
  })
})
