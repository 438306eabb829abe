// Demo people for the seed: realistic Vietnamese staff of a few units, with three years of ratings, some
// initiatives and one discipline. Deterministic (every value is derived from indexes), written as the
// owner with one createMany per table.
import { randomUUID } from 'node:crypto'
import type { Prisma, PrismaClient } from '../generated/prisma/client'
import type { Gender, TaskRating } from '../generated/prisma/enums'
import { nameKey } from './identity'

export const DEMO_PEOPLE_NOTE =
  'Cán bộ mẫu: 8–12 người (nam và nữ, lãnh đạo và người trực tiếp công tác) ở mỗi đơn vị tinh, so-noi-vu, long-thanh, ' +
  'pnv-long-thanh, an-phuoc, long-an, cam-duong (nếu có), xếp loại các năm 2023–2025 (phần lớn HTT, một số HTXS, ít HT), ' +
  'vài sáng kiến cấp cơ sở (một sáng kiến đã dùng làm tiêu chí CSTĐ cơ sở 2024), một sáng kiến cấp tỉnh và một kỷ luật khiển trách còn hiệu lực. ' +
  'Chủ tịch UBND xã An Phước có thêm xếp loại 2022 và sáng kiến cấp tỉnh năm 2024 (hồ sơ mẫu đề nghị CSTĐ cấp tỉnh 2024).'

type Profile = { positions: [string, boolean][] }
const COMMUNE: Profile = {
  positions: [
    ['Chủ tịch Ủy ban nhân dân', true],
    ['Phó Chủ tịch Ủy ban nhân dân', true],
    ['Công chức Văn phòng - Thống kê', false],
    ['Công chức Tư pháp - Hộ tịch', false],
    ['Công chức Địa chính - Xây dựng', false],
    ['Công chức Tài chính - Kế toán', false],
    ['Công chức Văn hóa - Xã hội', false],
    ['Chỉ huy trưởng Ban Chỉ huy Quân sự', true],
    ['Công chức Nội vụ', false],
  ],
}
const COMMITTEE: Profile = {
  positions: [
    ['Chủ tịch Ủy ban nhân dân', true],
    ['Phó Chủ tịch Ủy ban nhân dân', true],
    ['Chánh Văn phòng', true],
    ['Phó Chánh Văn phòng', true],
    ['Chuyên viên tổng hợp', false],
    ['Chuyên viên pháp chế', false],
    ['Chuyên viên kiểm soát thủ tục hành chính', false],
    ['Văn thư', false],
  ],
}
const AGENCY: Profile = {
  positions: [
    ['Trưởng phòng', true],
    ['Phó Trưởng phòng', true],
    ['Chuyên viên theo dõi thi đua, khen thưởng', false],
    ['Chuyên viên tổ chức bộ máy', false],
    ['Chuyên viên cải cách hành chính', false],
    ['Chuyên viên công chức, viên chức', false],
    ['Kế toán', false],
  ],
}
const DEPARTMENT: Profile = { positions: [['Giám đốc Sở', true], ['Phó Giám đốc Sở', true], ...AGENCY.positions] }
/** The posts of a commune, a provincial or district committee office, an agency, a department. */
export const DEMO_PROFILES = { COMMUNE, COMMITTEE, AGENCY, DEPARTMENT } as const
/** unit key, its profile, and optionally how many people (otherwise 8–12) */
export type DemoUnit = [string, Profile, number?]

const UNITS: DemoUnit[] = [
  ['tinh', COMMITTEE],
  ['so-noi-vu', DEPARTMENT],
  ['long-thanh', COMMITTEE],
  ['pnv-long-thanh', AGENCY],
  ['an-phuoc', COMMUNE],
  ['long-an', COMMUNE],
  ['cam-duong', COMMUNE],
]

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
]
const MIDDLE = {
  NAM: ['Văn', 'Minh', 'Quốc', 'Đức', 'Hữu', 'Thanh', 'Công'],
  NU: ['Thị', 'Thị Thu', 'Ngọc', 'Thị Kim', 'Thị Thanh', 'Bích'],
}
const GIVEN = {
  NAM: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Hải',
    'Hùng',
    'Khoa',
    'Long',
    'Nam',
    'Phúc',
    'Quang',
    'Sơn',
    'Tài',
    'Thắng',
    'Tuấn',
    'Việt',
  ],
  NU: [
    'Anh',
    'Chi',
    'Dung',
    'Giang',
    'Hà',
    'Hạnh',
    'Hương',
    'Lan',
    'Linh',
    'Mai',
    'Ngân',
    'Nhung',
    'Phương',
    'Thảo',
    'Trang',
    'Yến',
  ],
}
const INITIATIVES = [
  'Ứng dụng phần mềm theo dõi hồ sơ thi đua, khen thưởng trên môi trường mạng',
  'Cải tiến quy trình tiếp nhận và trả kết quả thủ tục hành chính theo cơ chế một cửa',
  'Số hóa sổ hộ tịch giai đoạn 2010–2020 phục vụ tra cứu trực tuyến',
  'Giải pháp nâng cao tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình',
  'Xây dựng bộ tiêu chí chấm điểm thi đua khối xã, phường, thị trấn',
  'Mô hình "Dân vận khéo" trong vận động nhân dân hiến đất mở rộng đường giao thông nông thôn',
]
const YEARS = [2023, 2024, 2025]

/** Mostly HTT, about one in five HTXS, a rare HT. */
function ratingOf(g: number, y: number): TaskRating {
  const score = (g * 7 + y * 3) % 20
  if (score < 4) return 'HTXS'
  return score === 19 && g % 2 === 0 ? 'HT' : 'HTT'
}

