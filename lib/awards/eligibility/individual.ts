// Checks on an individual nominee. Each is a named function built from its parameters (thresholds,
// years, levels), so the rule tables in ../eligibility.ts hold every number as data.
import type { AwardCode } from '../catalog'
import { awardShort } from '../catalog'
import {
  INITIATIVE_LEVEL_LABELS,
  RATING_LABELS,
  counted,
  evidence,
  initiativeAtLeast,
  mergeEvidence,
  lowerFirst,
  ratingAtLeast,
  ratingPhrase,
  span,
  yearsEnding,
} from './common'
import type { Check, CheckContext, IndividualNominee, InitiativeLevel, InitiativeRecord, TaskRating } from './types'

type Individual = Check<IndividualNominee>

/** The lowest rating recorded for the year (a duplicate record never improves the result). */
export function ratingOf(nominee: IndividualNominee, year: number): TaskRating | null {
  const found = nominee.ratings.filter((r) => r.year === year).map((r) => r.rating)
  if (!found.length) return null
  return found.reduce((worst, r) => (ratingAtLeast(worst, r) ? r : worst))
}

const ratingText = (rating: TaskRating | null) =>
  rating ? `xếp loại “${RATING_LABELS[rating]}”` : 'chưa có kết quả xếp loại'
const ratedAs = (rating: TaskRating | null, year: number) => `năm ${year} ${ratingText(rating)}`
/** "trong năm 2024", "trong các năm 2022–2024" */
const inYears = (period: readonly number[]) =>
  period.length === 1 ? `trong năm ${period[0]}` : `trong các năm ${span(period)}`

/** LĐTT: rated at least `minimum` in the year. */
export function ratingInYear(p: { minimum: TaskRating }): Individual {
  return function ratingInYearCheck(nominee, { year }) {
    const rating = ratingOf(nominee, year)
    if (rating && ratingAtLeast(rating, p.minimum))
      return {
        passed: true,
        message: `Năm ${year} xếp loại “${RATING_LABELS[rating]}”`,
        evidence: evidence({ ratingYears: [year] }),
      }
    return { passed: false, message: `Chưa đạt ${ratingPhrase(p.minimum)}: ${ratedAs(rating, year)}` }
  }
}

/**
 * "Is LĐTT" in the year: holds the LĐTT title for it, or meets its standard (rated at least
 * `minimum`), since the base level considers LĐTT and CSTĐ cơ sở in the same session.
 */
export function ldttInYear(p: { minimum: TaskRating }): Individual {
  return function ldttInYearCheck(nominee, { year }) {
    if (counted(nominee.awards, 'LDTT', year))
      return {
        passed: true,
        message: `Đã được công nhận LĐTT năm ${year}`,
        evidence: evidence({ awards: [{ award: 'LDTT', year }] }),
      }
    const rating = ratingOf(nominee, year)
    if (rating && ratingAtLeast(rating, p.minimum)) {
      return {
        passed: true,
        message: `Đạt tiêu chuẩn LĐTT năm ${year} (xếp loại “${RATING_LABELS[rating]}”)`,
        evidence: evidence({ ratingYears: [year] }),
      }
    }
    return { passed: false, message: `Chưa đạt tiêu chuẩn LĐTT năm ${year}: ${ratingText(rating)}` }
  }
}

const initiativeName = (i: InitiativeRecord) => (i.title ? `“${i.title}”` : i.id)

/**
 * Initiatives that can still serve as a criterion for this nomination: recognised at `minLevel` or
 * above during the `years` ending with the year, and not used for any other award or year (an
 * initiative serves once; a use recorded for this very nomination does not count against it).
 */
export function initiativesFor(
  nominee: IndividualNominee,
  ctx: CheckContext,
  minLevel: InitiativeLevel,
  years: number,
) {
  const period = yearsEnding(ctx.year, years)
  const eligible = nominee.initiatives.filter((i) => period.includes(i.year) && initiativeAtLeast(i.level, minLevel))
  const usedElsewhere = (i: InitiativeRecord) => i.usedFor.some((u) => u.award !== ctx.award || u.year !== ctx.year)
  return { period, available: eligible.filter((i) => !usedElsewhere(i)), used: eligible.filter(usedElsewhere) }
}

function usedNote(used: readonly InitiativeRecord[], ctx: CheckContext): string {
  if (!used.length) return ''
  const uses = used.map((i) => {
    const u = i.usedFor.find((x) => x.award !== ctx.award || x.year !== ctx.year)!
    return `sáng kiến ${initiativeName(i)} đã được dùng để xét ${awardShort(u.award)} năm ${u.year}`
  })
  return ` (${uses.join('; ')})`
}

