// Demo data for statistics and certificates: two 2025 decisions of UBND tỉnh Đồng Nai (125: Bằng khen of
// the Chủ tịch to two people and one unit; 126: CSTĐ cấp tỉnh to one person), from a dossier of huyện Long Thành,
// (people of xã Bình Sơn and xã Long An, and xã Bình Sơn itself) with its award records, so forms 0603.N, the register and the certificates have something to show.
import { isAwardCode } from '../awards/catalog'
import { cashAward } from '../awards/cash'
import type { PrismaClient } from '../generated/prisma/client'
import type { SeededTenant } from './demo'

function amountOf(award: string, recipient: 'INDIVIDUAL' | 'COLLECTIVE') {
  if (!isAwardCode(award)) return 0
  const cash = cashAward(award, recipient, '2025-12-15')
  return cash && cash.ok ? cash.amount : 0
}

export async function seedDemoDecision(db: PrismaClient, tenant: SeededTenant) {
  const province = tenant.units.get('tinh')
  const district = tenant.units.get('long-thanh')
  // units the other demo journeys (xã An Phước's dossier) do not read
  const commune = tenant.units.get('binh-son')
  const other = tenant.units.get('long-an')
  if (!province || !district || !commune || !other) return
  const people = await db.person.findMany({
    where: { tenantId: tenant.id, organizationId: { in: [commune, other] }, active: true },
    orderBy: [{ isLeader: 'desc' }, { fullName: 'asc' }],
    select: { id: true, fullName: true, organizationId: true, isLeader: true },
    take: 3,
  })
  if (people.length < 3) return
  const decidedOn = new Date(Date.UTC(2025, 11, 15))
  const dossier = await db.dossier.create({
    data: {
      tenantId: tenant.id,
      proposingOrgId: district,
      kind: 'THUONG_XUYEN',
      year: 2025,
      title: 'Đề nghị khen thưởng thành tích năm 2025',
      submittedAt: new Date(Date.UTC(2025, 11, 1)),
    },
    select: { id: true },
  })
  const awardees = [
    {
      person: people[0],
      award: 'CSTD_TINH',
      achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2025',
    },
    { person: people[1], award: 'BANG_KHEN_TINH', achievement: 'Đã có thành tích xuất sắc trong công tác năm 2025' },
    { person: people[2], award: 'BANG_KHEN_TINH', achievement: 'Đã có thành tích xuất sắc trong công tác năm 2025' },
    { unit: commune, award: 'BANG_KHEN_TINH', achievement: 'Đã có thành tích xuất sắc trong công tác năm 2025' },
  ] as const
  const unitName = (await db.organization.findUniqueOrThrow({ where: { id: commune }, select: { name: true } })).name
  const nominees = []
  for (const a of awardees) {
    const person = 'person' in a ? a.person : null
    nominees.push(
      await db.dossierNominee.create({
        data: {
          tenantId: tenant.id,
          dossierId: dossier.id,
          personId: person?.id ?? null,
          organizationId: person ? null : commune,
          displayName: person?.fullName ?? unitName,
          award: a.award,
          achievement: a.achievement,
          status: 'AWARDED',
          holderOrgId: province,
          pathOrgIds: [district, province],
          decidingOrgId: province,
          councilPassed: true,
        },
        select: { id: true, personId: true, organizationId: true, displayName: true, award: true },
      }),
    )
  }
  // One decision per form (as the office issues them): 125 the Bằng khen, 126 the CSTĐ cấp tỉnh.
  const numberOf = new Map<string, string>()
  for (const [seq, award, title] of [
    [125, 'BANG_KHEN_TINH', 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2025'],
    [126, 'CSTD_TINH', 'Về việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2025'],
  ] as const) {
    const documentNumber = `${seq}/QĐ-UBND`
    numberOf.set(award, documentNumber)
    const decision = await db.awardDecision.create({
      data: {
        tenantId: tenant.id,
        organizationId: province,
        symbol: 'QĐ-UBND',
        numberSeq: seq,
        documentNumber,
        decidedOn,
        title,
        award,
        signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
        signerPosition: 'CHỦ TỊCH',
        signerName: 'Lê Minh Đức',
      },
      select: { id: true },
    })
    await db.awardDecisionItem.createMany({
      data: nominees
        .filter((n) => n.award === award)
        .map((n) => ({
          tenantId: tenant.id,
          decisionId: decision.id,
          nomineeId: n.id,
          personId: n.personId,
          organizationId: n.organizationId,
          displayName: n.displayName,
          award: n.award,
          amount: amountOf(n.award, n.personId ? 'INDIVIDUAL' : 'COLLECTIVE'),
        })),
    })
  }
  await db.awardRecord.createMany({
    data: nominees.map((n) => ({
      tenantId: tenant.id,
      personId: n.personId,
      organizationId: n.personId
        ? people.find((p) => p.id === n.personId)!.organizationId
        : (n.organizationId ?? commune),
      year: 2025,
      award: n.award,
      method: 'THUONG_XUYEN' as const,
      decisionNumber: numberOf.get(n.award),
      decidedOn,
      decidedBy: 'Ủy ban nhân dân tỉnh Đồng Nai',
    })),
  })
}
