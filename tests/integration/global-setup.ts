// One real, migrated PostgreSQL for the integration run: embedded in a temporary folder, or a
// throwaway database on DATABASE_URL's (local) server. Dropped at the end.
import type { TestProject } from 'vitest/node'
import { provideTestDatabase } from '../../lib/db/local'
import { freePort } from '../../lib/cli/support'

export default async function setup(project: TestProject) {
  const db = await provideTestDatabase(() => {}, freePort)
  project.provide('databaseUrl', db.url)
  process.env.DATABASE_URL = db.url
  return async () => {
    await db.stop()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}
