// The one way to find a unit: by (tenant, id), then checked against the actor's scope. Anything that
// is not the actor's to see is "not found", never "forbidden", so ids of other tenants leak nothing.
import type { Actor } from '../auth/actor'
import { actorCan } from '../auth/actor'
import type { Permission } from '../auth/permissions'
import { isUuid, type Tx } from '../db/tenant'
import { ForbiddenError, NotFoundError } from '../shared/errors'

export const organizationSelect = {
  id: true,
  tenantId: true,
  parentId: true,
  name: true,
  shortName: true,
  level: true,
  kind: true,
  path: true,
  depth: true,
  active: true,
  validFrom: true,
  validTo: true,
  version: true,
} as const

export async function findOrganizationForActor(tx: Tx, actor: Actor, id: string, permission: Permission) {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy đơn vị.')
  const organization = await tx.organization.findFirst({
    where: { tenantId: actor.tenantId, id },
    select: organizationSelect,
  })
  if (!organization || !actorCan(actor, permission, organization)) throw new NotFoundError('Không tìm thấy đơn vị.')
  return organization
}

export const PAGE_SIZE = 50

/** One page of a unit's direct children, for the tree view. */
export async function listChildren(tx: Tx, actor: Actor, parentId: string, page: number) {
  const parent = await findOrganizationForActor(tx, actor, parentId, 'workspace.view')
  const where = { tenantId: actor.tenantId, parentId: parent.id }
  const [total, children] = await Promise.all([
    tx.organization.count({ where }),
    tx.organization.findMany({
      where,
      select: organizationSelect,
      orderBy: [{ active: 'desc' }, { kind: 'asc' }, { name: 'asc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ])
  // Children counts of this page's units only (a relation _count would group the whole tenant).
  const grouped = await tx.organization.groupBy({
    by: ['parentId'],
    where: { tenantId: actor.tenantId, parentId: { in: children.map((c) => c.id) } },
    _count: { _all: true },
  })
  const childCount = new Map(grouped.map((g) => [g.parentId, g._count._all]))
  const ancestorIds = parent.path.split('/').filter(Boolean).slice(0, -1)
  const ancestors = await tx.organization.findMany({
    where: { tenantId: actor.tenantId, id: { in: ancestorIds } },
    select: { id: true, name: true, path: true },
  })
  ancestors.sort((a, b) => a.path.length - b.path.length)
  return {
    parent,
    ancestors,
    children: children.map((c) => ({ ...c, childCount: childCount.get(c.id) ?? 0 })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  }
}

/** Units the actor may place things under (for move and membership pickers), active only. */
export async function listOrganizationsInScope(tx: Tx, actor: Actor, roots: string[], take = 500) {
  if (roots.length === 0) return []
  return tx.organization.findMany({
    where: { tenantId: actor.tenantId, active: true, OR: roots.map((root) => ({ path: { startsWith: root } })) },
    select: { id: true, name: true, path: true, depth: true, level: true, kind: true },
    orderBy: [{ depth: 'asc' }, { name: 'asc' }],
    take,
  })
}

/**
 * The province's own settings (cash rates, deadlines, Party-opinion settings) are set by its administrator
 * (org.manage) at the top unit only; `refusal` says what the caller sets. With `lock`, the top unit's row is
 * locked so that two administrators adding a setting at once are ordered: the second sees the first's date.
 */
export async function provinceAdminUnit(
  tx: Tx,
  actor: Actor,
  organizationId: string,
  refusal: string,
  { lock = false } = {},
) {
  const unit = await findOrganizationForActor(tx, actor, organizationId, 'org.manage')
  if (unit.parentId !== null) throw new ForbiddenError(refusal)
  if (lock)
    await tx.$queryRaw`SELECT id FROM "Organization"
      WHERE "tenantId" = ${actor.tenantId}::uuid AND id = ${unit.id}::uuid FOR UPDATE`
  return unit
}
