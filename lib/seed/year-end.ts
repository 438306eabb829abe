// Demo data for the December cycle (bình xét, tổng hợp, hội đồng) at a realistic scale, in both demo
// tenants, so that it runs end to end without an administrator creating anything:
//  - Lào Cai (two tiers, the law in force): phường Cam Đường gets a Nội vụ officer, a leader and its
//    council; the province gets its council; a department (Sở Giáo dục và Đào tạo) and a second commune
//    (Sa Pa) get heads; about 50 people at Cam Đường, people in the new units, the 2026 ratings and the
//    2026 registrations (what the year-end table reads).
//  - Đồng Nai (three tiers, history): more people at xã An Phước and xã Long An and the 2025 registrations.
// Deterministic; run with the owner client, past row-level security, inside the seed's transaction.
import { randomUUID } from 'node:crypto'
import type { Prisma, PrismaClient } from '../generated/prisma/client'
import type { OrgKind, OrgLevel, Role, TaskRating } from '../generated/prisma/enums'
import { childPath } from '../auth/scope'
import { seedDemoCouncils, type CouncilSpec } from '../council/demo'
import { DEMO_PROFILES, seedDemoPeople, type DemoUnit } from '../people/demo'

/** The year of the December cycle in the two-tier tenant. */
export const YEAR_END_YEAR = 2026

type ExtraUnit = { parent: string; key: string; name: string; kind: OrgKind; level: OrgLevel }
type ExtraAccount = { username: string; fullName: string; unit: string; roles: Role[] }
type TenantExtras = {
  code: string
  units: ExtraUnit[]
  accounts: ExtraAccount[]
  councils: CouncilSpec[]
  people: DemoUnit[]
  /** the year whose ratings are added now (the December evaluation), if not yet on record */
  ratingYear?: number
  /** the managing unit that opened the registration round, the year, and the registering units */
  registration: { round: string; year: number; units: string[] }
}

const { COMMUNE, AGENCY, DEPARTMENT } = DEMO_PROFILES

