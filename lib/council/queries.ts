// The one way to find a council or a session: by (tenant, id), then checked against the actor. Anything
// that is not the actor's to see is "not found", never "forbidden", so ids of other tenants and other
// units' councils leak nothing. Changes lock the row they depend on.
import type { Actor } from '../auth/actor'
import { hasQuorum, quorumMinimum } from '../awards/voting'
import { ratioLabel } from '../awards/ratio'
import { isUuid, type Tx } from '../db/tenant'
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from '../shared/errors'
import { canManageCouncil, canViewCouncil } from './access'
import { quorumRatio } from './ballot'

const COUNCIL_NOT_FOUND = 'Không tìm thấy Hội đồng.'
const SESSION_NOT_FOUND = 'Không tìm thấy phiên họp.'
export const SESSION_CLOSED = 'Phiên họp đã kết thúc: không thể thay đổi điểm danh hay phiếu biểu quyết.'
export const PAPER_SESSION =
  'Phiên họp này biểu quyết bằng phiếu giấy: không bỏ phiếu trên hệ thống. Thường trực Hội đồng nhập kết quả theo biên bản kiểm phiếu.'
export const NOT_SECRETARIAT = 'Chỉ Thường trực Hội đồng (cán bộ Nội vụ của đơn vị) mới thực hiện được thao tác này.'

export const councilSelect = {
  id: true,
  tenantId: true,
  organizationId: true,
  name: true,
  quorumPercent: true,
  createdAt: true,
} as const
const orgSelect = { id: true, name: true, path: true, active: true } as const
const sessionSelect = {
  id: true,
  councilId: true,
  title: true,
  status: true,
  memberCount: true,
  openedAt: true,
  votingEndsAt: true,
  closedAt: true,
  version: true,
  voteMode: true,
} as const

async function withAccess<C extends { id: string; organizationId: string }>(
  tx: Tx,
  actor: Actor,
  council: C,
  notFound: string,
) {
  const [organization, me] = await Promise.all([
    tx.organization.findFirst({ where: { tenantId: actor.tenantId, id: council.organizationId }, select: orgSelect }),
    tx.councilMember.findFirst({
      where: { tenantId: actor.tenantId, councilId: council.id, userId: actor.userId },
      select: { id: true, active: true, isChair: true, fullName: true },
    }),
  ])
  if (!organization || !canViewCouncil(actor, organization, Boolean(me?.active))) throw new NotFoundError(notFound)
  return { ...council, organization, me: me?.active ? me : null }
}

/** The council with its unit and the actor's own active membership (if any), when the actor may see it. */
export async function findCouncilForActor(tx: Tx, actor: Actor, councilId: string) {
  if (!isUuid(councilId)) throw new NotFoundError(COUNCIL_NOT_FOUND)
  const council = await tx.council.findFirst({
    where: { tenantId: actor.tenantId, id: councilId },
    select: councilSelect,
  })
  if (!council) throw new NotFoundError(COUNCIL_NOT_FOUND)
  return withAccess(tx, actor, council, COUNCIL_NOT_FOUND)
}
export type CouncilRow = Awaited<ReturnType<typeof findCouncilForActor>>

/** The council of a unit (null when it has none); the unit must be visible to the actor. */
export async function findCouncilOfOrganization(tx: Tx, actor: Actor, organizationId: string) {
  if (!isUuid(organizationId)) throw new NotFoundError('Không tìm thấy đơn vị.')
  const council = await tx.council.findFirst({
    where: { tenantId: actor.tenantId, organizationId },
    select: councilSelect,
  })
  return council ? withAccess(tx, actor, council, COUNCIL_NOT_FOUND) : null
}

/**
 * For a change by the secretariat: visible, managed by the actor, and the council row locked until the
 * transaction ends, so member changes and the opening of sessions never interleave.
 */
export async function councilForChange(tx: Tx, actor: Actor, councilId: string) {
  const council = await findCouncilForActor(tx, actor, councilId)
  if (!canManageCouncil(actor, council.organization)) throw new ForbiddenError(NOT_SECRETARIAT)
  await tx.$queryRaw`SELECT 1 FROM "Council" WHERE "tenantId" = ${actor.tenantId}::uuid AND "id" = ${council.id}::uuid FOR UPDATE`
  return council
}

