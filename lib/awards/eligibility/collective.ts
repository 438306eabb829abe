// Checks on a collective nominee: shares of members, members who fail, the emulation block.
import type { Ratio } from '../ratio'
import { minimumAtLeast, minimumMoreThan, ratioLabel } from '../ratio'
import { DISCIPLINE_LABELS, RATING_LABELS, disciplineAtLeast, ratingAtLeast } from './common'
import type { Check, CollectiveMember, CollectiveNominee, DisciplineLevel } from './types'

type Collective = Check<CollectiveNominee>
type Verdict = { ok: true } | { ok: false; why?: string }

/** What a member must be, with the words for it. */
export const MEMBER_TESTS = {
  LDTT: { phrase: 'đạt LĐTT', test: (m: CollectiveMember): Verdict => (m.isLdtt ? { ok: true } : { ok: false }) },
  COMPLETES_TASKS: {
    phrase: 'hoàn thành nhiệm vụ',
    test: (m: CollectiveMember): Verdict => {
      if (!m.rating) return { ok: false, why: 'chưa có kết quả xếp loại' }
      return ratingAtLeast(m.rating, 'HT') ? { ok: true } : { ok: false, why: RATING_LABELS[m.rating].toLowerCase() }
    },
  },
  CSTD_CO_SO: {
    phrase: 'đạt CSTĐ cơ sở',
    test: (m: CollectiveMember): Verdict => (m.isCstdCoSo ? { ok: true } : { ok: false }),
  },
} as const
export type MemberTest = keyof typeof MEMBER_TESTS

const EMPTY = { passed: false, message: 'Tập thể chưa có danh sách thành viên' } as const

function failing(members: readonly CollectiveMember[], test: MemberTest) {
  return members.flatMap((m) => {
    const v = MEMBER_TESTS[test].test(m)
    return v.ok ? [] : [v.why ? `${m.name} (${v.why})` : m.name]
  })
}

/**
 * At least `ratio` of the members pass `test` (e.g. ≥ 70% LĐTT, 100% complete their tasks), or with
 * `strict` more than `ratio` ("trên 50%" for Tập thể LĐTT).
 */
export function memberShare(p: { test: MemberTest; ratio: Ratio; strict?: boolean }): Collective {
  return function memberShareCheck(nominee) {
    const total = nominee.members.length
    if (!total) return EMPTY
    const fails = failing(nominee.members, p.test)
    const count = total - fails.length
    const phrase = MEMBER_TESTS[p.test].phrase
    const minimum = p.strict ? minimumMoreThan(total, p.ratio) : minimumAtLeast(total, p.ratio)
    const share = p.strict ? `trên ${ratioLabel(p.ratio)}` : ratioLabel(p.ratio)
    const need = `cần tối thiểu ${minimum} (${share} tổng số thành viên)`
    if (count >= minimum) return { passed: true, message: `Có ${count}/${total} thành viên ${phrase}, ${need}` }
    return {
      passed: false,
      message: `Có ${count}/${total} thành viên ${phrase}, ${need}; chưa đạt: ${fails.join(', ')}`,
    }
  }
}

/** At least `count` members pass `test` (e.g. at least one CSTĐ cơ sở). */
export function memberCount(p: { test: MemberTest; count: number }): Collective {
  return function memberCountCheck(nominee) {
    if (!nominee.members.length) return EMPTY
    const passing = nominee.members.filter((m) => MEMBER_TESTS[p.test].test(m).ok)
    const phrase = MEMBER_TESTS[p.test].phrase
    if (passing.length >= p.count) {
      return {
        passed: true,
        message: `Có ${passing.length} thành viên ${phrase}: ${passing.map((m) => m.name).join(', ')}`,
      }
    }
    if (!passing.length) return { passed: false, message: `Chưa có thành viên ${phrase}` }
    return { passed: false, message: `Có ${passing.length} thành viên ${phrase}, cần tối thiểu ${p.count}` }
  }
}

/** No member disciplined in the year at `atLeast` or heavier. */
export function noMemberDisciplined(p: { atLeast: DisciplineLevel }): Collective {
  return function noMemberDisciplinedCheck(nominee, { year }) {
    if (!nominee.members.length) return EMPTY
    const hit = nominee.members.filter((m) => m.disciplineLevel && disciplineAtLeast(m.disciplineLevel, p.atLeast))
    const scope = p.atLeast === 'KHIEN_TRACH' ? 'bị kỷ luật' : `bị kỷ luật từ ${DISCIPLINE_LABELS[p.atLeast]} trở lên`
    if (!hit.length) return { passed: true, message: `Năm ${year} không có thành viên ${scope}` }
    const list = hit.map((m) => `${m.name} (${DISCIPLINE_LABELS[m.disciplineLevel!]})`).join(', ')
    return { passed: false, message: `Năm ${year} có thành viên ${scope}: ${list}` }
  }
}

/** Leads its khối/cụm thi đua for the year (Cờ thi đua). */
export function leadsBlock(): Collective {
  return function leadsBlockCheck(nominee, { year }) {
    if (nominee.leadsBlock === undefined)
      return { passed: false, message: `Chưa có kết quả chấm điểm khối, cụm thi đua năm ${year}` }
    if (nominee.leadsBlock) return { passed: true, message: `Dẫn đầu khối, cụm thi đua năm ${year}` }
    return { passed: false, message: `Không phải đơn vị dẫn đầu khối, cụm thi đua năm ${year}` }
  }
}
