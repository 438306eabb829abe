// The members agree the block's scoring (thống nhất kết quả chấm điểm), as the giao ước provides:
//  - the block head (head of the leader unit) or the managing level puts the agreed scores to the
//    members with a deadline, once every signed unit is scored (proposeScores);
//  - the head of each signed unit confirms or objects with a reason until the deadline (respondScores);
//  - an objection is answered by withdrawing the proposal, revising the scores and proposing again
//    (withdrawScores). While a proposal stands, scores cannot change (scores.ts), so members answer on
//    exactly what they saw; once agreed (agreement.ts) the ranking is final and stays so.
// Proposing and withdrawing claim the block's version; answering takes a shared lock and checks the
// version, so an answer never lands on a proposal withdrawn meanwhile.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { isoDay, todayInVietnam, vnDate } from '../shared/dates'
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from '../shared/errors'
import { canProposeScores, isHeadOf } from './access'
import { bumpBlockVersion, shareLockBlock } from './guard'
import { findBlockForActor, loadBlockSheet, standingOf } from './queries'
import type { ProposeScoresInput, RespondScoresInput, WithdrawScoresInput } from './schemas'

/** The longest a block gives its members to answer. */
export const MAX_RESPONSE_DAYS = 60

export async function proposeScores(actor: Actor, input: ProposeScoresInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const tenantId = actor.tenantId
    const block = await findBlockForActor(tx, actor, input.blockId)
    if (!canProposeScores(actor, block))
      throw new ForbiddenError('Chỉ đơn vị trưởng khối hoặc cấp quản lý khối mới đưa kết quả chấm điểm ra khối.')
    const today = todayInVietnam()
    const deadline = input.deadline
    if (deadline < today) throw new DomainError('Hạn góp ý không được trước ngày hôm nay.', 'deadline')
    if (deadline.getTime() > today.getTime() + MAX_RESPONSE_DAYS * 86_400_000)
      throw new DomainError(`Hạn góp ý không quá ${MAX_RESPONSE_DAYS} ngày kể từ hôm nay.`, 'deadline')
    // The version claim locks the block: no score, signature or other proposal changes under this one.
    await bumpBlockVersion(tx, tenantId, block.id, input.version)
    if (block.scoresProposedAt) throw new DomainError('Kết quả chấm điểm đã được đưa ra khối thống nhất.')
    const sheet = await loadBlockSheet(tx, tenantId, block)
    const { ranking } = standingOf(sheet)
    if (ranking.incomplete.length)
      throw new DomainError(
        `Chưa thể đưa ra khối thống nhất: ${ranking.incomplete.map((u) => u.name).join(', ')} chưa có đủ điểm thống nhất.`,
      )
    if (ranking.ranked.length === 0)
      throw new DomainError('Chưa có đơn vị nào đã ký giao ước được chấm điểm thống nhất.')
    const proposedAt = new Date()
    await tx.emulationBlock.updateMany({
      where: { tenantId, id: block.id },
      data: { scoresProposedAt: proposedAt, scoresProposedById: actor.userId, scoresDeadline: deadline },
    })
    // The block head proposing speaks for the leader unit: it agrees what it proposes.
    const leaderSigned = sheet.members.some((m) => m.organizationId === block.leaderOrgId && m.acceptedAt)
    if (leaderSigned && isHeadOf(actor, block.leaderOrgId))
      await tx.blockMember.updateMany({
        where: { tenantId, blockId: block.id, organizationId: block.leaderOrgId },
        data: { scoreResponse: 'DONG_Y', scoreRespondedAt: proposedAt, scoreRespondedById: actor.userId },
      })
    await recordAudit(tx, {
      tenantId,
      actorId: actor.userId,
      organizationId: block.organizationId,
      action: 'block.propose_scores',
      targetType: 'EmulationBlock',
      targetId: block.id,
      after: {
        deadline: isoDay(deadline),
        ranking: ranking.ranked.map((u) => ({ organizationId: u.organizationId, rank: u.rank, total: u.total })),
        unsigned: ranking.unsigned.map((u) => u.organizationId),
      },
    })
  })
}

