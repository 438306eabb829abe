// Test access to the integration database: the owner (to arrange data past RLS) and the app role
// (to act exactly as the application does).
import { inject } from 'vitest'
import { createAppClient, createOwnerClient } from '../../lib/db/client'

export function databaseUrl() {
  const url = inject('databaseUrl')
  process.env.DATABASE_URL = url // appClient() in domain code reads it
  return url
}

let owner: ReturnType<typeof createOwnerClient> | undefined
export function ownerDb() {
  return (owner ??= createOwnerClient(databaseUrl()))
}

export function appDb() {
  return createAppClient(databaseUrl())
}
