// What stands in the way of any award, whatever its standard (docs/domain.md §4): a discipline whose
// period overlaps the achievement year or is still in force, an open investigation, inspection or
// complaint, a concluded violation of the year; and an emulation title already granted for the year.
// Each of these is a hard block: an appraisal note cannot override it. A check the app has no data for
// says "chưa có dữ liệu" and is never shown as passed.
import type { AwardCode } from '../catalog'
import { AWARD_BY_CODE, awardShort } from '../catalog'
import { formatViDate } from '../effective'
import { DISCIPLINE_LABELS } from './common'
import type { Check, ConductMatter, DisciplineRecord, Nominee, Outcome, RuleDef } from './types'

/** The days a discipline covers: from its start (or its decision year) to its end, open while in force. */
export function disciplinePeriod(d: DisciplineRecord): { from: string; to: string | null } {
  const from = d.startsOn ?? `${d.year}-01-01`
  // A discipline lifted with no end entered covered at least the year of its decision.
  const to = d.endsOn ?? (d.active ? null : `${Math.max(d.year, Number(from.slice(0, 4)))}-12-31`)
  return { from, to }
}

/** Does the discipline block an achievement of `year` considered on `onDate`? */
export function disciplineBlocks(d: DisciplineRecord, year: number, onDate: string): boolean {
  const { from, to } = disciplinePeriod(d)
  const overlapsYear = from <= `${year}-12-31` && (to === null || to >= `${year}-01-01`)
  const inForce = d.active && from <= onDate && (to === null || to >= onDate)
  return overlapsYear || inForce
}

function periodText(d: DisciplineRecord): string {
  const { from, to } = disciplinePeriod(d)
  const ref = d.reference ? ` (${d.reference})` : ''
  const end = to ? `đến ${formatViDate(to)}` : 'chưa có ngày kết thúc'
  return `kỷ luật ${DISCIPLINE_LABELS[d.level]}${ref}, thời hạn từ ${formatViDate(from)} ${end}`
}

const todayIso = () => new Date().toISOString().slice(0, 10)

/** Nguyên tắc khen thưởng (NĐ 152/2025 Art. 4, docs/domain.md §4): thành tích tính từ khi hết thời hạn kỷ luật. */
export const noDiscipline: Check<Nominee> = function noDisciplineCheck(nominee, { year, onDate }): Outcome {
  const day = onDate ?? todayIso()
  const hits = (nominee.discipline ?? []).filter((d) => disciplineBlocks(d, year, day))
  if (!hits.length)
    return { passed: true, message: `Không bị kỷ luật trong năm ${year} và không đang trong thời hạn kỷ luật` }
  const after = hits
    .map((d) => disciplinePeriod(d).to)
    .reduce<string | null | undefined>(
      (a, b) => (a === undefined ? b : a === null || b === null ? null : a > b ? a : b),
      undefined,
    )
  const from = after ? `; thành tích chỉ được tính từ sau ngày ${formatViDate(after)}` : ''
  return {
    passed: false,
    hard: true,
    message: `Không được xét khen thưởng thành tích năm ${year}: ${hits.map(periodText).join('; ')}${from}`,
  }
}

const CONDUCT_WORDS: Record<ConductMatter['kind'], string> = {
  INVESTIGATION: 'đang bị điều tra hoặc xem xét xử lý kỷ luật',
  INSPECTION: 'đang bị thanh tra, kiểm tra có dấu hiệu vi phạm',
  COMPLAINT: 'có khiếu nại, tố cáo đang được xác minh',
  VIOLATION: 'có vi phạm đã được kết luận',
}

function matterText(m: ConductMatter): string {
  const end = m.endedOn ? ` đến ${formatViDate(m.endedOn)}` : ''
  return `${CONDUCT_WORDS[m.kind]}: ${m.summary} (từ ${formatViDate(m.startedOn)}${end}; nguồn: ${m.source})`
}

/** Open investigations, inspections and complaints on the day considered; violations within the year. */
export const noOpenMatter: Check<Nominee> = function noOpenMatterCheck(nominee, { year, onDate }): Outcome {
  const day = onDate ?? todayIso()
  if (!nominee.conduct)
    return { passed: false, noData: true, message: 'Chưa có dữ liệu về điều tra, thanh tra, khiếu nại, tố cáo' }
  const open = nominee.conduct.filter((m) =>
    m.kind === 'VIOLATION'
      ? m.startedOn.slice(0, 4) === String(year) || (m.endedOn ?? m.startedOn).slice(0, 4) === String(year)
      : m.startedOn <= day && (m.endedOn === null || m.endedOn > day),
  )
  if (open.length)
    return { passed: false, hard: true, message: `Chưa được xét khen thưởng: ${open.map(matterText).join('; ')}` }
  const closed = nominee.conduct.length
  return {
    passed: false,
    noData: true,
    message:
      'Chưa có dữ liệu xác nhận: phần mềm không có ghi nhận điều tra, thanh tra, khiếu nại nào đang mở' +
      (closed ? ` (${closed} ghi nhận đã kết thúc)` : '') +
      '; cần ý kiến của cơ quan được lấy ý kiến (hiệp y)',
  }
}

/** An emulation title is granted once for the year (nguyên tắc khen thưởng); a certificate twice is a warning. */
export function onceForAchievement(award: AwardCode): Check<Nominee> {
  const isTitle = AWARD_BY_CODE[award].kind === 'DANH_HIEU'
  return function onceForAchievementCheck(nominee, { year }): Outcome {
    const same = nominee.awards.filter((a) => a.award === award && a.year === year)
    const short = awardShort(award)
    if (!same.length) return { passed: true, message: `Chưa được tặng ${short} cho thành tích năm ${year}` }
    const refs = same.map((a) => (a.decisionNumber ? `Quyết định số ${a.decisionNumber}` : 'lịch sử khen thưởng'))
    if (isTitle)
      return {
        passed: false,
        hard: true,
        message: `Đã được tặng ${short} năm ${year} (${refs.join('; ')}): một thành tích chỉ được khen một lần`,
      }
    return {
      passed: true,
      warning: true,
      message: `Đã được tặng ${short} cho thành tích năm ${year} (${refs.join('; ')}): kiểm tra thành tích đề nghị lần này là thành tích khác`,
    }
  }
}

/** The rules every nominee passes first, in order. */
export function universalRules(award: AwardCode): RuleDef<Nominee>[] {
  return [
    {
      id: 'khong-ky-luat',
      label: 'Không trong thời hạn kỷ luật',
      basis: 'nguyên tắc khen thưởng — thời hạn kỷ luật, thời gian tính thành tích',
      check: noDiscipline,
    },
    {
      id: 'khong-dieu-tra',
      label: 'Không đang bị điều tra, thanh tra, khiếu nại',
      basis: 'nguyên tắc khen thưởng — đang điều tra, thanh tra, khiếu nại',
      check: noOpenMatter,
    },
    {
      id: 'mot-thanh-tich',
      label: 'Một thành tích khen một lần',
      basis: 'nguyên tắc khen thưởng — không khen nhiều lần cho một thành tích',
      check: onceForAchievement(award),
    },
  ]
}
