// Eligibility of a nominee for an award, as effective-dated rule tables. Every rule is a named check
// built from its parameters, so each threshold (70%, 3 years, 2 initiatives…) is data here, and every
// failure says which year, initiative or member fails it.
//
// Readings of docs/domain.md (Law 2022, arts. 24–28 and 71–74) where it is open:
//  - Every period is counted on the years ENDING WITH the year under consideration (`nominee.year`):
//    "3 consecutive years CSTĐ cơ sở" for CSTĐ tỉnh in 2024 means 2022, 2023 and 2024. The base
//    level decides the year's CSTĐ cơ sở first, and the provincial dossier then carries all three.
//  - "Is LĐTT" (for CSTĐ cơ sở) means holding the LĐTT title for the year or meeting its standard,
//    since both are considered in the same session.
//  - Initiatives count when recognised inside the period of the rule (the year itself for CSTĐ cơ
//    sở, the 3 years for CSTĐ tỉnh, the 2 years for Bằng khen tỉnh) and serve once, for every award.
//  - Bằng khen Thủ tướng: the Bằng khen tỉnh must be from a year before the year under consideration;
//    a thematic one counts (that is not a consecutive-year rule).
//  - Giấy khen has no standard beyond the achievement (Luật 2022 Art. 75): only the rules every nominee
//    passes (lib/awards/eligibility/blocks.ts). Awards whose standards are not entered yet (CSTĐ toàn
//    quốc, Huân chương, Anh hùng, collectives for the Bằng khen) get a failing "thẩm định thủ công"
//    check, so that nothing is reported eligible without a person having looked.
//  - Every passing check says what it relied on (evidence: initiatives, rating years, awards); the
//    appraisal stores it and the decision consumes exactly those initiatives (lib/decisions/evidence.ts).
//  - Before 2024 only LĐTT and CSTĐ cơ sở are recorded (Luật 2003, NĐ 91/2017: CSTĐ cơ sở needed an
//    initiative or research project, an excellent rating alone was not enough).
import type { AwardCode } from './catalog'
import { RECIPIENT_LABELS, acceptsRecipient, awardLabel } from './catalog'
import { type Effective, formatViDate, pickEffective } from './effective'
import { universalRules } from './eligibility/blocks'
import { consecutiveAwards, mergeEvidence } from './eligibility/common'
import { leadsBlock, memberCount, memberShare, noMemberDisciplined } from './eligibility/collective'
import {
  allOf,
  awardsInPeriod,
  appraiserWeighs,
  byRoute,
  consecutiveRatings,
  dossierIs,
  heldBefore,
  ldttInYear,
  oneAchievementInYear,
  ratingInYear,
  unusedInitiatives,
} from './eligibility/individual'
import type { AwardRuleSet, CheckStatus, EligibilityCheck, Nominee, Outcome, RuleDef } from './eligibility/types'
import { LEGAL_BASES, criteriaUnderLaw2022 as underLaw2022, during } from './legal-bases'
import { percent } from './ratio'

export type * from './eligibility/types'
export { TIE_BREAK, hasTiePriority, tieBreak } from './eligibility/tie-break'
export { RATING_LABELS, DISCIPLINE_LABELS } from './eligibility/common'
export { disciplineBlocks, disciplinePeriod } from './eligibility/blocks'

const rule = <N>(id: string, label: string, basis: string, check: RuleDef<N>['check']): RuleDef<N> => ({
  id,
  label,
  basis,
  check,
})
const std = (title: string) => `tiêu chuẩn danh hiệu “${title}”`

const LDTT: AwardRuleSet = {
  INDIVIDUAL: [
    rule(
      'ldtt-xep-loai',
      'Hoàn thành tốt nhiệm vụ trở lên',
      std('Lao động tiên tiến'),
      ratingInYear({ minimum: 'HTT' }),
    ),
  ],
}

const cstdCoSo = (excellent: 'HTXS' | null): AwardRuleSet => ({
  INDIVIDUAL: [
    rule(
      'cstdcs-ldtt',
      'Đạt danh hiệu Lao động tiên tiến',
      std('Chiến sĩ thi đua cơ sở'),
      ldttInYear({ minimum: 'HTT' }),
    ),
    rule(
      'cstdcs-thanh-tich',
      'Có thành tích xuất sắc, sáng kiến hoặc đề tài',
      std('Chiến sĩ thi đua cơ sở'),
      oneAchievementInYear({ excellent, initiativeLevel: 'CO_SO', research: true }),
    ),
  ],
})

