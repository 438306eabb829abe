// The Prisma client of the application. It connects as the non-privileged role tdkt_app (switched at
// connection start), so row-level security applies to every query it makes; queries outside
// withTenant() see no tenant-owned rows at all. Scripts that migrate or seed use the owner URL directly.
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '../generated/prisma/client'
import { readEnv } from '../env'

export const APP_ROLE = 'tdkt_app'

export function createAppClient(connectionString: string, options: { max?: number } = {}) {
  const adapter = new PrismaPg({ connectionString, options: `-c role=${APP_ROLE}`, max: options.max ?? 10 })
  return new PrismaClient({ adapter })
}

/** Owner connection, for the seed and for tests that must look past RLS. Never used by pages. */
export function createOwnerClient(connectionString: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 4 }) })
}

const globalForPrisma = globalThis as unknown as { tdktAppClient?: PrismaClient }

export function appClient(): PrismaClient {
  if (!globalForPrisma.tdktAppClient) {
    const url = readEnv('DATABASE_URL')
    if (!url) throw new Error('DATABASE_URL chưa được đặt: hãy khởi động ứng dụng bằng `npm start`.')
    globalForPrisma.tdktAppClient = createAppClient(url)
  }
  return globalForPrisma.tdktAppClient
}
