// A unit's notices (a decision awarding its people…): listed newest first with the unread ones marked,
// and marked read when someone of the unit opens one. Reading is not journalled: it changes what the
// list highlights, not a record anyone must account for (docs/decisions/0008-schema-references.md).
import type { Actor } from '../auth/actor'
import { isUuid, withTenant } from '../db/tenant'
import { NotFoundError } from '../shared/errors'

/** A notice's link is a path inside the workspace ("/ho-so-khen-thuong/…"), never another site. */
export const isInternalLink = (link: string | null): link is string =>
  link !== null && link.startsWith('/') && !link.startsWith('//') && !link.includes('\\')

/**
 * Opens a notice of the workspace's unit: the first opening records when it was read. Returns the
 * link to follow (or null). A notice of another unit, or another tenant, is not found.
 */
export async function openNotification(actor: Actor, workspace: { id: string }, notificationId: string) {
  if (!isUuid(notificationId)) throw new NotFoundError('Không tìm thấy thông báo.')
  return withTenant(actor.tenantId, async (tx) => {
    const where = { tenantId: actor.tenantId, organizationId: workspace.id, id: notificationId }
    const notice = await tx.notification.findFirst({ where, select: { link: true } })
    if (!notice) throw new NotFoundError('Không tìm thấy thông báo.')
    await tx.notification.updateMany({ where: { ...where, readAt: null }, data: { readAt: new Date() } })
    return isInternalLink(notice.link) ? notice.link : null
  })
}
