// Demo data for the package to the Ministry: in the two-tier tenant (Lào Cai), Sở Giáo dục và Đào tạo
// proposed two of its people and itself for the Bằng khen của Thủ tướng Chính phủ for 2025; the province
// appraised them, published the list, its council voted (a closed session with its counts) and the
// province submitted them to the central level. Written as the state those steps leave (with their
// journal), run with the owner client past row-level security, inside the demo's transaction.
import { requiredVotes } from '../awards/voting'
import type { PrismaClient } from '../generated/prisma/client'

export const MINISTRY_DEMO = {
  year: 2025,
  award: 'BANG_KHEN_TTG',
  title: 'Đề nghị Thủ tướng Chính phủ tặng Bằng khen năm 2025',
  submittedOn: '2025-10-20',
  sessionOn: '2025-11-24',
  centralOn: '2025-11-26',
} as const

type Seeded = { id: string; code: string; units: Map<string, string>; users: Map<string, string> }

const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+07:00`)

export async function seedMinistryDemo(db: PrismaClient, tenant: Seeded) {
  const tenantId = tenant.id
  const province = tenant.units.get('tinh')
  const agency = tenant.units.get('so-gddt')
  const suffix = (name: string) => [...tenant.users.keys()].find((u) => u === name || u.startsWith(`${name}.`))
  const userId = (name: string) => {
    const key = suffix(name)
    return key ? tenant.users.get(key) : undefined
  }
  const head = userId('thutruong.sogddt')
  const secretary = userId('noivu.laocai')
  const leader = userId('lanhdao.laocai')
  if (!province || !agency || !head || !secretary || !leader) return false
  const council = await db.council.findFirst({ where: { tenantId, organizationId: province }, select: { id: true } })
  if (!council) return false
  const [people, members] = await Promise.all([
    db.person.findMany({
      where: { tenantId, organizationId: agency, active: true },
      orderBy: [{ isLeader: 'desc' }, { fullName: 'asc' }, { id: 'asc' }],
      take: 2,
      select: { id: true, fullName: true, position: true },
    }),
    db.councilMember.findMany({ where: { tenantId, councilId: council.id, active: true }, select: { id: true } }),
  ])
  if (people.length < 2 || members.length === 0) return false
  const agencyName = (await db.organization.findFirstOrThrow({ where: { id: agency }, select: { name: true } })).name
  const { year, award } = MINISTRY_DEMO
  const dossier = await db.dossier.create({
    data: {
      tenantId,
      proposingOrgId: agency,
      kind: 'THUONG_XUYEN',
      year,
      title: MINISTRY_DEMO.title,
      submittedAt: at(MINISTRY_DEMO.submittedOn, 9),
      createdById: head,
    },
    select: { id: true },
  })
  const achievements = [
    'Năm năm liền hoàn thành xuất sắc nhiệm vụ (2021–2025), ba lần Chiến sĩ thi đua cơ sở; chủ trì chuyển đổi số quản lý hồ sơ học sinh toàn tỉnh.',
    'Năm năm liền hoàn thành xuất sắc nhiệm vụ; sáng kiến dạy học song ngữ cho học sinh dân tộc thiểu số được áp dụng tại 40 trường.',
  ]
  const nominees = [
    ...people.map((p, i) => ({
      personId: p.id,
      organizationId: null,
      displayName: p.fullName,
      achievement: achievements[i],
    })),
    {
      personId: null,
      organizationId: agency,
      displayName: agencyName,
      achievement:
        'Dẫn đầu khối các sở, ngành năm 2024 và 2025; tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt 98,6%, tăng 2,1% so với năm 2024.',
    },
  ]
  const required = requiredVotes(award, members.length, MINISTRY_DEMO.sessionOn)
  const session = await db.councilSession.create({
    data: {
      tenantId,
      councilId: council.id,
      title: 'Phiên họp xét đề nghị khen thưởng cấp Nhà nước năm 2025',
      status: 'CLOSED',
      memberCount: members.length,
      openedAt: at(MINISTRY_DEMO.sessionOn, 8),
      votingEndsAt: at(MINISTRY_DEMO.sessionOn, 9),
      closedAt: at(MINISTRY_DEMO.sessionOn, 10),
    },
    select: { id: true },
  })
  await db.sessionAttendance.createMany({
    data: members.map((m) => ({ tenantId, sessionId: session.id, memberId: m.id, present: true })),
  })
  await db.auditEvent.create({
    data: {
      tenantId,
      actorId: secretary,
      organizationId: province,
      action: 'council.session.close',
      targetType: 'CouncilSession',
      targetId: session.id,
      createdAt: at(MINISTRY_DEMO.sessionOn, 10),
    },
  })
  for (const [i, n] of nominees.entries()) {
    const nominee = await db.dossierNominee.create({
      data: {
        tenantId,
        dossierId: dossier.id,
        ...n,
        award,
        status: 'APPROVED',
        holderOrgId: province,
        pathOrgIds: [agency, province],
        decidingOrgId: null, // decided at the central level
        appraisedAt: at('2025-10-30', 10),
        publicFrom: new Date('2025-10-31T00:00:00Z'),
        publicTo: new Date('2025-11-14T00:00:00Z'),
        councilPassed: true,
      },
      select: { id: true },
    })
    // the Ban Thường vụ Tỉnh ủy agreed before the submission to the central level (docs/decisions/0027)
    await db.partyOpinion.create({
      data: {
        tenantId,
        nomineeId: nominee.id,
        committee: 'Ban Thường vụ Tỉnh ủy',
        documentNo: '1234-CV/TU',
        documentDate: new Date('2025-11-25T00:00:00Z'),
        agreed: true,
        createdById: secretary,
        createdAt: at('2025-11-25', 14),
      },
    })
    const agree = members.length - (i === 1 ? 1 : 0)
    await db.sessionItem.create({
      data: {
        tenantId,
        sessionId: session.id,
        nomineeId: nominee.id,
        award,
        required,
        agree,
        disagree: members.length - agree,
        passed: agree >= required,
      },
    })
    const event = (
      action: string,
      actorId: string,
      orgId: string,
      toOrgId: string | null,
      day: string,
      hour: number,
    ) => ({
      tenantId,
      dossierId: dossier.id,
      nomineeId: nominee.id,
      actorId,
      orgId,
      toOrgId,
      action,
      createdAt: at(day, hour),
    })
    await db.dossierEvent.createMany({
      data: [
        event('submit', head, agency, province, MINISTRY_DEMO.submittedOn, 9),
        event('appraise', secretary, province, null, '2025-10-30', 10),
        event('forward_central', leader, province, null, MINISTRY_DEMO.centralOn, 15),
      ],
    })
  }
  return true
}
