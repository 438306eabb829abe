// npm run db:seed — loads the demo tenants into an empty database. Refuses in production.
import { appClient, createOwnerClient } from '../db/client'
import { provideAppDatabase } from '../db/local'
import { demoAccounts, DEMO_PASSWORD, seedDemo } from '../seed/demo'
import { seedDemoDossier } from '../seed/demo-dossier'
import { readEnv } from '../env'
import { freePort, step } from './support'

if (readEnv('NODE_ENV') === 'production' && !process.argv.includes('--force')) {
  console.error('Từ chối nạp dữ liệu mẫu khi NODE_ENV=production (dùng --force nếu thật sự cần).')
  process.exit(1)
}
const db = await provideAppDatabase(step, freePort)
const owner = createOwnerClient(db.url)
try {
  const seeded = await seedDemo(owner)
  if (seeded) {
    process.env.DATABASE_URL = db.url // the demo dossier goes through the app's own use cases
    await seedDemoDossier(owner)
    await appClient().$disconnect()
  }
  step(seeded ? 'Đã nạp dữ liệu mẫu.' : 'Cơ sở dữ liệu đã có dữ liệu: bỏ qua dữ liệu mẫu.')
  if (seeded)
    for (const a of demoAccounts()) console.log(`  ${a.username.padEnd(22)} ${DEMO_PASSWORD}  (${a.roles.join(', ')})`)
} finally {
  await owner.$disconnect()
  await db.stop()
}