const CSTD_TINH: AwardRuleSet = {
  INDIVIDUAL: [
    rule(
      'cstdt-cstdcs-lien-tuc',
      '3 năm liên tục đạt CSTĐ cơ sở',
      std('Chiến sĩ thi đua cấp tỉnh'),
      consecutiveAwards({ award: 'CSTD_CO_SO', years: 3 }),
    ),
    rule(
      'cstdt-sang-kien-tinh',
      'Sáng kiến được công nhận cấp tỉnh',
      std('Chiến sĩ thi đua cấp tỉnh'),
      unusedInitiatives({ minLevel: 'TINH', count: 1, years: 3 }),
    ),
  ],
}

// Luật 2022 Art. 28(1)(c): "có trên 50% cá nhân trong tập thể đạt danh hiệu “Lao động tiên tiến”" (the
// 70% share belongs to Tập thể LĐXS, Art. 27). docs/domain.md §3.
const TAP_THE_LDTT: AwardRuleSet = {
  COLLECTIVE: [
    rule(
      'ttldtt-ty-le-ldtt',
      'Trên 50% thành viên đạt LĐTT',
      std('Tập thể lao động tiên tiến'),
      memberShare({ test: 'LDTT', ratio: percent(50), strict: true }),
    ),
    rule(
      'ttldtt-ky-luat',
      'Không có thành viên bị kỷ luật từ cảnh cáo',
      std('Tập thể lao động tiên tiến'),
      noMemberDisciplined({ atLeast: 'CANH_CAO' }),
    ),
  ],
}

const TAP_THE_LDXS: AwardRuleSet = {
  COLLECTIVE: [
    rule(
      'ttldxs-hoan-thanh',
      '100% thành viên hoàn thành nhiệm vụ',
      std('Tập thể lao động xuất sắc'),
      memberShare({ test: 'COMPLETES_TASKS', ratio: percent(100) }),
    ),
    rule(
      'ttldxs-ty-le-ldtt',
      'Tối thiểu 70% thành viên đạt LĐTT',
      std('Tập thể lao động xuất sắc'),
      memberShare({ test: 'LDTT', ratio: percent(70) }),
    ),
    rule(
      'ttldxs-cstdcs',
      'Có thành viên đạt CSTĐ cơ sở',
      std('Tập thể lao động xuất sắc'),
      memberCount({ test: 'CSTD_CO_SO', count: 1 }),
    ),
    rule(
      'ttldxs-ky-luat',
      'Không có thành viên bị kỷ luật',
      std('Tập thể lao động xuất sắc'),
      noMemberDisciplined({ atLeast: 'KHIEN_TRACH' }),
    ),
  ],
}

const CO_THI_DUA_TINH: AwardRuleSet = {
  COLLECTIVE: [rule('co-dan-dau-khoi', 'Dẫn đầu khối, cụm thi đua', std('Cờ thi đua cấp tỉnh'), leadsBlock())],
}

/**
 * Bằng khen của Chủ tịch UBND tỉnh for an individual, by any of its legal routes (Luật 2022 Art. 74(1);
 * docs/domain.md §3): the appraiser picks the route and the evidence follows it. The movement and
 * sudden-achievement routes rest on the dossier (its movement, its kind) and on the achievement report
 * the appraiser reads; the two counted routes are checked from the registry.
 */
export const BANG_KHEN_TINH_ROUTES = [
  {
    id: 'htxs-2-nam-2-sang-kien',
    label: '02 năm liên tục hoàn thành xuất sắc nhiệm vụ, có 02 sáng kiến',
    check: allOf([
      consecutiveRatings({ minimum: 'HTXS', years: 2 }),
      unusedInitiatives({ minLevel: 'CO_SO', count: 2, years: 2 }),
    ]),
  },
  {
    id: 'cstdcs-2-nam',
    label: '02 năm liên tục đạt Chiến sĩ thi đua cơ sở',
    check: consecutiveAwards({ award: 'CSTD_CO_SO', years: 2 }),
  },
  {
    id: 'phong-trao',
    label: 'Thành tích xuất sắc trong phong trào thi đua',
    check: dossierIs({ movement: true, what: 'khen thưởng theo phong trào thi đua' }),
  },
  {
    id: 'dot-xuat',
    label: 'Thành tích đột xuất',
    check: dossierIs({ kind: 'DOT_XUAT', what: 'khen thưởng đột xuất' }),
  },
  // Luật 2022 Art. 74: a person (also from outside the province's management) with contributions to the
  // province's development (docs/domain.md §3; clause number not confirmed). Nothing in the registry shows a
  // contribution: the route holds when the appraiser chooses it, on the achievement report.
  {
    id: 'dong-gop',
    label: 'Có đóng góp vào sự phát triển của tỉnh',
    check: appraiserWeighs({ route: 'dong-gop', what: 'đóng góp vào sự phát triển kinh tế - xã hội của tỉnh' }),
  },
] as const

