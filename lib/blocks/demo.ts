// Demo data: the 2025 emulation block of the communes of huyện Long Thành, signed and fully scored,
// with a tie at the top that the female-share rule settles when the units have people on record
// (otherwise the two share rank 1). Deterministic; run with the owner client, past row-level security.
import { randomUUID } from 'node:crypto'
import type { PrismaClient } from '../generated/prisma/client'
import { toDecimalString } from './points'

const YEAR = 2025
const NAME = 'Khối thi đua các xã, thị trấn huyện Long Thành'
const COVENANT = [
  'Các đơn vị trong khối thống nhất ký kết giao ước thi đua năm 2025 với các nội dung chủ yếu sau:',
  '1. Thực hiện thắng lợi các chỉ tiêu phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2025 được giao.',
  '2. Xây dựng tổ chức Đảng, chính quyền, Mặt trận và các đoàn thể trong sạch, vững mạnh; thực hiện tốt cải cách hành chính.',
  '3. Đẩy mạnh các phong trào thi đua yêu nước; phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến.',
  '4. Cuối năm, các đơn vị tự chấm điểm theo bảng tiêu chí; khối họp thống nhất điểm và đề nghị khen thưởng.',
].join('\n')

/** Criteria in hundredths of a point: 30 + 20 + 20 + 15 + 15 = 100. */
const CRITERIA: [string, number][] = [
  ['Thực hiện nhiệm vụ chính trị', 3000],
  ['Xây dựng Đảng, chính quyền', 2000],
  ['Văn hóa - xã hội', 2000],
  ['Quốc phòng - an ninh', 1500],
  ['Công tác thi đua, khen thưởng', 1500],
]

/** Agreed scores per unit and criterion (hundredths): An Phước and Long An tie at 92,5. */
const AGREED: Record<string, number[]> = {
  'an-phuoc': [2800, 1850, 1800, 1400, 1400],
  'long-an': [2750, 1900, 1800, 1400, 1400],
  'binh-son': [2700, 1800, 1750, 1350, 1300],
  'tt-long-thanh': [2650, 1700, 1700, 1300, 1225],
}
const HEADS: Record<string, string> = { 'an-phuoc': 'thutruong.anphuoc', 'long-an': 'thutruong.longan' }

/** A demo user by name, also in test copies whose names carry a suffix ("thutruong.anphuoc.ab12cd"). */
function userId(users: Map<string, string>, name: string | undefined) {
  if (!name) return null
  if (users.has(name)) return users.get(name)!
  for (const [key, id] of users) if (key.startsWith(`${name}.`)) return id
  return null
}

export async function seedDemoBlock(
  db: PrismaClient,
  tenant: { id: string; units: Map<string, string>; users: Map<string, string> },
) {
  const tenantId = tenant.id
  const managing = tenant.units.get('long-thanh')
  const members = Object.keys(AGREED).filter((key) => tenant.units.has(key))
  if (!managing || members.length < 2) return null
  const exists = await db.emulationBlock.findFirst({
    where: { tenantId, organizationId: managing, year: YEAR, name: NAME },
    select: { id: true },
  })
  if (exists) return exists.id

  const unit = (key: string) => tenant.units.get(key)!
  const leader = members.includes('an-phuoc') ? 'an-phuoc' : members[0]
  const deputy = members.includes('long-an') && leader !== 'long-an' ? 'long-an' : null
  const blockId = randomUUID()
  await db.emulationBlock.create({
    data: {
      id: blockId,
      tenantId,
      organizationId: managing,
      year: YEAR,
      name: NAME,
      leaderOrgId: unit(leader),
      deputyOrgId: deputy ? unit(deputy) : null,
      covenant: COVENANT,
    },
  })
  await db.blockMember.createMany({
    data: members.map((key, i) => ({
      tenantId,
      blockId,
      organizationId: unit(key),
      // signed at the covenant conference, 15/01/2025 from 09:30 (Vietnam time)
      acceptedAt: new Date(Date.UTC(YEAR, 0, 15, 2, 30 + i * 5)),
      acceptedById: userId(tenant.users, HEADS[key]),
    })),
  })
  const criterionIds = CRITERIA.map(() => randomUUID())
  await db.blockCriterion.createMany({
    data: CRITERIA.map(([name, max], position) => ({
      id: criterionIds[position],
      tenantId,
      blockId,
      position,
      name,
      maxPoints: toDecimalString(max),
    })),
  })
  await db.blockScore.createMany({
    data: members.flatMap((key) =>
      AGREED[key].map((agreed, i) => ({
        tenantId,
        criterionId: criterionIds[i],
        organizationId: unit(key),
        // units score themselves a little above what the block agrees, never above the maximum
        selfScore: toDecimalString(Math.min(CRITERIA[i][1], agreed + 50)),
        evidence: `Báo cáo tổng kết năm ${YEAR} của đơn vị, mục ${i + 1}.`,
        agreedScore: toDecimalString(agreed),
      })),
    ),
  })
  return blockId
}
