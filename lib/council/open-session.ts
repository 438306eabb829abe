// The secretariat opens a session (phiên họp xét) with an agenda of the nominees the unit holds for
// review. The roster is frozen at opening: the active members, all marked absent until the roll call,
// and their number, on which every threshold of the session is counted.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { awardShort, isAwardCode } from '../awards/catalog'
import { requiredVotes } from '../awards/voting'
import { withTenant } from '../db/tenant'
import { PUBLIC_COMMENT } from '../dossiers/workflow'
import { todayInVietnam } from '../shared/dates'
import { DomainError } from '../shared/errors'
import { BALLOT_POLICY, vietnamDate } from './ballot'
import { councilForChange } from './queries'
import type { OpenSessionInput } from './schemas'

export async function openSession(actor: Actor, input: OpenSessionInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const tenantId = actor.tenantId
    const council = await councilForChange(tx, actor, input.councilId)
    const members = await tx.councilMember.findMany({
      where: { tenantId, councilId: council.id, active: true },
      select: { id: true },
    })
    if (members.length === 0)
      throw new DomainError('Hội đồng chưa có thành viên: hãy bổ sung thành viên trước khi mở phiên họp.')
    const nominees = await tx.dossierNominee.findMany({
      where: { tenantId, id: { in: input.nomineeIds }, status: 'IN_REVIEW', holderOrgId: council.organizationId },
      select: { id: true, displayName: true, award: true, publicTo: true },
    })
    const stillPublic = nominees.filter(
      (n) => PUBLIC_COMMENT.awards.includes(n.award) && !(n.publicTo && n.publicTo < todayInVietnam()),
    )
    if (stillPublic.length) {
      throw new DomainError(
        `Chưa hết thời gian lấy ý kiến công khai: ${stillPublic.map((n) => n.displayName).join(', ')}.`,
        'nomineeIds',
      )
    }
    if (nominees.length !== input.nomineeIds.length) {
      throw new DomainError(
        'Có hồ sơ không còn chờ Hội đồng xét (đã được chuyển đi hoặc không thuộc đơn vị). Hãy tải lại trang.',
        'nomineeIds',
      )
    }
    const busy = await tx.sessionItem.findMany({
      where: { tenantId, nomineeId: { in: input.nomineeIds }, session: { councilId: council.id, status: 'OPEN' } },
      select: { nomineeId: true },
    })
    if (busy.length) {
      const names = nominees.filter((n) => busy.some((b) => b.nomineeId === n.id)).map((n) => n.displayName)
      throw new DomainError(`Đang được xét ở phiên họp khác chưa kết thúc: ${names.join(', ')}.`, 'nomineeIds')
    }
    // Re-consideration (xét lại): a nominee the council has already voted on comes back only with the
    // chair's recorded leave, used once (lib/council/reconsider.ts); the secretariat alone cannot repeat a
    // vote until it gets the result it wants.
    const voted = await tx.sessionItem.findMany({
      where: { tenantId, nomineeId: { in: input.nomineeIds }, session: { councilId: council.id, status: 'CLOSED' } },
      select: { nomineeId: true },
    })
    const votedIds = [...new Set(voted.map((v) => v.nomineeId))]
    const leaves = votedIds.length
      ? await tx.councilReconsideration.findMany({
          where: { tenantId, councilId: council.id, nomineeId: { in: votedIds }, usedBySessionId: null },
          select: { id: true, nomineeId: true },
        })
      : []
    const withoutLeave = votedIds.filter((id) => !leaves.some((l) => l.nomineeId === id))
    if (withoutLeave.length) {
      const names = nominees.filter((n) => withoutLeave.includes(n.id)).map((n) => n.displayName)
      throw new DomainError(
        `Đã được Hội đồng biểu quyết ở phiên họp trước: ${names.join(', ')}. Muốn xét lại, Chủ tịch Hội đồng cần cho phép và ghi rõ lý do.`,
        'nomineeIds',
      )
    }
    const today = vietnamDate()
    const items = nominees.map((n) => {
      if (!isAwardCode(n.award))
        throw new DomainError(`Hình thức khen thưởng của “${n.displayName}” không hợp lệ.`, 'nomineeIds')
      try {
        return { nomineeId: n.id, award: n.award, required: requiredVotes(n.award, members.length, today) }
      } catch (error) {
        if (error instanceof RangeError)
          throw new DomainError(`${n.displayName} (${awardShort(n.award)}): ${error.message}`, 'nomineeIds')
        throw error
      }
    })
    const openedAt = new Date()
    const votingEndsAt = new Date(
      openedAt.getTime() + (input.votingMinutes ?? BALLOT_POLICY.defaultVotingMinutes) * 60_000,
    )
    const session = await tx.councilSession.create({
      data: {
        tenantId,
        councilId: council.id,
        title: input.title,
        memberCount: members.length,
        openedAt,
        votingEndsAt,
        voteMode: input.voteMode ?? 'ELECTRONIC',
      },
      select: { id: true },
    })
    // One leave per nominee, taken by this session (the council row is locked: no second session races).
    for (const nomineeId of votedIds) {
      const leave = leaves.find((l) => l.nomineeId === nomineeId)!
      await tx.councilReconsideration.updateMany({
        where: { tenantId, id: leave.id, usedBySessionId: null },
        data: { usedBySessionId: session.id },
      })
    }
    await tx.sessionAttendance.createMany({
      data: members.map((m) => ({ tenantId, sessionId: session.id, memberId: m.id, present: false })),
    })
    await tx.sessionItem.createMany({ data: items.map((item) => ({ tenantId, sessionId: session.id, ...item })) })
    await recordAudit(tx, {
      tenantId,
      actorId: actor.userId,
      organizationId: council.organizationId,
      action: 'council.session.open',
      targetType: 'CouncilSession',
      targetId: session.id,
      after: {
        councilId: council.id,
        title: input.title,
        memberCount: members.length,
        nomineeIds: input.nomineeIds,
        votingEndsAt: votingEndsAt.toISOString(),
        voteMode: input.voteMode ?? 'ELECTRONIC',
        reconsidered: votedIds,
      },
    })
    return session
  })
}
