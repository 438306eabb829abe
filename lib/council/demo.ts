// Demo data: the Hội đồng Thi đua - Khen thưởng of the province (10 members, quorum 2/3) and of huyện
// Long Thành (5 members, quorum 80%), with new council-member accounts. Deterministic; run with the
// owner client, past row-level security. A council is seeded only when its unit and its chair's account
// exist (so another tenant's demo gets none) and the unit has no council yet.
import type { PrismaClient } from '../generated/prisma/client'
import { councilNameFor } from './labels'

export type Seat = { username: string; position: string; fullName?: string }
export type CouncilSpec = {
  unit: string
  quorumPercent: number
  chair: Seat
  existing: Seat[]
  created: Required<Seat>[]
}

const COUNCILS: CouncilSpec[] = [
  {
    unit: 'tinh',
    quorumPercent: 67,
    chair: { username: 'lanhdao.dongnai', position: 'Chủ tịch Ủy ban nhân dân tỉnh - Chủ tịch Hội đồng' },
    existing: [
      { username: 'hoidong.dongnai', position: 'Giám đốc Sở Nội vụ - Phó Chủ tịch Thường trực Hội đồng' },
      { username: 'lanhdao.longthanh', position: 'Chủ tịch Ủy ban nhân dân huyện Long Thành - Ủy viên' },
    ],
    created: [
      {
        username: 'hoidong1.dongnai',
        fullName: 'Nguyễn Thị Thanh Hương',
        position: 'Phó Chủ tịch Ủy ban nhân dân tỉnh - Phó Chủ tịch Hội đồng',
      },
      {
        username: 'hoidong2.dongnai',
        fullName: 'Trần Quốc Bảo',
        position: 'Chủ tịch Liên đoàn Lao động tỉnh - Ủy viên',
      },
      {
        username: 'hoidong3.dongnai',
        fullName: 'Lê Thị Mỹ Dung',
        position: 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh - Ủy viên',
      },
      { username: 'hoidong4.dongnai', fullName: 'Phan Văn Trường', position: 'Giám đốc Sở Tài chính - Ủy viên' },
      {
        username: 'hoidong5.dongnai',
        fullName: 'Huỳnh Ngọc Ánh',
        position: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh - Ủy viên',
      },
      { username: 'hoidong6.dongnai', fullName: 'Vũ Đình Khoa', position: 'Bí thư Tỉnh đoàn - Ủy viên' },
      {
        username: 'hoidong7.dongnai',
        fullName: 'Mai Thị Thu Trang',
        position: 'Giám đốc Sở Giáo dục và Đào tạo - Ủy viên',
      },
    ],
  },
  {
    unit: 'long-thanh',
    quorumPercent: 80,
    chair: { username: 'lanhdao.longthanh', position: 'Chủ tịch Ủy ban nhân dân huyện - Chủ tịch Hội đồng' },
    existing: [],
    created: [
      {
        username: 'hoidong1.longthanh',
        fullName: 'Đinh Thị Kim Oanh',
        position: 'Phó Chủ tịch Ủy ban nhân dân huyện - Phó Chủ tịch Hội đồng',
      },
      {
        username: 'hoidong2.longthanh',
        fullName: 'Ngô Văn Thắng',
        position: 'Trưởng phòng Nội vụ - Ủy viên Thường trực',
      },
      {
        username: 'hoidong3.longthanh',
        fullName: 'Tạ Thị Bích Ngọc',
        position: 'Chủ tịch Hội Liên hiệp Phụ nữ huyện - Ủy viên',
      },
      {
        username: 'hoidong4.longthanh',
        fullName: 'Lương Minh Tuấn',
        position: 'Trưởng phòng Giáo dục và Đào tạo - Ủy viên',
      },
    ],
  },
]

/** A demo account by name, also in test copies whose names carry a suffix ("lanhdao.dongnai.ab12cd"). */
function findUser(users: Map<string, string>, name: string): { id: string; suffix: string } | null {
  if (users.has(name)) return { id: users.get(name)!, suffix: '' }
  for (const [key, id] of users) if (key.startsWith(`${name}.`)) return { id, suffix: key.slice(name.length) }
  return null
}

/** Seeds the demo councils; returns the usernames of the accounts it created. */
export async function seedDemoCouncils(
  db: PrismaClient,
  tenant: { id: string; units: Map<string, string>; users: Map<string, string> },
  passwordHash: string,
  councils: CouncilSpec[] = COUNCILS,
): Promise<string[]> {
  const tenantId = tenant.id
  const createdNames: string[] = []
  for (const spec of councils) {
    const organizationId = tenant.units.get(spec.unit)
    const chair = findUser(tenant.users, spec.chair.username)
    if (!organizationId || !chair) continue
    if (await db.council.findFirst({ where: { tenantId, organizationId }, select: { id: true } })) continue
    const organization = await db.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { name: true },
    })

    // Existing accounts keep their names; test copies append the same suffix to the new ones.
    const seats: { userId: string; position: string; isChair: boolean }[] = [
      { userId: chair.id, position: spec.chair.position, isChair: true },
    ]
    for (const seat of spec.existing) {
      const found = findUser(tenant.users, seat.username)
      if (!found) continue
      seats.push({ userId: found.id, position: seat.position, isChair: false })
      // a member from the unit's own staff (its Ủy viên Thư ký) votes as a member of the council there
      const staff = await db.membership.findFirst({
        where: { tenantId, userId: found.id, organizationId },
        select: { id: true },
      })
      if (staff)
        await db.membership.createMany({
          data: [{ tenantId, userId: found.id, organizationId, role: 'COUNCIL_MEMBER' }],
          skipDuplicates: true,
        })
    }
    for (const seat of spec.created) {
      const username = `${seat.username}${chair.suffix}`
      const user = await db.user.upsert({
        where: { username },
        create: { tenantId, username, fullName: seat.fullName, passwordHash },
        update: {},
        select: { id: true, tenantId: true },
      })
      if (user.tenantId !== tenantId) continue
      await db.membership.createMany({
        data: [{ tenantId, userId: user.id, organizationId, role: 'COUNCIL_MEMBER' }],
        skipDuplicates: true,
      })
      seats.push({ userId: user.id, position: seat.position, isChair: false })
      createdNames.push(username)
    }

    const names = await db.user.findMany({
      where: { tenantId, id: { in: seats.map((s) => s.userId) } },
      select: { id: true, fullName: true },
    })
    const council = await db.council.create({
      data: { tenantId, organizationId, name: councilNameFor(organization.name), quorumPercent: spec.quorumPercent },
      select: { id: true },
    })
    await db.councilMember.createMany({
      data: seats.map((s) => ({
        tenantId,
        councilId: council.id,
        userId: s.userId,
        fullName: names.find((n) => n.id === s.userId)?.fullName ?? '',
        position: s.position,
        isChair: s.isChair,
      })),
    })
  }
  return createdNames
}
