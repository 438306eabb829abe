// Scoring a member unit, one whole sheet per save (all criteria of the unit, one transaction):
//  - self-score ("self") with evidence, by the head of the unit once it has signed the covenant;
//  - agreed score ("agreed"), by the managing level or the leader unit's head (see access.ts).
// No score changes once the scoring was put to the members (agree-scores.ts).
// Every score row carries a version: a row changed by someone else since the sheet was loaded makes
// the whole save fail with a conflict instead of overwriting it. Bounds are checked before any write.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from '../shared/errors'
import { canRecordAgreed, isHeadOf } from './access'
import { shareLockBlock } from './guard'
import { scoreError, toDecimalString, toHundredths } from './points'
import { findBlockForActor } from './queries'
import type { ScoreSheetInput } from './schemas'

/** Scores are frozen while the members consider them, and for good once they agreed. */
export const SCORES_PROPOSED =
  'Kết quả chấm điểm đã được đưa ra khối thống nhất nên không sửa điểm được. Nếu cần xem xét lại, đơn vị trưởng khối rút lại kết quả trước (khi khối chưa thống nhất).'

const sameText = (a: string | null | undefined, b: string | null | undefined) => (a ?? null) === (b ?? null)

export async function saveScores(actor: Actor, input: ScoreSheetInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const tenantId = actor.tenantId
    const block = await findBlockForActor(tx, actor, input.blockId)
    if (!block.memberIds.includes(input.organizationId))
      throw new NotFoundError('Đơn vị không phải thành viên của khối.')
    const self = input.mode === 'self'
    if (self && !isHeadOf(actor, input.organizationId))
      throw new ForbiddenError('Chỉ thủ trưởng đơn vị mới tự chấm điểm cho đơn vị mình.')
    if (!self && !canRecordAgreed(actor, block, input.organizationId)) {
      throw new ForbiddenError(
        'Điểm thống nhất do cấp quản lý khối hoặc thủ trưởng đơn vị trưởng khối ghi nhận (điểm của đơn vị trưởng khối: cấp quản lý hoặc đơn vị phó khối).',
      )
    }
    await shareLockBlock(tx, tenantId, block.id) // the criteria and the proposal cannot change under this save
    const proposal = await tx.emulationBlock.findFirst({
      where: { tenantId, id: block.id },
      select: { scoresProposedAt: true },
    })
    if (proposal?.scoresProposedAt) throw new DomainError(SCORES_PROPOSED)

    const [member, criteria, existing] = await Promise.all([
      tx.blockMember.findFirst({
        where: { tenantId, blockId: block.id, organizationId: input.organizationId },
        select: { acceptedAt: true },
      }),
      tx.blockCriterion.findMany({
        where: { tenantId, blockId: block.id },
        select: { id: true, name: true, maxPoints: true },
      }),
      tx.blockScore.findMany({
        where: { tenantId, organizationId: input.organizationId, criterion: { blockId: block.id } },
        select: { id: true, criterionId: true, selfScore: true, evidence: true, agreedScore: true, version: true },
      }),
    ])
    if (!member) throw new NotFoundError('Đơn vị không phải thành viên của khối.')
    if (self && !member.acceptedAt)
      throw new DomainError('Đơn vị chưa ký giao ước thi đua: hãy ký giao ước trước khi tự chấm điểm.')
    const criterionById = new Map(
      criteria.map((c) => [c.id, { name: c.name, maxHundredths: toHundredths(c.maxPoints) }]),
    )
    // A sheet built from criteria that have since been replaced is stale.
    if (input.entries.length === 0 || input.entries.some((e) => !criterionById.has(e.criterionId)))
      throw new ConflictError()
    for (const entry of input.entries) {
      const problem = entry.score === null ? null : scoreError(entry.score, criterionById.get(entry.criterionId)!)
      if (problem) throw new DomainError(problem, `score_${entry.criterionId}`)
    }

    const rowByCriterion = new Map(existing.map((s) => [s.criterionId, s]))
    const changes: { criterion: string; before: string | null; after: string | null }[] = []
    const creates: { criterionId: string; score: number | null; evidence: string | null }[] = []
    for (const entry of input.entries) {
      const row = rowByCriterion.get(entry.criterionId)
      const stored = row ? (self ? row.selfScore : row.agreedScore) : null
      const storedValue = stored === null ? null : toHundredths(stored)
      const evidenceSame = !self || entry.evidence === undefined || sameText(row?.evidence, entry.evidence)
      if (storedValue === entry.score && evidenceSame) continue
      if (row ? row.version !== entry.version : entry.version !== 0) throw new ConflictError()
      changes.push({
        criterion: criterionById.get(entry.criterionId)!.name,
        before: storedValue === null ? null : toDecimalString(storedValue),
        after: entry.score === null ? null : toDecimalString(entry.score),
      })
      const value = entry.score === null ? null : toDecimalString(entry.score)
      const data = self
        ? { selfScore: value, ...(entry.evidence !== undefined ? { evidence: entry.evidence } : {}) }
        : { agreedScore: value }
      if (!row) {
        creates.push({
          criterionId: entry.criterionId,
          score: entry.score,
          evidence: self ? (entry.evidence ?? null) : null,
        })
        continue
      }
      // The version in the WHERE clause: of two saves that read the same version, only one matches.
      const { count } = await tx.blockScore.updateMany({
        where: { tenantId, id: row.id, version: row.version },
        data: { ...data, version: { increment: 1 } },
      })
      if (count !== 1) throw new ConflictError()
    }
    if (creates.length) {
      const { count } = await tx.blockScore.createMany({
        data: creates.map((c) => ({
          tenantId,
          criterionId: c.criterionId,
          organizationId: input.organizationId,
          ...(self
            ? { selfScore: c.score === null ? null : toDecimalString(c.score), evidence: c.evidence }
            : { agreedScore: c.score === null ? null : toDecimalString(c.score) }),
        })),
        skipDuplicates: true, // someone else created the row meanwhile: a conflict, not a duplicate
      })
      if (count !== creates.length) throw new ConflictError()
    }
    if (changes.length === 0) return { changed: 0 }
    await recordAudit(tx, {
      tenantId,
      actorId: actor.userId,
      organizationId: input.organizationId,
      action: self ? 'block.self_score' : 'block.agreed_score',
      targetType: 'EmulationBlock',
      targetId: block.id,
      before: {
        organizationId: input.organizationId,
        scores: changes.map((c) => ({ criterion: c.criterion, value: c.before })),
      },
      after: {
        organizationId: input.organizationId,
        scores: changes.map((c) => ({ criterion: c.criterion, value: c.after })),
      },
    })
    return { changed: changes.length }
  })
}