/** `count` unused initiatives recognised at `minLevel` or above during the `years` ending with the year. */
export function unusedInitiatives(p: { minLevel: InitiativeLevel; count: number; years: number }): Individual {
  return function unusedInitiativesCheck(nominee, ctx) {
    const { period, available, used } = initiativesFor(nominee, ctx, p.minLevel, p.years)
    const level =
      p.minLevel === 'CO_SO' ? 'được công nhận' : `được công nhận từ ${INITIATIVE_LEVEL_LABELS[p.minLevel]} trở lên`
    if (available.length >= p.count) {
      const chosen = available.slice(0, p.count)
      return {
        passed: true,
        message: `Có sáng kiến ${level} ${inYears(period)}, chưa dùng làm tiêu chuẩn khen thưởng: ${chosen.map(initiativeName).join(', ')}`,
        evidence: evidence({ initiativeIds: chosen.map((i) => i.id) }),
      }
    }
    const wanted = `sáng kiến ${level} ${inYears(period)} chưa dùng làm tiêu chuẩn khen thưởng`
    const message =
      p.count === 1 ? `Chưa có ${wanted}` : `Chưa đủ ${p.count} ${wanted}: có ${available.length}/${p.count}`
    return { passed: false, message: message + usedNote(used, ctx) }
  }
}

/**
 * CSTĐ cơ sở: one of these in the year: a rating of `excellent` (null: not an option in this period),
 * an unused initiative recognised at `initiativeLevel` or above, an accepted research project.
 */
export function oneAchievementInYear(p: {
  excellent: TaskRating | null
  initiativeLevel: InitiativeLevel
  research: boolean
}): Individual {
  return function oneAchievementInYearCheck(nominee, ctx) {
    const { year } = ctx
    const rating = ratingOf(nominee, year)
    // An excellent rating is enough and consumes nothing: the initiatives stay free for another award.
    if (p.excellent && rating && ratingAtLeast(rating, p.excellent))
      return {
        passed: true,
        message: `Năm ${year} xếp loại “${RATING_LABELS[rating]}”`,
        evidence: evidence({ ratingYears: [year] }),
      }
    const { available, used } = initiativesFor(nominee, ctx, p.initiativeLevel, 1)
    if (available.length)
      return {
        passed: true,
        message: `Có sáng kiến ${initiativeName(available[0])} được công nhận năm ${year}, chưa dùng làm tiêu chuẩn khen thưởng`,
        evidence: evidence({ initiativeIds: [available[0].id] }),
      }
    if (p.research && (nominee.researchProjects ?? []).some((r) => r.year === year && r.accepted)) {
      return { passed: true, message: `Có đề tài nghiên cứu khoa học được nghiệm thu năm ${year}` }
    }
    const options = [
      ...(p.excellent ? [lowerFirst(RATING_LABELS[p.excellent])] : []),
      'sáng kiến được công nhận chưa dùng làm tiêu chuẩn khen thưởng',
      ...(p.research ? ['đề tài nghiên cứu khoa học được nghiệm thu'] : []),
    ]
    return {
      passed: false,
      message: `Năm ${year} chưa có một trong các thành tích: ${options.join(', ')}${usedNote(used, ctx)}`,
    }
  }
}

/** Rated at least `minimum` in each of the `years` ending with the year. */
export function consecutiveRatings(p: { minimum: TaskRating; years: number }): Individual {
  return function consecutiveRatingsCheck(nominee, { year }) {
    const period = yearsEnding(year, p.years)
    const short = period
      .map((y) => ({ y, rating: ratingOf(nominee, y) }))
      .filter(({ rating }) => !rating || !ratingAtLeast(rating, p.minimum))
    if (!short.length)
      return {
        passed: true,
        message: `Đạt ${ratingPhrase(p.minimum)} ${p.years} năm liên tục (${span(period)})`,
        evidence: evidence({ ratingYears: period }),
      }
    const detail = short.map(({ y, rating }) => ratedAs(rating, y)).join('; ')
    return {
      passed: false,
      message: `Chưa đủ ${p.years} năm liên tục ${ratingPhrase(p.minimum)} (${span(period)}): ${detail}`,
    }
  }
}

/** At least `count` times the award (thematic ones excluded) during the `years` ending with the year. */
export function awardsInPeriod(p: { award: AwardCode; count: number; years: number }): Individual {
  return function awardsInPeriodCheck(nominee, { year }) {
    const period = yearsEnding(year, p.years)
    const hits = period.filter((y) => counted(nominee.awards, p.award, y))
    const list = hits.length ? ` (năm ${hits.join(', ')})` : ''
    const text = `Trong ${p.years} năm ${span(period)} có ${hits.length}/${p.count} lần đạt ${awardShort(p.award)}${list}`
    if (hits.length < p.count) return { passed: false, message: text }
    return {
      passed: true,
      message: text,
      evidence: evidence({ awards: hits.map((y) => ({ award: p.award, year: y })) }),
    }
  }
}

/** Already holds the award from an earlier year (a thematic one counts: this is no consecutive-year rule). */
export function heldBefore(p: { award: AwardCode }): Individual {
  return function heldBeforeCheck(nominee, { year }) {
    const earlier = nominee.awards.filter((a) => a.award === p.award && a.year < year).map((a) => a.year)
    if (earlier.length) {
      const last = Math.max(...earlier)
      return {
        passed: true,
        message: `Đã được tặng ${awardShort(p.award)} năm ${last}`,
        evidence: evidence({ awards: [{ award: p.award, year: last }] }),
      }
    }
    return { passed: false, message: `Chưa được tặng ${awardShort(p.award)} trước năm ${year}` }
  }
}

