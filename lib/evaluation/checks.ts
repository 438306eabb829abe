// The checks of one row of the year-end table, shared by the table (what the user sees) and the creation
// (what the server re-checks). The standards themselves are the eligibility rules of lib/awards; this
// only adds what the table knows beyond them: a second proposal of the same title in the same year.
import type { AwardCode } from '../awards/catalog'
import {
  evaluateEligibility,
  failures,
  isEligible,
  type EligibilityCheck,
  type IndividualNominee,
} from '../awards/eligibility'

export type ExistingProposal = { personId: string | null; award: string; dossierTitle: string }

export function rowChecks(
  award: AwardCode,
  record: IndividualNominee,
  onDate: string,
  existing: readonly ExistingProposal[],
): { checks: EligibilityCheck[]; eligible: boolean } {
  const checks = evaluateEligibility(award, record, onDate)
  const twice = existing.find((e) => e.award === award)
  checks.push({
    ruleId: 'chua-de-nghi',
    label: 'Chưa được đề nghị trong hồ sơ khác',
    passed: !twice,
    status: twice ? 'FAILED' : 'PASSED',
    hard: !!twice, // one award per achievement (lib/dossiers/achievement.ts): no note overrides it
    message: twice
      ? `Đã được đề nghị hình thức này năm ${record.year} trong hồ sơ “${twice.dossierTitle}”`
      : 'Chưa có đề nghị khác cùng hình thức trong năm',
    source: 'Mỗi danh hiệu, hình thức khen thưởng được đề nghị một lần cho một năm thành tích',
  })
  return { checks, eligible: isEligible(checks) }
}

/** What a refused row tells the user: the failed checks, in order (a check with no data refuses nothing). */
export function refusalOf(checks: readonly EligibilityCheck[]) {
  const { soft, hard } = failures(checks)
  const failed = new Set([...soft, ...hard])
  return checks
    .filter((c) => failed.has(c))
    .map((c) => `${c.label}: ${c.message}`)
    .join('; ')
}
