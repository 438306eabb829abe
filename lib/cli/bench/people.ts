// People of every unit of a generated province, each with a rating for the last three years.
import { randomUUID } from 'node:crypto'
import type { Prisma } from '../../generated/prisma/client'
import type { Gender, OrgKind, TaskRating } from '../../generated/prisma/enums'
import { lastRatingYears } from '../../people/labels'
import { searchKey } from '../../plans/periods'
import { personName, type Random } from './random'
import type { Unit } from './tree'

export type PeopleRows = {
  people: Prisma.PersonCreateManyInput[]
  records: Prisma.PersonYearRecordCreateManyInput[]
  /** person ids by unit id, leaders first */
  byUnit: Map<string, string[]>
}

const LEADERS: Record<OrgKind, [string, string]> = {
  CHINH_QUYEN: ['Chủ tịch Ủy ban nhân dân', 'Phó Chủ tịch Ủy ban nhân dân'],
  CO_QUAN: ['Thủ trưởng cơ quan', 'Phó Thủ trưởng cơ quan'],
  DOAN_THE: ['Chủ tịch', 'Phó Chủ tịch'],
  SU_NGHIEP: ['Hiệu trưởng', 'Phó Hiệu trưởng'],
  DOANH_NGHIEP: ['Giám đốc', 'Phó Giám đốc'],
  KHAC: ['Trưởng đơn vị', 'Phó Trưởng đơn vị'],
}
const STAFF = [
  'Chuyên viên',
  'Chuyên viên chính',
  'Công chức Văn phòng - Thống kê',
  'Công chức Tư pháp - Hộ tịch',
  'Công chức Tài chính - Kế toán',
  'Chuyên viên theo dõi thi đua, khen thưởng',
  'Kế toán',
  'Văn thư',
  'Giáo viên',
]

/** Mostly HTT, some HTXS, a few HT, rarely KHT. */
function rating(random: Random): TaskRating {
  const r = random.next()
  return r < 0.15 ? 'HTXS' : r < 0.85 ? 'HTT' : r < 0.97 ? 'HT' : 'KHT'
}

/** Spreads `total` people over the units, unevenly (half to one and a half times the mean). */
function headcounts(units: readonly Unit[], total: number, random: Random) {
  const mean = total / units.length
  return units.map(() => Math.max(3, Math.round(mean * (0.5 + random.next()))))
}

export function buildPeople(tenantId: string, units: readonly Unit[], total: number, random: Random): PeopleRows {
  const rows: PeopleRows = { people: [], records: [], byUnit: new Map() }
  const years = lastRatingYears()
  const counts = headcounts(units, total, random)
  units.forEach((unit, u) => {
    const ids: string[] = []
    for (let i = 0; i < counts[u]; i++) {
      const id = randomUUID()
      const gender: Gender = random.next() < 0.45 ? 'NU' : 'NAM'
      const fullName = personName(random, gender)
      const isLeader = i < 2
      rows.people.push({
        id,
        tenantId,
        organizationId: unit.id,
        fullName,
        gender,
        birthDate: new Date(Date.UTC(random.int(1965, 2000), random.int(0, 11), random.int(1, 28))),
        position: isLeader ? LEADERS[unit.kind][i] : random.pick(STAFF),
        isLeader,
        active: random.next() > 0.03,
        searchText: searchKey(fullName),
      })
      for (const year of years)
        rows.records.push({ tenantId, personId: id, year, rating: rating(random), organizationId: unit.id })
      ids.push(id)
    }
    rows.byUnit.set(unit.id, ids)
  })
  return rows
}