/** All of the checks pass; the message gathers every failure. */
export function allOf(checks: readonly Individual[]): Individual {
  return function allOfCheck(nominee, ctx) {
    const outcomes = checks.map((c) => c(nominee, ctx))
    const failed = outcomes.filter((o) => !o.passed)
    const shown = failed.length ? failed : outcomes
    const message = shown.map((o, i) => (i ? lowerFirst(o.message) : o.message)).join('; ')
    if (failed.length) return { passed: false, message }
    return { passed: true, message, evidence: mergeEvidence(outcomes.map((o) => o.evidence)) }
  }
}

/** One of the alternatives passes; the failure message explains each alternative. */
export function anyOf(checks: readonly Individual[]): Individual {
  return function anyOfCheck(nominee, ctx) {
    const outcomes = checks.map((c) => c(nominee, ctx))
    const passed = outcomes.find((o) => o.passed)
    if (passed) return passed
    const each = outcomes.map((o, i) => `(${i + 1}) ${lowerFirst(o.message)}`).join('; ')
    return { passed: false, message: `Chưa đạt một trong ${checks.length} tiêu chuẩn: ${each}` }
  }
}

/** One legal route of an award with several (Bằng khen tỉnh): an id the appraiser picks, a label, its check. */
export type Route = { id: string; label: string; check: Individual }

/**
 * The award is met by any one of its legal routes. With `ctx.route` set (the appraiser's choice), only
 * that route is checked and its evidence kept; otherwise the first route that passes, in the table's
 * order. A failure explains every route.
 */
export function byRoute(routes: readonly Route[]): Individual {
  return function byRouteCheck(nominee, ctx) {
    const chosen = ctx.route ? routes.find((r) => r.id === ctx.route) : undefined
    if (ctx.route && !chosen) return { passed: false, message: `Không có căn cứ xét tặng “${ctx.route}”` }
    if (chosen) {
      const o = chosen.check(nominee, ctx)
      const route = { id: chosen.id, label: chosen.label }
      return o.passed
        ? { ...o, message: `Theo căn cứ “${chosen.label}”: ${lowerFirst(o.message)}`, route }
        : { passed: false, message: `Chưa đạt căn cứ “${chosen.label}”: ${lowerFirst(o.message)}`, route }
    }
    const outcomes = routes.map((r) => ({ r, o: r.check(nominee, ctx) }))
    const hit = outcomes.find(({ o }) => o.passed)
    if (hit)
      return {
        ...hit.o,
        message: `Theo căn cứ “${hit.r.label}”: ${lowerFirst(hit.o.message)}`,
        route: { id: hit.r.id, label: hit.r.label },
      }
    const each = outcomes.map(({ r, o }, i) => `(${i + 1}) ${r.label}: ${lowerFirst(o.message)}`).join('; ')
    return { passed: false, message: `Chưa đạt căn cứ nào trong ${routes.length} căn cứ xét tặng: ${each}` }
  }
}

/** A route that needs the dossier to be of a kind (sudden achievement) or tied to a movement. */
export function dossierIs(p: { kind?: 'DOT_XUAT' | 'CHUYEN_DE'; movement?: true; what: string }): Individual {
  return function dossierIsCheck(nominee) {
    const d = nominee.dossier
    if (!d) return { passed: false, noData: true, message: `Chưa có dữ liệu hồ sơ để xác định ${p.what}` }
    if (p.kind && d.kind !== p.kind) return { passed: false, message: `Hồ sơ không phải hồ sơ ${p.what}` }
    if (p.movement && !d.movement) return { passed: false, message: `Hồ sơ không gắn với ${p.what}` }
    const about = p.movement && d.movement ? ` (${d.movement})` : ''
    return {
      passed: true,
      message: `Hồ sơ ${p.what}${about}; thành tích nêu trong báo cáo được thẩm định`,
      evidence: evidence({}),
    }
  }
}

/**
 * A route the registry cannot check (Bằng khen tỉnh for a contribution to the province's development): it
 * holds only when the appraiser chooses it, on the achievement report; an automatic appraisal never picks it.
 */
export function appraiserWeighs(p: { route: string; what: string }): Individual {
  return function appraiserWeighsCheck(_nominee, ctx) {
    if (ctx.route !== p.route)
      return {
        passed: false,
        message: `Không kiểm tra tự động được ${p.what}: người thẩm định chọn căn cứ này và đánh giá theo báo cáo thành tích`,
      }
    return {
      passed: true,
      message: `Người thẩm định chọn căn cứ ${p.what}; đóng góp nêu trong báo cáo thành tích được thẩm định`,
      evidence: evidence({}),
    }
  }
}
