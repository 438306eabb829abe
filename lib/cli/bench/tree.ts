// The organisation tree of a generated province: tỉnh → sở; tỉnh → huyện → phòng, xã → trường.
// Rows carry the materialised path and depth exactly as lib/seed/demo.ts seedTenant builds them,
// parents before children. Deterministic names; ids are random.
import { randomUUID } from 'node:crypto'
import type { Prisma } from '../../generated/prisma/client'
import type { OrgKind, OrgLevel } from '../../generated/prisma/enums'
import { childPath } from '../../auth/scope'
import type { ScaleSpec } from './scale'

export type Unit = {
  id: string
  parentId: string | null
  path: string
  name: string
  level: OrgLevel
  kind: OrgKind
  depth: number
}

export type Tree = {
  rows: Prisma.OrganizationCreateManyInput[]
  all: Unit[]
  root: Unit
  districts: Unit[]
  communes: Unit[]
  /** every committee (CHINH_QUYEN): the root, the districts and the communes */
  committees: Unit[]
}

const SYLLABLES = [
  'An',
  'Bình',
  'Cát',
  'Đông',
  'Hòa',
  'Long',
  'Phú',
  'Tân',
  'Thạnh',
  'Xuân',
  'Phước',
  'Hưng',
  'Lộc',
  'Mỹ',
  'Sơn',
  'Thuận',
  'Vĩnh',
  'Trung',
  'Hiệp',
  'Nhơn',
]
const placeName = (i: number) => `${SYLLABLES[i % SYLLABLES.length]} ${SYLLABLES[(i * 7 + 3) % SYLLABLES.length]}`

const PROVINCE_AGENCIES: [string, OrgKind][] = [
  ['Sở Nội vụ', 'CO_QUAN'],
  ['Sở Tài chính', 'CO_QUAN'],
  ['Sở Kế hoạch và Đầu tư', 'CO_QUAN'],
  ['Sở Giáo dục và Đào tạo', 'CO_QUAN'],
  ['Sở Y tế', 'CO_QUAN'],
  ['Sở Tư pháp', 'CO_QUAN'],
  ['Sở Xây dựng', 'CO_QUAN'],
  ['Sở Giao thông vận tải', 'CO_QUAN'],
  ['Sở Công Thương', 'CO_QUAN'],
  ['Sở Nông nghiệp và Phát triển nông thôn', 'CO_QUAN'],
  ['Sở Tài nguyên và Môi trường', 'CO_QUAN'],
  ['Sở Lao động - Thương binh và Xã hội', 'CO_QUAN'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'CO_QUAN'],
  ['Sở Khoa học và Công nghệ', 'CO_QUAN'],
  ['Sở Thông tin và Truyền thông', 'CO_QUAN'],
  ['Thanh tra tỉnh', 'CO_QUAN'],
  ['Văn phòng Ủy ban nhân dân tỉnh', 'CO_QUAN'],
  ['Ban Quản lý các Khu công nghiệp', 'CO_QUAN'],
  ['Liên đoàn Lao động tỉnh', 'DOAN_THE'],
  ['Ủy ban MTTQ Việt Nam tỉnh', 'DOAN_THE'],
]

const DISTRICT_AGENCIES: [string, OrgKind][] = [
  ['Phòng Nội vụ', 'CO_QUAN'],
  ['Phòng Tài chính - Kế hoạch', 'CO_QUAN'],
  ['Phòng Giáo dục và Đào tạo', 'CO_QUAN'],
  ['Phòng Y tế', 'CO_QUAN'],
  ['Phòng Tư pháp', 'CO_QUAN'],
  ['Phòng Văn hóa và Thông tin', 'CO_QUAN'],
  ['Phòng Tài nguyên và Môi trường', 'CO_QUAN'],
  ['Phòng Kinh tế', 'CO_QUAN'],
  ['Phòng Lao động - Thương binh và Xã hội', 'CO_QUAN'],
  ['Văn phòng HĐND và UBND', 'CO_QUAN'],
  ['Thanh tra', 'CO_QUAN'],
  ['Ủy ban MTTQ Việt Nam', 'DOAN_THE'],
]

/** Builds the rows of one province's tree (nothing is written). */
export function buildTree(tenantId: string, provinceName: string, spec: ScaleSpec, validFrom: Date): Tree {
  const rows: Tree['rows'] = []
  const all: Unit[] = []
  const add = (parent: Unit | null, name: string, kind: OrgKind, level: OrgLevel): Unit => {
    const id = randomUUID()
    const unit: Unit = {
      id,
      parentId: parent?.id ?? null,
      path: childPath(parent?.path ?? null, id),
      name,
      level,
      kind,
      depth: parent ? parent.depth + 1 : 0,
    }
    rows.push({
      id,
      tenantId,
      parentId: unit.parentId,
      name,
      kind,
      level,
      path: unit.path,
      depth: unit.depth,
      validFrom,
    })
    all.push(unit)
    return unit
  }

  const root = add(null, `Ủy ban nhân dân tỉnh ${provinceName}`, 'CHINH_QUYEN', 'TINH')
  const districts: Unit[] = []
  const communes: Unit[] = []
  for (let a = 0; a < spec.provinceAgencies; a++) {
    const [name, kind] = PROVINCE_AGENCIES[a % PROVINCE_AGENCIES.length]
    add(root, `${name} ${provinceName}`, kind, 'TINH')
  }
  for (let d = 0; d < spec.districts; d++) {
    const districtName = placeName(d)
    const district = add(root, `Ủy ban nhân dân huyện ${districtName}`, 'CHINH_QUYEN', 'HUYEN')
    districts.push(district)
    for (let a = 0; a < spec.districtAgencies; a++) {
      const [name, kind] = DISTRICT_AGENCIES[a % DISTRICT_AGENCIES.length]
      add(district, `${name} huyện ${districtName}`, kind, 'HUYEN')
    }
    for (let c = 0; c < spec.communesPerDistrict; c++) {
      const communeName = placeName(d * 31 + c * 3 + 1)
      const prefix = c === 0 ? 'thị trấn' : 'xã'
      const commune = add(district, `Ủy ban nhân dân ${prefix} ${communeName}`, 'CHINH_QUYEN', 'XA')
      communes.push(commune)
      if (c % spec.schoolEvery === 0) add(commune, `Trường Tiểu học ${communeName}`, 'SU_NGHIEP', 'XA')
    }
  }
  return { rows, all, root, districts, communes, committees: all.filter((u) => u.kind === 'CHINH_QUYEN') }
}
