// Award dossiers along the approval chain on the 2020 three-tier tree: propose at the commune, appraise
// and decide the Giấy khen at the district, forward the CSTĐ cấp tỉnh, council, approve, decision, history.
import { beforeAll, describe, expect, it } from 'vitest'
import { addNominee, createDossier } from '../../lib/dossiers/draft'
import { actOnNominee, consideredOn, submitDossier } from '../../lib/dossiers/workflow'
import { issueDecision } from '../../lib/dossiers/decision'
import { findDossierForActor } from '../../lib/dossiers/queries'
import { withTenant } from '../../lib/db/tenant'
import type { Actor } from '../../lib/auth/actor'
import { DomainError, ForbiddenError, NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let head: Actor
let district: Actor
let districtLeader: Actor
let province: Actor
let provinceLeader: Actor
let personId: string

beforeAll(async () => {
  dn = await createTenant(0)
  ;[head, district, districtLeader, province, provinceLeader] = await Promise.all(
    ['thutruong.anphuoc', 'noivu.longthanh', 'lanhdao.longthanh', 'noivu.dongnai', 'lanhdao.dongnai'].map((u) =>
      actorFor(dn, u),
    ),
  )
  const db = ownerDb()
  const person = await db.person.create({
    data: { tenantId: dn.id, organizationId: dn.units.get('an-phuoc')!, fullName: 'Nguyễn Thị Hoa', gender: 'NU' },
    select: { id: true },
  })
  personId = person.id
  await db.personYearRecord.createMany({
    data: [2018, 2019, 2020].map((year) => ({ tenantId: dn.id, personId, year, rating: 'HTXS' as const })),
  })
  await db.awardRecord.createMany({
    data: [2018, 2019, 2020].map((year) => ({ tenantId: dn.id, personId, year, award: 'CSTD_CO_SO' })),
  })
  await db.initiative.create({
    data: { tenantId: dn.id, personId, year: 2020, title: 'Số hóa hồ sơ một cửa', level: 'TINH' },
  })
})

const nominee = (id: string) => ownerDb().dossierNominee.findUniqueOrThrow({ where: { id } })
const act = async (
  actor: Actor,
  id: string,
  action: 'appraise' | 'forward' | 'return' | 'approve' | 'reject',
  reason: string | null = null,
) => actOnNominee(actor, { nomineeId: id, version: (await nominee(id)).version, action, reason })

describe('award dossier chain', () => {
  it('judges a 2020 dossier by the 2020 rules', () => {
    expect(consideredOn({ year: 2020 }, new Date('2026-11-21T00:00:00Z'))).toBe('2020-12-31')
    expect(consideredOn({ year: 2026 }, new Date('2026-11-21T00:00:00Z'))).toBe('2026-11-21')
  })

  it('climbs xã → huyện → tỉnh, deciding the Giấy khen at the district and the CSTĐ cấp tỉnh at the province', async () => {
    const anPhuoc = dn.units.get('an-phuoc')!
    const longThanh = dn.units.get('long-thanh')!
    const tinh = dn.units.get('tinh')!
    const { id: dossierId } = await createDossier(head, {
      organizationId: anPhuoc,
      kind: 'THUONG_XUYEN',
      year: 2020,
      title: 'Đề nghị khen thưởng năm 2020',
      movementId: null,
    })
    const v = async () => (await ownerDb().dossier.findUniqueOrThrow({ where: { id: dossierId } })).version
    const cstd = await addNominee(head, {
      dossierId,
      version: await v(),
      personId,
      organizationId: null,
      award: 'CSTD_TINH',
      achievement: 'Ba năm liền Chiến sĩ thi đua cơ sở, sáng kiến cấp tỉnh.',
    })
    const gk = await addNominee(head, {
      dossierId,
      version: await v(),
      personId,
      organizationId: null,
      award: 'GIAY_KHEN',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2020.',
    })

    // nobody above sees a draft
    await expect(withTenant(dn.id, (tx) => findDossierForActor(tx, district, dossierId))).rejects.toBeInstanceOf(
      NotFoundError,
    )
    await submitDossier(head, { dossierId, version: await v() })
    expect(await nominee(cstd.id)).toMatchObject({
      status: 'IN_REVIEW',
      holderOrgId: longThanh,
      pathOrgIds: [anPhuoc, longThanh, tinh],
      decidingOrgId: tinh,
    })
    expect(await nominee(gk.id)).toMatchObject({
      status: 'IN_REVIEW',
      holderOrgId: longThanh,
      pathOrgIds: [anPhuoc, longThanh],
      decidingOrgId: longThanh,
    })

    // the district sees it; a sibling commune and the province do not
    await expect(withTenant(dn.id, (tx) => findDossierForActor(tx, district, dossierId))).resolves.toMatchObject({
      id: dossierId,
    })
    const sibling = await actorFor(dn, 'thutruong.longan')
    await expect(withTenant(dn.id, (tx) => findDossierForActor(tx, sibling, dossierId))).rejects.toBeInstanceOf(
      NotFoundError,
    )
    await expect(withTenant(dn.id, (tx) => findDossierForActor(tx, province, dossierId))).rejects.toBeInstanceOf(
      NotFoundError,
    )

    // the commune cannot act at the district, nor skip appraisal
    await expect(act(head, gk.id, 'appraise')).rejects.toBeInstanceOf(ForbiddenError)
    await expect(act(district, cstd.id, 'forward')).rejects.toThrow('Cần thẩm định trước')

    // appraisal: every check with its reason; a Giấy khen has nothing to fail beyond the achievement, so it
    // goes on without an override reason (a reason given anyway is not kept as an override)
    await act(district, gk.id, 'appraise', 'Đã đối chiếu báo cáo thành tích, đủ điều kiện Giấy khen.')
    const appraised = (await nominee(gk.id)).appraisal as { checks: { status: string; message: string }[] }
    expect(appraised.checks.length).toBeGreaterThan(0)
    expect(appraised.checks.filter((c) => c.status === 'FAILED')).toEqual([])
    expect((await nominee(gk.id)).overrideReason).toBeNull()
    await expect(act(district, gk.id, 'forward')).rejects.toThrow(/thẩm quyền quyết định/)
    await expect(act(district, gk.id, 'approve')).rejects.toBeInstanceOf(ForbiddenError) // staff do not sign
    await act(districtLeader, gk.id, 'approve')
    expect((await nominee(gk.id)).status).toBe('APPROVED')

    // the CSTĐ cấp tỉnh goes up; two clicks at once: one wins
    await act(district, cstd.id, 'appraise')
    const ready = await nominee(cstd.id)
    const clicks = await Promise.allSettled(
      [1, 2].map(() =>
        actOnNominee(district, { nomineeId: cstd.id, version: ready.version, action: 'forward', reason: null }),
      ),
    )
    expect(
      clicks.filter((r) => r.status === 'fulfilled'),
      JSON.stringify(clicks.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))),
    ).toHaveLength(1)
    expect((clicks.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(DomainError)
    expect(await nominee(cstd.id)).toMatchObject({ holderOrgId: tinh, appraisal: null })
    await expect(withTenant(dn.id, (tx) => findDossierForActor(tx, province, dossierId))).resolves.toMatchObject({
      id: dossierId,
    })

    // the province appraises; its council must pass it before the leader approves
    await act(province, cstd.id, 'appraise')
    const checks = (
      (await nominee(cstd.id)).appraisal as { checks: { ruleId: string; status: string; message: string }[] }
    ).checks
    // every check passes, except the conduct check, which has no data and says so (never a ✓)
    expect(
      checks.filter((c) => c.status !== 'PASSED').map((c) => [c.ruleId, c.status]),
      JSON.stringify(checks),
    ).toEqual([['khong-dieu-tra', 'NO_DATA']])
    await expect(act(provinceLeader, cstd.id, 'approve')).rejects.toThrow(/Hội đồng/)
    await ownerDb().dossierNominee.update({ where: { id: cstd.id }, data: { councilPassed: true } }) // council sessions are tested on their own
    await act(provinceLeader, cstd.id, 'approve')

    // decisions at each deciding level; the awards enter the person's history and the unit is told
    await expect(
      issueDecision(provinceLeader, {
        organizationId: tinh,
        nomineeIds: [gk.id],
        title: 'Khen thưởng',
        decidedOn: new Date('2021-01-15T00:00:00Z'),
        signerAuthority: null,
        signerPosition: null,
        signerName: 'Cao Tiến Dũng',
      }),
    ).rejects.toMatchObject({ field: 'nomineeIds' })
    const provincial = await issueDecision(provinceLeader, {
      organizationId: tinh,
      nomineeIds: [cstd.id],
      title: 'Về việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2020',
      decidedOn: new Date('2025-01-15T00:00:00Z'),
      signerAuthority: 'KT. CHỦ TỊCH',
      signerPosition: 'PHÓ CHỦ TỊCH',
      signerName: 'Võ Văn Phi',
    })
    expect(provincial.documentNumber).toMatch(/^\d{2}\/QĐ-UBND$/)
    await issueDecision(districtLeader, {
      organizationId: longThanh,
      nomineeIds: [gk.id],
      title: 'Tặng Giấy khen',
      decidedOn: new Date('2025-01-10T00:00:00Z'),
      signerAuthority: 'CHỦ TỊCH',
      signerPosition: null,
      signerName: 'Đặng Văn Hùng',
    })
    const history = await ownerDb().awardRecord.findMany({
      where: { personId, decisionNumber: { not: null } },
      orderBy: { award: 'asc' },
    })
    expect(history.map((h) => [h.award, h.year])).toEqual([
      ['CSTD_TINH', 2020],
      ['GIAY_KHEN', 2020],
    ])
    const item = await ownerDb().awardDecisionItem.findFirstOrThrow({
      where: { tenantId: dn.id, nomineeId: cstd.id },
    })
    expect(item.amount).toBe(7_020_000) // 3.0 × 2,340,000 đ
    expect(await ownerDb().notification.count({ where: { organizationId: anPhuoc } })).toBe(2)
    await expect(
      issueDecision(provinceLeader, {
        organizationId: tinh,
        nomineeIds: [cstd.id],
        title: 'Lặp lại',
        decidedOn: new Date('2025-01-16T00:00:00Z'),
        signerAuthority: null,
        signerPosition: null,
        signerName: 'X Y',
      }),
    ).rejects.toBeInstanceOf(DomainError)
  })

  it('returns a nominee to the level below with reasons; back at the commune it can be resubmitted', async () => {
    const anPhuoc = dn.units.get('an-phuoc')!
    const { id: dossierId } = await createDossier(head, {
      organizationId: anPhuoc,
      kind: 'THUONG_XUYEN',
      year: 2020,
      title: 'Đề nghị bổ sung',
      movementId: null,
    })
    const v = async () => (await ownerDb().dossier.findUniqueOrThrow({ where: { id: dossierId } })).version
    const n = await addNominee(head, {
      dossierId,
      version: await v(),
      personId,
      organizationId: null,
      // (CSTĐ cơ sở 2020 is already in the history: a title of a year is proposed once)
      award: 'LDTT',
      achievement: 'Sáng kiến số hóa hồ sơ một cửa.',
    })
    await submitDossier(head, { dossierId, version: await v() })
    await expect(act(district, n.id, 'return')).rejects.toMatchObject({
      name: 'DomainError',
      message: 'Vui lòng ghi lý do.',
      field: 'reason',
    })
    await act(district, n.id, 'return', 'Thiếu báo cáo thành tích có xác nhận.')
    expect(await nominee(n.id)).toMatchObject({ status: 'RETURNED', holderOrgId: anPhuoc })
    const event = await ownerDb().dossierEvent.findFirstOrThrow({ where: { nomineeId: n.id, action: 'return' } })
    expect(event).toMatchObject({ reason: 'Thiếu báo cáo thành tích có xác nhận.', toOrgId: anPhuoc })
    await submitDossier(head, { dossierId, version: await v() })
    expect((await nominee(n.id)).status).toBe('IN_REVIEW')
    await expect(submitDossier(head, { dossierId, version: 1 })).rejects.toBeInstanceOf(DomainError)
  })
})

describe('collective record', () => {
  it('knows whether a unit leads its emulation block, for the Cờ thi đua check', async () => {
    const { seedDemoBlock } = await import('../../lib/blocks/demo')
    const { blockCandidates } = await import('../../lib/blocks/queries')
    const { collectiveRecord } = await import('../../lib/dossiers/record')
    const blockId = await seedDemoBlock(ownerDb(), dn)
    const leaders = (await withTenant(dn.id, (tx) => blockCandidates(tx, dn.id, blockId!)))
      .filter((c) => c.award === 'CO_THI_DUA_TINH')
      .map((c) => c.organizationId)
    expect(leaders.length).toBeGreaterThan(0)
    for (const key of ['an-phuoc', 'long-an', 'binh-son', 'tt-long-thanh']) {
      const record = await withTenant(dn.id, (tx) => collectiveRecord(tx, dn.id, dn.units.get(key)!, 2025))
      expect(record.leadsBlock, key).toBe(leaders.includes(dn.units.get(key)!))
    }
    const outside = await withTenant(dn.id, (tx) => collectiveRecord(tx, dn.id, dn.units.get('xuan-que')!, 2025))
    expect(outside.leadsBlock).toBeUndefined()
  })
})

describe('no level skipped, central awards forwarded', () => {
  it('does not let the province act on a nominee still held by the district', async () => {
    const { id: dossierId } = await createDossier(head, {
      organizationId: dn.units.get('an-phuoc')!,
      kind: 'THUONG_XUYEN',
      year: 2024,
      title: 'Đề nghị năm 2024',
      movementId: null,
    })
    const v = async () => (await ownerDb().dossier.findUniqueOrThrow({ where: { id: dossierId } })).version
    const n = await addNominee(head, {
      dossierId,
      version: await v(),
      personId,
      organizationId: null,
      award: 'GIAY_KHEN',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2024.',
    })
    await submitDossier(head, { dossierId, version: await v() })
    expect((await nominee(n.id)).holderOrgId).toBe(dn.units.get('long-thanh'))
    // the province sees the dossier once another of its nominees reached it; it still may not act here
    await ownerDb().dossierEvent.create({
      data: {
        tenantId: dn.id,
        dossierId,
        actorId: head.userId,
        orgId: dn.units.get('long-thanh')!,
        action: 'forward',
        toOrgId: dn.units.get('tinh')!,
      },
    })
    await expect(act(province, n.id, 'appraise', 'Vượt cấp')).rejects.toBeInstanceOf(ForbiddenError)
    await expect(act(provinceLeader, n.id, 'approve')).rejects.toBeInstanceOf(ForbiddenError)
    expect((await nominee(n.id)).appraisal).toBeNull()
  })

  it('ends a national award at the province, which submits it to the central level and issues no decision for it', async () => {
    const { id: dossierId } = await createDossier(head, {
      organizationId: dn.units.get('an-phuoc')!,
      kind: 'THUONG_XUYEN',
      year: 2024,
      title: 'Đề nghị Bằng khen Thủ tướng',
      movementId: null,
    })
    const v = async () => (await ownerDb().dossier.findUniqueOrThrow({ where: { id: dossierId } })).version
    const n = await addNominee(head, {
      dossierId,
      version: await v(),
      personId,
      organizationId: null,
      award: 'BANG_KHEN_TTG',
      achievement: 'Năm năm liền hoàn thành tốt nhiệm vụ, ba lần CSTĐ cơ sở.',
    })
    await submitDossier(head, { dossierId, version: await v() })
    expect(await nominee(n.id)).toMatchObject({
      decidingOrgId: null,
      pathOrgIds: [dn.units.get('an-phuoc'), dn.units.get('long-thanh'), dn.units.get('tinh')],
    })
    await act(district, n.id, 'appraise', 'Đủ hồ sơ để trình cấp trên.')
    await act(district, n.id, 'forward')
    await act(province, n.id, 'appraise', 'Đủ hồ sơ để trình Trung ương.')
    const published = await nominee(n.id)
    expect(published.publicFrom).not.toBeNull() // listed for public comment before the council
    await expect(act(province, n.id, 'forward')).rejects.toThrow(/Trung ương/)
    await expect(act(provinceLeader, n.id, 'approve')).rejects.toThrow(/ý kiến công khai/)
    await ownerDb().dossierNominee.update({
      where: { id: n.id },
      data: { publicTo: new Date('2024-01-01T00:00:00Z'), councilPassed: true },
    })
    await act(provinceLeader, n.id, 'approve')
    expect((await nominee(n.id)).status).toBe('APPROVED')
    expect(await ownerDb().dossierEvent.count({ where: { nomineeId: n.id, action: 'forward_central' } })).toBe(1)
    await expect(
      issueDecision(provinceLeader, {
        organizationId: dn.units.get('tinh')!,
        nomineeIds: [n.id],
        title: 'Không được',
        decidedOn: new Date('2025-02-01T00:00:00Z'),
        signerAuthority: null,
        signerPosition: null,
        signerName: 'X Y',
      }),
    ).rejects.toMatchObject({ field: 'nomineeIds' })
  })
})

describe('two-tier province (after 01/07/2025)', () => {
  it('sends a commune’s CSTĐ cấp tỉnh straight to the province, and decides a Giấy khen at the commune itself', async () => {
    const lc = await createTenant(1)
    const head2 = await actorFor(lc, 'thutruong.camduong')
    const camDuong = lc.units.get('cam-duong')!
    const person = await ownerDb().person.create({
      data: { tenantId: lc.id, organizationId: camDuong, fullName: 'Nông Văn Hải', gender: 'NAM' },
      select: { id: true },
    })
    const { id: dossierId } = await createDossier(head2, {
      organizationId: camDuong,
      kind: 'THUONG_XUYEN',
      year: 2026,
      title: 'Đề nghị khen thưởng năm 2026',
      movementId: null,
    })
    const v = async () => (await ownerDb().dossier.findUniqueOrThrow({ where: { id: dossierId } })).version
    const cstd = await addNominee(head2, {
      dossierId,
      version: await v(),
      personId: person.id,
      organizationId: null,
      award: 'CSTD_TINH',
      achievement: 'Ba năm liền Chiến sĩ thi đua cơ sở.',
    })
    const gk = await addNominee(head2, {
      dossierId,
      version: await v(),
      personId: person.id,
      organizationId: null,
      award: 'GIAY_KHEN',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ.',
    })
    await submitDossier(head2, { dossierId, version: await v() })
    expect(await nominee(cstd.id)).toMatchObject({
      pathOrgIds: [camDuong, lc.units.get('tinh')],
      holderOrgId: lc.units.get('tinh'),
      decidingOrgId: lc.units.get('tinh'),
    })
    expect(await nominee(gk.id)).toMatchObject({
      pathOrgIds: [camDuong],
      holderOrgId: camDuong,
      decidingOrgId: camDuong,
    })
  })
})
