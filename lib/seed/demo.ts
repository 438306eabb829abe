// Demo data: two tenants, one per shape of local government, and one account per role.
// (1) Tỉnh Đồng Nai as of 2020: three tiers (tỉnh → huyện → xã) with agencies at each level.
// (2) Tỉnh Lào Cai after 01/07/2025: two tiers, communes directly under the province.
import { randomUUID } from 'node:crypto'
import type { Prisma, PrismaClient } from '../generated/prisma/client'
import type { OrgKind, OrgLevel, Role } from '../generated/prisma/enums'
import { hashPassword } from '../auth/password'
import { childPath } from '../auth/scope'
import { searchKey } from '../plans/periods'
import { seedDemoPeople } from '../people/demo'
import { seedDemoBlock } from '../blocks/demo'
import { seedDemoCouncils } from '../council/demo'
import { seedDemoDecision } from './demo-stats'
import { seedMinistryDemo } from '../ministry/demo'
import { seedPartyOpinionSettings } from '../dossiers/party-opinion'
import { seedYearEndCycle, seedYearEndOrganisation, yearEndAccounts } from './year-end'
import { consultationDemoAccounts, seedConsultationDemo } from '../consultation/demo'

export const DEMO_PASSWORD = 'Demo@2026'

type UnitSpec = { key: string; name: string; kind: OrgKind; level: OrgLevel; children?: UnitSpec[] }
/** roles at `unit`, plus roles held at other units (e.g. a district chairman on the provincial council) */
type AccountSpec = {
  username: string
  fullName: string
  unit: string
  roles: Role[]
  elsewhere?: { unit: string; role: Role }[]
}
type TenantSpec = {
  code: string
  name: string
  hasDistricts: boolean
  validFrom: string
  root: UnitSpec
  accounts: AccountSpec[]
}

const agency = (key: string, name: string, level: OrgLevel, kind: OrgKind = 'CO_QUAN'): UnitSpec => ({
  key,
  name,
  kind,
  level,
})
const commune = (key: string, name: string, children: UnitSpec[] = []): UnitSpec => ({
  key,
  name,
  kind: 'CHINH_QUYEN',
  level: 'XA',
  children,
})

