// A unit's notices: unread until someone of the unit opens one; another unit's or tenant's are not found.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { openNotification } from '../../lib/dossiers/notifications'
import { listNotifications } from '../../lib/dossiers/queries'
import { NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let lc: Awaited<ReturnType<typeof createTenant>>
let head: Actor

beforeAll(async () => {
  ;[dn, lc] = await Promise.all([createTenant(0), createTenant(1)])
  head = await actorFor(dn, 'thutruong.anphuoc')
})

const notice = (tenantId: string, organizationId: string, link: string | null) =>
  ownerDb().notification.create({
    data: { tenantId, organizationId, text: 'Quyết định số 12/QĐ-UBND khen thưởng', link },
    select: { id: true },
  })

describe('notifications', () => {
  it('marks a notice read when it is opened, once, and counts the unread ones', async () => {
    const anPhuoc = { id: dn.units.get('an-phuoc')! }
    const linked = await notice(dn.id, anPhuoc.id, '/ho-so-khen-thuong/quyet-dinh/abc')
    const plain = await notice(dn.id, anPhuoc.id, 'https://example.com/lua-dao')
    const list = () => withTenant(dn.id, (tx) => listNotifications(tx, head, anPhuoc, 1))
    expect((await list()).unread).toBe(2)

    expect(await openNotification(head, anPhuoc, linked.id)).toBe('/ho-so-khen-thuong/quyet-dinh/abc')
    const read = await ownerDb().notification.findUniqueOrThrow({ where: { id: linked.id } })
    expect(read.readAt).not.toBeNull()
    await openNotification(head, anPhuoc, linked.id) // opening again keeps the first time
    expect((await ownerDb().notification.findUniqueOrThrow({ where: { id: linked.id } })).readAt).toEqual(read.readAt)
    expect((await list()).unread).toBe(1)

    expect(await openNotification(head, anPhuoc, plain.id)).toBeNull() // a link off the site is not followed
    expect((await list()).unread).toBe(0)
  })

  it('does not find a notice of another unit or another tenant', async () => {
    const anPhuoc = { id: dn.units.get('an-phuoc')! }
    const sibling = await notice(dn.id, dn.units.get('long-an')!, null)
    const foreign = await notice(lc.id, lc.units.get('cam-duong')!, null)
    for (const id of [sibling.id, foreign.id, 'not-an-id']) {
      const opened = openNotification(head, anPhuoc, id)
      await expect(opened).rejects.toBeInstanceOf(NotFoundError)
      await expect(opened).rejects.toThrow('Không tìm thấy thông báo.')
    }
    const untouched = await ownerDb().notification.findMany({ where: { id: { in: [sibling.id, foreign.id] } } })
    expect(untouched.map((n) => n.readAt)).toEqual([null, null])
  })
})
