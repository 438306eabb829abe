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
 * Which day picks the law for a dossier's criteria. By default the achievement period (the criteria of the
 * text in force when the achievement was made); a transition clause of a new text may instead keep the old
 * text for dossiers received complete before it took effect, or apply the new one to all received after
 * (e.g. "hồ sơ đã tiếp nhận trước ngày … tiếp tục thực hiện theo …"). Each entry covers dossiers received
 * during its period; `DOSSIER_RECEIVED` reads the law on the day the complete dossier was received.
 */
export type CriteriaBasis = 'ACHIEVEMENT_PERIOD' | 'DOSSIER_RECEIVED'

export const CRITERIA_TRANSITIONS: readonly Effective<CriteriaBasis>[] = [
  during(LEGAL_BASES.LAW_2003, 'ACHIEVEMENT_PERIOD'),
  during(
    LEGAL_BASES.ND_98_2023,
    'ACHIEVEMENT_PERIOD',
    'Luật Thi đua, khen thưởng 2022, điều khoản chuyển tiếp (chưa xác nhận)',
  ),
  during(
    LEGAL_BASES.ND_152_2025,
    'ACHIEVEMENT_PERIOD',
    'Nghị định 152/2025/NĐ-CP, điều khoản chuyển tiếp (chưa xác nhận)',
  ),
]

/** The day whose texts give the criteria: the end of the achievement period, or the day received if a transition says so. */
export function criteriaDay(
  dossier: { achievementEnd: string; receivedOn: string | null },
  transitions: readonly Effective<CriteriaBasis>[] = CRITERIA_TRANSITIONS,
): string {
  if (!dossier.receivedOn) return dossier.achievementEnd
  const rule = pickEffective(transitions, dossier.receivedOn)
  return rule?.value === 'DOSSIER_RECEIVED' ? dossier.receivedOn : dossier.achievementEnd
}