export const YEAR_END_EXTRAS: TenantExtras[] = [
  {
    code: 'lao-cai',
    units: [
      { parent: 'tinh', key: 'so-gddt', name: 'Sở Giáo dục và Đào tạo tỉnh Lào Cai', kind: 'CO_QUAN', level: 'TINH' },
      { parent: 'tinh', key: 'so-yte', name: 'Sở Y tế tỉnh Lào Cai', kind: 'CO_QUAN', level: 'TINH' },
      {
        parent: 'cam-duong',
        key: 'thcs-cam-duong',
        name: 'Trường THCS Cam Đường',
        kind: 'SU_NGHIEP',
        level: 'XA',
      },
    ],
    accounts: [
      { username: 'noivu.camduong', fullName: 'Đinh Thị Thủy', unit: 'cam-duong', roles: ['SECRETARIAT'] },
      { username: 'lanhdao.camduong', fullName: 'Hoàng Văn Quý', unit: 'cam-duong', roles: ['LEADER'] },
      { username: 'thutruong.sogddt', fullName: 'Phạm Minh Khôi', unit: 'so-gddt', roles: ['UNIT_HEAD'] },
      { username: 'thutruong.sapa', fullName: 'Sùng Thị Mỷ', unit: 'sa-pa', roles: ['UNIT_HEAD'] },
    ],
    councils: [
      {
        unit: 'tinh',
        quorumPercent: 67,
        chair: { username: 'lanhdao.laocai', position: 'Chủ tịch Ủy ban nhân dân tỉnh - Chủ tịch Hội đồng' },
        existing: [],
        created: [
          {
            username: 'hoidong1.laocai',
            fullName: 'Giàng Seo Phử',
            position: 'Phó Chủ tịch Ủy ban nhân dân tỉnh - Phó Chủ tịch Hội đồng',
          },
          {
            username: 'hoidong2.laocai',
            fullName: 'Nguyễn Thị Thu Hà',
            position: 'Giám đốc Sở Nội vụ - Phó Chủ tịch Thường trực Hội đồng',
          },
          { username: 'hoidong3.laocai', fullName: 'Lò Văn Hùng', position: 'Giám đốc Sở Tài chính - Ủy viên' },
          {
            username: 'hoidong4.laocai',
            fullName: 'Vũ Thị Hồng Nhung',
            position: 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh - Ủy viên',
          },
          {
            username: 'hoidong5.laocai',
            fullName: 'Trần Đức Thịnh',
            position: 'Chủ tịch Liên đoàn Lao động tỉnh - Ủy viên',
          },
          {
            username: 'hoidong6.laocai',
            fullName: 'Hà Văn Nghĩa',
            position: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh - Ủy viên',
          },
        ],
      },
      {
        unit: 'cam-duong',
        quorumPercent: 67,
        chair: { username: 'lanhdao.camduong', position: 'Chủ tịch Ủy ban nhân dân phường - Chủ tịch Hội đồng' },
        existing: [{ username: 'noivu.camduong', position: 'Công chức Văn phòng - Ủy viên Thư ký' }],
        created: [
          {
            username: 'hoidong1.camduong',
            fullName: 'Lương Thị Xuân',
            position: 'Phó Chủ tịch Ủy ban nhân dân phường - Phó Chủ tịch Hội đồng',
          },
          {
            username: 'hoidong2.camduong',
            fullName: 'Nông Văn Tiến',
            position: 'Chủ tịch Ủy ban MTTQ Việt Nam phường - Ủy viên',
          },
          {
            username: 'hoidong3.camduong',
            fullName: 'Phùng Thị Liên',
            position: 'Chủ tịch Hội Liên hiệp Phụ nữ phường - Ủy viên',
          },
        ],
      },
    ],
    people: [
      ['cam-duong', COMMUNE, 40],
      ['thcs-cam-duong', AGENCY, 12],
      ['so-gddt', DEPARTMENT, 14],
      ['so-yte', DEPARTMENT, 10],
      ['sa-pa', COMMUNE, 15],
    ],
    ratingYear: 2026,
    registration: { round: 'tinh', year: 2026, units: ['cam-duong', 'so-gddt', 'sa-pa', 'so-yte'] },
  },
  {
    code: 'dong-nai',
    units: [],
    accounts: [],
    councils: [],
    people: [
      ['an-phuoc', COMMUNE, 30],
      ['long-an', COMMUNE, 20],
      ['binh-son', COMMUNE, 12],
      ['thcs-an-phuoc', AGENCY, 12],
    ],
    registration: { round: 'long-thanh', year: 2025, units: ['an-phuoc', 'long-an', 'binh-son'] },
  },
]

type Seeded = { id: string; code: string; units: Map<string, string>; users: Map<string, string> }

const extrasFor = (tenant: { code: string }) =>
  YEAR_END_EXTRAS.find((e) => tenant.code.split('-').slice(0, 2).join('-') === e.code)

/** Step 1 (before the award history is written): units, accounts and people. */
export async function seedYearEndOrganisation(db: PrismaClient, tenant: Seeded, passwordHash: string) {
  const extras = extrasFor(tenant)
  if (!extras) return
  const tenantId = tenant.id
  // test copies of a demo tenant ("lao-cai-ab12cd") suffix their login names the same way ("….ab12cd")
  const suffix = tenant.code.slice(extras.code.length).replace(/^-/, '.')
  const parents = await db.organization.findMany({
    where: { tenantId, id: { in: extras.units.map((u) => tenant.units.get(u.parent)!).filter(Boolean) } },
    select: { id: true, path: true, depth: true, validFrom: true },
  })
  const rows: Prisma.OrganizationCreateManyInput[] = []
  for (const unit of extras.units) {
    const parent = parents.find((p) => p.id === tenant.units.get(unit.parent))
    if (!parent) continue
    const id = randomUUID()
    tenant.units.set(unit.key, id)
    rows.push({
      id,
      tenantId,
      parentId: parent.id,
      name: unit.name,
      kind: unit.kind,
      level: unit.level,
      path: childPath(parent.path, id),
      depth: parent.depth + 1,
      validFrom: parent.validFrom,
    })
  }
  if (rows.length) await db.organization.createMany({ data: rows })
  for (const account of extras.accounts) {
    if (!tenant.units.has(account.unit)) continue
    const user = await db.user.create({
      data: { tenantId, username: `${account.username}${suffix}`, fullName: account.fullName, passwordHash },
      select: { id: true },
    })
    await db.membership.createMany({
      data: account.roles.map((role) => ({
        tenantId,
        userId: user.id,
        organizationId: tenant.units.get(account.unit)!,
        role,
      })),
    })
    tenant.users.set(`${account.username}${suffix}`, user.id)
  }
  await seedDemoPeople(db, tenant, { units: extras.people, first: 500, discipline: false })
}

