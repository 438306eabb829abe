// What an issued decision does to the registry beyond its own rows (docs/decisions/0009):
//  - each item gets its số sổ vàng (the awardee's ordinal in the decision, in the decision's list order);
//  - each history row (AwardRecord) is linked to the item that granted it, so a revocation removes it;
//  - the initiatives the appraisal relied on, and only those, are written to the initiative-use ledger:
//    a CSTĐ cơ sở granted on an HTXS rating consumes none.
// The eligibility rules themselves live in lib/awards/eligibility*; nothing here re-derives them.
import { awardShort, isAwardCode, AWARD_BY_CODE } from '../awards/catalog'
import type { Tx } from '../db/tenant'
import type { Appraisal } from '../dossiers/appraisal'
import { DomainError } from '../shared/errors'

type DecidedNominee = {
  id: string
  personId: string | null
  organizationId: string | null
  displayName: string
  award: string
  appraisal: unknown
  dossier: { year: number }
}

const awardText = (code: string) => (isAwardCode(code) ? awardShort(code) : code)

/**
 * Before the history is written: an emulation title already in the award history for the same person or
 * unit and year (from another decision, or entered from before the app) stops the decision, naming it.
 * The partial unique indexes on AwardRecord enforce the same in the database.
 */
export async function assertTitlesFree(tx: Tx, tenantId: string, nominees: readonly DecidedNominee[]) {
  const titles = nominees.filter((n) => isAwardCode(n.award) && AWARD_BY_CODE[n.award].kind === 'DANH_HIEU')
  if (!titles.length) return
  const existing = await tx.awardRecord.findMany({
    where: {
      tenantId,
      OR: titles.map((n) =>
        n.personId
          ? { personId: n.personId, award: n.award, year: n.dossier.year }
          : { personId: null, organizationId: n.organizationId, award: n.award, year: n.dossier.year },
      ),
    },
    select: { personId: true, organizationId: true, award: true, year: true, decisionNumber: true },
    take: 50,
  })
  const clash = titles.flatMap((n) => {
    const hit = existing.find(
      (r) =>
        r.award === n.award &&
        r.year === n.dossier.year &&
        (n.personId ? r.personId === n.personId : !r.personId && r.organizationId === n.organizationId),
    )
    return hit ? [{ n, hit }] : []
  })
  if (clash.length)
    throw new DomainError(
      clash
        .map(
          ({ n, hit }) =>
            `${n.displayName} đã được tặng ${awardText(n.award)} năm ${n.dossier.year}` +
            (hit.decisionNumber ? ` (Quyết định số ${hit.decisionNumber})` : ' (lịch sử khen thưởng)'),
        )
        .join('; ') + ': một thành tích chỉ được khen thưởng một lần.',
      'nomineeIds',
    )
}

/** Số sổ vàng: each item's ordinal in the decision's list (award, then name: the order the decision prints). */
export async function numberGoldBook(tx: Tx, tenantId: string, decisionId: string) {
  await tx.$executeRaw`
    UPDATE "AwardDecisionItem" i SET "goldBookNo" = o.no
    FROM (SELECT "id", row_number() OVER (ORDER BY "award", "displayName", "id") AS no
          FROM "AwardDecisionItem" WHERE "tenantId" = ${tenantId}::uuid AND "decisionId" = ${decisionId}::uuid) o
    WHERE i."id" = o."id" AND i."tenantId" = ${tenantId}::uuid`
}

/**
 * After the decision's items and history rows are written: số sổ vàng, history links, and the
 * initiative-use ledger from each appraisal's evidence.
 */
export async function applyDecisionEvidence(
  tx: Tx,
  p: { tenantId: string; decisionId: string; documentNumber: string; nominees: readonly DecidedNominee[] },
) {
  const { tenantId, decisionId, documentNumber } = p
  await numberGoldBook(tx, tenantId, decisionId)
  // Each history row written for this decision points at its item.
  await tx.$executeRaw`
    UPDATE "AwardRecord" r SET "decisionItemId" = i."id"
    FROM "AwardDecisionItem" i JOIN "DossierNominee" n ON n."tenantId" = i."tenantId" AND n."id" = i."nomineeId"
    WHERE i."tenantId" = ${tenantId}::uuid AND i."decisionId" = ${decisionId}::uuid
      AND r."tenantId" = i."tenantId" AND r."decisionItemId" IS NULL AND r."decisionNumber" = ${documentNumber}
      AND r."award" = i."award" AND r."year" = n."achievementYear"
      AND (r."personId" = i."personId" OR (i."personId" IS NULL AND r."personId" IS NULL AND r."organizationId" = i."organizationId"))`

  // The initiatives each appraisal relied on, and nothing else.
  const wanted = p.nominees.flatMap((n) => {
    const appraisal = n.appraisal as Appraisal | null
    if (!n.personId) return []
    if (!appraisal?.evidence)
      throw new DomainError(`${n.displayName}: cần thẩm định lại trước khi ra quyết định (chưa có căn cứ đã xét).`)
    return appraisal.evidence.initiativeIds.map((initiativeId) => ({ n, initiativeId, personId: n.personId! }))
  })
  if (!wanted.length) return { initiativesUsed: 0 }
  const ids = wanted.map((w) => w.initiativeId)
  const [initiatives, live, items] = await Promise.all([
    tx.initiative.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, personId: true, title: true } }),
    tx.initiativeUse.findMany({
      where: { tenantId, initiativeId: { in: ids }, releasedAt: null },
      select: { initiativeId: true, award: true, year: true, decisionItemId: true },
    }),
    tx.awardDecisionItem.findMany({
      where: { tenantId, decisionId, nomineeId: { in: wanted.map((w) => w.n.id) } },
      select: { id: true, nomineeId: true },
    }),
  ])
  const title = new Map(initiatives.map((i) => [i.id, i]))
  const itemOf = new Map(items.map((i) => [i.nomineeId, i.id]))
  const problems = wanted.flatMap(({ n, initiativeId, personId }) => {
    const initiative = title.get(initiativeId)
    if (!initiative || initiative.personId !== personId)
      return [`${n.displayName}: sáng kiến đã thẩm định không còn trong hồ sơ cán bộ; cần thẩm định lại`]
    const use = live.find((u) => u.initiativeId === initiativeId)
    if (use)
      return [
        `${n.displayName}: sáng kiến “${initiative.title}” đã được dùng làm tiêu chí ${awardText(use.award)} năm ${use.year}; cần thẩm định lại`,
      ]
    return []
  })
  if (problems.length) throw new DomainError(problems.join('; ') + '.', 'nomineeIds')
  await tx.initiativeUse.createMany({
    data: wanted.map(({ n, initiativeId, personId }) => ({
      tenantId,
      initiativeId,
      personId,
      award: n.award,
      year: n.dossier.year,
      decisionItemId: itemOf.get(n.id) ?? null,
    })),
  })
  return { initiativesUsed: wanted.length }
}