export const DEMO_TENANTS: TenantSpec[] = [
  {
    code: 'dong-nai',
    name: 'Tỉnh Đồng Nai (2020)',
    hasDistricts: true,
    validFrom: '2020-01-01',
    root: {
      key: 'tinh',
      name: 'Ủy ban nhân dân tỉnh Đồng Nai',
      kind: 'CHINH_QUYEN',
      level: 'TINH',
      children: [
        agency('so-noi-vu', 'Sở Nội vụ tỉnh Đồng Nai', 'TINH'),
        agency('ban-kcn', 'Ban Quản lý các Khu công nghiệp Đồng Nai', 'TINH'),
        agency('mttq-tinh', 'Ủy ban MTTQ Việt Nam tỉnh Đồng Nai', 'TINH', 'DOAN_THE'),
        {
          key: 'long-thanh',
          name: 'Ủy ban nhân dân huyện Long Thành',
          kind: 'CHINH_QUYEN',
          level: 'HUYEN',
          children: [
            agency('pnv-long-thanh', 'Phòng Nội vụ huyện Long Thành', 'HUYEN'),
            agency('mttq-long-thanh', 'Ủy ban MTTQ Việt Nam huyện Long Thành', 'HUYEN', 'DOAN_THE'),
            agency('pgd-long-thanh', 'Phòng Giáo dục và Đào tạo huyện Long Thành', 'HUYEN'),
            commune('an-phuoc', 'Ủy ban nhân dân xã An Phước', [
              agency('thcs-an-phuoc', 'Trường THCS An Phước', 'XA', 'SU_NGHIEP'),
            ]),
            commune('long-an', 'Ủy ban nhân dân xã Long An'),
            commune('binh-son', 'Ủy ban nhân dân xã Bình Sơn'),
            commune('tt-long-thanh', 'Ủy ban nhân dân thị trấn Long Thành'),
          ],
        },
        {
          key: 'cam-my',
          name: 'Ủy ban nhân dân huyện Cẩm Mỹ',
          kind: 'CHINH_QUYEN',
          level: 'HUYEN',
          children: [
            agency('pnv-cam-my', 'Phòng Nội vụ huyện Cẩm Mỹ', 'HUYEN'),
            agency('mttq-cam-my', 'Ủy ban MTTQ Việt Nam huyện Cẩm Mỹ', 'HUYEN', 'DOAN_THE'),
            commune('xuan-que', 'Ủy ban nhân dân xã Xuân Quế'),
            commune('song-nhan', 'Ủy ban nhân dân xã Sông Nhạn'),
            commune('long-giao', 'Ủy ban nhân dân xã Long Giao'),
          ],
        },
      ],
    },
    accounts: [
      { username: 'quantri.dongnai', fullName: 'Nguyễn Văn Quản', unit: 'tinh', roles: ['TENANT_ADMIN'] },
      { username: 'noivu.dongnai', fullName: 'Trần Thị Hương', unit: 'tinh', roles: ['SECRETARIAT'] },
      { username: 'lanhdao.dongnai', fullName: 'Lê Minh Đức', unit: 'tinh', roles: ['LEADER'] },
      { username: 'hoidong.dongnai', fullName: 'Phạm Thị Lan', unit: 'tinh', roles: ['COUNCIL_MEMBER'] },
      { username: 'noivu.longthanh', fullName: 'Võ Thị Thu', unit: 'long-thanh', roles: ['SECRETARIAT'] },
      {
        username: 'lanhdao.longthanh',
        fullName: 'Đặng Văn Hùng',
        unit: 'long-thanh',
        roles: ['LEADER'],
        elsewhere: [{ unit: 'tinh', role: 'COUNCIL_MEMBER' }],
      },
      { username: 'thutruong.anphuoc', fullName: 'Hoàng Văn Phước', unit: 'an-phuoc', roles: ['UNIT_HEAD'] },
      { username: 'noivu.anphuoc', fullName: 'Lâm Thị Ngọc', unit: 'an-phuoc', roles: ['SECRETARIAT'] },
      // The commune chairman: signs the commune's own Giấy khen (Luật 2022 Art. 80(3), 2024 – 06/2025)
      { username: 'lanhdao.anphuoc', fullName: 'Trịnh Văn An', unit: 'an-phuoc', roles: ['LEADER'] },
      { username: 'thutruong.longan', fullName: 'Bùi Thị An', unit: 'long-an', roles: ['UNIT_HEAD'] },
      { username: 'xem.dongnai', fullName: 'Đỗ Văn Xem', unit: 'tinh', roles: ['VIEWER'] },
    ],
  },
  {
    code: 'lao-cai',
    name: 'Tỉnh Lào Cai (từ 01/07/2025)',
    hasDistricts: false,
    validFrom: '2025-07-01',
    root: {
      key: 'tinh',
      name: 'Ủy ban nhân dân tỉnh Lào Cai',
      kind: 'CHINH_QUYEN',
      level: 'TINH',
      children: [
        agency('so-noi-vu', 'Sở Nội vụ tỉnh Lào Cai', 'TINH'),
        agency('mttq-tinh', 'Ủy ban MTTQ Việt Nam tỉnh Lào Cai', 'TINH', 'DOAN_THE'),
        commune('cam-duong', 'Ủy ban nhân dân phường Cam Đường', [
          agency('th-cam-duong', 'Trường Tiểu học Cam Đường', 'XA', 'SU_NGHIEP'),
        ]),
        commune('sa-pa', 'Ủy ban nhân dân phường Sa Pa'),
        commune('bao-thang', 'Ủy ban nhân dân xã Bảo Thắng'),
        commune('bac-ha', 'Ủy ban nhân dân xã Bắc Hà'),
      ],
    },
    accounts: [
      { username: 'quantri.laocai', fullName: 'Lý Văn Sơn', unit: 'tinh', roles: ['TENANT_ADMIN'] },
      { username: 'noivu.laocai', fullName: 'Hà Thị Mai', unit: 'tinh', roles: ['SECRETARIAT'] },
      { username: 'lanhdao.laocai', fullName: 'Vàng A Chứ', unit: 'tinh', roles: ['LEADER'] },
      { username: 'thutruong.camduong', fullName: 'Nông Thị Hoa', unit: 'cam-duong', roles: ['UNIT_HEAD'] },
    ],
  },
]

