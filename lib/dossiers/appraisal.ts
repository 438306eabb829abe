// The appraisal of a nominee as stored in DossierNominee.appraisal (JSON): the day whose rules were
// applied and every eligibility check with its message and legal source. One shape, read and written
// here: the workflow writes it, the dossier page reads it, and anything else parses it the same way.
import { z } from 'zod'
import type { EligibilityCheck } from '../awards/eligibility/types'

export const eligibilityCheckSchema = z.object({
  ruleId: z.string(),
  label: z.string(),
  passed: z.boolean(),
  message: z.string(),
  source: z.string(),
}) satisfies z.ZodType<EligibilityCheck>

export const appraisalSchema = z.object({
  /** The day whose rules were applied (yyyy-mm-dd). */
  evaluatedOn: z.iso.date(),
  checks: z.array(eligibilityCheckSchema),
})

export type Appraisal = z.infer<typeof appraisalSchema>

/**
 * The stored appraisal, or null when there is none (or a row that does not have this shape). The stored
 * value itself is returned, so fields a later version adds to a check are not stripped.
 */
export function parseAppraisal(value: unknown): Appraisal | null {
  return appraisalSchema.safeParse(value).success ? (value as Appraisal) : null
}

/** The checks that failed. */
export const failedChecks = (appraisal: Appraisal | null) => appraisal?.checks.filter((c) => !c.passed) ?? []
