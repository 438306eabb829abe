// Demo data: the 2025 emulation block of the communes of huyện Long Thành. Three communes signed the
// covenant and were scored (criteria, a bonus item and a penalty item); the town (thị trấn Long Thành)
// did not sign, so it is listed apart and not ranked. The block head put the scores to the members in
// January 2026; Long An agreed, Bình Sơn said nothing by the deadline: the ranking is final, An Phước
// leads (the Cờ thi đua is proposed from the block page). Before the bonus and penalty items, An Phước
// and Long An tie at 92,5. Deterministic; run with the owner client, past row-level security.
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

/** Criteria in hundredths of a point: 30 + 20 + 20 + 15 + 15 = 100, a bonus of up to 5, a penalty of up to 5. */
const CRITERIA: [string, number, 'TIEU_CHI' | 'CONG' | 'TRU'][] = [
  ['Thực hiện nhiệm vụ chính trị', 3000, 'TIEU_CHI'],
  ['Xây dựng Đảng, chính quyền', 2000, 'TIEU_CHI'],
  ['Văn hóa - xã hội', 2000, 'TIEU_CHI'],
  ['Quốc phòng - an ninh', 1500, 'TIEU_CHI'],
  ['Công tác thi đua, khen thưởng', 1500, 'TIEU_CHI'],
  ['Điểm thưởng: mô hình mới, cách làm hay được nhân rộng', 500, 'CONG'],
  ['Điểm trừ: chậm gửi báo cáo, vi phạm giao ước', 500, 'TRU'],
]

/**
 * Agreed scores per unit and item (hundredths). An Phước 92,5 + 1,5 = 94; Long An 92,5 + 1 − 0,5 = 93;
 * Bình Sơn 89 − 1 = 88. The town has none: it did not sign.
 */
const AGREED: Record<string, number[]> = {
  'an-phuoc': [2800, 1850, 1800, 1400, 1400, 150, 0],
  'long-an': [2750, 1900, 1800, 1400, 1400, 100, 50],
  'binh-son': [2700, 1800, 1750, 1350, 1300, 0, 100],
}
const UNSIGNED = ['tt-long-thanh']
const MEMBERS = ['an-phuoc', 'long-an', 'binh-son', ...UNSIGNED]
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
  const members = MEMBERS.filter((key) => tenant.units.has(key))
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
      flagQuota: 1,
      // put to the members on 05/01/2026 by the block head, to answer by 12/01/2026
      scoresProposedAt: new Date(Date.UTC(YEAR + 1, 0, 5, 2, 0)),
      scoresProposedById: userId(tenant.users, HEADS[leader]),
      scoresDeadline: new Date(Date.UTC(YEAR + 1, 0, 12)),
    },
  })
  await db.blockMember.createMany({
    data: members.map((key, i) => {
      const signed = !UNSIGNED.includes(key)
      // the leader agrees what it proposes; Long An agreed on 08/01/2026; Bình Sơn said nothing
      const answeredAt =
        key === leader
          ? new Date(Date.UTC(YEAR + 1, 0, 5, 2, 0))
          : key === 'long-an'
            ? new Date(Date.UTC(YEAR + 1, 0, 8, 3, 15))
            : null
      return {
        tenantId,
        blockId,
        organizationId: unit(key),
        // signed at the covenant conference, 15/01/2025 from 09:30 (Vietnam time)
        acceptedAt: signed ? new Date(Date.UTC(YEAR, 0, 15, 2, 30 + i * 5)) : null,
        acceptedById: signed ? userId(tenant.users, HEADS[key]) : null,
        ...(signed && answeredAt
          ? {
              scoreResponse: 'DONG_Y' as const,
              scoreRespondedAt: answeredAt,
              scoreRespondedById: userId(tenant.users, HEADS[key]),
            }
          : {}),
      }
    }),
  })
  const criterionIds = CRITERIA.map(() => randomUUID())
  await db.blockCriterion.createMany({
    data: CRITERIA.map(([name, max, kind], position) => ({
      id: criterionIds[position],
      tenantId,
      blockId,
      position,
      name,
      kind,
      maxPoints: toDecimalString(max),
    })),
  })
  await db.blockScore.createMany({
    data: members.flatMap((key) =>
      (AGREED[key] ?? []).map((agreed, i) => ({
        tenantId,
        criterionId: criterionIds[i],
        organizationId: unit(key),
        // units score themselves a little above what the block agrees, never above the maximum
        selfScore: toDecimalString(CRITERIA[i][2] === 'TRU' ? agreed : Math.min(CRITERIA[i][1], agreed + 50)),
        evidence: `Báo cáo tổng kết năm ${YEAR} của đơn vị, mục ${i + 1}.`,
        agreedScore: toDecimalString(agreed),
      })),
    ),
  })
  return blockId
}
