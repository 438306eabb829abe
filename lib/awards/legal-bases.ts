// The legal texts the award rules come from, with the dates they apply. Rule tables (authority,
// eligibility, voting, cash) attach their values to these periods, so a new decree is one new entry.
//  - Before 2024: Luật Thi đua, khen thưởng 2003 (amended 2013) with Nghị định 91/2017/NĐ-CP
//    (in force 15/09/2017); the 2020 seed plans fall here.
//  - Luật Thi đua, khen thưởng 2022 (06/2022/QH15) in force 01/01/2024, with Nghị định 98/2023/NĐ-CP,
//    replaced from 01/07/2025 by Nghị định 152/2025/NĐ-CP (the two-tier local government starts the same day).
import { pickEffective, type Effective } from './effective'

type Period = { from: string; to?: string; source: string }

export const LEGAL_BASES = {
  LAW_2003: {
    from: '2017-09-15',
    to: '2024-01-01',
    source: 'Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2013); Nghị định 91/2017/NĐ-CP',
  },
  ND_98_2023: {
    from: '2024-01-01',
    to: '2025-07-01',
    source: 'Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP',
  },
  ND_152_2025: { from: '2025-07-01', source: 'Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP' },
} as const satisfies Record<string, Period>

/** The day local authority over base-level awards moves from the district to the commune. */
export const TWO_TIER_FROM = LEGAL_BASES.ND_152_2025.from

/** A value in force during `period`; `also` adds texts to the source (e.g. a decree for one topic). */
export function during<T>(period: Period, value: T, ...also: string[]): Effective<T> {
  const source = [period.source, ...also].join('; ')
  return period.to === undefined
    ? { from: period.from, value, source }
    : { from: period.from, to: period.to, value, source }
}

/** The same value under the 2022 Law, in both decree periods (98/2023, then 152/2025). */
export function underLaw2022<T>(value: T): Effective<T>[] {
  return [during(LEGAL_BASES.ND_98_2023, value), during(LEGAL_BASES.ND_152_2025, value)]
}

/**
 * The criteria's own periods: the 2022 Law with NĐ 98/2023, then NĐ 152/2025, then — from 01/10/2026 — the
 * 2022 Law as amended by Luật 06/2026/QH16 (reported in force that day; its text was not read, so the
 * criteria are carried unchanged and the source says "chưa xác nhận"). Authority and voting keep the
 * decree periods (`underLaw2022`): the amendment's changes to them are not known either.
 */
export const AMENDED_LAW_2026 = {
  from: '2026-10-01',
  source:
    'Luật Thi đua, khen thưởng 2022, sửa đổi, bổ sung bởi Luật 06/2026/QH16 (hiệu lực 01/10/2026, chưa xác nhận); Nghị định 152/2025/NĐ-CP',
} as const satisfies Period

export function criteriaUnderLaw2022<T>(value: T): Effective<T>[] {
  return [
    during(LEGAL_BASES.ND_98_2023, value),
    during({ ...LEGAL_BASES.ND_152_2025, to: AMENDED_LAW_2026.from }, value),
    during(AMENDED_LAW_2026, value),
  ]
}

/**
 * Which day picks the law for a dossier's criteria, by the day the complete dossier was received. By default
 * the day the dossier is considered (the achievement period: never after 31/12 of its year). A transition
 * clause of a new text may keep the old text for dossiers received complete before it took effect ("hồ sơ đã
 * tiếp nhận trước ngày … tiếp tục thực hiện theo …"): the entry covering that receipt day then says
 * `DOSSIER_RECEIVED`, and a dossier received before it is considered is judged on the texts of its receipt day.
 */
export type CriteriaBasis = 'ACHIEVEMENT_PERIOD' | 'DOSSIER_RECEIVED'

export const CRITERIA_TRANSITIONS: readonly Effective<CriteriaBasis>[] = [
  during(LEGAL_BASES.LAW_2003, 'ACHIEVEMENT_PERIOD'),
  during(
    LEGAL_BASES.ND_98_2023,
    'ACHIEVEMENT_PERIOD',
    'Nghị định 152/2025/NĐ-CP, điều khoản chuyển tiếp (chưa xác nhận; tiêu chuẩn hai thời kỳ như nhau trong phần mềm)',
  ),
  // Luật 06/2026/QH16: "hồ sơ đã được cơ quan có thẩm quyền tiếp nhận để thẩm định trước 01/10/2026 tiếp tục
  // xử lý theo Luật 06/2022/QH15" (secondary source; the more-favourable exception is not modelled).
  during(
    { ...LEGAL_BASES.ND_152_2025, to: AMENDED_LAW_2026.from },
    'DOSSIER_RECEIVED',
    'Luật 06/2026/QH16, điều khoản chuyển tiếp (theo nguồn thứ cấp, chưa xác nhận)',
  ),
  during(AMENDED_LAW_2026, 'ACHIEVEMENT_PERIOD'),
]

/** The day whose texts give the criteria: the day considered, or the earlier day received if a transition says so. */
export function criteriaDay(
  dossier: { consideredOn: string; receivedOn: string | null },
  transitions: readonly Effective<CriteriaBasis>[] = CRITERIA_TRANSITIONS,
): string {
  const { consideredOn, receivedOn } = dossier
  if (!receivedOn || receivedOn >= consideredOn) return consideredOn
  const rule = pickEffective(transitions, receivedOn)
  return rule?.value === 'DOSSIER_RECEIVED' ? receivedOn : consideredOn
}
