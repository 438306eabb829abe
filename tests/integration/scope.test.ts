// Organisation scope enforced by the domain lookups, on top of RLS.
import { beforeAll, describe, expect, it } from 'vitest'
import { withTenant } from '../../lib/db/tenant'
import { findOrganizationForActor, listChildren } from '../../lib/organizations/queries'
import { findUserForActor } from '../../lib/users/queries'
import { NotFoundError } from '../../lib/shared/errors'
import { databaseUrl } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let lc: Awaited<ReturnType<typeof createTenant>>

beforeAll(async () => {
  databaseUrl()
  dn = await createTenant(0)
  lc = await createTenant(1)
})

describe('organisation scope', () => {
  it('lets a commune see itself but not a sibling commune, its district or the province', async () => {
    const head = await actorFor(dn, 'thutruong.anphuoc')
    const find = (key: string) =>
      withTenant(dn.id, (tx) => findOrganizationForActor(tx, head, dn.units.get(key)!, 'workspace.view'))
    await expect(find('an-phuoc')).resolves.toMatchObject({ name: 'Ủy ban nhân dân xã An Phước' })
    await expect(find('thcs-an-phuoc')).resolves.toMatchObject({ name: 'Trường THCS An Phước' })
    for (const other of ['long-an', 'long-thanh', 'tinh', 'cam-my'])
      await expect(find(other)).rejects.toBeInstanceOf(NotFoundError)
  })

  it('lets district staff reach every commune of the district and none of the other district', async () => {
    const staff = await actorFor(dn, 'noivu.longthanh')
    const view = await withTenant(dn.id, (tx) => listChildren(tx, staff, dn.units.get('long-thanh')!, 1))
    expect(view.children.map((c) => c.name)).toContain('Ủy ban nhân dân xã Long An')
    await expect(withTenant(dn.id, (tx) => listChildren(tx, staff, dn.units.get('cam-my')!, 1))).rejects.toBeInstanceOf(
      NotFoundError,
    )
  })

  it('answers "not found" for another tenant’s unit id, even to that tenant’s own administrator id space', async () => {
    const admin = await actorFor(dn, 'quantri.dongnai')
    await expect(
      withTenant(dn.id, (tx) => findOrganizationForActor(tx, admin, lc.units.get('tinh')!, 'workspace.view')),
    ).rejects.toBeInstanceOf(NotFoundError)
    await expect(
      withTenant(dn.id, (tx) => findUserForActor(tx, admin, lc.users.values().next().value!)),
    ).rejects.toBeInstanceOf(NotFoundError)
  })

  it('does not let a role without org.manage administer units even inside its scope', async () => {
    const leader = await actorFor(dn, 'lanhdao.dongnai')
    await expect(
      withTenant(dn.id, (tx) => findOrganizationForActor(tx, leader, dn.units.get('an-phuoc')!, 'org.manage')),
    ).rejects.toBeInstanceOf(NotFoundError)
  })
})
