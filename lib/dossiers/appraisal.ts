// Appraisal (thẩm định) of one nominee: every eligibility check with what it relied on, stored on the
// nominee, and the rule for moving it on: a hard block (discipline, an open investigation or complaint,
// the same title twice) can never be overridden; any other failed check needs a written reason. A check
// with no data ("chưa có dữ liệu") is neither a pass nor a failure.
import { isAwardCode, type AwardCode } from '../awards/catalog'
import { evaluateEligibility, failures, reliedOn } from '../awards/eligibility'
import type { EligibilityCheck, Evidence } from '../awards/eligibility/types'
import type { Tx } from '../db/tenant'
import { DomainError } from '../shared/errors'
import { collectiveRecord, individualRecord } from './record'

/** What the nominee's `appraisal` column holds. `evidence`: what the decision will consume. */
export type Appraisal = {
  evaluatedOn: string
  route?: string | null
  checks: EligibilityCheck[]
  evidence?: Evidence
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
): Promise<{ appraisal: Appraisal; overrideReason: string | null; failed: number }> {
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
