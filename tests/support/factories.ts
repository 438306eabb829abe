// Per-test tenants built from the same specs the demo uses, with unique codes and login names,
// so test files never depend on each other's data.
import { randomBytes } from 'node:crypto'
import type { Role } from '../../lib/generated/prisma/enums'
import { loadActor, type Actor } from '../../lib/auth/actor'
import { hashPassword } from '../../lib/auth/password'
import { DEMO_TENANTS, seedTenant, type SeededTenant } from '../../lib/seed/demo'
import { ownerDb } from './db'

export const TEST_PASSWORD = 'Kiemthu2026'
let hash: Promise<string> | undefined

/** A copy of demo tenant `template` (0: three tiers, 1: two tiers) with unique code and user names. */
export async function createTenant(template: 0 | 1 = 0): Promise<SeededTenant & { suffix: string }> {
  const suffix = randomBytes(3).toString('hex')
  const spec = DEMO_TENANTS[template]
  const copy = {
    ...spec,
    code: `${spec.code}-${suffix}`,
    accounts: spec.accounts.map((a) => ({ ...a, username: `${a.username}.${suffix}` })),
  }
  const seeded = await seedTenant(ownerDb(), copy, await (hash ??= hashPassword(TEST_PASSWORD)))
  return { ...seeded, suffix }
}

/** The actor for a seeded account, by its demo name (e.g. "quantri.dongnai"). */
export async function actorFor(tenant: SeededTenant & { suffix: string }, demoUsername: string): Promise<Actor> {
  const userId = tenant.users.get(`${demoUsername}.${tenant.suffix}`)
  if (!userId) throw new Error(`no such demo user ${demoUsername}`)
  const actor = await loadActor({ userId, tenantId: tenant.id, sessionVersion: 1 })
  if (!actor) throw new Error(`actor ${demoUsername} did not load`)
  return actor
}

export const usernameOf = (tenant: { suffix: string }, demoUsername: string) => `${demoUsername}.${tenant.suffix}`

export async function addUser(tenant: SeededTenant, unitKey: string, role: Role, username: string) {
  const db = ownerDb()
  const user = await db.user.create({
    data: {
      tenantId: tenant.id,
      username,
      fullName: username,
      passwordHash: await (hash ??= hashPassword(TEST_PASSWORD)),
    },
    select: { id: true },
  })
  await db.membership.create({
    data: { tenantId: tenant.id, userId: user.id, organizationId: tenant.units.get(unitKey)!, role },
  })
  return user.id
}
