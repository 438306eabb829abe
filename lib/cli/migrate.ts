// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the local embedded database.
import { provideAppDatabase } from '../db/local'
import { freePort, step } from './support'

const db = await provideAppDatabase(step, freePort)
step('Cơ sở dữ liệu đã ở phiên bản mới nhất.')
await db.stop()
