// A session that votes on paper (voteMode PAPER) is decided by the counting committee's record (biên bản
// kiểm phiếu): the secretariat types in the ballots issued and returned, the counts per nominee and the
// committee's names, and attaches the scanned signed record. Entering the record closes the session, in one
// transaction with the result, the nominees' councilPassed, the dossier events and the journal; it cannot be
// entered twice nor changed afterwards (a repeat of the same submission is answered with what was recorded).
// Only the chair's "xét lại" brings a nominee back, on a new session (docs/decisions/0025-written-ballots.md).
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { hasQuorum } from '../awards/voting'
import { isUuid, withTenant } from '../db/tenant'
import { fileLock, removeIfUnreferenced } from '../dossiers/attachments'
import {
  MAX_UPLOAD_BYTES,
  readStoredFile,
  sanitizeFileName,
  sha256Of,
  sniffContentType,
  storeFile,
  uploadProblem,
} from '../dossiers/storage'
import { ConflictError, DomainError, NotFoundError } from '../shared/errors'
import { BALLOT_POLICY, paperCountProblem, quorumRatio } from './ballot'
import { ALREADY_CLOSED } from './close-session'
import { findSessionForActor, loadRoster, quorumMessage, sessionForSecretariat } from './queries'
import { decideItem, writeResults, type ItemResult } from './results'
import type { PaperCountInput } from './schemas'

/** What a scanned counting record may be: a PDF or a photo. */
export const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const
export const SCAN_TYPES_LABEL = 'PDF, ảnh JPEG hoặc PNG'

/** Why the bytes cannot be the scanned record (empty, too large, not a PDF/JPEG/PNG by content), or null. */
export function scanProblem(bytes: Uint8Array): string | null {
  // Empty and too large as for every attachment (lib/dossiers/storage.ts); then a narrower set of types.
  if (bytes.length === 0 || bytes.length > MAX_UPLOAD_BYTES) return uploadProblem(bytes)
  const type = sniffContentType(bytes)
  if (!type || !(SCAN_TYPES as readonly string[]).includes(type.contentType))
    return `Bản chụp biên bản kiểm phiếu phải là tệp ${SCAN_TYPES_LABEL}. Nội dung tệp được kiểm tra, không dựa vào phần mở rộng của tên tệp.`
  return null
}

export const ALREADY_COUNTED =
  'Kết quả kiểm phiếu của phiên họp này đã được nhập: không nhập lại hay sửa được. Muốn xét lại một trường hợp, Chủ tịch Hội đồng cho phép xét lại để đưa ra phiên họp mới.'

export type PaperCountRequest = PaperCountInput & { fileName: string; bytes: Uint8Array }

export async function recordPaperCount(
  actor: Actor,
  input: PaperCountRequest,
): Promise<{ id: string; repeated: boolean; results: ItemResult[] }> {
  // The file first: nothing is read from the database or written to disk for a refused scan.
  const problem = scanProblem(input.bytes)
  if (problem) throw new DomainError(problem, 'scan')
  let written: string | null = null
  try {
    return await recordInTransaction(actor, input, (key) => (written = key))
  } catch (error) {
    // The transaction did not commit: bytes it wrote would be an orphan.
    if (written) await removeIfUnreferenced(actor.tenantId, written).catch(() => {})
    throw error
  }
}

