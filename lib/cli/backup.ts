/**
 * npm run db:backup [-- <folder>]                 back up the database and the attachments folder
 * npm run db:restore -- <folder> [--replace]      restore a backup (into an empty database; --replace
 *                                                 empties the target database first)
 *
 * The database is DATABASE_URL when set, else the local embedded one (`npm start`'s). The attachments
 * folder is TDKT_UPLOAD_DIR, else <local data folder>/uploads. See lib/db/backup.ts and
 * docs/deployment.md ("Sao lưu và khôi phục").
 */
import path from 'node:path'
import pg from 'pg'
import { backupDatabase, restoreDatabase } from '../db/backup'
import { ensureDatabase } from '../db/embedded'
import { localDataDir, provideAppDatabase } from '../db/local'
import { uploadRoot } from '../dossiers/storage'
import { freePort, step } from './support'

const [command, ...args] = process.argv.slice(2).filter((a) => a !== '--')
const replace = args.includes('--replace')
const folder = args.find((a) => !a.startsWith('--'))

async function emptyDatabase(url: string) {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
  await ensureDatabase(admin.toString(), name)
}

async function main() {
  if (command !== 'backup' && command !== 'restore') throw new Error('usage: backup.ts backup|restore [folder]')
  if (command === 'restore' && !folder)
    throw new Error('Cần đường dẫn thư mục sao lưu: npm run db:restore -- <thư mục>')
  const db = await provideAppDatabase(() => {}, freePort)
  try {
    const uploads = await uploadRoot()
    if (command === 'backup') {
      const out = path.resolve(
        folder ?? path.join(localDataDir(), 'backups', `tdkt-${new Date().toISOString().replace(/[:.]/g, '-')}`),
      )
      const manifest = await backupDatabase(db.url, uploads, out)
      const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0)
      step(
        `Đã sao lưu ${rows.toLocaleString('vi-VN')} dòng, ${manifest.tables.length} bảng, ${manifest.attachments} tệp vào ${out}`,
      )
    } else {
      if (replace) await emptyDatabase(db.url)
      const manifest = await restoreDatabase(db.url, path.resolve(folder!), uploads)
      step(
        `Đã khôi phục bản sao lưu ngày ${manifest.createdAt} (${manifest.tables.length} bảng, ${manifest.attachments} tệp).`,
      )
    }
  } finally {
    await db.stop()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