const BANG_KHEN_TINH: AwardRuleSet = {
  INDIVIDUAL: [
    rule(
      'bkt-thanh-tich',
      'Đạt một căn cứ xét tặng Bằng khen',
      'tiêu chuẩn Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      byRoute(BANG_KHEN_TINH_ROUTES),
    ),
  ],
}

/** Giấy khen: no standard the app can check beyond the achievement itself (Luật 2022 Art. 75). */
const GIAY_KHEN: AwardRuleSet = { INDIVIDUAL: [], COLLECTIVE: [] }

const BANG_KHEN_TTG: AwardRuleSet = {
  INDIVIDUAL: [
    rule(
      'bkttg-bang-khen-tinh',
      'Đã được tặng Bằng khen tỉnh',
      'tiêu chuẩn Bằng khen của Thủ tướng Chính phủ',
      heldBefore({ award: 'BANG_KHEN_TINH' }),
    ),
    rule(
      'bkttg-5-nam-htt',
      '5 năm liên tục hoàn thành tốt nhiệm vụ',
      'tiêu chuẩn Bằng khen của Thủ tướng Chính phủ',
      consecutiveRatings({ minimum: 'HTT', years: 5 }),
    ),
    rule(
      'bkttg-3-cstdcs',
      '3 lần CSTĐ cơ sở trong 5 năm',
      'tiêu chuẩn Bằng khen của Thủ tướng Chính phủ',
      awardsInPeriod({ award: 'CSTD_CO_SO', count: 3, years: 5 }),
    ),
  ],
}

/** Rule tables by award and period. An empty set means: no automatic standard, appraise by hand. */
export const ELIGIBILITY = {
  LDTT: [during(LEGAL_BASES.LAW_2003, LDTT), ...underLaw2022(LDTT)],
  CSTD_CO_SO: [during(LEGAL_BASES.LAW_2003, cstdCoSo(null)), ...underLaw2022(cstdCoSo('HTXS'))],
  // Luật 2003 (Điều 23 as amended in 2013) asked the same of a CSTĐ cấp tỉnh: three consecutive
  // CSTĐ cơ sở and an initiative of provincial reach. Other standards of that period differ and are
  // appraised by hand (empty sets) until they are entered as data.
  CSTD_TINH: [during(LEGAL_BASES.LAW_2003, CSTD_TINH), ...underLaw2022(CSTD_TINH)],
  CSTD_TOAN_QUOC: [during(LEGAL_BASES.LAW_2003, {}), ...underLaw2022<AwardRuleSet>({})],
  TAP_THE_LDTT: [during(LEGAL_BASES.LAW_2003, {}), ...underLaw2022(TAP_THE_LDTT)],
  TAP_THE_LDXS: [during(LEGAL_BASES.LAW_2003, {}), ...underLaw2022(TAP_THE_LDXS)],
  CO_THI_DUA_TINH: [during(LEGAL_BASES.LAW_2003, CO_THI_DUA_TINH), ...underLaw2022(CO_THI_DUA_TINH)],
  GIAY_KHEN: [during(LEGAL_BASES.LAW_2003, GIAY_KHEN), ...underLaw2022(GIAY_KHEN)],
  BANG_KHEN_TINH: [during(LEGAL_BASES.LAW_2003, {}), ...underLaw2022(BANG_KHEN_TINH)],
  BANG_KHEN_TTG: [during(LEGAL_BASES.LAW_2003, {}), ...underLaw2022(BANG_KHEN_TTG)],
  HUAN_CHUONG: [during(LEGAL_BASES.LAW_2003, {}), ...underLaw2022<AwardRuleSet>({})],
  ANH_HUNG: [during(LEGAL_BASES.LAW_2003, {}), ...underLaw2022<AwardRuleSet>({})],
} as const satisfies Record<AwardCode, readonly Effective<AwardRuleSet>[]>

