// Ballots. THAT a member voted goes to BallotCast (item, member); HOW goes to BallotChoice (item,
// choice, ballotKey) with no column naming the member: the key is an HMAC of item and member under a
// server secret, so the member can find and change their own choice until the session closes, and
// closing erases it (see close-session.ts and docs/decisions/0006-secret-ballot.md).
// The audit journal records that a member voted on an item, never the choice.
import { randomUUID } from 'node:crypto'
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant, type Tx } from '../db/tenant'
import { DomainError, ForbiddenError, NotFoundError } from '../shared/errors'
import { holdsCouncilRole } from './access'
import { ballotKey, ballotSecret, type Choice } from './ballot'
import { findSessionForActor, sessionForSecretariat, votingGate, type SessionRow } from './queries'
import type { BallotInput, WrittenBallotInput } from './schemas'

type Vote = { itemId: string; choice: Choice }

const KEY_MISMATCH =
  'Không đối chiếu được phiếu đã bỏ trước đó (khóa phiếu kín của máy chủ đã thay đổi). Phiếu chưa được sửa; vui lòng báo Thường trực Hội đồng.'

async function writeBallots(
  tx: Tx,
  actor: Actor,
  session: SessionRow,
  memberId: string,
  votes: readonly Vote[],
  written: boolean,
  secret: string,
) {
  const tenantId = actor.tenantId
  const ids = votes.map((v) => v.itemId)
  const found = await tx.sessionItem.count({ where: { tenantId, sessionId: session.id, id: { in: ids } } })
  if (found !== ids.length)
    throw new NotFoundError('Có nội dung biểu quyết không thuộc phiên họp này. Hãy tải lại trang.')
  // A fixed order, so that two ballot sheets of the same member cannot deadlock on each other.
  for (const vote of [...votes].sort((a, b) => a.itemId.localeCompare(b.itemId))) {
    const key = ballotKey(secret, vote.itemId, memberId)
    // castAt is the session's opening, not the moment: no time finer than the session ties a cast to
    // the order in which choices arrived.
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "BallotCast" ("id", "tenantId", "itemId", "memberId", "written", "castAt")
      VALUES (${randomUUID()}::uuid, ${tenantId}::uuid, ${vote.itemId}::uuid, ${memberId}::uuid, ${written}, ${session.openedAt})
      ON CONFLICT ("tenantId", "itemId", "memberId") DO NOTHING
      RETURNING "id"`
    if (inserted.length === 1) {
      // A fresh random id: nothing but the item is shared with the cast.
      await tx.ballotChoice.create({
        data: { id: randomUUID(), tenantId, itemId: vote.itemId, choice: vote.choice, ballotKey: key },
        select: { id: true },
      })
    } else {
      const cast = await tx.ballotCast.findFirst({
        where: { tenantId, itemId: vote.itemId, memberId },
        select: { written: true },
      })
      if (cast && cast.written !== written) {
        throw new DomainError(
          written
            ? 'Thành viên này đã bỏ phiếu tại phiên họp: không nhập phiếu bằng văn bản thay được.'
            : 'Phiếu của bạn đã được nhập theo phiếu bằng văn bản: muốn sửa, hãy liên hệ Thường trực Hội đồng.',
        )
      }
      const { count } = await tx.ballotChoice.updateMany({
        where: { tenantId, itemId: vote.itemId, ballotKey: key },
        data: { choice: vote.choice },
      })
      if (count !== 1) throw new DomainError(KEY_MISMATCH)
      continue // a changed vote adds nothing to the journal: that the member voted is already there
    }
    // THAT the member voted, stamped with the session's opening: the journal orders ballots no finer
    // than the session, so it cannot be lined up with a count (docs/decisions/0006-secret-ballot.md).
    await recordAudit(tx, {
      tenantId,
      actorId: actor.userId,
      organizationId: session.council.organizationId,
      action: 'council.vote',
      targetType: 'SessionItem',
      targetId: vote.itemId,
      after: { sessionId: session.id, memberId, written },
      at: session.openedAt,
    })
  }
}

/** A member votes (or changes their vote) on one or more items of an open session, in the room. */
export async function castBallot(actor: Actor, input: BallotInput) {
  const secret = ballotSecret()
  return withTenant(actor.tenantId, async (tx) => {
    const session = await findSessionForActor(tx, actor, input.sessionId)
    const me = session.council.me
    if (!me || !holdsCouncilRole(actor, session.council.organizationId))
      throw new ForbiddenError('Chỉ thành viên Hội đồng mới được bỏ phiếu.')
    const roster = await votingGate(tx, actor.tenantId, session)
    const entry = roster.get(me.id)
    if (!entry)
      throw new ForbiddenError(
        'Bạn được bổ sung vào Hội đồng sau khi phiên họp bắt đầu nên không có tên trong danh sách biểu quyết của phiên này.',
      )
    if (!entry.present) {
      throw new DomainError(
        'Bạn đang được ghi nhận vắng mặt. Phiếu bằng văn bản của thành viên vắng mặt do Thường trực Hội đồng nhập; nếu bạn đã có mặt, hãy báo Thường trực điểm danh lại.',
      )
    }
    await writeBallots(tx, actor, session, me.id, input.votes, false, secret)
    return { count: input.votes.length }
  })
}

/** The secretariat enters the written vote (phiếu bằng văn bản) of an absent member. */
export async function recordWrittenBallot(actor: Actor, input: WrittenBallotInput) {
  const secret = ballotSecret()
  return withTenant(actor.tenantId, async (tx) => {
    const session = await sessionForSecretariat(tx, actor, input.sessionId)
    const roster = await votingGate(tx, actor.tenantId, session)
    const entry = roster.get(input.memberId)
    if (!entry) throw new DomainError('Người này không có tên trong danh sách thành viên của phiên họp.', 'memberId')
    if (entry.present)
      throw new DomainError(
        'Thành viên này có mặt và tự bỏ phiếu; chỉ nhập phiếu bằng văn bản cho thành viên vắng mặt.',
        'memberId',
      )
    await writeBallots(tx, actor, session, input.memberId, input.votes, true, secret)
    return { count: input.votes.length }
  })
}
