// Dossier files: checked by content and size, kept outside the web root, recorded with an audit entry,
// downloadable only by those who see the dossier, changeable only by the proposing unit while a draft.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { PROJECT_ROOT } from '../../lib/db/local'
import { attachmentForDownload, deleteAttachment, uploadAttachment } from '../../lib/dossiers/attachments'
import { addNominee, createDossier } from '../../lib/dossiers/draft'
import { submitDossier } from '../../lib/dossiers/workflow'
import { storedPath, uploadRoot } from '../../lib/dossiers/storage'
import { DomainError, ForbiddenError, NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
)
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0', 'latin1'),
])
const EXE = Buffer.concat([Buffer.from('MZ\x90\0\x03\0\0\0', 'latin1'), Buffer.alloc(200, 0x41)])

let dir: string
let previous: string | undefined
let dn: Awaited<ReturnType<typeof createTenant>>
let head: Actor
let dossierId: string
let nomineeId: string

const version = async (id: string) => (await ownerDb().dossier.findUniqueOrThrow({ where: { id } })).version

beforeAll(async () => {
  previous = process.env.TDKT_UPLOAD_DIR
  dir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-uploads-'))
  process.env.TDKT_UPLOAD_DIR = dir
  dn = await createTenant(0)
  head = await actorFor(dn, 'thutruong.anphuoc')
  const person = await ownerDb().person.create({
    data: { tenantId: dn.id, organizationId: dn.units.get('an-phuoc')!, fullName: 'Trần Văn Bình', gender: 'NAM' },
    select: { id: true },
  })
  ;({ id: dossierId } = await createDossier(head, {
    organizationId: dn.units.get('an-phuoc')!,
    kind: 'THUONG_XUYEN',
    year: 2020,
    title: 'Đề nghị khen thưởng năm 2020',
    movementId: null,
  }))
  ;({ id: nomineeId } = await addNominee(head, {
    dossierId,
    version: await version(dossierId),
    personId: person.id,
    organizationId: null,
    award: 'GIAY_KHEN',
    achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2020.',
  }))
})

afterAll(() => {
  if (previous === undefined) delete process.env.TDKT_UPLOAD_DIR
  else process.env.TDKT_UPLOAD_DIR = previous
  rmSync(dir, { recursive: true, force: true })
})

