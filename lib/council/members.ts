// Members of a council: chosen among the active users holding COUNCIL_MEMBER or LEADER at the council's
// unit; one chair. A member is removed by deactivation (past sessions keep their roster), and not while
// they are on the roster of a session that has not closed.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant, type Tx } from '../db/tenant'
import { DomainError, NotFoundError } from '../shared/errors'
import { COUNCIL_ROLES } from './access'
import { councilForChange, type CouncilRow } from './queries'
import type { AddMemberInput, MemberActionInput } from './schemas'

/** Users who may be added: a council role at exactly the council's unit, active, not already members. */
export async function memberCandidates(
  tx: Tx,
  tenantId: string,
  council: { id: string; organizationId: string },
  take = 300,
) {
  const [memberships, current] = await Promise.all([
    tx.membership.findMany({
      where: {
        tenantId,
        organizationId: council.organizationId,
        role: { in: [...COUNCIL_ROLES] },
        user: { active: true },
      },
      select: { role: true, user: { select: { id: true, fullName: true, username: true } } },
      orderBy: { user: { fullName: 'asc' } },
      take,
    }),
    tx.councilMember.findMany({ where: { tenantId, councilId: council.id, active: true }, select: { userId: true } }),
  ])
  const taken = new Set(current.map((m) => m.userId))
  const seen = new Map<string, { id: string; fullName: string; username: string; roles: string[] }>()
  for (const m of memberships) {
    if (taken.has(m.user.id)) continue
    const entry = seen.get(m.user.id) ?? { ...m.user, roles: [] }
    entry.roles.push(m.role)
    seen.set(m.user.id, entry)
  }
  return [...seen.values()]
}

async function activeMember(tx: Tx, council: CouncilRow, memberId: string) {
  const member = await tx.councilMember.findFirst({
    where: { tenantId: council.tenantId, councilId: council.id, id: memberId, active: true },
    select: { id: true, fullName: true, isChair: true },
  })
  if (!member) throw new NotFoundError('Không tìm thấy thành viên Hội đồng.')
  return member
}

export async function addMember(actor: Actor, input: AddMemberInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const council = await councilForChange(tx, actor, input.councilId)
    const eligible = await tx.membership.findFirst({
      where: {
        tenantId: actor.tenantId,
        userId: input.userId,
        organizationId: council.organizationId,
        role: { in: [...COUNCIL_ROLES] },
        user: { active: true },
      },
      select: { user: { select: { id: true, fullName: true } } },
    })
    if (!eligible)
      throw new DomainError(
        'Chỉ chọn được người đang giữ vai trò Thành viên Hội đồng hoặc Lãnh đạo tại đơn vị.',
        'userId',
      )
    const existing = await tx.councilMember.findFirst({
      where: { tenantId: actor.tenantId, councilId: council.id, userId: input.userId },
      select: { id: true, active: true },
    })
    if (existing?.active) throw new DomainError(`${eligible.user.fullName} đã là thành viên Hội đồng.`, 'userId')
    if (input.chair)
      await tx.councilMember.updateMany({
        where: { tenantId: actor.tenantId, councilId: council.id, isChair: true },
        data: { isChair: false },
      })
    const data = { fullName: eligible.user.fullName, position: input.position, isChair: input.chair, active: true }
    const member = existing
      ? await tx.councilMember.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.councilMember.create({
          data: { tenantId: actor.tenantId, councilId: council.id, userId: input.userId, ...data },
          select: { id: true },
        })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: council.organizationId,
      action: 'council.member.add',
      targetType: 'CouncilMember',
      targetId: member.id,
      after: {
        councilId: council.id,
        userId: input.userId,
        fullName: eligible.user.fullName,
        position: input.position,
        chair: input.chair,
      },
    })
    return member
  })
}

/** Makes a member the chair (the previous chair stays a member) or removes a member. */
export async function changeMember(actor: Actor, input: MemberActionInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const council = await councilForChange(tx, actor, input.councilId)
    const member = await activeMember(tx, council, input.memberId)
    if (input.action === 'chair') {
      await tx.councilMember.updateMany({
        where: { tenantId: actor.tenantId, councilId: council.id, isChair: true },
        data: { isChair: false },
      })
      await tx.councilMember.updateMany({ where: { tenantId: actor.tenantId, id: member.id }, data: { isChair: true } })
    } else {
      const open = await tx.sessionAttendance.findFirst({
        where: { tenantId: actor.tenantId, memberId: member.id, session: { status: 'OPEN' } },
        select: { session: { select: { title: true } } },
      })
      if (open)
        throw new DomainError(
          `${member.fullName} có tên trong phiên họp “${open.session.title}” chưa kết thúc: chỉ rút khỏi Hội đồng được sau khi phiên họp kết thúc.`,
        )
      await tx.councilMember.updateMany({
        where: { tenantId: actor.tenantId, id: member.id },
        data: { active: false, isChair: false },
      })
    }
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: council.organizationId,
      action: input.action === 'chair' ? 'council.member.chair' : 'council.member.remove',
      targetType: 'CouncilMember',
      targetId: member.id,
      before: { isChair: member.isChair, active: true },
      after: input.action === 'chair' ? { isChair: true } : { active: false },
    })
  })
}
