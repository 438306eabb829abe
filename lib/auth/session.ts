import 'server-only'
// Session helpers for pages and server actions: who is asking, and which workspace they are in.
import { getServerSession } from 'next-auth'
import { notFound, redirect } from 'next/navigation'
import { cache } from 'react'
import { authOptions } from './options'
import { loadActor, actorOrganizations, type Actor } from './actor'
import { isUuid } from '../db/tenant'
import type { Permission } from './permissions'
import { canAt } from './scope'
import { NotFoundError } from '../shared/errors'

type SessionShape = { claims?: { userId?: unknown; tenantId?: unknown; sessionVersion?: unknown } }

/** The current actor, loaded once per request, or null. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as SessionShape | null
  const claims = session?.claims
  if (
    !claims ||
    typeof claims.userId !== 'string' ||
    typeof claims.tenantId !== 'string' ||
    typeof claims.sessionVersion !== 'number'
  ) {
    return null
  }
  return loadActor({ userId: claims.userId, tenantId: claims.tenantId, sessionVersion: claims.sessionVersion })
})

export async function requireActor(): Promise<Actor> {
  const actor = await getActor()
  if (!actor) redirect('/dang-nhap?phien=het-han')
  return actor
}

/** The workspace is an organisation the user belongs to; any other id (other tenant, sibling) is a 404. */
export async function requireWorkspace(orgId: string) {
  const actor = await requireActor()
  if (!isUuid(orgId)) notFound()
  const organization = actorOrganizations(actor).find((o) => o.id === orgId)
  if (!organization) notFound()
  const can = (permission: Permission) => canAt(actor.memberships, permission, organization)
  return { actor, organization, can }
}

export async function requireWorkspacePermission(orgId: string, permission: Permission) {
  const workspace = await requireWorkspace(orgId)
  if (!workspace.can(permission)) notFound()
  return workspace
}

/** Runs a scoped lookup; a record that is not the actor's to see becomes the 404 page. */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (error) {
    if (error instanceof NotFoundError) notFound()
    throw error
  }
}
