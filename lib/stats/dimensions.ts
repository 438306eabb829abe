// How an award record falls into the dimensions of the statistics forms: one SQL expression per
// dimension, used both to count (lib/stats/facts.ts) and to list the records behind a figure
// (lib/stats/register.ts), so a figure and its drill-down never disagree.
// The query aliases are fixed: ar = "AwardRecord", o = its unit ("Organization"), p = its person.
import type { Predicate } from './forms'

export const AWARD_DIMENSIONS = {
  award: `ar.award`,
  collective: `(ar."personId" IS NULL)`,
  /** a collective award to an enterprise (OrgKind DOANH_NGHIEP) */
  enterprise: `(ar."personId" IS NULL AND o.kind = 'DOANH_NGHIEP')`,
  /** households are not recorded by the app */
  household: `false`,
  /** the staff category entered on the person; until entered, leaders count as "lãnh đạo khác" and the
   *  rest as "trực tiếp" (docs/domain.md §11) */
  category: `CASE WHEN ar."personId" IS NULL THEN NULL ELSE coalesce(p."staffCategory"::text,
    CASE WHEN p."isLeader" THEN 'LANH_DAO_KHAC' ELSE 'TRUC_TIEP' END) END`,
  /** the method recorded on the award; older rows without one: chuyên đề/đột xuất → CHUYEN_DE */
  method: `coalesce(ar.method::text, CASE WHEN ar.thematic THEN 'CHUYEN_DE' ELSE 'THUONG_XUYEN' END)`,
} as const

export type AwardDimension = keyof typeof AWARD_DIMENSIONS

/**
 * Which award records count at all: every one. A revocation (thu hồi, lib/decisions) removes the award's
 * history row, so a revoked award is no longer in AwardRecord; should revocation ever keep the row with a
 * flag, this is the one place every form and the register read to leave it out.
 */
export const COUNTED = `true`

/** SQL condition for a predicate over award dimensions; values go to `params` ($n placeholders). */
export function predicateSql(where: Predicate, params: unknown[]): string {
  const parts: string[] = []
  for (const [key, wanted] of Object.entries(where)) {
    if (!Object.hasOwn(AWARD_DIMENSIONS, key)) throw new Error(`unknown dimension ${key}`)
    const expr = AWARD_DIMENSIONS[key as AwardDimension]
    if (Array.isArray(wanted)) {
      if (wanted.length === 0) return 'false'
      params.push(wanted)
      parts.push(`(${expr}) = ANY($${params.length}::text[])`)
    } else if (typeof wanted === 'boolean') {
      params.push(wanted)
      parts.push(`(${expr}) = $${params.length}::boolean`)
    } else {
      params.push(wanted)
      parts.push(`(${expr}) = $${params.length}::text`)
    }
  }
  return parts.length ? parts.join(' AND ') : 'true'
}
