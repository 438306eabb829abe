// The appraisal (thẩm định) of a nominee as stored in DossierNominee.appraisal (JSON): the day whose rules
// were applied, every eligibility check with its status, message and legal source, and what the passing
// checks relied on (the decision consumes exactly those initiatives: lib/decisions/evidence.ts). One
// shape, read and written here. The rule for moving a nominee on: a hard block (discipline, an open
// investigation or complaint, the same title twice) can never be overridden; any other failed check needs
// a written reason. A check with no data ("chưa có dữ liệu") is neither a pass nor a failure.
import { z } from 'zod'
import { isAwardCode, type AwardCode } from '../awards/catalog'
import { evaluateEligibility, failures, reliedOn } from '../awards/eligibility'
import type { EligibilityCheck, Evidence } from '../awards/eligibility/types'
import type { Tx } from '../db/tenant'
import { DomainError } from '../shared/errors'
import { collectiveRecord, individualRecord } from './record'

const evidenceSchema = z.object({
  initiativeIds: z.array(z.string()),
  ratingYears: z.array(z.number()),
  awards: z.array(z.object({ award: z.string(), year: z.number() })),
})

export const eligibilityCheckSchema = z.object({
  ruleId: z.string(),
  label: z.string(),
  passed: z.boolean(),
  message: z.string(),
  source: z.string(),
  // absent in appraisals stored before they existed
  status: z.enum(['PASSED', 'WARNING', 'NO_DATA', 'FAILED']).optional(),
  hard: z.boolean().optional(),
  evidence: evidenceSchema.optional(),
  route: z.object({ id: z.string(), label: z.string() }).optional(),
})

export const appraisalSchema = z.object({
  /** The day whose rules were applied (yyyy-mm-dd). */
  evaluatedOn: z.iso.date(),
  route: z.string().nullable().optional(),
  checks: z.array(eligibilityCheckSchema),
  evidence: evidenceSchema.optional(),
})

export type Appraisal = z.infer<typeof appraisalSchema>

/**
 * The stored appraisal, or null when there is none (or a row that does not have this shape). The stored
 * value itself is returned, so fields a later version adds to a check are not stripped.
 */
export function parseAppraisal(value: unknown): Appraisal | null {
  return appraisalSchema.safeParse(value).success ? (value as Appraisal) : null
}

/** The checks that failed (a check with no data is no failure). */
export function failedChecks(appraisal: Appraisal | null) {
  if (!appraisal) return []
  const { soft, hard } = failures(appraisal.checks)
  return [...hard, ...soft]
}

type NomineeRef = { personId: string | null; organizationId: string | null; award: string }
type DossierRef = { year: number; kind: 'THUONG_XUYEN' | 'CHUYEN_DE' | 'DOT_XUAT'; movementId: string | null }

/** Evaluates the nominee on `onDate` (the day the dossier is considered) and returns what to store. */
export async function appraiseNominee(
  tx: Tx,
  tenantId: string,
  nominee: NomineeRef,
  dossier: DossierRef,
  onDate: string,
  input: { reason: string | null; route?: string | null },
): Promise<{
  appraisal: { evaluatedOn: string; route: string | null; checks: EligibilityCheck[]; evidence: Evidence }
  overrideReason: string | null
  failed: number
}> {
  if (!isAwardCode(nominee.award)) throw new DomainError('Hình thức khen thưởng không hợp lệ.')
  const movement = dossier.movementId
    ? await tx.movement.findFirst({ where: { tenantId, id: dossier.movementId }, select: { name: true } })
    : null
  const context = { kind: dossier.kind, movement: movement?.name ?? null }
  const record = nominee.personId
    ? await individualRecord(tx, tenantId, nominee.personId, dossier.year, context)
    : await collectiveRecord(tx, tenantId, nominee.organizationId!, dossier.year, context)
  const checks = evaluateEligibility(nominee.award as AwardCode, record, onDate, { route: input.route })
  const { soft, hard } = failures(checks)
  const route = checks.find((c) => c.route)?.route?.id ?? input.route ?? null
  return {
    appraisal: { evaluatedOn: onDate, route, checks, evidence: reliedOn(checks) },
    overrideReason: soft.length || hard.length ? input.reason : null,
    failed: soft.length + hard.length,
  }
}

/**
 * May the nominee be forwarded or approved on this appraisal? Hard blocks: never. Other failures: only
 * with the written reason kept on the nominee.
 */
export function assertApprovable(appraisal: Appraisal, overrideReason: string | null) {
  const { soft, hard } = failures(appraisal.checks)
  if (hard.length)
    throw new DomainError(
      `Không thể đề nghị khen thưởng: ${hard.map((c) => c.message).join('; ')}. Lý do thẩm định không thay thế được điều kiện này.`,
    )
  if (soft.length && !overrideReason)
    throw new DomainError(`Còn ${soft.length} tiêu chí chưa đạt: ghi lý do khi thẩm định nếu vẫn đề nghị.`)
}
