// Demo data for the consulted bodies' own accounts (hiệp y): in each demo tenant, the province's Sở Nội vụ
// has proposed some of its people (and, in Lào Cai, itself) for the Bằng khen của Chủ tịch UBND tỉnh; the
// province holds them for appraisal and has sent them to Công an, Thuế and Bảo hiểm xã hội tỉnh with a
// reply deadline in working days from today, and Công an tỉnh has an account of its own (congan.laocai,
// congan.dongnai) that finds the letter open on signing in. Written as the state those steps leave (with
// their journal), run with the owner client past row-level security, inside the demo's transaction.
import { randomUUID } from 'node:crypto'
import { settingsOn } from '../calendar/deadlines'
import { addWorkingDays } from '../calendar/working-days'
import type { PrismaClient } from '../generated/prisma/client'
import { isoDay, todayInVietnam } from '../shared/dates'
import { DEFAULT_CONSULTED_BODIES } from './schemas'

type Seeded = { id: string; code: string; units: Map<string, string>; users: Map<string, string> }

/** Per demo tenant: the body's account, the year proposed, how many people, and whether the unit too. */
export const CONSULTATION_DEMO = [
  { code: 'lao-cai', username: 'congan.laocai', fullName: 'Lương Văn Dũng', year: 2026, people: 2, collective: true },
  {
    code: 'dong-nai',
    username: 'congan.dongnai',
    fullName: 'Phạm Quốc Việt',
    year: 2025,
    people: 2,
    collective: false,
  },
] as const

export const CONSULTATION_DEMO_BODY = 'Công an tỉnh'
const CONSULTED = [CONSULTATION_DEMO_BODY, 'Thuế tỉnh', 'Bảo hiểm xã hội tỉnh']

const specFor = (tenant: { code: string }) =>
  CONSULTATION_DEMO.find((s) => tenant.code === s.code || tenant.code.startsWith(`${s.code}-`))

export async function seedConsultationDemo(db: PrismaClient, tenant: Seeded, passwordHash: string) {
  const spec = specFor(tenant)
  const province = tenant.units.get('tinh')
  const agency = tenant.units.get('so-noi-vu')
  if (!spec || !province || !agency) return false
  // test copies of a demo tenant ("lao-cai-ab12cd") suffix their login names the same way ("….ab12cd")
  const suffix = tenant.code.slice(spec.code.length).replace(/^-/, '.')
  const tenantId = tenant.id
  // the province's Nội vụ officer (noivu.laocai, noivu.dongnai) sent the letter
  const secretaryId = tenant.users.get(`noivu.${spec.code.replace('-', '')}${suffix}`)
  if (!secretaryId) return false

  await db.consultedBody.createMany({
    data: DEFAULT_CONSULTED_BODIES.map((name) => ({ tenantId, name })),
    skipDuplicates: true,
  })
  const bodies = await db.consultedBody.findMany({
    where: { tenantId, name: { in: CONSULTED } },
    select: { id: true, name: true },
  })
  const police = bodies.find((b) => b.name === CONSULTATION_DEMO_BODY)!

  const user = await db.user.create({
    data: { tenantId, username: `${spec.username}${suffix}`, fullName: spec.fullName, passwordHash },
    select: { id: true },
  })
  await db.membership.create({
    data: { tenantId, userId: user.id, organizationId: province, role: 'CONSULTED_BODY', consultedBodyId: police.id },
  })
  tenant.users.set(`${spec.username}${suffix}`, user.id)

  const [people, unit] = await Promise.all([
    db.person.findMany({
      where: { tenantId, organizationId: agency, active: true },
      orderBy: [{ isLeader: 'desc' }, { fullName: 'asc' }, { id: 'asc' }],
      take: spec.people,
      select: { id: true, fullName: true },
    }),
    db.organization.findFirstOrThrow({ where: { tenantId, id: agency }, select: { name: true } }),
  ])
  if (people.length === 0) return false
  const today = todayInVietnam()
  const submittedAt = new Date(today.getTime() - 7 * 86_400_000 + 2 * 3_600_000) // a week ago, 09:00
  const dossier = await db.dossier.create({
    data: {
      tenantId,
      proposingOrgId: agency,
      kind: 'THUONG_XUYEN',
      year: spec.year,
      title: `Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm ${spec.year}`,
      submittedAt,
      createdById: secretaryId,
    },
    select: { id: true },
  })
  const nominees = [
    ...people.map((p) => ({
      personId: p.id,
      organizationId: null,
      displayName: p.fullName,
      achievement: `Hai năm liền hoàn thành xuất sắc nhiệm vụ (${spec.year - 1}–${spec.year}), có hai sáng kiến được công nhận cấp cơ sở.`,
    })),
    ...(spec.collective
      ? [
          {
            personId: null,
            organizationId: agency,
            displayName: unit.name,
            achievement: `Hoàn thành xuất sắc nhiệm vụ năm ${spec.year}; dẫn đầu khối các sở, ngành về cải cách hành chính.`,
          },
        ]
      : []),
  ]
  const nomineeIds: string[] = []
  for (const n of nominees) {
    const id = randomUUID()
    nomineeIds.push(id)
    await db.dossierNominee.create({
      data: {
        id,
        tenantId,
        dossierId: dossier.id,
        ...n,
        award: 'BANG_KHEN_TINH',
        status: 'IN_REVIEW',
        holderOrgId: province,
        pathOrgIds: [agency, province],
        decidingOrgId: province,
      },
    })
  }
  await db.dossierEvent.createMany({
    data: nomineeIds.map((nomineeId) => ({
      tenantId,
      dossierId: dossier.id,
      nomineeId,
      actorId: secretaryId,
      orgId: agency,
      toOrgId: province,
      action: 'submit',
      createdAt: submittedAt,
    })),
  })

  const deadline = addWorkingDays(isoDay(today), settingsOn(isoDay(today)).consultationWorkingDays.value)
  const consultation = await db.consultation.create({
    data: {
      tenantId,
      organizationId: province,
      title: `Xin ý kiến hiệp y đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm ${spec.year}`,
      sentOn: today,
      deadline: new Date(`${deadline}T00:00:00Z`),
      createdById: secretaryId,
    },
    select: { id: true },
  })
  await db.consultationBody.createMany({
    data: bodies.map((b) => ({ tenantId, consultationId: consultation.id, bodyId: b.id })),
  })
  await db.consultationNominee.createMany({
    data: nomineeIds.map((nomineeId) => ({ tenantId, consultationId: consultation.id, nomineeId })),
  })
  await db.auditEvent.create({
    data: {
      tenantId,
      actorId: secretaryId,
      organizationId: province,
      action: 'consultation.send',
      targetType: 'Consultation',
      targetId: consultation.id,
      after: { bodies: bodies.length, nominees: nomineeIds.length, deadline },
    },
  })
  return true
}

/** The accounts this file adds, for the list printed after seeding. */
export const consultationDemoAccounts = () =>
  CONSULTATION_DEMO.map((s) => ({ code: s.code, username: s.username, roles: ['CONSULTED_BODY' as const] }))
