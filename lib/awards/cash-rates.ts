// The rates that turn an award into money, as dated rows: the base salary (lương cơ sở) and, per award
// and recipient, its multiple of the base salary, each with the legal text it comes from and whether it
// was confirmed from a primary text. These are the shipped defaults; a province adds its own rows in
// Quản trị (model CashRate) when a decree changes a value, and a row of the province wins from its date
// (lib/awards/cash.ts `pickRate`). Multiples are stored in thousandths (300 = 0,3 lần) so that amounts
// are exact integers.
//
// Sources (docs/domain.md §5 says how sure each is):
//  - NĐ 91/2017/NĐ-CP (achievements and decisions before 01/01/2024): Điều 69 (danh hiệu thi đua),
//    Điều 73 (Bằng khen, Giấy khen; khoản 2: a collective gets twice the individual amount).
//  - NĐ 98/2023/NĐ-CP (01/01/2024 – 30/06/2025): Điều 54 (danh hiệu thi đua); Bằng khen and Giấy khen
//    amounts and the "twice for a collective" rule as NĐ 91/2017 (article not confirmed).
//  - NĐ 152/2025/NĐ-CP (from 01/07/2025): the same multiples, reported by the press; not yet read in the text.
import type { Issuer } from './authority'
import type { AwardCode } from './catalog'
import { LEGAL_BASES } from './legal-bases'

export type Recipient = 'INDIVIDUAL' | 'COLLECTIVE'
export type CashRateKind = 'BASE_SALARY' | 'MULTIPLE'

export type CashRate = {
  kind: CashRateKind
  award: AwardCode | null
  recipient: Recipient | null
  /**
   * whose Giấy khen the row prices (e.g. the Chủ tịch UBND xã's own); absent: every issuer without a row of
   * its own (lib/awards/cash.ts `cashAward`)
   */
  issuer?: Issuer
  /** đồng (BASE_SALARY) or thousandths of the base salary (MULTIPLE) */
  value: number
  from: string // ISO date, first day in force
  to?: string // ISO date, first day no longer in force
  source: string
  confirmed: boolean
  /** shipped with the app (false: added by the province) */
  shipped: boolean
}

const salary = (from: string, to: string | undefined, value: number, source: string, confirmed = true): CashRate => ({
  kind: 'BASE_SALARY',
  award: null,
  recipient: null,
  value,
  from,
  ...(to ? { to } : {}),
  source,
  confirmed,
  shipped: true,
})

/** Base salary by decree. 2.530.000 đ from 01/07/2026 is reported (NĐ 161/2026/NĐ-CP) but not confirmed. */
export const SHIPPED_BASE_SALARY: readonly CashRate[] = [
  salary('2017-07-01', '2018-07-01', 1_300_000, 'Nghị định 47/2017/NĐ-CP'),
  salary('2018-07-01', '2019-07-01', 1_390_000, 'Nghị định 72/2018/NĐ-CP'),
  salary('2019-07-01', '2023-07-01', 1_490_000, 'Nghị định 38/2019/NĐ-CP'),
  salary('2023-07-01', '2024-07-01', 1_800_000, 'Nghị định 24/2023/NĐ-CP'),
  salary('2024-07-01', '2026-07-01', 2_340_000, 'Nghị định 73/2024/NĐ-CP'),
  salary('2026-07-01', undefined, 2_530_000, 'Nghị định 161/2026/NĐ-CP (theo nguồn thứ cấp)', false),
]

type Period = { from: string; to?: string }
type Row = [AwardCode, Recipient, number, string, boolean] // award, recipient, thousandths, article, confirmed

function multiples(period: Period, decree: string, rows: Row[]): CashRate[] {
  return rows.map(([award, recipient, value, article, confirmed]) => ({
    kind: 'MULTIPLE',
    award,
    recipient,
    value,
    from: period.from,
    ...(period.to ? { to: period.to } : {}),
    source: `${decree}, ${article}`,
    confirmed,
    shipped: true,
  }))
}

/** The awards a province decides and pays, with their multiples; the same table in the three periods. */
const TABLE = (titles: string, certificates: string, titlesConfirmed: boolean, certificatesConfirmed: boolean) =>
  [
    ['LDTT', 'INDIVIDUAL', 300, titles, titlesConfirmed],
    ['CSTD_CO_SO', 'INDIVIDUAL', 1000, titles, titlesConfirmed],
    ['CSTD_TINH', 'INDIVIDUAL', 3000, titles, titlesConfirmed],
    ['CSTD_TOAN_QUOC', 'INDIVIDUAL', 4500, titles, titlesConfirmed],
    ['TAP_THE_LDTT', 'COLLECTIVE', 800, titles, titlesConfirmed],
    ['TAP_THE_LDXS', 'COLLECTIVE', 1500, titles, titlesConfirmed],
    ['CO_THI_DUA_TINH', 'COLLECTIVE', 8000, titles, titlesConfirmed],
    ['GIAY_KHEN', 'INDIVIDUAL', 300, certificates, certificatesConfirmed],
    ['GIAY_KHEN', 'COLLECTIVE', 600, certificates, certificatesConfirmed],
    ['BANG_KHEN_TINH', 'INDIVIDUAL', 1000, certificates, certificatesConfirmed],
    ['BANG_KHEN_TINH', 'COLLECTIVE', 2000, certificates, certificatesConfirmed],
  ] satisfies Row[]

