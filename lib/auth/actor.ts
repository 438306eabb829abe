// The signed-in user as every domain function sees them, loaded fresh from the database on each
// request: a deactivated account, a reset password or a removed membership takes effect at once.
import { withTenant, isUuid, type Tx } from '../db/tenant'
import type { OrgLevel, Role } from '../generated/prisma/enums'
import { canAt, type OrgRef, type ScopedMembership } from './scope'
import { roleHas, type Permission } from './permissions'
import { ForbiddenError } from '../shared/errors'

export type ActorMembership = ScopedMembership & {
  role: Role
  organizationName: string
  organizationLevel: OrgLevel
  /** the consulted body the account speaks for (role CONSULTED_BODY only) */
  consultedBodyId?: string | null
}

export type Actor = {
  userId: string
  tenantId: string
  tenantName: string
  username: string
  fullName: string
  memberships: ActorMembership[]
}

export type SessionClaims = { userId: string; tenantId: string; sessionVersion: number }

/** Loads the actor for a session, or null when the account is gone, inactive or the session outdated. */
export async function loadActor(claims: SessionClaims): Promise<Actor | null> {
  if (!isUuid(claims.userId) || !isUuid(claims.tenantId)) return null
  return withTenant(claims.tenantId, (tx) => loadActorInTx(tx, claims))
}

export async function loadActorInTx(tx: Tx, claims: SessionClaims): Promise<Actor | null> {
  const user = await tx.user.findFirst({
    where: { tenantId: claims.tenantId, id: claims.userId, active: true, sessionVersion: claims.sessionVersion },
    select: {
      id: true,
      tenantId: true,
      username: true,
      fullName: true,
      tenant: { select: { name: true } },
      memberships: {
        where: { organization: { active: true } },
        select: {
          role: true,
          consultedBodyId: true,
          organization: { select: { id: true, name: true, path: true, level: true } },
        },
        orderBy: [{ organization: { depth: 'asc' } }, { organization: { name: 'asc' } }],
      },
    },
  })
  if (!user) return null
  return {
    userId: user.id,
    tenantId: user.tenantId,
    tenantName: user.tenant.name,
    username: user.username,
    fullName: user.fullName,
    memberships: user.memberships.map((m) => ({
      role: m.role,
      organizationId: m.organization.id,
      organizationName: m.organization.name,
      organizationPath: m.organization.path,
      organizationLevel: m.organization.level,
      consultedBodyId: m.consultedBodyId,
    })),
  }
}

export function actorCan(actor: Actor, permission: Permission, target: OrgRef) {
  return canAt(actor.memberships, permission, target)
}

export function assertCan(actor: Actor, permission: Permission, target: OrgRef) {
  if (!actorCan(actor, permission, target)) throw new ForbiddenError()
}

/**
 * The workspaces of the user (for the switcher and every /o/[orgId] page), each once: the units where a
 * role gives the workspace. A consulted body's role gives none (it has its own page, /co-quan-hiep-y).
 */
export function actorOrganizations(actor: Actor) {
  const seen = new Map<string, { id: string; name: string; path: string; roles: Role[] }>()
  for (const m of actor.memberships) {
    if (!roleHas(m.role, 'workspace.view')) continue
    const entry = seen.get(m.organizationId) ?? {
      id: m.organizationId,
      name: m.organizationName,
      path: m.organizationPath,
      roles: [],
    }
    entry.roles.push(m.role)
    seen.set(m.organizationId, entry)
  }
  return [...seen.values()]
}

/** The consulted body the account answers for (its CONSULTED_BODY membership), or null. */
export function consultedBodyOf(actor: Actor): string | null {
  const m = actor.memberships.find((m) => roleHas(m.role, 'consultation.answer') && m.consultedBodyId)
  return m?.consultedBodyId ?? null
}