export async function withdrawScores(actor: Actor, input: WithdrawScoresInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const tenantId = actor.tenantId
    const block = await findBlockForActor(tx, actor, input.blockId)
    if (!canProposeScores(actor, block))
      throw new ForbiddenError('Chỉ đơn vị trưởng khối hoặc cấp quản lý khối mới rút lại kết quả chấm điểm.')
    await bumpBlockVersion(tx, tenantId, block.id, input.version)
    if (!block.scoresProposedAt) throw new DomainError('Kết quả chấm điểm chưa được đưa ra khối thống nhất.')
    const sheet = await loadBlockSheet(tx, tenantId, block)
    const { agreement } = standingOf(sheet)
    if (agreement.status === 'DA_THONG_NHAT')
      throw new DomainError('Khối đã thống nhất kết quả chấm điểm: xếp hạng là kết quả cuối cùng, không rút lại được.')
    await tx.emulationBlock.updateMany({
      where: { tenantId, id: block.id },
      data: { scoresProposedAt: null, scoresProposedById: null, scoresDeadline: null },
    })
    const { count: answersCleared } = await tx.blockMember.updateMany({
      where: { tenantId, blockId: block.id, scoreResponse: { not: null } },
      data: { scoreResponse: null, scoreRespondedAt: null, scoreRespondedById: null, scoreObjection: null },
    })
    await recordAudit(tx, {
      tenantId,
      actorId: actor.userId,
      organizationId: block.organizationId,
      action: 'block.withdraw_scores',
      targetType: 'EmulationBlock',
      targetId: block.id,
      before: {
        deadline: agreement.deadline,
        objections: agreement.objected.map((m) => ({ organizationId: m.organizationId, objection: m.objection })),
      },
      after: { answersCleared },
    })
  })
}

export async function respondScores(actor: Actor, input: RespondScoresInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const tenantId = actor.tenantId
    const block = await findBlockForActor(tx, actor, input.blockId)
    if (!block.memberIds.includes(input.organizationId))
      throw new NotFoundError('Đơn vị không phải thành viên của khối.')
    if (!isHeadOf(actor, input.organizationId))
      throw new ForbiddenError('Chỉ thủ trưởng đơn vị thành viên mới cho ý kiến về kết quả chấm điểm của đơn vị mình.')
    const version = await shareLockBlock(tx, tenantId, block.id)
    if (version !== input.version)
      throw new ConflictError('Kết quả chấm điểm vừa được thay đổi. Hãy tải lại trang, xem lại rồi cho ý kiến.')
    if (!block.scoresProposedAt || !block.scoresDeadline)
      throw new DomainError('Kết quả chấm điểm chưa được đưa ra khối thống nhất.')
    const sheet = await loadBlockSheet(tx, tenantId, block)
    const member = sheet.members.find((m) => m.organizationId === input.organizationId)!
    if (!member.acceptedAt)
      throw new DomainError('Đơn vị chưa ký giao ước thi đua nên không tham gia thống nhất kết quả chấm điểm.')
    const { agreement } = standingOf(sheet)
    if (agreement.status === 'DA_THONG_NHAT')
      throw new DomainError('Khối đã thống nhất kết quả chấm điểm: không thay đổi ý kiến được nữa.')
    if (agreement.closed) throw new DomainError(`Đã hết hạn góp ý (ngày ${vnDate(block.scoresDeadline)}).`)
    const respondedAt = new Date()
    await tx.blockMember.updateMany({
      where: { tenantId, blockId: block.id, organizationId: input.organizationId },
      data: {
        scoreResponse: input.response,
        scoreRespondedAt: respondedAt,
        scoreRespondedById: actor.userId,
        scoreObjection: input.objection,
      },
    })
    await recordAudit(tx, {
      tenantId,
      actorId: actor.userId,
      organizationId: input.organizationId,
      action: input.response === 'DONG_Y' ? 'block.confirm_scores' : 'block.object_scores',
      targetType: 'EmulationBlock',
      targetId: block.id,
      before: { response: member.scoreResponse, objection: member.scoreObjection },
      after: { response: input.response, objection: input.objection, version },
    })
  })
}