export const SHIPPED_MULTIPLES: readonly CashRate[] = [
  ...multiples(
    LEGAL_BASES.LAW_2003,
    'Nghị định 91/2017/NĐ-CP',
    TABLE('Điều 69', 'Điều 73 (tập thể gấp hai lần cá nhân: điểm b khoản 2 Điều 73)', false, false),
  ),
  ...multiples(
    LEGAL_BASES.ND_98_2023,
    'Nghị định 98/2023/NĐ-CP',
    TABLE('Điều 54', 'mức tiền thưởng Bằng khen, Giấy khen (điều khoản chưa xác nhận)', true, false),
  ),
  ...multiples(
    LEGAL_BASES.ND_152_2025,
    'Nghị định 152/2025/NĐ-CP',
    TABLE('mức tiền thưởng danh hiệu thi đua', 'mức tiền thưởng Bằng khen, Giấy khen', false, false),
  ),
]

/**
 * The Giấy khen of the Chủ tịch UBND cấp xã (Luật 2022 Art. 80(3)): 0,15 lần for an individual under NĐ 91/2017
 * Điều 73 (as cited by docs/domain.md §5; the pre-2024 rules never route a Giấy khen to the commune, so the row
 * is for completeness), carried for NĐ 98/2023 (article not read); from 01/07/2025 the commune chairman gives the
 * base-level Giấy khen in place of the district (NĐ 129/2025), shipped at the base-level 0,3 until NĐ 152/2025's
 * own figure is read. A collective: twice the individual. All "chưa xác nhận".
 */
const communeGiayKhen = (period: Period, value: number, source: string): CashRate[] =>
  (['INDIVIDUAL', 'COLLECTIVE'] as const).map((recipient) => ({
    kind: 'MULTIPLE',
    award: 'GIAY_KHEN',
    recipient,
    issuer: 'CHU_TICH_UBND_XA',
    value: recipient === 'INDIVIDUAL' ? value : value * 2,
    from: period.from,
    ...(period.to ? { to: period.to } : {}),
    source,
    confirmed: false,
    shipped: true,
  }))

export const SHIPPED_COMMUNE_GIAY_KHEN: readonly CashRate[] = [
  ...communeGiayKhen(
    LEGAL_BASES.LAW_2003,
    150,
    'Nghị định 91/2017/NĐ-CP, Điều 73: Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã 0,15 lần (tập thể gấp hai lần)',
  ),
  ...communeGiayKhen(
    LEGAL_BASES.ND_98_2023,
    150,
    'Nghị định 98/2023/NĐ-CP, mức tiền thưởng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã 0,15 lần như Nghị định 91/2017/NĐ-CP (điều khoản chưa xác nhận)',
  ),
  ...communeGiayKhen(
    LEGAL_BASES.ND_152_2025,
    300,
    'Nghị định 152/2025/NĐ-CP, Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã (cấp cơ sở từ 01/07/2025) như Giấy khen cấp cơ sở 0,3 lần (mức riêng cho cấp xã chưa xác nhận)',
  ),
]

/** Rounding up to the next 10.000 đ, per period, with its source. */
export const CASH_ROUNDING: readonly { from: string; to?: string; step: number; source: string; confirmed: boolean }[] =
  [
    {
      ...LEGAL_BASES.LAW_2003,
      step: 10_000,
      source: 'Nghị định 91/2017/NĐ-CP, khoản 2 Điều 68: làm tròn số lên hàng chục nghìn đồng',
      confirmed: false,
    },
    {
      ...LEGAL_BASES.ND_98_2023,
      step: 10_000,
      source:
        'Nghị định 98/2023/NĐ-CP, nguyên tắc tính tiền thưởng: “Tiền thưởng sau khi nhân với hệ số mức lương cơ sở được làm tròn số lên hàng chục nghìn đồng tiền Việt Nam”',
      confirmed: false,
    },
    {
      ...LEGAL_BASES.ND_152_2025,
      step: 10_000,
      source: 'Nghị định 152/2025/NĐ-CP, nguyên tắc tính tiền thưởng: làm tròn số lên hàng chục nghìn đồng',
      confirmed: false,
    },
  ]

export const SHIPPED_RATES: readonly CashRate[] = [
  ...SHIPPED_BASE_SALARY,
  ...SHIPPED_MULTIPLES,
  ...SHIPPED_COMMUNE_GIAY_KHEN,
]

/** "0,3" for 300 thousandths; "2.530.000 đ" for a base salary. */
export function formatRateValue(rate: Pick<CashRate, 'kind' | 'value'>): string {
  if (rate.kind === 'MULTIPLE') return String(rate.value / 1000).replace('.', ',') + ' lần'
  return String(rate.value).replace(/\B(?=(\d{3})+(?!\d))/g, '.') + ' đ'
}
