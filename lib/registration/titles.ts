// Emulation titles (danh hiệu thi đua) a unit and its people can register for. Codes are those of the
// award catalog (lib/awards/catalog.ts), so registrations, dossiers and the award history agree.

export const INDIVIDUAL_TITLES = [
  { code: 'LDTT', label: 'Lao động tiên tiến' },
  { code: 'CSTD_CO_SO', label: 'Chiến sĩ thi đua cơ sở' },
  { code: 'CSTD_TINH', label: 'Chiến sĩ thi đua cấp tỉnh' },
  { code: 'CSTD_TOAN_QUOC', label: 'Chiến sĩ thi đua toàn quốc' },
] as const

export const COLLECTIVE_TITLES = [
  { code: 'TAP_THE_LDTT', label: 'Tập thể Lao động tiên tiến' },
  { code: 'TAP_THE_LDXS', label: 'Tập thể Lao động xuất sắc' },
  { code: 'CO_THI_DUA_TINH', label: 'Cờ thi đua cấp tỉnh' },
] as const

export type IndividualTitle = (typeof INDIVIDUAL_TITLES)[number]['code']
export type CollectiveTitle = (typeof COLLECTIVE_TITLES)[number]['code']

export const INDIVIDUAL_CODES = INDIVIDUAL_TITLES.map((t) => t.code) as [IndividualTitle, ...IndividualTitle[]]
export const COLLECTIVE_CODES = COLLECTIVE_TITLES.map((t) => t.code) as [CollectiveTitle, ...CollectiveTitle[]]

const LABELS: Record<string, string> = Object.fromEntries(
  [...INDIVIDUAL_TITLES, ...COLLECTIVE_TITLES].map((t) => [t.code, t.label]),
)
export const titleLabel = (code: string | null | undefined) => (code ? (LABELS[code] ?? code) : '—')

/** Individual titles that include being LĐTT (a CSTĐ is also LĐTT that year). */
export const AT_LEAST_LDTT: readonly string[] = ['LDTT', 'CSTD_CO_SO', 'CSTD_TINH', 'CSTD_TOAN_QUOC']