export type SeededTenant = { id: string; code: string; units: Map<string, string>; users: Map<string, string> }

export async function seedTenant(db: PrismaClient, spec: TenantSpec, passwordHash: string): Promise<SeededTenant> {
  const tenant = await db.tenant.create({
    data: { code: spec.code, name: spec.name, hasDistricts: spec.hasDistricts },
    select: { id: true },
  })
  const units = new Map<string, string>()
  const rows: Prisma.OrganizationCreateManyInput[] = []
  const walk = (unit: UnitSpec, parent: { id: string; path: string } | null, depth: number) => {
    const id = randomUUID()
    const path = childPath(parent?.path ?? null, id)
    units.set(unit.key, id)
    rows.push({
      id,
      tenantId: tenant.id,
      parentId: parent?.id ?? null,
      name: unit.name,
      kind: unit.kind,
      level: unit.level,
      path,
      depth,
      validFrom: new Date(spec.validFrom),
    })
    for (const child of unit.children ?? []) walk(child, { id, path }, depth + 1)
  }
  walk(spec.root, null, 0)
  await db.organization.createMany({ data: rows })

  const users = new Map<string, string>()
  for (const account of spec.accounts) {
    const user = await db.user.create({
      data: {
        tenantId: tenant.id,
        username: account.username,
        fullName: account.fullName,
        passwordHash,
      },
      select: { id: true },
    })
    await db.membership.createMany({
      data: [...account.roles.map((role) => ({ unit: account.unit, role })), ...(account.elsewhere ?? [])].map(
        ({ unit, role }) => ({
          tenantId: tenant.id,
          userId: user.id,
          organizationId: units.get(unit)!,
          role,
        }),
      ),
    })
    users.set(account.username, user.id)
  }
  return { id: tenant.id, code: spec.code, units, users }
}

/** Loads the demo tenants into an empty database (run as the owner). Returns false if data exists. */
export async function seedDemo(db: PrismaClient): Promise<boolean> {
  if ((await db.tenant.count()) > 0) return false
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  // One transaction for the whole demo: generous time, since a loaded machine (CI, a laptop on battery)
  // can take far longer than Prisma's 5 s default.
  await db.$transaction(
    async (tx) => {
      const client = tx as unknown as PrismaClient
      const dongNai = await seedTenant(client, DEMO_TENANTS[0], passwordHash)
      const laoCai = await seedTenant(client, DEMO_TENANTS[1], passwordHash)
      await seedDemoPlan(client, dongNai)
      for (const tenant of [dongNai, laoCai]) {
        await seedDemoPeople(client, tenant)
        await seedYearEndOrganisation(client, tenant, passwordHash)
        await seedDemoAwardHistory(client, tenant)
      }
      await seedDemoBlock(client, dongNai)
      await seedDemoCouncils(client, dongNai, passwordHash)
      await seedDemoMovementAndRound(client, dongNai)
      await seedDemoDecision(client, dongNai)
      for (const tenant of [dongNai, laoCai]) await seedYearEndCycle(client, tenant, passwordHash)
      for (const tenant of [dongNai, laoCai]) await seedConsultationDemo(client, tenant, passwordHash)
      // which awards wait for the Party committee's opinion before the central level (docs/decisions/0027)
      for (const tenant of [dongNai, laoCai]) await seedPartyOpinionSettings(client, tenant.id)
      await seedMinistryDemo(client, laoCai) // a dossier the province has submitted to the central level
    },
    { timeout: 300_000, maxWait: 60_000 },
  )
  return true
}