describe('dossier attachments', () => {
  it('stores a real PDF outside the web root, named by its hash, and records it with an audit entry', async () => {
    const saved = await uploadAttachment(head, {
      dossierId,
      kind: 'TO_TRINH',
      nomineeId: null,
      fileName: '../../public/Tờ trình số 15.pdf',
      bytes: PDF,
    })
    const row = await ownerDb().dossierAttachment.findUniqueOrThrow({ where: { id: saved.id } })
    expect(row).toMatchObject({
      tenantId: dn.id,
      dossierId,
      kind: 'TO_TRINH',
      fileName: 'Tờ trình số 15.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      uploadedById: head.userId,
      nomineeId: null,
    })
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/)
    const file = await storedPath(row.storageKey)
    expect(file).toBe(path.join(dir, dn.id, row.sha256))
    expect(readFileSync(file).equals(PDF)).toBe(true)
    for (const webRoot of ['public', 'app', '.next'])
      expect(file.startsWith(path.join(PROJECT_ROOT, webRoot))).toBe(false)
    expect(
      await ownerDb().auditEvent.count({ where: { tenantId: dn.id, action: 'dossier.attach', targetId: dossierId } }),
    ).toBe(1)
  })

  it('without TDKT_UPLOAD_DIR keeps files in the local data folder, never under public/', async () => {
    delete process.env.TDKT_UPLOAD_DIR
    try {
      const root = await uploadRoot()
      expect(root.endsWith(`${path.sep}uploads`)).toBe(true)
      expect(root.startsWith(path.join(PROJECT_ROOT, 'public'))).toBe(false)
    } finally {
      process.env.TDKT_UPLOAD_DIR = dir
    }
  })

  it('stores one row for 20 simultaneous uploads of one file; the others are told it is already there', async () => {
    const bytes = Buffer.concat([PDF, Buffer.from(`% dong thoi ${Date.now()}\n`, 'latin1')])
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        uploadAttachment(head, { dossierId, kind: 'MINH_CHUNG', nomineeId: null, fileName: `ban-${i}.pdf`, bytes }),
      ),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toMatchObject({
        field: 'file',
        message: expect.stringMatching(/đã được đính kèm/),
      })
    const sha = (await ownerDb().dossierAttachment.findMany({ where: { dossierId }, select: { sha256: true } })).map(
      (a) => a.sha256,
    )
    expect(new Set(sha).size).toBe(sha.length)
  })

  it('stores a PNG as an achievement report of one nominee, by its content type', async () => {
    const saved = await uploadAttachment(head, {
      dossierId,
      kind: 'BAO_CAO_THANH_TICH',
      nomineeId,
      fileName: 'anh-chup',
      bytes: PNG,
    })
    expect(await ownerDb().dossierAttachment.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({
      contentType: 'image/png',
      fileName: 'anh-chup.png',
      nomineeId,
    })
  })

  it('refuses an .exe renamed .pdf, an oversize file, an empty file and a duplicate, next to the file field', async () => {
    const before = await ownerDb().dossierAttachment.count({ where: { dossierId } })
    await expect(
      uploadAttachment(head, {
        dossierId,
        kind: 'MINH_CHUNG',
        nomineeId: null,
        fileName: 'minh-chung.pdf',
        bytes: EXE,
      }),
    ).rejects.toMatchObject({ field: 'file', message: expect.stringMatching(/không đúng định dạng/) })
    const big = Buffer.alloc(10 * 1024 * 1024 + 1)
    PDF.copy(big)
    await expect(
      uploadAttachment(head, { dossierId, kind: 'MINH_CHUNG', nomineeId: null, fileName: 'lon.pdf', bytes: big }),
    ).rejects.toMatchObject({ field: 'file', message: expect.stringMatching(/10 MB/) })
    await expect(
      uploadAttachment(head, {
        dossierId,
        kind: 'MINH_CHUNG',
        nomineeId: null,
        fileName: 'rong.pdf',
        bytes: Buffer.alloc(0),
      }),
    ).rejects.toMatchObject({ field: 'file' })
    await expect(
      uploadAttachment(head, { dossierId, kind: 'MINH_CHUNG', nomineeId: null, fileName: 'lai.pdf', bytes: PDF }),
    ).rejects.toMatchObject({ field: 'file', message: expect.stringMatching(/đã được đính kèm/) })
    expect(await ownerDb().dossierAttachment.count({ where: { dossierId } })).toBe(before)
    const exeHash = (await import('node:crypto')).createHash('sha256').update(EXE).digest('hex')
    expect(existsSync(path.join(dir, dn.id, exeHash))).toBe(false)
  })

  it('lets only the proposing unit head attach files', async () => {
    const secretary = await actorFor(dn, 'noivu.anphuoc')
    await expect(
      uploadAttachment(secretary, {
        dossierId,
        kind: 'MINH_CHUNG',
        nomineeId: null,
        fileName: 'x.pdf',
        bytes: Buffer.concat([PDF, Buffer.from('x')]),
      }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    const sibling = await actorFor(dn, 'thutruong.longan')
    await expect(
      uploadAttachment(sibling, {
        dossierId,
        kind: 'MINH_CHUNG',
        nomineeId: null,
        fileName: 'x.pdf',
        bytes: Buffer.concat([PDF, Buffer.from('y')]),
      }),
    ).rejects.toBeInstanceOf(NotFoundError)
  })

  it('serves a file only to those who see the dossier', async () => {
    const row = await ownerDb().dossierAttachment.findFirstOrThrow({ where: { dossierId, kind: 'TO_TRINH' } })
    const file = await attachmentForDownload(head, dossierId, row.id)
    expect(file).toMatchObject({ fileName: 'Tờ trình số 15.pdf', contentType: 'application/pdf' })
    expect(Buffer.from(file.bytes).equals(PDF)).toBe(true)
    const district = await actorFor(dn, 'noivu.longthanh')
    const sibling = await actorFor(dn, 'thutruong.longan')
    const lc = await createTenant(1)
    const otherTenant = await actorFor(lc, 'thutruong.camduong')
    await expect(attachmentForDownload(district, dossierId, row.id)).rejects.toBeInstanceOf(NotFoundError) // not submitted yet
    await expect(attachmentForDownload(sibling, dossierId, row.id)).rejects.toBeInstanceOf(NotFoundError)
    await expect(attachmentForDownload(otherTenant, dossierId, row.id)).rejects.toBeInstanceOf(NotFoundError)
    await expect(attachmentForDownload(head, dossierId, 'not-a-uuid')).rejects.toBeInstanceOf(NotFoundError)
    // an attachment of another dossier, asked for through this one
    const { id: other } = await createDossier(head, {
      organizationId: dn.units.get('an-phuoc')!,
      kind: 'DOT_XUAT',
      year: 2020,
      title: 'Khen thưởng đột xuất',
      movementId: null,
    })
    const foreign = await uploadAttachment(head, {
      dossierId: other,
      kind: 'TO_TRINH',
      nomineeId: null,
      fileName: 'khac.pdf',
      bytes: Buffer.concat([PDF, Buffer.from('khac')]),
    })
    await expect(attachmentForDownload(head, dossierId, foreign.id)).rejects.toBeInstanceOf(NotFoundError)
    // once submitted, the level that received it sees the files
    await submitDossier(head, { dossierId, version: await version(dossierId) })
    await expect(attachmentForDownload(district, dossierId, row.id)).resolves.toMatchObject({
      contentType: 'application/pdf',
    })
    await expect(attachmentForDownload(sibling, dossierId, row.id)).rejects.toBeInstanceOf(NotFoundError)
  })

  it('freezes the files of a submitted dossier; deletes a draft file and its bytes', async () => {
    const row = await ownerDb().dossierAttachment.findFirstOrThrow({ where: { dossierId, kind: 'TO_TRINH' } })
    await expect(
      uploadAttachment(head, {
        dossierId,
        kind: 'BIEN_BAN',
        nomineeId: null,
        fileName: 'bb.pdf',
        bytes: Buffer.concat([PDF, Buffer.from('bb')]),
      }),
    ).rejects.toThrow(/đã trình/)
    await expect(deleteAttachment(head, { dossierId, attachmentId: row.id })).rejects.toBeInstanceOf(DomainError)

    const { id: draftId } = await createDossier(head, {
      organizationId: dn.units.get('an-phuoc')!,
      kind: 'DOT_XUAT',
      year: 2020,
      title: 'Hồ sơ nháp',
      movementId: null,
    })
    const bytes = Buffer.concat([PDF, Buffer.from('nhap')])
    const saved = await uploadAttachment(head, {
      dossierId: draftId,
      kind: 'BIEN_BAN',
      nomineeId: null,
      fileName: 'bien-ban.pdf',
      bytes,
    })
    const stored = await ownerDb().dossierAttachment.findUniqueOrThrow({ where: { id: saved.id } })
    expect(existsSync(await storedPath(stored.storageKey))).toBe(true)
    await expect(
      deleteAttachment(await actorFor(dn, 'noivu.anphuoc'), { dossierId: draftId, attachmentId: saved.id }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    await deleteAttachment(head, { dossierId: draftId, attachmentId: saved.id })
    expect(await ownerDb().dossierAttachment.count({ where: { id: saved.id } })).toBe(0)
    expect(existsSync(await storedPath(stored.storageKey))).toBe(false)
    expect(
      await ownerDb().auditEvent.count({ where: { tenantId: dn.id, action: 'dossier.detach', targetId: draftId } }),
    ).toBe(1)
    await expect(deleteAttachment(head, { dossierId: draftId, attachmentId: saved.id })).rejects.toBeInstanceOf(
      NotFoundError,
    )
  })

  it('leaves no bytes behind when the record cannot be written', async () => {
    const { id: other } = await createDossier(head, {
      organizationId: dn.units.get('an-phuoc')!,
      kind: 'THUONG_XUYEN',
      year: 2020,
      title: 'Hồ sơ lỗi',
      movementId: null,
    })
    const bytes = Buffer.concat([PDF, Buffer.from('% một tệp chưa từng lưu\n', 'utf8')])
    // an attachment kind the database refuses: the failure comes after the bytes were written
    await expect(
      uploadAttachment(head, {
        dossierId: other,
        kind: 'KHONG_CO' as never,
        nomineeId: null,
        fileName: 'x.pdf',
        bytes,
      }),
    ).rejects.toThrow(/KHONG_CO/)
    const { createHash } = await import('node:crypto')
    expect(existsSync(path.join(dir, dn.id, createHash('sha256').update(bytes).digest('hex')))).toBe(false)
    expect(await ownerDb().dossierAttachment.count({ where: { dossierId: other } })).toBe(0)
  })
})
