// Backups that restore: `npm run db:backup` / `db:restore` (lib/db/backup.ts) round-trip every table and
// the attachments folder into a fresh database, and a file downloads there byte for byte.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { backupDatabase, restoreDatabase, rowCounts } from '../../lib/db/backup'
import { createAppClient } from '../../lib/db/client'
import { createThrowawayDatabase, type ProvidedDatabase } from '../../lib/db/local'
import { attachmentForDownload, uploadAttachment } from '../../lib/dossiers/attachments'
import { createDossier } from '../../lib/dossiers/draft'
import type { PrismaClient } from '../../lib/generated/prisma/client'
import { databaseUrl } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

// A PDF with every byte value in it, so that an encoding slip anywhere shows.
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n', 'latin1'),
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  Buffer.from('\n%%EOF\n', 'latin1'),
])

let dir: string
let previousUploads: string | undefined
let target: ProvidedDatabase
let head: Actor
let dossierId: string
let attachmentId: string

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-backup-'))
  previousUploads = process.env.TDKT_UPLOAD_DIR
  process.env.TDKT_UPLOAD_DIR = path.join(dir, 'uploads')
  const dn = await createTenant(0)
  head = await actorFor(dn, 'thutruong.anphuoc')
  ;({ id: dossierId } = await createDossier(head, {
    organizationId: dn.units.get('an-phuoc')!,
    kind: 'THUONG_XUYEN',
    year: 2020,
    title: 'Đề nghị khen thưởng năm 2020',
    movementId: null,
  }))
  ;({ id: attachmentId } = await uploadAttachment(head, {
    dossierId,
    kind: 'TO_TRINH',
    nomineeId: null,
    fileName: 'Tờ trình số 15.pdf',
    bytes: PDF,
  }))
  target = await createThrowawayDatabase(databaseUrl())
})

afterAll(async () => {
  await target?.stop()
  if (previousUploads === undefined) delete process.env.TDKT_UPLOAD_DIR
  else process.env.TDKT_UPLOAD_DIR = previousUploads
  rmSync(dir, { recursive: true, force: true })
})

describe('backup and restore', () => {
  it('restores every table row for row and every attachment byte for byte into a fresh database', async () => {
    const source = databaseUrl()
    const before = await rowCounts(source)
    const out = path.join(dir, 'backup')
    const manifest = await backupDatabase(source, path.join(dir, 'uploads'), out)
    expect(Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]))).toEqual(before)
    expect(manifest.attachments).toBe(1)

    const restoredUploads = path.join(dir, 'restored-uploads')
    await restoreDatabase(target.url, out, restoredUploads)
    expect(await rowCounts(target.url)).toEqual(before)
    expect(before.DossierAttachment).toBeGreaterThan(0)

    // The download use case itself (the route's), against the restored database and folder.
    const globals = globalThis as unknown as { tdktAppClient?: PrismaClient }
    const original = globals.tdktAppClient
    const restoredClient = createAppClient(target.url)
    globals.tdktAppClient = restoredClient
    process.env.TDKT_UPLOAD_DIR = restoredUploads
    try {
      const file = await attachmentForDownload(head, dossierId, attachmentId)
      expect(Buffer.compare(file.bytes, PDF)).toBe(0)
      expect(file.fileName).toBe('Tờ trình số 15.pdf')
    } finally {
      globals.tdktAppClient = original
      process.env.TDKT_UPLOAD_DIR = path.join(dir, 'uploads')
      await restoredClient.$disconnect()
    }
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toContain('tdkt-backup/1')
  })

  it('refuses to restore over a database that holds data', async () => {
    await expect(restoreDatabase(target.url, path.join(dir, 'backup'), path.join(dir, 'again'))).rejects.toThrow(
      /đã có dữ liệu/,
    )
  })
})
