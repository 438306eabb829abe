// A small seeded random generator, so that two runs of the benchmark generate the same shape of data.

export type Random = {
  /** a float in [0, 1) */
  next: () => number
  /** an integer in [min, max] */
  int: (min: number, max: number) => number
  pick: <T>(items: readonly T[]) => T
}

/** mulberry32: tiny, fast, good enough for test data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]
  return { next, int, pick }
}

const FAMILY = [
  'Nguyễn',
  'Nguyễn',
  'Nguyễn',
  'Trần',
  'Trần',
  'Lê',
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
  NAM: ['Văn', 'Văn', 'Minh', 'Quốc', 'Đức', 'Hữu', 'Thanh', 'Công', 'Xuân', 'Ngọc'],
  NU: ['Thị', 'Thị', 'Thị Thu', 'Ngọc', 'Thị Kim', 'Thị Thanh', 'Bích', 'Thị Mỹ', 'Hồng'],
} as const
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
    'Hiếu',
    'Trung',
    'Kiên',
    'Lâm',
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
    'Hoa',
    'Vân',
    'Tâm',
    'Hiền',
  ],
} as const

export function personName(random: Random, gender: 'NAM' | 'NU') {
  return `${random.pick(FAMILY)} ${random.pick(MIDDLE[gender])} ${random.pick(GIVEN[gender])}`
}
