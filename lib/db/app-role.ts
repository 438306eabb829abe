// The app's login role and the password it gets when the operator does not provision one
// (docs/decisions/0011-least-privilege.md). Kept apart from client.ts so the migration runner does not
// load Prisma.
import { createHmac } from 'node:crypto'
import { readEnv } from '../env'

export const APP_ROLE = 'tdkt_app'

/**
 * Derived from the owner's connection string, so every process that knows the owner (the migration
 * runner, the launcher, parallel test runs on one server) agrees on it without storing it; knowing the
 * app's password gives nothing towards the owner's.
 */
export function appRolePassword(ownerUrl: string) {
  const owner = new URL(ownerUrl)
  const basis = `${decodeURIComponent(owner.username)}:${decodeURIComponent(owner.password)}@${owner.host}`
  return createHmac('sha256', basis).update(`${APP_ROLE} login`).digest('base64url')
}

/**
 * The connection string the app uses: APP_DATABASE_URL when the operator set one, a URL that already
 * names the app role as is, else the owner's URL with the app role and its derived password.
 */
export function appDatabaseUrl(url: string, explicit = readEnv('APP_DATABASE_URL')) {
  if (explicit) return explicit
  const parsed = new URL(url)
  if (decodeURIComponent(parsed.username) === APP_ROLE) return url
  parsed.username = APP_ROLE
  parsed.password = appRolePassword(url)
  return parsed.toString()
}