export function demoAccounts() {
  return DEMO_TENANTS.flatMap((tenant) => [
    ...tenant.accounts.map((a) => ({
      tenant: tenant.name,
      username: a.username,
      roles: [...a.roles, ...(a.elsewhere ?? []).map((e) => e.role)],
    })),
    ...[...yearEndAccounts(), ...consultationDemoAccounts()]
      .filter((a) => a.code === tenant.code)
      .map((a) => ({ tenant: tenant.name, username: a.username, roles: a.roles })),
  ])
}

/** An issued provincial plan for 2020, so that districts and communes can implement it at once. */
async function seedDemoPlan(db: PrismaClient, tenant: SeededTenant) {
  const tenantId = tenant.id
  const issuedOn = new Date('2020-02-21T00:00:00Z')
  const plan = await db.plan.create({
    data: {
      tenantId,
      organizationId: tenant.units.get('tinh')!,
      status: 'ISSUED',
      year: 2020,
      symbol: 'KH-UBND',
      numberSeq: 52,
      documentNumber: '52/KH-UBND',
      issuerName: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI',
      place: 'Đồng Nai',
      issuedOn,
      title: 'Công tác thi đua, khen thưởng năm 2020',
      purposes: [
        'Phát huy những kết quả đã đạt được năm 2019, đẩy mạnh phong trào thi đua yêu nước trên mọi lĩnh vực.',
      ],
      requirements: [
        'Các cơ quan, đơn vị, địa phương tổ chức phong trào thi đua thiết thực, hiệu quả, tránh hình thức.',
      ],
      focusTasks: ['Tiếp tục đổi mới công tác thi đua, khen thưởng theo Luật Thi đua, Khen thưởng.'],
      signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
      signerPosition: 'CHỦ TỊCH',
      signerName: 'Cao Tiến Dũng',
      searchText: searchKey(
        '52/KH-UBND kế hoạch Công tác thi đua, khen thưởng năm 2020 ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI 2020',
      ),
    },
    select: { id: true },
  })
  const tasks: [string, number[], string, string | null][] = [
    ['Quý I', [1], 'Ban hành Kế hoạch công tác thi đua, khen thưởng năm 2020; hướng dẫn đăng ký thi đua.', 'so-noi-vu'],
    ['Quý I', [1], 'Tổ chức ký kết giao ước thi đua giữa các cụm, khối thi đua.', null],
    ['Quý II', [2], 'Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2020.', 'so-noi-vu'],
    ['Quý III và IV', [3, 4], 'Tổng kết công tác thi đua, khen thưởng năm 2020; xét đề nghị khen thưởng.', 'so-noi-vu'],
  ]
  await db.planTask.createMany({
    data: tasks.map(([periodLabel, quarters, text, lead], position) => ({
      tenantId,
      planId: plan.id,
      position,
      periodLabel,
      quarters,
      text,
      searchText: searchKey(`${periodLabel} ${text}`),
      leadOrganizationId: lead ? tenant.units.get(lead)! : null,
    })),
  })
  await db.planRecipient.createMany({
    data: ['Thường trực Tỉnh ủy', 'Các sở, ban, ngành', 'UBND các huyện, thành phố', 'Lưu: VT'].map(
      (text, position) => ({ tenantId, planId: plan.id, position, text }),
    ),
  })
  await db.documentCounter.create({
    data: { tenantId, organizationId: tenant.units.get('tinh')!, symbol: 'KH-UBND', year: 2020, lastNumber: 52 },
  })
}