function statusOf(o: Outcome): CheckStatus {
  if (o.passed) return o.warning ? 'WARNING' : 'PASSED'
  return o.noData ? 'NO_DATA' : 'FAILED'
}

function run<N extends Nominee>(
  rules: readonly RuleDef<N>[],
  nominee: N,
  award: AwardCode,
  source: string,
  ctx: { onDate: string; route?: string | null },
): EligibilityCheck[] {
  return rules.map((r) => {
    const o = r.check(nominee, { award, year: nominee.year, onDate: ctx.onDate, route: ctx.route })
    return {
      ruleId: r.id,
      label: r.label,
      passed: o.passed,
      status: statusOf(o),
      hard: !o.passed && !!o.hard,
      message: o.message,
      source: `${source} — ${r.basis}`,
      ...(o.passed && o.evidence ? { evidence: o.evidence } : {}),
      ...(o.route ? { route: o.route } : {}),
    }
  })
}

const fixed = (c: Omit<EligibilityCheck, 'status' | 'hard'>): EligibilityCheck => ({
  ...c,
  status: c.passed ? 'PASSED' : 'FAILED',
  hard: false,
})

/**
 * Every check of `award` for `nominee` under the rules in force on `onDate`, with what each passing
 * check relied on. `route`: the legal route the appraiser chose, for awards with several.
 */
export function evaluateEligibility(
  award: AwardCode,
  nominee: Nominee,
  onDate: string,
  options: { route?: string | null } = {},
): EligibilityCheck[] {
  const label = awardLabel(award)
  const period = pickEffective<AwardRuleSet>(ELIGIBILITY[award], onDate)
  if (!acceptsRecipient(award, nominee.kind)) {
    return [
      fixed({
        ruleId: 'doi-tuong',
        label: 'Đối tượng xét tặng',
        passed: false,
        message: `“${label}” không xét tặng cho ${RECIPIENT_LABELS[nominee.kind]}`,
        source: period?.source ?? 'Danh mục khen thưởng',
      }),
    ]
  }
  if (!period) {
    return [
      fixed({
        ruleId: 'hieu-luc',
        label: 'Quy định có hiệu lực',
        passed: false,
        message: `Chưa có tiêu chuẩn xét “${label}” có hiệu lực vào ngày ${formatViDate(onDate)}`,
        source: 'Không có',
      }),
    ]
  }
  const ctx = { onDate, route: options.route }
  const universal = run<Nominee>(universalRules(award), nominee, award, period.source, ctx)
  const manual = fixed({
    ruleId: 'tham-dinh-thu-cong',
    label: 'Thẩm định hồ sơ',
    passed: false,
    source: period.source,
    message: `Hệ thống chưa có tiêu chuẩn kiểm tra tự động cho “${label}” đối với ${RECIPIENT_LABELS[nominee.kind]}; cần thẩm định hồ sơ`,
  })
  if (nominee.kind === 'INDIVIDUAL') {
    const rules = period.value.INDIVIDUAL
    return [...universal, ...(rules ? run(rules, nominee, award, period.source, ctx) : [manual])]
  }
  const rules = period.value.COLLECTIVE
  return [...universal, ...(rules ? run(rules, nominee, award, period.source, ctx) : [manual])]
}

/** Eligible when no check fails (a check with no data is no failure, and never a pass either). */
export function isEligible(checks: readonly EligibilityCheck[]): boolean {
  return checks.length > 0 && checks.every((c) => (c.status ?? (c.passed ? 'PASSED' : 'FAILED')) !== 'FAILED')
}

/** Checks that failed: those a written reason may override, and those it never can. */
export function failures<C extends { passed: boolean; status?: string; hard?: boolean }>(checks: readonly C[]) {
  const failed = checks.filter((c) => (c.status ?? (c.passed ? 'PASSED' : 'FAILED')) === 'FAILED')
  return { soft: failed.filter((c) => !c.hard), hard: failed.filter((c) => c.hard) }
}

/** What the passing checks relied on, gathered: the decision consumes these initiatives and nothing else. */
export function reliedOn(checks: readonly EligibilityCheck[]) {
  return mergeEvidence(checks.filter((c) => c.passed).map((c) => c.evidence))
}