async function recordInTransaction(actor: Actor, input: PaperCountRequest, onWritten: (key: string) => void) {
  const type = sniffContentType(input.bytes)!
  const sha256 = sha256Of(input.bytes)
  return withTenant(actor.tenantId, async (tx) => {
    const tenantId = actor.tenantId
    const session = await sessionForSecretariat(tx, actor, input.sessionId)
    // The session row, locked: concurrent submissions of the record take turns.
    const [row] = await tx.$queryRaw<{ status: string; version: number }[]>`
      SELECT "status"::text AS "status", "version" FROM "CouncilSession"
      WHERE "tenantId" = ${tenantId}::uuid AND "id" = ${session.id}::uuid FOR UPDATE`
    const existing = await tx.paperCount.findFirst({
      where: { tenantId, sessionId: session.id },
      select: { id: true, scanSha256: true, ballotsIssued: true, ballotsReturned: true, committee: true },
    })
    if (existing) {
      // The same submission again (a double click, a retry): answered with what was recorded, nothing written.
      const items = await tx.sessionItem.findMany({
        where: { tenantId, sessionId: session.id },
        select: {
          id: true,
          nomineeId: true,
          agree: true,
          disagree: true,
          invalid: true,
          passed: true,
          countsWithheld: true,
        },
      })
      const given = new Map(input.counts.map((c) => [c.itemId, c]))
      const same =
        existing.scanSha256 === sha256 &&
        existing.ballotsIssued === input.ballotsIssued &&
        existing.ballotsReturned === input.ballotsReturned &&
        existing.committee.join('\n') === input.committee.join('\n') &&
        given.size === items.length &&
        items.every((i) => {
          const c = given.get(i.id)
          return (
            c && (i.countsWithheld || (c.agree === i.agree && c.disagree === i.disagree && c.invalid === i.invalid))
          )
        })
      if (!same) throw new ConflictError(ALREADY_COUNTED)
      return {
        id: existing.id,
        repeated: true,
        results: items.map((i) => ({
          itemId: i.id,
          nomineeId: i.nomineeId,
          agree: i.agree ?? 0,
          disagree: i.disagree ?? 0,
          invalid: i.invalid ?? 0,
          passed: Boolean(i.passed),
          withheld: i.countsWithheld,
          message: '',
        })),
      }
    }
    if (session.voteMode !== 'PAPER')
      throw new DomainError(
        'Phiên họp này biểu quyết trên hệ thống (bỏ phiếu kín điện tử): kết quả do hệ thống kiểm khi kết thúc phiên họp.',
      )
    if (!row || row.status !== 'OPEN') throw new ConflictError(ALREADY_CLOSED)
    if (row.version !== input.version) throw new ConflictError()

    const roster = await loadRoster(tx, tenantId, session.id)
    const present = [...roster.values()].filter((r) => r.present).length
    if (!hasQuorum(present, session.memberCount, quorumRatio(session.council.quorumPercent)))
      throw new DomainError(
        quorumMessage(present, session.memberCount, session.council.quorumPercent, 'Chưa thể nhập kết quả kiểm phiếu.'),
      )
    const items = await tx.sessionItem.findMany({
      where: { tenantId, sessionId: session.id },
      select: { id: true, nomineeId: true, award: true },
    })
    const given = new Set(input.counts.map((c) => c.itemId))
    if (given.size !== items.length || items.some((i) => !given.has(i.id)))
      throw new DomainError(
        'Kết quả kiểm phiếu phải có đủ số phiếu của từng người (tập thể) trong phiên họp, không thừa không thiếu. Hãy tải lại trang.',
        'counts',
      )
    const nominees = await tx.dossierNominee.findMany({
      where: { tenantId, id: { in: items.map((i) => i.nomineeId) } },
      select: { id: true, displayName: true },
    })
    const nomineeOf = new Map(items.map((i) => [i.id, i.nomineeId]))
    const nameOf = new Map(nominees.map((n) => [n.id, n.displayName]))
    const wrong = paperCountProblem(
      input,
      present,
      (itemId) => nameOf.get(nomineeOf.get(itemId)!) ?? 'Người được đề nghị',
    )
    if (wrong) throw new DomainError(wrong.message, wrong.field)

    // The scan, kept by content (shared store with dossier files), then its record.
    const storageKey = `${tenantId.toLowerCase()}/${sha256}`
    await fileLock(tx, tenantId, storageKey)
    const stored = await storeFile(tenantId, input.bytes)
    if (stored.created) onWritten(stored.storageKey)
    const fileName = sanitizeFileName(input.fileName, type.extension)

    await tx.councilSession.updateMany({
      where: { tenantId, id: session.id, status: 'OPEN', version: input.version },
      data: { status: 'CLOSED', closedAt: new Date(), version: { increment: 1 } },
    })
    const record = await tx.paperCount.create({
      data: {
        tenantId,
        sessionId: session.id,
        ballotsIssued: input.ballotsIssued,
        ballotsReturned: input.ballotsReturned,
        committee: input.committee,
        scanFileName: fileName,
        scanContentType: type.contentType,
        scanSize: input.bytes.length,
        scanSha256: sha256,
        scanStorageKey: stored.storageKey,
        recordedById: actor.userId,
      },
      select: { id: true },
    })
    // Paper ballots are anonymous sheets; counts are published unless so few were returned that they would
    // tell how the few voted (the same floor as in the app, lib/council/policy.ts).
    const withheld = input.ballotsReturned < BALLOT_POLICY.minRoomBallotsToPublish
    const countOf = new Map(input.counts.map((c) => [c.itemId, c]))
    const results = items.map((item) => decideItem(session, item, countOf.get(item.id)!, withheld))
    await writeResults(tx, actor, session, results, true)

    const journal = {
      tenantId,
      actorId: actor.userId,
      organizationId: session.council.organizationId,
      targetType: 'CouncilSession',
      targetId: session.id,
    } as const
    await recordAudit(tx, {
      ...journal,
      action: 'council.paper.record',
      after: {
        paperCountId: record.id,
        ballotsIssued: input.ballotsIssued,
        ballotsReturned: input.ballotsReturned,
        committee: input.committee,
        // withheld counts are kept nowhere, the journal included
        counts: withheld ? null : input.counts,
        scan: { fileName, contentType: type.contentType, size: input.bytes.length, sha256 },
      },
    })
    await recordAudit(tx, {
      ...journal,
      action: 'council.session.close',
      before: { status: 'OPEN' },
      after: {
        status: 'CLOSED',
        voteMode: 'PAPER',
        present,
        memberCount: session.memberCount,
        results: results.map(({ message: _, ...r }) => r),
      },
    })
    return { id: record.id, repeated: false, results }
  })
}

/** The counting record of a paper session the actor may see (its scan's bytes included); else NotFoundError. */
export async function paperScanForDownload(actor: Actor, sessionId: string) {
  if (!isUuid(sessionId)) throw new NotFoundError('Không tìm thấy biên bản kiểm phiếu.')
  const record = await withTenant(actor.tenantId, async (tx) => {
    const session = await findSessionForActor(tx, actor, sessionId)
    return tx.paperCount.findFirst({
      where: { tenantId: actor.tenantId, sessionId: session.id },
      select: { scanFileName: true, scanContentType: true, scanStorageKey: true },
    })
  })
  if (!record) throw new NotFoundError('Không tìm thấy biên bản kiểm phiếu.')
  const bytes = await readStoredFile(record.scanStorageKey).catch(() => {
    throw new NotFoundError('Không tìm thấy nội dung biên bản kiểm phiếu.')
  })
  return { fileName: record.scanFileName, contentType: record.scanContentType, bytes }
}
