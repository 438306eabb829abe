// The roll call: the secretariat marks each member of the session's roster present or absent. A member
// who has voted in the room cannot be marked absent, nor one with a written vote present: the minutes
// must agree with the ballots.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { DomainError } from '../shared/errors'
import { claimOpenSession, loadRoster, sessionForSecretariat } from './queries'
import type { AttendanceInput } from './schemas'

export async function recordAttendance(actor: Actor, input: AttendanceInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const tenantId = actor.tenantId
    const session = await sessionForSecretariat(tx, actor, input.sessionId)
    // Exclusive row lock: waits for ballots being written, and they wait for this.
    await claimOpenSession(tx, tenantId, session.id, input.version)
    const roster = await loadRoster(tx, tenantId, session.id)
    if (input.presentIds.some((id) => !roster.has(id)))
      throw new DomainError('Có thành viên không thuộc danh sách của phiên họp. Hãy tải lại trang.', 'presentIds')
    const present = new Set(input.presentIds)
    const nowPresent = [...roster.values()].filter((r) => !r.present && present.has(r.memberId)).map((r) => r.memberId)
    const nowAbsent = [...roster.values()].filter((r) => r.present && !present.has(r.memberId)).map((r) => r.memberId)
    const clashes = await tx.ballotCast.findMany({
      where: {
        tenantId,
        item: { sessionId: session.id },
        OR: [
          { memberId: { in: nowPresent }, written: true },
          { memberId: { in: nowAbsent }, written: false },
        ],
      },
      select: { memberId: true, written: true },
      distinct: ['memberId'],
    })
    if (clashes.length) {
      const names = await tx.councilMember.findMany({
        where: { tenantId, id: { in: clashes.map((c) => c.memberId) } },
        select: { id: true, fullName: true },
      })
      const name = (id: string) => names.find((n) => n.id === id)?.fullName ?? ''
      const voted = clashes.filter((c) => !c.written).map((c) => name(c.memberId))
      const written = clashes.filter((c) => c.written).map((c) => name(c.memberId))
      throw new DomainError(
        [
          voted.length ? `Đã bỏ phiếu tại phiên họp nên không ghi vắng mặt được: ${voted.join(', ')}.` : '',
          written.length ? `Đã có phiếu bằng văn bản nên không ghi có mặt được: ${written.join(', ')}.` : '',
        ]
          .filter(Boolean)
          .join(' '),
        'presentIds',
      )
    }
    if (nowPresent.length)
      await tx.sessionAttendance.updateMany({
        where: { tenantId, sessionId: session.id, memberId: { in: nowPresent } },
        data: { present: true },
      })
    if (nowAbsent.length)
      await tx.sessionAttendance.updateMany({
        where: { tenantId, sessionId: session.id, memberId: { in: nowAbsent } },
        data: { present: false },
      })
    await recordAudit(tx, {
      tenantId,
      actorId: actor.userId,
      organizationId: session.council.organizationId,
      action: 'council.session.attendance',
      targetType: 'CouncilSession',
      targetId: session.id,
      after: { present: present.size, total: session.memberCount, presentMemberIds: [...present] },
    })
    return { present: present.size, total: session.memberCount }
  })
}