/** The December evaluation: mostly HTT, about one in four HTXS, one in twelve only HT. */
function yearEndRating(index: number): TaskRating {
  const r = (index * 7) % 24
  if (r < 6) return 'HTXS'
  if (r === 23 || r === 11) return 'HT'
  return 'HTT'
}

/** Step 2 (after the award history): councils, the year's ratings and the registrations. */
export async function seedYearEndCycle(db: PrismaClient, tenant: Seeded, passwordHash: string) {
  const extras = extrasFor(tenant)
  if (!extras) return
  const tenantId = tenant.id
  if (extras.councils.length) await seedDemoCouncils(db, tenant, passwordHash, extras.councils)

  const units = extras.registration.units.flatMap((k) => (tenant.units.has(k) ? [tenant.units.get(k)!] : []))
  const people = await db.person.findMany({
    where: { tenantId, active: true },
    select: { id: true, organizationId: true, isLeader: true },
    orderBy: [{ organizationId: 'asc' }, { isLeader: 'desc' }, { fullName: 'asc' }, { id: 'asc' }],
  })
  if (extras.ratingYear) {
    const year = extras.ratingYear
    const rank = new Map<string, number>()
    await db.personYearRecord.createMany({
      data: people.map((p, i) => {
        const r = rank.get(p.organizationId) ?? 0
        rank.set(p.organizationId, r + 1)
        // the two most senior of each unit (who register CSTĐ cơ sở) were excellent
        const rating = r < 2 ? 'HTXS' : yearEndRating(i)
        return { tenantId, personId: p.id, year, rating, organizationId: p.organizationId }
      }),
      skipDuplicates: true,
    })
  }

  const managing = tenant.units.get(extras.registration.round)
  if (!managing || units.length === 0) return
  const { year } = extras.registration
  const round =
    (await db.registrationRound.findFirst({
      where: { tenantId, organizationId: managing, year },
      select: { id: true },
    })) ??
    (await db.registrationRound.create({
      data: {
        tenantId,
        organizationId: managing,
        year,
        deadline: new Date(Date.UTC(year, 2, 15)),
        note: `Các đơn vị gửi bản đăng ký thi đua năm ${year}.`,
      },
      select: { id: true },
    }))
  const accepted = new Date(Date.UTC(year, 2, 20))
  for (const organizationId of units) {
    const registration = await db.registration.create({
      data: {
        tenantId,
        roundId: round.id,
        organizationId,
        year,
        status: 'ACCEPTED',
        collectiveTitle: 'TAP_THE_LDXS',
        commitments: 'Hoàn thành xuất sắc nhiệm vụ được giao; 100% cán bộ hoàn thành tốt nhiệm vụ trở lên.',
        submittedAt: new Date(Date.UTC(year, 2, 10)),
        decidedAt: accepted,
      },
      select: { id: true },
    })
    // Everyone registers LĐTT; the two most senior register CSTĐ cơ sở.
    const staff = people.filter((p) => p.organizationId === organizationId)
    await db.registrationEntry.createMany({
      data: staff.map((p, i) => ({
        tenantId,
        registrationId: registration.id,
        personId: p.id,
        title: i < 2 ? 'CSTD_CO_SO' : 'LDTT',
      })),
    })
  }
}

/** The accounts this file adds, for the list printed after seeding. */
export function yearEndAccounts() {
  return YEAR_END_EXTRAS.flatMap((e) => [
    ...e.accounts.map((a) => ({ code: e.code, username: a.username, roles: a.roles as Role[] })),
    ...e.councils.flatMap((c) =>
      c.created.map((s) => ({ code: e.code, username: s.username, roles: ['COUNCIL_MEMBER'] as Role[] })),
    ),
  ])
}
