// The Prisma client of the application. It logs in as tdkt_app, a role that is neither superuser nor
// table owner nor BYPASSRLS and is a member of no other role, so it cannot become anything more
// (docs/decisions/0011-least-privilege.md). Row-level security (FORCED on every tenant table) applies to
// every query it makes; queries outside withTenant() see no tenant-owned rows at all. Only the migration
// runner, the seed and tests that arrange data connect as the owner (the DATABASE_URL user).
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '../generated/prisma/client'
import { appDatabaseUrl } from './app-role'

export { APP_ROLE, appDatabaseUrl } from './app-role'

export function createAppClient(connectionString: string, options: { max?: number } = {}) {
  const adapter = new PrismaPg({ connectionString: appDatabaseUrl(connectionString), max: options.max ?? 10 })
  return new PrismaClient({ adapter })
}

/** Owner connection, for the seed and for tests that must look past RLS. Never used by pages. */
export function createOwnerClient(connectionString: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 4 }) })
}

const globalForPrisma = globalThis as unknown as { tdktAppClient?: PrismaClient }

export function appClient(): PrismaClient {
  if (!globalForPrisma.tdktAppClient) {
    const url = process.env.APP_DATABASE_URL ?? process.env.DATABASE_URL
    if (!url) throw new Error('DATABASE_URL chưa được đặt: hãy khởi động ứng dụng bằng `npm start`.')
    globalForPrisma.tdktAppClient = createAppClient(url)
  }
  return globalForPrisma.tdktAppClient
}