/**
 * Seeds the people of `options.units` (default: the units above). `first` offsets the deterministic
 * name sequence so that a second call gives other names; `discipline: false` leaves discipline out.
 */
export async function seedDemoPeople(
  db: PrismaClient,
  tenant: { id: string; units: Map<string, string> },
  options: { units?: DemoUnit[]; years?: number[]; first?: number; discipline?: boolean } = {},
) {
  const tenantId = tenant.id
  const years = options.years ?? YEARS
  const people: Prisma.PersonCreateManyInput[] = []
  const assignments: Prisma.PersonAssignmentCreateManyInput[] = []
  const records: Prisma.PersonYearRecordCreateManyInput[] = []
  const initiatives: Prisma.InitiativeCreateManyInput[] = []
  const uses: Prisma.InitiativeUseCreateManyInput[] = []
  const disciplines: Prisma.DisciplineCreateManyInput[] = []
  let g = options.first ?? 0
  let disciplined = options.discipline === false

  ;(options.units ?? UNITS).forEach(([key, profile, size], u) => {
    const organizationId = tenant.units.get(key)
    if (!organizationId) return
    const count = size ?? 8 + ((u * 3) % 5)
    for (let i = 0; i < count; i++, g++) {
      const id = randomUUID()
      const gender: Gender = (i * 3 + u) % 5 < 2 ? 'NU' : 'NAM'
      const fullName = `${FAMILY[(g * 7 + u) % FAMILY.length]} ${MIDDLE[gender][(g + i) % MIDDLE[gender].length]} ${GIVEN[gender][(g * 3 + u) % 16]}`
      // One of each post first, then more staff (never a second head of the unit).
      const workers = profile.positions.filter(([, leader]) => !leader)
      const [position, isLeader] =
        i < profile.positions.length ? profile.positions[i] : workers[(i - profile.positions.length) % workers.length]
      const birthDate = new Date(Date.UTC(1966 + ((g * 7) % 32), (g * 5) % 12, ((g * 11) % 28) + 1))
      const fromDate = new Date(Date.UTC(2015 + (g % 8), (g * 5) % 12, 1))
      people.push({
        id,
        tenantId,
        organizationId,
        fullName,
        gender,
        birthDate,
        position,
        isLeader,
        searchText: nameKey(fullName),
      })
      assignments.push({ tenantId, personId: id, organizationId, position, fromDate })
      // The first worker of the first commune was reprimanded in 2025 (and rated HT that year).
      const punished = !disciplined && profile === COMMUNE && !isLeader
      if (punished) {
        disciplined = true
        disciplines.push({
          tenantId,
          personId: id,
          year: 2025,
          level: 'KHIEN_TRACH',
          decidedOn: new Date(Date.UTC(2025, 7, 15)),
          startsOn: new Date(Date.UTC(2025, 7, 15)),
          endsOn: new Date(Date.UTC(2026, 7, 14)),
          reference: 'Quyết định số 112/QĐ-UBND ngày 15/08/2025',
          note: 'Vi phạm quy định về thời hạn giải quyết thủ tục hành chính',
          active: true,
        })
      }
      // The head of xã An Phước is the demo dossier's CSTĐ cấp tỉnh 2024 nominee (lib/seed/demo-dossier.ts):
      // rated HTXS 2022–2024 (so the award history makes him CSTĐ cơ sở three years running) and an
      // initiative recognised province-wide in 2024 that no award has used yet.
      const demoNominee = key === 'an-phuoc' && i === 0
      if (demoNominee) records.push({ tenantId, personId: id, year: 2022, rating: 'HTXS', organizationId })
      for (const year of years) {
        const rating = punished && year === 2025 ? 'HT' : demoNominee && year <= 2024 ? 'HTXS' : ratingOf(g, year)
        records.push({ tenantId, personId: id, year, rating, organizationId })
        // A few initiatives accompany an HTXS year; the very first is recognised province-wide.
        if (!demoNominee && rating === 'HTXS' && g % 3 === 0 && initiatives.length < 6) {
          const level = initiatives.length === 0 ? 'TINH' : 'CO_SO'
          const initiativeId = randomUUID()
          if (level === 'CO_SO' && year === 2024 && !uses.length)
            uses.push({ tenantId, initiativeId, personId: id, award: 'CSTD_CO_SO', year, note: 'Dữ liệu mẫu' })
          initiatives.push({
            id: initiativeId,
            tenantId,
            personId: id,
            year,
            title: INITIATIVES[initiatives.length],
            level,
            recognizedBy: level === 'TINH' ? 'Hội đồng Sáng kiến tỉnh' : 'Hội đồng Sáng kiến cơ sở',
          })
        }
      }
      if (demoNominee)
        initiatives.push({
          tenantId,
          personId: id,
          year: 2024,
          title: 'Số hóa hồ sơ một cửa cấp xã, kết nối Cổng dịch vụ công tỉnh',
          level: 'TINH',
          recognizedBy: 'Hội đồng Sáng kiến tỉnh',
        })
    }
  })

  if (people.length === 0) return { people: 0 }
  await db.person.createMany({ data: people })
  await db.personAssignment.createMany({ data: assignments })
  await db.personYearRecord.createMany({ data: records })
  if (initiatives.length) await db.initiative.createMany({ data: initiatives })
  if (uses.length) await db.initiativeUse.createMany({ data: uses })
  if (disciplines.length) await db.discipline.createMany({ data: disciplines })
  return { people: people.length }
}
