// Points of the block criteria and scores. Every computation is in integer hundredths of a point
// (10,5 → 1050), so totals never carry floating-point errors; strings and numbers only at the edges.

/** Decimal(7,2) columns: at most 99 999,99. Criteria and scores stay far below. */
export const MAX_POINTS_HUNDREDTHS = 100_000 // 1 000 points
const POINTS = /^(\d{1,5})(?:[.,](\d{1,2}))?$/

/** Reads what a user typed ("10", "10,5", "9.75") into hundredths; null when it is not such a number. */
export function parsePoints(text: string): number | null {
  const match = POINTS.exec(text.trim())
  if (!match) return null
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
}

/** A Decimal from the database (Prisma.Decimal, or its string) in hundredths. */
export function toHundredths(value: { toFixed(digits: number): string } | string): number {
  const text = typeof value === 'string' ? value : value.toFixed(2)
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim())
  if (!match) throw new RangeError(`Not a 2-decimal number: ${text}`)
  const magnitude = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'))
  return match[1] ? -magnitude : magnitude
}

/** For writing to a Decimal column: 1050 → "10.50". */
export function toDecimalString(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : ''
  const abs = Math.abs(hundredths)
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** For the boundary to other features: 1050 → 10.5. */
export const toPointsNumber = (hundredths: number) => Number(toDecimalString(hundredths))

/**
 * As Vietnamese readers write it: 1050 → "10,5", 1000 → "10", 1025 → "10,25", 123400 → "1.234".
 * Without grouping ("1234") for the value of an input, which parsePoints reads back.
 */
export function formatPoints(hundredths: number, options: { grouping?: boolean } = {}): string {
  const sign = hundredths < 0 ? '-' : ''
  const abs = Math.abs(hundredths)
  const digits = String(Math.trunc(abs / 100))
  const whole = options.grouping === false ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  const cents = abs % 100
  if (cents === 0) return `${sign}${whole}`
  return `${sign}${whole},${String(cents).padStart(2, '0').replace(/0$/, '')}`
}

/** Why a score cannot be saved for a criterion, or null when it is within 0..max. */
export function scoreError(value: number, criterion: { name: string; maxHundredths: number }): string | null {
  if (!Number.isSafeInteger(value) || value < 0) return 'Điểm phải là số không âm, tối đa 2 chữ số thập phân.'
  if (value > criterion.maxHundredths) {
    return `Điểm vượt mức tối đa ${formatPoints(criterion.maxHundredths)} của tiêu chí “${criterion.name}”.`
  }
  return null
}

export const sumPoints = (values: readonly number[]) => values.reduce((total, v) => total + v, 0)