/**
 * Award history for the demo people, entered as history before the app and consistent with the app's own
 * rules: everyone rated HTT or better was LĐTT that year; the two most senior people of each unit were also
 * CSTĐ cơ sở in a year they were LĐTT and either rated HTXS or had an initiative recognised that year
 * (Luật TĐKT 2022 Điều 23; lib/awards/eligibility). One decision per form and year.
 */
export async function seedDemoAwardHistory(db: PrismaClient, tenant: SeededTenant) {
  const people = await db.person.findMany({
    where: { tenantId: tenant.id },
    select: {
      id: true,
      organizationId: true,
      isLeader: true,
      position: true,
      yearRecords: { select: { year: true, rating: true } },
      initiatives: { select: { year: true } },
    },
    orderBy: [{ organizationId: 'asc' }, { isLeader: 'desc' }, { fullName: 'asc' }],
  })
  // The unit's head first (the demo dossier proposes him: lib/seed/demo-dossier.ts); the sort is stable.
  const head = (p: { position: string | null }) => (p.position?.startsWith('Chủ tịch') ? 0 : 1)
  people.sort((a, b) =>
    a.organizationId < b.organizationId ? -1 : a.organizationId > b.organizationId ? 1 : head(a) - head(b),
  )
  const perUnit = new Map<string, number>()
  const rows: Prisma.AwardRecordCreateManyInput[] = []
  for (const person of people) {
    const rank = perUnit.get(person.organizationId) ?? 0
    perUnit.set(person.organizationId, rank + 1)
    for (const record of person.yearRecords) {
      if (record.rating !== 'HTT' && record.rating !== 'HTXS') continue
      const initiative = person.initiatives.some((i) => i.year === record.year)
      const awards = ['LDTT', ...(rank < 2 && (record.rating === 'HTXS' || initiative) ? ['CSTD_CO_SO'] : [])]
      for (const award of awards)
        rows.push({
          tenantId: tenant.id,
          personId: person.id,
          organizationId: person.organizationId,
          year: record.year,
          award,
          decisionNumber: `${award === 'LDTT' ? 10 : 11}/QĐ-UBND`,
          decidedOn: new Date(Date.UTC(record.year, 11, 20)),
          decidedBy: 'Chủ tịch UBND',
          source: 'ENTERED',
        })
    }
  }
  if (rows.length) await db.awardRecord.createMany({ data: rows })
}

/** A movement launched by huyện Long Thành to its communes, and its 2026 registration round. */
async function seedDemoMovementAndRound(db: PrismaClient, tenant: SeededTenant) {
  const district = tenant.units.get('long-thanh')
  if (!district) return
  const communes = ['an-phuoc', 'long-an', 'binh-son', 'tt-long-thanh'].flatMap((k) =>
    tenant.units.has(k) ? [tenant.units.get(k)!] : [],
  )
  const movement = await db.movement.create({
    data: {
      tenantId: tenant.id,
      organizationId: district,
      name: 'Long Thành chung sức xây dựng nông thôn mới nâng cao',
      kind: 'CHUYEN_DE',
      fromDate: new Date('2026-01-01T00:00:00Z'),
      toDate: new Date('2026-12-31T00:00:00Z'),
      content:
        'Phát động các xã, thị trấn thi đua hoàn thành tiêu chí nông thôn mới nâng cao, nông thôn mới kiểu mẫu trong năm 2026.',
    },
    select: { id: true },
  })
  await db.movementTarget.createMany({
    data: communes.map((organizationId) => ({ tenantId: tenant.id, movementId: movement.id, organizationId })),
  })
  await db.registrationRound.create({
    data: {
      tenantId: tenant.id,
      organizationId: district,
      year: 2026,
      deadline: new Date('2026-12-31T00:00:00Z'),
      note: 'Các đơn vị gửi bản đăng ký thi đua năm 2026.',
    },
  })
}
