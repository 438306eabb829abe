// Closing a session, once: the secretariat claims the open session (a second close, concurrent or
// late, is refused), counts the anonymous choices per item, decides each on the council's TOTAL
// membership (lib/awards/voting), writes the result on the item and the nominee with a dossier event,
// and then erases the link between voters and choices: every choice of the session is deleted and
// written again without its key, in a cryptographically shuffled order. All in one transaction.
import { randomUUID } from 'node:crypto'
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { isAwardCode } from '../awards/catalog'
import { decide, hasQuorum } from '../awards/voting'
import { withTenant } from '../db/tenant'
import { Prisma } from '../generated/prisma/client'
import { ConflictError, DomainError } from '../shared/errors'
import { closeReadiness, countsPublishable, quorumRatio, shuffled, tally, vietnamDate } from './ballot'
import { claimOpenSession, loadRoster, quorumMessage, sessionForSecretariat } from './queries'
import type { CloseSessionInput } from './schemas'

export const ALREADY_CLOSED = 'Phiên họp đã được kết thúc trước đó. Hãy tải lại trang để xem kết quả.'

export type ItemResult = {
  itemId: string
  nomineeId: string
  agree: number
  disagree: number
  passed: boolean
  /** too few ballots to publish counts that would not single a voter out: agree / disagree are not shown */
  withheld: boolean
  message: string
}

const clock = (at: Date) =>
  at.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' })

export async function closeSession(actor: Actor, input: CloseSessionInput, now = new Date()): Promise<ItemResult[]> {
  return withTenant(actor.tenantId, async (tx) => {
    const tenantId = actor.tenantId
    const session = await sessionForSecretariat(tx, actor, input.sessionId)
    if (session.status === 'CLOSED') throw new ConflictError(ALREADY_CLOSED)
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
    const onDate = vietnamDate(session.openedAt)
    const results: ItemResult[] = items.map((item) => {
      const { agree, disagree } = counts.get(item.id)!
      const decision = isAwardCode(item.award)
        ? decide(item.award, { total: session.memberCount, agree, disagree }, onDate)
        : { passed: false, message: `Hình thức khen thưởng không hợp lệ: ${item.award}` }
      const withheld = !countsPublishable(casts, item.id)
      return {
        itemId: item.id,
        nomineeId: item.nomineeId,
        agree: withheld ? 0 : agree,
        disagree: withheld ? 0 : disagree,
        passed: decision.passed,
        withheld,
        message: withheld
          ? `${decision.passed ? 'Đạt' : 'Không đạt'}: quá ít phiếu để công bố số phiếu mà không lộ lựa chọn của người bỏ phiếu.`
          : decision.message,
      }
    })

    if (results.length) {
      const rows = results.map(
        (r) =>
          Prisma.sql`(${r.itemId}::uuid, ${r.withheld ? null : r.agree}::int, ${r.withheld ? null : r.disagree}::int, ${r.passed}::boolean, ${r.withheld}::boolean)`,
      )
      await tx.$executeRaw`
        UPDATE "SessionItem" AS s SET "agree" = v.agree, "disagree" = v.disagree, "passed" = v.passed, "countsWithheld" = v.withheld
        FROM (VALUES ${Prisma.join(rows)}) AS v(id, agree, disagree, passed, withheld)
        WHERE s."tenantId" = ${tenantId}::uuid AND s."id" = v.id`
      for (const passed of [true, false]) {
        const ids = results.filter((r) => r.passed === passed).map((r) => r.nomineeId)
        // Only nominees still under review at the council's unit take the result.
        if (ids.length) {
          await tx.dossierNominee.updateMany({
            where: { tenantId, id: { in: ids }, status: 'IN_REVIEW', holderOrgId: session.council.organizationId },
            data: { councilPassed: passed, version: { increment: 1 } },
          })
        }
      }
      const nominees = await tx.dossierNominee.findMany({
        where: { tenantId, id: { in: results.map((r) => r.nomineeId) } },
        select: { id: true, dossierId: true },
      })
      const dossierOf = new Map(nominees.map((n) => [n.id, n.dossierId]))
      await tx.dossierEvent.createMany({
        data: results
          .filter((r) => dossierOf.has(r.nomineeId))
          .map((r) => ({
            tenantId,
            dossierId: dossierOf.get(r.nomineeId)!,
            nomineeId: r.nomineeId,
            actorId: actor.userId,
            orgId: session.council.organizationId,
            action: 'council.result',
            reason: r.message,
          })),
      })
    }

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
