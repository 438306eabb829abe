// Files of a dossier (tờ trình, báo cáo thành tích, biên bản bình xét, minh chứng): uploaded by the
// proposing unit while the dossier is a draft or a nominee was returned to it, checked by content and
// size, kept outside the web root (storage.ts) and recorded; downloaded by whoever may see the dossier.
import { z } from 'zod'
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { isUuid, lockKey, withTenant, type Tx } from '../db/tenant'
import type { AttachmentKind } from '../generated/prisma/enums'
import { DomainError, ForbiddenError, NotFoundError } from '../shared/errors'
import { findDossierForActor } from './queries'
import { mayPropose } from './transitions'
import {
  readStoredFile,
  removeStoredFile,
  sanitizeFileName,
  sha256Of,
  sniffContentType,
  storeFile,
  uploadProblem,
} from './storage'

/** Kinds that may belong to one nominee (an achievement report, a proof) rather than the whole dossier. */
const PER_NOMINEE: readonly AttachmentKind[] = ['BAO_CAO_THANH_TICH', 'MINH_CHUNG']

export const uploadAttachmentSchema = z.object({
  dossierId: z.uuid({ error: 'Hồ sơ không hợp lệ.' }),
  kind: z.enum(['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN', 'MINH_CHUNG'], { error: 'Vui lòng chọn loại tài liệu.' }),
  nomineeId: z
    .string()
    .optional()
    .transform((v) => v || null)
    .pipe(z.uuid({ error: 'Người được đề nghị không hợp lệ.' }).nullable()),
})
export const deleteAttachmentSchema = z.object({
  dossierId: z.uuid({ error: 'Hồ sơ không hợp lệ.' }),
  attachmentId: z.uuid({ error: 'Tệp không hợp lệ.' }),
})

export type UploadAttachmentInput = z.infer<typeof uploadAttachmentSchema> & { fileName: string; bytes: Uint8Array }

/** The dossier as its proposing unit may change its files: not submitted, or a nominee came back to it. */
async function dossierForFiles(tx: Tx, actor: Actor, dossierId: string) {
  const dossier = await findDossierForActor(tx, actor, dossierId)
  const unit = await tx.organization.findFirstOrThrow({
    where: { tenantId: actor.tenantId, id: dossier.proposingOrgId },
    select: { id: true, path: true },
  })
  if (!mayPropose(actor, unit))
    throw new ForbiddenError('Chỉ thủ trưởng đơn vị đề nghị mới đính kèm hoặc xóa tài liệu của hồ sơ.')
  if (dossier.submittedAt) {
    const returned = await tx.dossierNominee.count({
      where: { tenantId: actor.tenantId, dossierId: dossier.id, status: 'RETURNED' },
    })
    if (returned === 0) throw new DomainError('Hồ sơ đã trình lên cấp trên nên không thay đổi tài liệu được.')
  }
  return { dossier, unit }
}

/**
 * Bytes are shared by content: uploads and removals of the same content take turns (dossier files and the
 * scanned counting records of paper council sessions, lib/council/paper-count.ts, share the store).
 */
export const fileLock = (tx: Tx, tenantId: string, storageKey: string) =>
  lockKey(tx, `dossier-file:${tenantId}:${storageKey}`)

/** Removes stored bytes that no attachment nor counting record of the tenant points at any more. */
export async function removeIfUnreferenced(tenantId: string, storageKey: string) {
  await withTenant(tenantId, async (tx) => {
    await fileLock(tx, tenantId, storageKey)
    const [files, scans] = await Promise.all([
      tx.dossierAttachment.count({ where: { tenantId, storageKey } }),
      tx.paperCount.count({ where: { tenantId, scanStorageKey: storageKey } }),
    ])
    if (files + scans === 0) await removeStoredFile(storageKey)
  })
}

export async function uploadAttachment(actor: Actor, input: UploadAttachmentInput) {
  // Content and size first: nothing is read from the database or written to disk for a refused file.
  const problem = uploadProblem(input.bytes)
  if (problem) throw new DomainError(problem, 'file')
  const type = sniffContentType(input.bytes)!
  let written: string | null = null
  try {
    return await storeAttachment(actor, input, type, (key) => (written = key))
  } catch (error) {
    // The transaction did not commit: bytes it wrote would be an orphan.
    if (written) await removeIfUnreferenced(actor.tenantId, written).catch(() => {})
    throw error
  }
}

