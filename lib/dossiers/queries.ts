// Who sees a dossier: the proposing unit itself and each level the dossier has reached. A level above
// never sees what has not reached it, although its scope covers the proposing unit: "the province sees
// only what reached it"; a sibling commune never sees it at all.
import type { Actor } from '../auth/actor'
import { roleHas } from '../auth/permissions'
import { isUuid, type Tx } from '../db/tenant'
import { NotFoundError } from '../shared/errors'

/** Units the actor belongs to (with some workspace permission). */
export const actorUnitIds = (actor: Actor) => [...new Set(actor.memberships.filter((m) => roleHas(m.role, 'workspace.view')).map((m) => m.organizationId))]

export const dossierSelect = {
  id: true,
  tenantId: true,
  proposingOrgId: true,
  kind: true,
  year: true,
  movementId: true,
  title: true,
  submittedAt: true,
  version: true,
  createdAt: true,
} as const

export async function findDossierForActor(tx: Tx, actor: Actor, dossierId: string) {
  if (!isUuid(dossierId)) throw new NotFoundError('Không tìm thấy hồ sơ.')
  const units = actorUnitIds(actor)
  const dossier = await tx.dossier.findFirst({
    where: {
      tenantId: actor.tenantId,
      id: dossierId,
      OR: [{ proposingOrgId: { in: units } }, { events: { some: { toOrgId: { in: units } } } }],
    },
    select: dossierSelect,
  })
  if (!dossier) throw new NotFoundError('Không tìm thấy hồ sơ.')
  return dossier
}

export async function loadDossier(tx: Tx, actor: Actor, dossierId: string) {
  const dossier = await findDossierForActor(tx, actor, dossierId)
  const [nominees, events, attachments, proposing] = await Promise.all([
    tx.dossierNominee.findMany({ where: { tenantId: actor.tenantId, dossierId }, orderBy: { displayName: 'asc' } }),
    tx.dossierEvent.findMany({ where: { tenantId: actor.tenantId, dossierId }, orderBy: { createdAt: 'asc' }, take: 500 }),
    tx.dossierAttachment.findMany({ where: { tenantId: actor.tenantId, dossierId }, select: { id: true, kind: true, fileName: true, size: true, nomineeId: true, createdAt: true } }),
    tx.organization.findFirstOrThrow({ where: { tenantId: actor.tenantId, id: dossier.proposingOrgId }, select: { id: true, name: true, path: true } }),
  ])
  const orgIds = [...new Set([...nominees.flatMap((n) => n.pathOrgIds), ...events.map((e) => e.orgId), ...events.flatMap((e) => (e.toOrgId ? [e.toOrgId] : []))])]
  const actorIds = [...new Set(events.map((e) => e.actorId))]
  const [orgs, users] = await Promise.all([
    tx.organization.findMany({ where: { tenantId: actor.tenantId, id: { in: orgIds } }, select: { id: true, name: true, path: true } }),
    tx.user.findMany({ where: { tenantId: actor.tenantId, id: { in: actorIds } }, select: { id: true, fullName: true } }),
  ])
  return { dossier, proposing, nominees, events, attachments, orgName: new Map(orgs.map((o) => [o.id, o.name])), orgPath: new Map(orgs.map((o) => [o.id, o.path])), userName: new Map(users.map((u) => [u.id, u.fullName])) }
}

export const DOSSIER_PAGE_SIZE = 20

/** A workspace's dossiers: proposed by it, and nominees it holds now (its inbox). */
export async function listDossiers(tx: Tx, actor: Actor, workspace: { id: string; path: string }, page: number) {
  const where = { tenantId: actor.tenantId, OR: [{ proposingOrgId: workspace.id }, { events: { some: { toOrgId: workspace.id } } }] }
  const [total, dossiers, inbox] = await Promise.all([
    tx.dossier.count({ where }),
    tx.dossier.findMany({
      where,
      select: { ...dossierSelect, nominees: { select: { id: true, displayName: true, award: true, status: true, holderOrgId: true } } },
      orderBy: { createdAt: 'desc' },
      skip: (page - 1) * DOSSIER_PAGE_SIZE,
      take: DOSSIER_PAGE_SIZE,
    }),
    tx.dossierNominee.count({ where: { tenantId: actor.tenantId, holderOrgId: workspace.id, status: { in: ['IN_REVIEW', 'APPROVED'] }, NOT: { pathOrgIds: { isEmpty: true } } } }),
  ])
  return { dossiers, total, inbox, page, pageCount: Math.max(1, Math.ceil(total / DOSSIER_PAGE_SIZE)) }
}
