// The chain registry → appraisal → decision → history (issue 9): one award per achievement, enforced
// by the database; the decision consumes exactly the initiatives the appraisal relied on; blocks with
// dates that no appraisal note overrides; a revocation that frees the initiative and removes the history.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadActor, type Actor } from '../../lib/auth/actor'
import { correctDecision } from '../../lib/decisions/correct'
import { revokeDecisionItem } from '../../lib/decisions/revoke'
import type { Appraisal } from '../../lib/dossiers/appraisal'
import { issueDecision } from '../../lib/dossiers/decision'
import { addNominee, createDossier } from '../../lib/dossiers/draft'
import { actOnNominee, submitDossier } from '../../lib/dossiers/workflow'
import { DomainError, ForbiddenError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, addUser, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let head: Actor
/** Who appraises and who signs at a deciding level: the commune (xã An Phước) or the district (huyện Long Thành). */
type Level = { unit: 'an-phuoc' | 'long-thanh'; secretariat: Actor; leader: Actor }
let commune: Level
let district: Level
const db = () => ownerDb()

async function person(name: string, ratings: Record<number, 'HTT' | 'HTXS'>) {
  const { id } = await db().person.create({
    data: { tenantId: dn.id, organizationId: dn.units.get('an-phuoc')!, fullName: name, gender: 'NAM' },
    select: { id: true },
  })
  await db().personYearRecord.createMany({
    data: Object.entries(ratings).map(([year, rating]) => ({ tenantId: dn.id, personId: id, year: +year, rating })),
  })
  return id
}
const initiative = (personId: string, year: number, title: string) =>
  db().initiative.create({ data: { tenantId: dn.id, personId, year, title, level: 'CO_SO' }, select: { id: true } })

async function dossier(title: string, year = 2024) {
  const { id } = await createDossier(head, {
    organizationId: dn.units.get('an-phuoc')!,
    kind: 'THUONG_XUYEN',
    year,
    title,
    movementId: null,
  })
  return id
}
const dossierVersion = async (id: string) => (await db().dossier.findUniqueOrThrow({ where: { id } })).version
const nomineeRow = (id: string) => db().dossierNominee.findUniqueOrThrow({ where: { id } })
async function propose(dossierId: string, personId: string, award: 'LDTT' | 'CSTD_CO_SO' | 'GIAY_KHEN') {
  return addNominee(head, {
    dossierId,
    version: await dossierVersion(dossierId),
    personId,
    organizationId: null,
    award,
    achievement: 'Hoàn thành tốt nhiệm vụ được giao.',
  })
}
const act = async (actor: Actor, id: string, action: 'appraise' | 'approve', reason: string | null = null) =>
  actOnNominee(actor, { nomineeId: id, version: (await nomineeRow(id)).version, action, reason })

/**
 * Submits, appraises at the deciding level (with an override reason) and approves each nominee. The
 * council's vote (CSTĐ cơ sở) is set as its closing would (tests/integration/council.test.ts covers the ballot).
 */
async function throughApproval(at: Level, dossierId: string, ids: string[]) {
  await submitDossier(head, { dossierId, version: await dossierVersion(dossierId) })
  for (const id of ids) {
    await act(at.secretariat, id, 'appraise', 'Đã đối chiếu hồ sơ gốc.')
    await db().dossierNominee.update({ where: { id }, data: { councilPassed: true } })
    await act(at.leader, id, 'approve')
  }
}
const decide = (at: Level, nomineeIds: string[], title = 'Khen thưởng thành tích năm 2024') =>
  issueDecision(at.leader, {
    organizationId: dn.units.get(at.unit)!,
    nomineeIds,
    title,
    decidedOn: new Date('2025-01-15T00:00:00Z'),
    signerAuthority: 'KT. CHỦ TỊCH',
    signerPosition: 'PHÓ CHỦ TỊCH',
    signerName: 'Đặng Văn Hùng',
  })
const liveUses = (personId: string) =>
  db().initiativeUse.findMany({
    where: { tenantId: dn.id, personId, releasedAt: null },
    select: { initiativeId: true },
  })

beforeAll(async () => {
  dn = await createTenant(0)
  // In 2024 (Luật 2022 Art. 80, lib/awards/authority.ts) the commune chairman decides LĐTT (khoản 3);
  // CSTĐ cơ sở and Giấy khen still climb to the district chairman. Each level's secretariat appraises
  // and its leader signs.
  const [h, communeSecretariat, districtSecretariat, districtLeader] = await Promise.all(
    ['thutruong.anphuoc', 'noivu.anphuoc', 'noivu.longthanh', 'lanhdao.longthanh'].map((u) => actorFor(dn, u)),
  )
  head = h
  const leaderId = await addUser(dn, 'an-phuoc', 'LEADER', `chutich.anphuoc.${dn.suffix}`)
  const communeLeader = (await loadActor({ userId: leaderId, tenantId: dn.id, sessionVersion: 1 }))!
  commune = { unit: 'an-phuoc', secretariat: communeSecretariat, leader: communeLeader }
  district = { unit: 'long-thanh', secretariat: districtSecretariat, leader: districtLeader }
})

describe('one award per achievement', () => {
  it('refuses a second dossier for the same title and year, naming the first; the database refuses it too', async () => {
    const p = await person('Trần Văn Hai Hồ Sơ', { 2024: 'HTT' })
    const first = await dossier('Đề nghị LĐTT năm 2024 (đợt 1)')
    await propose(first, p, 'LDTT')
    const second = await dossier('Đề nghị LĐTT năm 2024 (đợt 2)')
    const refused = propose(second, p, 'LDTT')
    await expect(refused).rejects.toBeInstanceOf(DomainError)
    await expect(refused).rejects.toThrow(/Đề nghị LĐTT năm 2024 \(đợt 1\)/)
    // The same title of another year is another achievement.
    const next = await dossier('Đề nghị LĐTT năm 2025', 2025)
    await expect(propose(next, p, 'LDTT')).resolves.toMatchObject({ id: expect.any(String) })
    // Around the use case, straight into the table: the partial unique index refuses it.
    const other = await db().dossierNominee.findFirstOrThrow({ where: { dossierId: first } })
    await expect(
      db().dossierNominee.create({
        data: {
          tenantId: dn.id,
          dossierId: second,
          personId: p,
          displayName: other.displayName,
          award: 'LDTT',
          achievement: 'Chép thẳng vào bảng',
          holderOrgId: other.holderOrgId,
        },
      }),
    ).rejects.toThrow(/Unique constraint|unique/i)
    await db().awardRecord.create({ data: { tenantId: dn.id, personId: p, year: 2023, award: 'LDTT' } })
    await expect(
      db().awardRecord.create({ data: { tenantId: dn.id, personId: p, year: 2023, award: 'LDTT' } }),
    ).rejects.toThrow(/Unique constraint|unique/i)
  })

  it('the decision refuses a title already in the history, naming its decision; a certificate only warns', async () => {
    const p = await person('Lê Thị Lịch Sử', { 2024: 'HTT' })
    const d = await dossier('Đề nghị LĐTT 2024 — đã có trong lịch sử')
    const { id } = await propose(d, p, 'LDTT')
    const gk = await propose(d, p, 'GIAY_KHEN')
    expect(gk.warnings).toEqual([])
    await throughApproval(commune, d, [id])
    // Entered afterwards, e.g. from the history import: the decision must not grant it again.
    await db().awardRecord.create({
      data: { tenantId: dn.id, personId: p, year: 2024, award: 'LDTT', decisionNumber: '99/QĐ-UBND' },
    })
    await expect(decide(commune, [id])).rejects.toThrow(/Quyết định số 99\/QĐ-UBND/)
    await db().awardRecord.create({
      data: { tenantId: dn.id, personId: p, year: 2024, award: 'GIAY_KHEN', decisionNumber: '98/QĐ-UBND' },
    })
    const again = await dossier('Giấy khen lần hai')
    const warned = await propose(again, p, 'GIAY_KHEN')
    expect(warned.warnings.join(' ')).toMatch(/98\/QĐ-UBND/)
  })
})

describe('evidence, not guesses', () => {
  let q: string
  let older: string
  let current: string
  let htxs: string
  let htxsInitiative: string
  let decisionId: string
  let qItem: string

  it('stores what the appraisal relied on; the decision consumes exactly that, and an HTXS title none', async () => {
    q = await person('Nguyễn Văn Sáng Kiến', { 2023: 'HTT', 2024: 'HTT' })
    older = (await initiative(q, 2023, 'Sáng kiến cũ năm 2023')).id
    current = (await initiative(q, 2024, 'Sáng kiến năm 2024')).id
    htxs = await person('Phạm Thị Xuất Sắc', { 2024: 'HTXS' })
    htxsInitiative = (await initiative(htxs, 2024, 'Sáng kiến chưa cần dùng')).id
    const d = await dossier('Đề nghị CSTĐ cơ sở năm 2024')
    const a = (await propose(d, q, 'CSTD_CO_SO')).id
    const b = (await propose(d, htxs, 'CSTD_CO_SO')).id
    await throughApproval(district, d, [a, b])
    const appraisalOf = async (id: string) => (await nomineeRow(id)).appraisal as unknown as Appraisal
    expect((await appraisalOf(a)).evidence?.initiativeIds).toEqual([current])
    expect((await appraisalOf(b)).evidence).toMatchObject({ initiativeIds: [], ratingYears: [2024] })
    ;({ id: decisionId } = await decide(district, [a, b]))
    // The old rule took the oldest unused initiative of the last three years (2023), and one for HTXS too.
    expect((await liveUses(q)).map((u) => u.initiativeId)).toEqual([current])
    expect(await liveUses(htxs)).toEqual([])
    const items = await db().awardDecisionItem.findMany({ where: { decisionId }, orderBy: { goldBookNo: 'asc' } })
    expect(items.map((i) => i.goldBookNo)).toEqual([1, 2])
    qItem = items.find((i) => i.personId === q)!.id
    const use = await db().initiativeUse.findFirstOrThrow({ where: { initiativeId: current } })
    expect(use).toMatchObject({ award: 'CSTD_CO_SO', year: 2024, decisionItemId: qItem })
    const record = await db().awardRecord.findFirstOrThrow({ where: { personId: q, year: 2024 } })
    expect(record.decisionItemId).toBe(qItem)
    expect(older).not.toBe(current)
    expect(htxsInitiative).toBeTruthy()
  })

  it('a correction letter changes the form and keeps the award; only the issuing signer may send it', async () => {
    await expect(
      correctDecision(district.secretariat, {
        decisionId,
        field: 'displayName',
        itemId: qItem,
        after: 'Nguyễn Văn Sáng Kiến',
        letterNumber: '12/UBND-NV',
        letterDate: new Date('2025-01-20T00:00:00Z'),
        reason: 'Sai chính tả họ tên',
      }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    await correctDecision(district.leader, {
      decisionId,
      field: 'displayName',
      itemId: qItem,
      after: 'Nguyễn Văn Sáng Kiến (đã đính chính)',
      letterNumber: '12/UBND-NV',
      letterDate: new Date('2025-01-20T00:00:00Z'),
      reason: 'Sai chính tả họ tên',
    })
    const item = await db().awardDecisionItem.findUniqueOrThrow({ where: { id: qItem } })
    expect(item.displayName).toBe('Nguyễn Văn Sáng Kiến (đã đính chính)')
    expect(await db().decisionCorrection.count({ where: { decisionId } })).toBe(1)
    expect(await db().awardRecord.count({ where: { decisionItemId: qItem } })).toBe(1)
  })

  it('a revocation frees the initiative, removes the history row, and the title can be proposed again', async () => {
    const result = await revokeDecisionItem(district.leader, {
      decisionId,
      itemId: qItem,
      ground: 'SAI_SU_THAT',
      document: 'Quyết định số 20/QĐ-UBND ngày 01/03/2025',
      note: 'Hồ sơ sáng kiến không đúng sự thật',
    })
    expect(result).toMatchObject({ historyRemoved: 1, initiativesReleased: 1 })
    expect(await db().awardRecord.count({ where: { personId: q, year: 2024, award: 'CSTD_CO_SO' } })).toBe(0)
    expect(await liveUses(q)).toEqual([])
    const released = await db().initiativeUse.findFirstOrThrow({ where: { initiativeId: current } })
    expect(released.releasedAt).not.toBeNull()
    const item = await db().awardDecisionItem.findUniqueOrThrow({ where: { id: qItem } })
    expect(item.revokedAt).not.toBeNull()
    expect((await nomineeRow(item.nomineeId)).status).toBe('REVOKED')
    await expect(
      revokeDecisionItem(district.leader, {
        decisionId,
        itemId: qItem,
        ground: 'GIAN_DOI',
        document: 'QĐ 21',
        note: 'Lần hai',
      }),
    ).rejects.toThrow(/đã được hủy bỏ/)
    // Later eligibility follows: the initiative serves again.
    const d = await dossier('Đề nghị lại CSTĐ cơ sở 2024')
    const again = (await propose(d, q, 'CSTD_CO_SO')).id
    await submitDossier(head, { dossierId: d, version: await dossierVersion(d) })
    await act(district.secretariat, again, 'appraise')
    const appraisal = (await nomineeRow(again)).appraisal as unknown as Appraisal
    expect(appraisal.evidence?.initiativeIds).toEqual([current])
  })
})

describe('blocks with dates and sources', () => {
  it('a lifted discipline of the same year still blocks, and no appraisal note overrides it', async () => {
    const p = await person('Võ Văn Kỷ Luật', { 2024: 'HTT' })
    await db().discipline.create({
      data: {
        tenantId: dn.id,
        personId: p,
        year: 2024,
        level: 'KHIEN_TRACH',
        startsOn: new Date('2024-03-01T00:00:00Z'),
        endsOn: new Date('2024-08-31T00:00:00Z'),
        active: false, // lifted (expired) before the year ends
      },
    })
    const d = await dossier('Đề nghị LĐTT — kỷ luật đã hết hạn')
    const { id } = await propose(d, p, 'LDTT')
    await submitDossier(head, { dossierId: d, version: await dossierVersion(d) })
    await act(commune.secretariat, id, 'appraise', 'Đã hết thời hạn kỷ luật, đề nghị xem xét.')
    const check = ((await nomineeRow(id)).appraisal as unknown as Appraisal).checks.find(
      (c) => c.ruleId === 'khong-ky-luat',
    )!
    expect(check).toMatchObject({ passed: false, status: 'FAILED', hard: true })
    expect(check.message).toMatch(/31\/08\/2024/)
    await expect(act(commune.leader, id, 'approve')).rejects.toThrow(/Lý do thẩm định không thay thế được/)
  })

  it('an open investigation blocks; with no data the check says so and is never a pass', async () => {
    const p = await person('Đỗ Văn Điều Tra', { 2024: 'HTT' })
    await db().conductRecord.create({
      data: {
        tenantId: dn.id,
        personId: p,
        kind: 'INVESTIGATION',
        startedOn: new Date('2024-11-01T00:00:00Z'),
        summary: 'Xác minh đơn phản ánh',
        reference: 'Công văn 15/CAH-ANĐT',
      },
    })
    const clean = await person('Đỗ Thị Trong Sạch', { 2024: 'HTT' })
    const d = await dossier('Đề nghị — đang điều tra')
    const blocked = (await propose(d, p, 'LDTT')).id
    const gk = (await propose(d, clean, 'GIAY_KHEN')).id
    await submitDossier(head, { dossierId: d, version: await dossierVersion(d) })
    await act(commune.secretariat, blocked, 'appraise', 'Đề nghị xem xét.')
    await expect(act(commune.leader, blocked, 'approve')).rejects.toThrow(/đang bị điều tra/)
    // Giấy khen: nothing to check beyond the achievement, so no override reason; the conduct check has no data.
    await act(district.secretariat, gk, 'appraise')
    const row = await nomineeRow(gk)
    expect(row.overrideReason).toBeNull()
    const conduct = (row.appraisal as unknown as Appraisal).checks.find((c) => c.ruleId === 'khong-dieu-tra')!
    expect(conduct).toMatchObject({ passed: false, status: 'NO_DATA' })
    expect(conduct.message).toMatch(/Chưa có dữ liệu/)
    await act(district.leader, gk, 'approve')
    expect((await nomineeRow(gk)).status).toBe('APPROVED')
  })
})