async function storeAttachment(
  actor: Actor,
  input: UploadAttachmentInput,
  type: NonNullable<ReturnType<typeof sniffContentType>>,
  onWritten: (storageKey: string) => void,
) {
  return withTenant(actor.tenantId, async (tx) => {
    const { dossier, unit } = await dossierForFiles(tx, actor, input.dossierId)
    let nomineeId: string | null = null
    if (input.nomineeId && PER_NOMINEE.includes(input.kind)) {
      const nominee = await tx.dossierNominee.findFirst({
        where: { tenantId: actor.tenantId, dossierId: dossier.id, id: input.nomineeId },
        select: { id: true },
      })
      if (!nominee) throw new DomainError('Người được đề nghị không thuộc hồ sơ này.', 'nomineeId')
      nomineeId = nominee.id
    }
    // The lock comes before the duplicate check: twenty simultaneous uploads of one file take turns, and
    // each after the first sees the row the first committed (a unique index backs this up).
    await fileLock(tx, actor.tenantId, `${actor.tenantId.toLowerCase()}/${sha256Of(input.bytes)}`)
    const duplicate = await tx.dossierAttachment.findFirst({
      where: { tenantId: actor.tenantId, dossierId: dossier.id, sha256: sha256Of(input.bytes) },
      select: { fileName: true },
    })
    if (duplicate) throw new DomainError(`Tệp này đã được đính kèm hồ sơ (${duplicate.fileName}).`, 'file')
    const { sha256, storageKey, created } = await storeFile(actor.tenantId, input.bytes)
    if (created) onWritten(storageKey)
    const fileName = sanitizeFileName(input.fileName, type.extension)
    const attachment = await tx.dossierAttachment.create({
      data: {
        tenantId: actor.tenantId,
        dossierId: dossier.id,
        nomineeId,
        kind: input.kind,
        fileName,
        contentType: type.contentType,
        size: input.bytes.length,
        sha256,
        storageKey,
        uploadedById: actor.userId,
      },
      select: { id: true },
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'dossier.attach',
      targetType: 'Dossier',
      targetId: dossier.id,
      after: { attachmentId: attachment.id, kind: input.kind, fileName, size: input.bytes.length, sha256, nomineeId },
    })
    return { id: attachment.id, fileName, contentType: type.contentType }
  })
}

export async function deleteAttachment(actor: Actor, input: z.infer<typeof deleteAttachmentSchema>) {
  const removed = await withTenant(actor.tenantId, async (tx) => {
    const { dossier, unit } = await dossierForFiles(tx, actor, input.dossierId)
    const attachment = await tx.dossierAttachment.findFirst({
      where: { tenantId: actor.tenantId, dossierId: dossier.id, id: input.attachmentId },
      select: { id: true, fileName: true, kind: true, sha256: true, storageKey: true, nomineeId: true },
    })
    if (!attachment) throw new NotFoundError('Không tìm thấy tệp đính kèm.')
    // Once part of the dossier is under review above, its evidence stays: only a file of a nominee
    // that is back with the unit (draft or returned) may go, and files of the whole dossier stay.
    const reviewedAbove = await tx.dossierNominee.count({
      where: { tenantId: actor.tenantId, dossierId: dossier.id, status: { notIn: ['DRAFT', 'RETURNED'] } },
    })
    if (reviewedAbove > 0) {
      const own = attachment.nomineeId
        ? await tx.dossierNominee.count({
            where: { tenantId: actor.tenantId, id: attachment.nomineeId, status: { in: ['DRAFT', 'RETURNED'] } },
          })
        : 0
      if (!own) throw new DomainError('Tài liệu này thuộc phần hồ sơ đang được cấp trên xem xét nên không xóa được.')
    }
    await tx.dossierAttachment.deleteMany({ where: { tenantId: actor.tenantId, id: attachment.id } })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'dossier.detach',
      targetType: 'Dossier',
      targetId: dossier.id,
      before: {
        attachmentId: attachment.id,
        kind: attachment.kind,
        fileName: attachment.fileName,
        sha256: attachment.sha256,
      },
    })
    return attachment
  })
  // The bytes go once no record of the tenant (another dossier, the same file) still points at them.
  await removeIfUnreferenced(actor.tenantId, removed.storageKey)
}

/** A file of a dossier the actor may see, with its bytes; anything else is NotFoundError. */
export async function attachmentForDownload(actor: Actor, dossierId: string, attachmentId: string) {
  if (!isUuid(attachmentId)) throw new NotFoundError('Không tìm thấy tệp đính kèm.')
  const attachment = await withTenant(actor.tenantId, async (tx) => {
    const dossier = await findDossierForActor(tx, actor, dossierId)
    return tx.dossierAttachment.findFirst({
      where: { tenantId: actor.tenantId, dossierId: dossier.id, id: attachmentId },
      select: { id: true, fileName: true, contentType: true, size: true, storageKey: true },
    })
  })
  if (!attachment) throw new NotFoundError('Không tìm thấy tệp đính kèm.')
  const bytes = await readStoredFile(attachment.storageKey).catch(() => {
    throw new NotFoundError('Không tìm thấy nội dung tệp đính kèm.')
  })
  return { fileName: attachment.fileName, contentType: attachment.contentType, bytes }
}
