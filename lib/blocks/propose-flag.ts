// The Cờ thi đua proposal from the block's ranking (Luật TĐKT 2022 Art. 26; docs/domain.md §
// "Khối, cụm thi đua"): a unit the block's agreed ranking puts among its leading units (as many as the
// block's number of Cờ, ties settled by the tie-break rule) gets a draft dossier at that unit with one
// nominee, the unit itself for "Cờ thi đua cấp tỉnh", its achievement taken from the ranking.
// The dossier and its nominee are made by the dossier feature (createDossierIn, addNomineeIn after the same
// check of who may propose as createDossier; one title per year, their audit entries); this adds the block's conditions and its own audit
// entry, all in one transaction. Once per unit and block: the member row keeps the dossier.

import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import type { Actor } from '../auth/actor'
import { addNomineeIn, createDossierIn, proposingUnit } from '../dossiers/draft'
import { DomainError, NotFoundError } from '../shared/errors'
import { shareLockBlock } from './guard'
import { formatPoints } from './points'
import { findBlockForActor, loadBlockSheet, standingOf } from './queries'
import { maxTotalOf } from './scoring'
import type { ProposeFlagInput } from './schemas'

export const FLAG_AWARD = 'CO_THI_DUA_TINH' as const

export async function proposeFlag(actor: Actor, input: ProposeFlagInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const tenantId = actor.tenantId
    const block = await findBlockForActor(tx, actor, input.blockId)
    if (!block.memberIds.includes(input.organizationId))
      throw new NotFoundError('Đơn vị không phải thành viên của khối.')
    await shareLockBlock(tx, tenantId, block.id) // the proposal cannot be withdrawn under this
    // The member row, locked: of two clicks, the second waits and then sees the first one's dossier.
    const [claimed] = await tx.$queryRaw<{ flagDossierId: string | null }[]>`
      SELECT "flagDossierId" FROM "BlockMember"
       WHERE "tenantId" = ${tenantId}::uuid AND "blockId" = ${block.id}::uuid
         AND "organizationId" = ${input.organizationId}::uuid FOR UPDATE`
    if (claimed?.flagDossierId) {
      const existing = await tx.dossier.findFirst({
        where: { tenantId, id: claimed.flagDossierId },
        select: { title: true },
      })
      throw new DomainError(
        `Đã lập đề nghị Cờ thi đua cho đơn vị từ kết quả của khối (hồ sơ “${existing?.title ?? ''}”): mỗi đơn vị chỉ được đề nghị một lần.`,
      )
    }
    const fresh = await tx.emulationBlock.findFirstOrThrow({
      where: { tenantId, id: block.id },
      select: { year: true, flagQuota: true, scoresDeadline: true, name: true },
    })
    const sheet = await loadBlockSheet(tx, tenantId, { ...block, ...fresh })
    const { ranking, agreement, proposal } = standingOf(sheet)
    const unitName = sheet.orgName.get(input.organizationId) ?? ''
    if (agreement.status !== 'DA_THONG_NHAT') throw new DomainError(`Chưa thể đề nghị Cờ thi đua: ${agreement.note}`)
    const leading = proposal.candidates.find((c) => c.organizationId === input.organizationId && c.award === FLAG_AWARD)
    if (!leading) {
      const unsigned = ranking.unsigned.find((u) => u.organizationId === input.organizationId)
      const undecided = proposal.undecided.some((u) => u.organizationId === input.organizationId)
      throw new DomainError(
        unsigned
          ? `${unitName}: ${unsigned.note}`
          : undecided
            ? (proposal.note ?? 'Đơn vị đồng hạng với đơn vị khác.')
            : `${unitName} không thuộc các đơn vị dẫn đầu khối được đề nghị Cờ thi đua (khối có ${fresh.flagQuota} Cờ).`,
      )
    }
    const ranked = ranking.ranked.find((u) => u.organizationId === input.organizationId)!
    const max = maxTotalOf(sheet.criteria)
    // who may open a dossier for the unit: the same check as createDossier
    const unit = await proposingUnit(tx, actor, input)
    const dossier = await createDossierIn(tx, actor, unit, {
      kind: 'THUONG_XUYEN',
      year: fresh.year,
      title: `Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh năm ${fresh.year} cho ${unitName}`,
      movementId: null,
    })
    const nominee = await addNomineeIn(
      tx,
      actor,
      { dossier: { id: dossier.id, year: fresh.year, proposingOrgId: unit.id }, unit },
      {
        personId: null,
        organizationId: input.organizationId,
        award: FLAG_AWARD,
        achievement:
          `Dẫn đầu ${fresh.name} năm ${fresh.year}: hạng ${ranked.rank} với ${formatPoints(ranked.total)}/${formatPoints(max)} điểm ` +
          `theo giao ước thi đua của khối; kết quả chấm điểm được các đơn vị trong khối thống nhất.` +
          (ranked.tieNotes.length ? ` ${ranked.tieNotes.join('; ')}.` : ''),
      },
    )
    await tx.blockMember.updateMany({
      where: { tenantId, blockId: block.id, organizationId: input.organizationId },
      data: { flagDossierId: dossier.id },
    })
    await recordAudit(tx, {
      tenantId,
      actorId: actor.userId,
      organizationId: input.organizationId,
      action: 'block.propose_flag',
      targetType: 'EmulationBlock',
      targetId: block.id,
      after: {
        organizationId: input.organizationId,
        dossierId: dossier.id,
        nomineeId: nominee.id,
        rank: ranked.rank,
        total: ranked.total,
      },
    })
    return { id: dossier.id, nomineeId: nominee.id }
  })
}
