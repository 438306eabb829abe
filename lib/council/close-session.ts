// Closing a session, once: the secretariat claims the open session (a second close, concurrent or
// late, is refused), counts the anonymous choices per item, decides each on the council's TOTAL
// membership (lib/awards/voting), writes the result on the item and the nominee with a dossier event,
// and then erases the link between voters and choices: every choice of the session is deleted and
// written again without its key, in a cryptographically shuffled order. All in one transaction.
import { randomUUID } from 'node:crypto'
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { hasQuorum } from '../awards/voting'
import { withTenant } from '../db/tenant'
import { ConflictError, DomainError } from '../shared/errors'
import { closeReadiness, countsPublishable, quorumRatio, shuffled, tally } from './ballot'
import { claimOpenSession, loadRoster, quorumMessage, sessionForSecretariat } from './queries'
import { decideItem, writeResults, type ItemResult } from './results'
import type { CloseSessionInput } from './schemas'

export type { ItemResult } from './results'

export const PAPER_CLOSE =
  'Phiên họp biểu quyết bằng phiếu giấy kết thúc khi Thường trực Hội đồng nhập kết quả theo biên bản kiểm phiếu (kèm bản chụp biên bản).'
export const ALREADY_CLOSED = 'Phiên họp đã được kết thúc trước đó. Hãy tải lại trang để xem kết quả.'

const clock = (at: Date) =>
  at.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' })

export async function closeSession(actor: Actor, input: CloseSessionInput, now = new Date()): Promise<ItemResult[]> {
  return withTenant(actor.tenantId, async (tx) => {
    const tenantId = actor.tenantId
    const session = await sessionForSecretariat(tx, actor, input.sessionId)
    if (session.status === 'CLOSED') throw new ConflictError(ALREADY_CLOSED)
    if (session.voteMode === 'PAPER') throw new DomainError(PAPER_CLOSE)
    // The exclusive row lock waits for ballots being written; ballots that come later see CLOSED.
    await claimOpenSession(tx, tenantId, session.id, input.version, { status: 'CLOSED', closedAt: new Date() })
    const roster = await loadRoster(tx, tenantId, session.id)
    const present = [...roster.values()].filter((r) => r.present).length
    if (!hasQuorum(present, session.memberCount, quorumRatio(session.council.quorumPercent))) {
      throw new DomainError(
        quorumMessage(
          present,
          session.memberCount,
          session.council.quorumPercent,
          'Chưa thể kết thúc phiên họp và công bố kết quả.',
        ),
      )
    }

    const items = await tx.sessionItem.findMany({
      where: { tenantId, sessionId: session.id },
      select: { id: true, nomineeId: true, award: true },
    })
    const itemIds = items.map((i) => i.id)
    // Not before every present member has voted, unless the voting window fixed at opening is over: a
    // close after the first ballot would publish that one ballot (docs/decisions/0006-secret-ballot.md).
    const casts = await tx.ballotCast.findMany({
      where: { tenantId, itemId: { in: itemIds } },
      select: { itemId: true, memberId: true, written: true },
    })
    const presentIds = [...roster.values()].filter((r) => r.present).map((r) => r.memberId)
    const ready = closeReadiness({ itemIds, presentIds, casts, now, votingEndsAt: session.votingEndsAt })
    if (!ready.ok) {
      throw new DomainError(
        `Chưa thể kết thúc phiên họp: còn ${ready.missing.length} thành viên có mặt chưa bỏ phiếu đủ các nội dung.` +
          (session.votingEndsAt
            ? ` Phiên họp chỉ kết thúc khi mọi thành viên có mặt đã bỏ phiếu, hoặc sau ${clock(session.votingEndsAt)} (hết thời gian biểu quyết).`
            : ' Phiên họp chỉ kết thúc khi mọi thành viên có mặt đã bỏ phiếu.'),
      )
    }
    const choices = await tx.ballotChoice.findMany({
      where: { tenantId, itemId: { in: itemIds } },
      select: { itemId: true, choice: true },
    })
    const counts = tally(itemIds, choices)
    const results: ItemResult[] = items.map((item) =>
      decideItem(session, item, { ...counts.get(item.id)!, invalid: 0 }, !countsPublishable(casts, item.id)),
    )
    await writeResults(tx, actor, session, results, false)

    // Erase the linkage: the keys go, and so do the row order and the transaction ids the choices
    // were written with (docs/decisions/0006-secret-ballot.md).
    if (choices.length) {
      await tx.ballotChoice.deleteMany({ where: { tenantId, itemId: { in: itemIds } } })
      await tx.ballotChoice.createMany({
        data: shuffled(choices).map((c) => ({
          id: randomUUID(),
          tenantId,
          itemId: c.itemId,
          choice: c.choice,
          ballotKey: null,
        })),
      })
    }

    await recordAudit(tx, {
      tenantId,
      actorId: actor.userId,
      organizationId: session.council.organizationId,
      action: 'council.session.close',
      targetType: 'CouncilSession',
      targetId: session.id,
      before: { status: 'OPEN' },
      after: {
        status: 'CLOSED',
        present,
        memberCount: session.memberCount,
        results: results.map(({ message: _, ...r }) => r),
      },
    })
    return results
  })
}
