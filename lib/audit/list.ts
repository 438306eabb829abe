// The audit journal as the actor may read it: events of units inside their `audit.view` scope,
// plus tenant-wide events (logins) for those whose scope is the whole tenant. One query per page.
import type { Actor } from '../auth/actor'
import { scopeRoots } from '../auth/scope'
import type { Tx } from '../db/tenant'
import { auditActionLabel, auditTargetLabel } from './actions'
import { countWindow, windowedPages } from '../shared/paging'

export const AUDIT_PAGE_SIZE = 50

export async function listAuditEvents(tx: Tx, actor: Actor, page: number) {
  const roots = scopeRoots(actor.memberships, 'audit.view')
  if (roots.length === 0) return { events: [], page: 1, pageCount: 1, more: false }
  const root = await tx.organization.findFirst({
    where: { tenantId: actor.tenantId, parentId: null },
    select: { id: true, path: true },
  })
  const wholeTenant = root !== null && roots.includes(root.path)
  const scopedIds = wholeTenant
    ? undefined
    : (
        await tx.organization.findMany({
          where: { tenantId: actor.tenantId, OR: roots.map((r) => ({ path: { startsWith: r } })) },
          select: { id: true },
        })
      ).map((o) => o.id)
  const where = { tenantId: actor.tenantId, ...(scopedIds ? { organizationId: { in: scopedIds } } : {}) }
  const [total, events] = await Promise.all([
    tx.auditEvent.count({ where, take: countWindow(page, AUDIT_PAGE_SIZE) }),
    tx.auditEvent.findMany({
      where,
      orderBy: { createdAt: 'desc' },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ])
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => Boolean(id)))]
  const actors = await tx.user.findMany({
    where: { tenantId: actor.tenantId, id: { in: actorIds } },
    select: { id: true, fullName: true },
  })
  const names = new Map(actors.map((a) => [a.id, a.fullName]))
  return {
    page,
    ...windowedPages(total, page, AUDIT_PAGE_SIZE),
    events: events.map((e) => ({
      id: e.id,
      createdAt: e.createdAt,
      actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
      actionLabel: auditActionLabel(e.action),
      targetLabel: auditTargetLabel(e.targetType),
      details: [e.before ? `trước: ${JSON.stringify(e.before)}` : '', e.after ? `sau: ${JSON.stringify(e.after)}` : '']
        .filter(Boolean)
        .join(' · '),
    })),
  }
}