/** The session with its council, unit and the actor's membership, when the actor may see it. */
export async function findSessionForActor(tx: Tx, actor: Actor, sessionId: string) {
  if (!isUuid(sessionId)) throw new NotFoundError(SESSION_NOT_FOUND)
  const session = await tx.councilSession.findFirst({
    where: { tenantId: actor.tenantId, id: sessionId },
    select: sessionSelect,
  })
  if (!session) throw new NotFoundError(SESSION_NOT_FOUND)
  const council = await tx.council.findFirst({
    where: { tenantId: actor.tenantId, id: session.councilId },
    select: councilSelect,
  })
  if (!council) throw new NotFoundError(SESSION_NOT_FOUND)
  return { ...session, council: await withAccess(tx, actor, council, SESSION_NOT_FOUND) }
}
export type SessionRow = Awaited<ReturnType<typeof findSessionForActor>>

/** The session for a secretariat action; refuses anyone else. */
export async function sessionForSecretariat(tx: Tx, actor: Actor, sessionId: string) {
  const session = await findSessionForActor(tx, actor, sessionId)
  if (!canManageCouncil(actor, session.council.organization)) throw new ForbiddenError(NOT_SECRETARIAT)
  return session
}

/** "Not enough members present" in words, for the vote and the closing. */
export function quorumMessage(present: number, total: number, quorumPercent: number, consequence: string) {
  const r = quorumRatio(quorumPercent)
  return `Phiên họp chưa đủ số thành viên dự họp: ${present}/${total} thành viên có mặt, cần tối thiểu ${quorumMinimum(total, r)} (${ratioLabel(r)} tổng số thành viên). ${consequence}`
}

export type RosterEntry = { memberId: string; present: boolean }

export async function loadRoster(tx: Tx, tenantId: string, sessionId: string) {
  const rows = await tx.sessionAttendance.findMany({
    where: { tenantId, sessionId },
    select: { memberId: true, present: true },
  })
  return new Map(rows.map((r) => [r.memberId, r]))
}

/**
 * Before any ballot is written: a shared lock on the session row (ballots never interleave with a
 * change of attendance or the closing, yet never block one another), the session still open, and the
 * quorum reached. Returns the roster.
 */
export async function votingGate(tx: Tx, tenantId: string, session: SessionRow) {
  if (session.voteMode === 'PAPER') throw new DomainError(PAPER_SESSION)
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT "status"::text AS "status" FROM "CouncilSession" WHERE "tenantId" = ${tenantId}::uuid AND "id" = ${session.id}::uuid FOR SHARE`
  if (rows.length !== 1) throw new NotFoundError(SESSION_NOT_FOUND)
  if (rows[0].status !== 'OPEN') throw new DomainError(SESSION_CLOSED)
  const roster = await loadRoster(tx, tenantId, session.id)
  const present = [...roster.values()].filter((r) => r.present).length
  if (!hasQuorum(present, session.memberCount, quorumRatio(session.council.quorumPercent))) {
    throw new DomainError(
      quorumMessage(present, session.memberCount, session.council.quorumPercent, 'Chưa nhận phiếu biểu quyết.'),
    )
  }
  return roster
}

/** Claims the session's version while it is open (and its row lock); tells a closed session from a stale form. */
export async function claimOpenSession(
  tx: Tx,
  tenantId: string,
  sessionId: string,
  version: number,
  data: Record<string, unknown> = {},
) {
  const { count } = await tx.councilSession.updateMany({
    where: { tenantId, id: sessionId, status: 'OPEN', version },
    data: { ...data, version: { increment: 1 } },
  })
  if (count === 1) return
  const now = await tx.councilSession.findFirst({ where: { tenantId, id: sessionId }, select: { status: true } })
  if (now?.status === 'CLOSED')
    throw new ConflictError('Phiên họp đã được kết thúc (có thể bởi người khác). Hãy tải lại trang để xem kết quả.')
  throw new ConflictError()
}
