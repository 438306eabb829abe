// Checks run while a registration is entered. They warn, with the reason, and never block saving:
// the unit may still be working on its records. Thresholds are data with their legal source.
import type { DisciplineLevel } from '../generated/prisma/enums'
import { disciplineAtLeast } from '../people/labels'
import { AT_LEAST_LDTT, titleLabel } from './titles'

export const REGISTRATION_RULES = {
  /** Tập thể LĐTT / LĐXS: share of members who are at least LĐTT (Luật TĐKT 2022, Điều 27, 28) */
  collectiveLdttShare: { numerator: 7, denominator: 10, source: 'Luật Thi đua, khen thưởng 2022, Điều 27-28' },
  /** CSTĐ cấp tỉnh: consecutive years of CSTĐ cơ sở before the registered year (Điều 25) */
  cstdTinhPriorYears: { years: 2, source: 'Luật Thi đua, khen thưởng 2022, Điều 25' },
  /** the lightest discipline that bars a collective title for the unit (cảnh cáo or above) */
  barringDisciplineFrom: 'CANH_CAO' as DisciplineLevel,
} as const

export type CheckPerson = {
  id: string
  fullName: string
  /** award codes per year from the award history, thematic awards excluded */
  awards: { year: number; award: string }[]
  /** active disciplines */
  disciplines: { year: number; level: string }[]
}

export type Warning = { personId?: string; field: string; message: string }

/**
 * Warnings for a registration of `year`: the same person twice, an individual title the person cannot
 * reach on record, a collective title whose member rules cannot be met with what is registered.
 */
export function registrationWarnings(input: {
  year: number
  collectiveTitle: string | null
  entries: { personId: string; title: string }[]
  people: CheckPerson[] // active people of the unit
}): Warning[] {
  const warnings: Warning[] = []
  const byId = new Map(input.people.map((p) => [p.id, p]))
  const seen = new Set<string>()
  for (const entry of input.entries) {
    const person = byId.get(entry.personId)
    const name = person?.fullName ?? 'Người không thuộc đơn vị'
    if (seen.has(entry.personId)) {
      warnings.push({
        personId: entry.personId,
        field: `title-${entry.personId}`,
        message: `${name} được đăng ký hai lần.`,
      })
      continue
    }
    seen.add(entry.personId)
    if (!person) {
      warnings.push({
        personId: entry.personId,
        field: `title-${entry.personId}`,
        message: 'Người này không thuộc đơn vị hoặc đã nghỉ.',
      })
      continue
    }
    if (entry.title === 'CSTD_TINH' || entry.title === 'CSTD_TOAN_QUOC') {
      const need = REGISTRATION_RULES.cstdTinhPriorYears.years
      const missing: number[] = []
      for (let y = input.year - need; y < input.year; y++) {
        if (!person.awards.some((a) => a.year === y && a.award === 'CSTD_CO_SO')) missing.push(y)
      }
      if (missing.length) {
        warnings.push({
          personId: person.id,
          field: `title-${person.id}`,
          message: `${person.fullName}: chưa đủ ${need} năm liên tục đạt Chiến sĩ thi đua cơ sở trước năm ${input.year} (thiếu năm ${missing.join(', ')}) để hướng tới ${titleLabel(entry.title)}.`,
        })
      }
    }
    const barring = person.disciplines.find((d) => d.year >= input.year - 1)
    if (barring) {
      warnings.push({
        personId: person.id,
        field: `title-${person.id}`,
        message: `${person.fullName} đang chịu kỷ luật (năm ${barring.year}): không được xét danh hiệu trong thời gian kỷ luật.`,
      })
    }
  }
  const collective = input.collectiveTitle
  if (collective === 'TAP_THE_LDTT' || collective === 'TAP_THE_LDXS') {
    const total = input.people.length
    const ldtt = input.entries.filter((e) => byId.has(e.personId) && AT_LEAST_LDTT.includes(e.title)).length
    const { numerator, denominator } = REGISTRATION_RULES.collectiveLdttShare
    const needed = Math.ceil((total * numerator) / denominator)
    if (ldtt < needed) {
      warnings.push({
        field: 'collectiveTitle',
        message: `${titleLabel(collective)} cần ít nhất ${numerator * 10}% thành viên đạt Lao động tiên tiến: mới đăng ký ${ldtt}/${total}, cần ${needed}.`,
      })
    }
    if (collective === 'TAP_THE_LDXS' && !input.entries.some((e) => byId.has(e.personId) && e.title !== 'LDTT')) {
      warnings.push({
        field: 'collectiveTitle',
        message: 'Tập thể Lao động xuất sắc cần ít nhất một cá nhân đạt Chiến sĩ thi đua cơ sở: chưa có ai đăng ký.',
      })
    }
    const disciplined = input.people.filter((p) =>
      p.disciplines.some((d) => disciplineAtLeast(d.level, REGISTRATION_RULES.barringDisciplineFrom)),
    )
    if (disciplined.length) {
      warnings.push({
        field: 'collectiveTitle',
        message: `${titleLabel(collective)} đòi hỏi không có thành viên bị kỷ luật từ cảnh cáo trở lên: ${disciplined.map((p) => p.fullName).join(', ')}.`,
      })
    }
  }
  return warnings
}
