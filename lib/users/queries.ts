// Accounts are found by (tenant, id) and must lie wholly inside the actor's reach: an administrator of
// a district manages the accounts whose every role is inside that district, and nobody else's.
import type { Actor } from '../auth/actor'
import { canAt, isWithin, scopeRoots } from '../auth/scope'
import { isUuid, type Tx } from '../db/tenant'
import { NotFoundError } from '../shared/errors'

export const userSelect = {
  id: true,
  username: true,
  fullName: true,
  email: true,
  active: true,
  lockedUntil: true,
  lastLoginAt: true,
  version: true,
  createdAt: true,
  memberships: {
    select: {
      id: true,
      role: true,
      organization: { select: { id: true, name: true, path: true, active: true } },
      consultedBody: { select: { name: true } },
    },
    orderBy: { createdAt: 'asc' },
  },
} as const

async function tenantRootPath(tx: Tx, tenantId: string) {
  const root = await tx.organization.findFirst({ where: { tenantId, parentId: null }, select: { path: true } })
  return root?.path ?? null
}

export async function findUserForActor(tx: Tx, actor: Actor, id: string) {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy tài khoản.')
  const user = await tx.user.findFirst({ where: { tenantId: actor.tenantId, id }, select: userSelect })
  if (!user) throw new NotFoundError('Không tìm thấy tài khoản.')
  const paths = user.memberships.map((m) => m.organization.path)
  if (paths.length === 0) {
    const root = await tenantRootPath(tx, actor.tenantId)
    if (root) paths.push(root)
  }
  const reachable = paths.every((path) => canAt(actor.memberships, 'user.manage', { id: '', path }))
  if (!reachable) throw new NotFoundError('Không tìm thấy tài khoản.')
  return user
}

export const USER_PAGE_SIZE = 25

export async function listUsers(tx: Tx, actor: Actor, options: { page: number; query?: string }) {
  const roots = scopeRoots(actor.memberships, 'user.manage')
  if (roots.length === 0) return { users: [], total: 0, page: 1, pageCount: 1 }
  const root = await tenantRootPath(tx, actor.tenantId)
  const atRoot = root !== null && roots.some((r) => isWithin(root, r))
  const query = options.query?.trim()
  const where = {
    tenantId: actor.tenantId,
    ...(atRoot
      ? {}
      : { memberships: { some: { OR: roots.map((r) => ({ organization: { path: { startsWith: r } } })) } } }),
    ...(query
      ? {
          OR: [
            { fullName: { contains: query, mode: 'insensitive' as const } },
            { username: { contains: query.toLowerCase() } },
          ],
        }
      : {}),
  }
  const [total, users] = await Promise.all([
    tx.user.count({ where }),
    tx.user.findMany({
      where,
      select: userSelect,
      orderBy: [{ active: 'desc' }, { fullName: 'asc' }],
      skip: (options.page - 1) * USER_PAGE_SIZE,
      take: USER_PAGE_SIZE,
    }),
  ])
  return { users, total, page: options.page, pageCount: Math.max(1, Math.ceil(total / USER_PAGE_SIZE)) }
}
