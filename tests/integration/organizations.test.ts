// Organisation tree use cases against the real database: rules, concurrency, audit in one transaction.
import { beforeAll, describe, expect, it } from 'vitest'
import { createOrganization } from '../../lib/organizations/create-organization'
import { renameOrganization } from '../../lib/organizations/rename-organization'
import { moveOrganization } from '../../lib/organizations/move-organization'
import { setOrganizationActive } from '../../lib/organizations/set-organization-active'
import { ConflictError, DomainError, NotFoundError } from '../../lib/shared/errors'
import pg from 'pg'
import { databaseUrl, ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let lc: Awaited<ReturnType<typeof createTenant>>
let admin: Awaited<ReturnType<typeof actorFor>>

beforeAll(async () => {
  dn = await createTenant(0)
  lc = await createTenant(1)
  admin = await actorFor(dn, 'quantri.dongnai')
})

const unit = (id: string) => ownerDb().organization.findUniqueOrThrow({ where: { id } })
const audits = (targetId: string) =>
  ownerDb().auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: 'asc' } })

describe('organisation tree', () => {
  it('adds a commune under a district with the right level, path and an audit entry', async () => {
    const created = await createOrganization(admin, {
      parentId: dn.units.get('cam-my')!,
      name: 'Ủy ban nhân dân xã Thừa Đức',
      shortName: null,
      kind: 'CHINH_QUYEN',
    })
    const district = await unit(dn.units.get('cam-my')!)
    expect(created).toMatchObject({ level: 'XA', depth: district.depth + 1, path: `${district.path}${created.id}/` })
    expect((await audits(created.id)).map((a) => a.action)).toEqual(['organization.create'])
  })

  it('refuses a duplicate name among siblings, a unit from another tenant, and a committee under a commune', async () => {
    await expect(
      createOrganization(admin, {
        parentId: dn.units.get('long-thanh')!,
        name: 'ủy ban nhân dân xã long an',
        shortName: null,
        kind: 'CHINH_QUYEN',
      }),
    ).rejects.toMatchObject({ field: 'name' })
    await expect(
      createOrganization(admin, {
        parentId: lc.units.get('tinh')!,
        name: 'Xâm nhập',
        shortName: null,
        kind: 'CO_QUAN',
      }),
    ).rejects.toBeInstanceOf(NotFoundError)
    await expect(
      createOrganization(admin, {
        parentId: dn.units.get('an-phuoc')!,
        name: 'Ấp 1',
        shortName: null,
        kind: 'CHINH_QUYEN',
      }),
    ).rejects.toBeInstanceOf(DomainError)
    expect(await ownerDb().organization.count({ where: { name: { in: ['Xâm nhập', 'Ấp 1'] } } })).toBe(0)
  })

  it('lets only one of two concurrent renames of the same version win', async () => {
    const id = dn.units.get('binh-son')!
    const { version } = await unit(id)
    // Hold the row so that both saves read the same version and queue on the write: a true race.
    const blocker = new pg.Client({ connectionString: databaseUrl() })
    await blocker.connect()
    await blocker.query('BEGIN')
    await blocker.query('SELECT 1 FROM "Organization" WHERE id = $1 FOR UPDATE', [id])
    const racing = Promise.allSettled([
      renameOrganization(admin, { id, name: 'Ủy ban nhân dân xã Bình Sơn (A)', shortName: null, version }),
      renameOrganization(admin, { id, name: 'Ủy ban nhân dân xã Bình Sơn (B)', shortName: null, version }),
    ])
    await new Promise((resolve) => setTimeout(resolve, 300))
    await blocker.query('COMMIT')
    await blocker.end()
    const results = await racing
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(rejected.reason).toBeInstanceOf(ConflictError)
    const after = await unit(id)
    expect(after.version).toBe(version + 1)
    expect((await audits(id)).filter((a) => a.action === 'organization.rename')).toHaveLength(1)
    // A stale form is refused too, and changes nothing.
    await expect(renameOrganization(admin, { id, name: 'Cũ', shortName: null, version })).rejects.toBeInstanceOf(
      ConflictError,
    )
    expect((await unit(id)).name).toBe(after.name)
  })

  it('moves a commune with its agencies to another district, re-rooting the whole subtree', async () => {
    const commune = await unit(dn.units.get('an-phuoc')!)
    await moveOrganization(admin, { id: commune.id, newParentId: dn.units.get('cam-my')!, version: commune.version })
    const district = await unit(dn.units.get('cam-my')!)
    const moved = await unit(commune.id)
    const school = await unit(dn.units.get('thcs-an-phuoc')!)
    expect(moved.path).toBe(`${district.path}${commune.id}/`)
    expect(school.path).toBe(`${moved.path}${school.id}/`)
    expect(school.depth).toBe(moved.depth + 1)
    await expect(
      moveOrganization(admin, { id: dn.units.get('cam-my')!, newParentId: commune.id, version: district.version }),
    ).rejects.toMatchObject({
      field: 'newParentId',
    })
  })

  it('refuses to deactivate a unit with active children, then deactivates bottom-up and keeps history', async () => {
    const commune = await unit(dn.units.get('an-phuoc')!)
    await expect(
      setOrganizationActive(admin, { id: commune.id, active: false, version: commune.version }),
    ).rejects.toThrow(/đơn vị trực thuộc/)
    const school = await unit(dn.units.get('thcs-an-phuoc')!)
    await setOrganizationActive(admin, { id: school.id, active: false, version: school.version })
    await setOrganizationActive(admin, { id: commune.id, active: false, version: commune.version })
    const after = await unit(commune.id)
    expect(after.active).toBe(false)
    expect(after.validTo).not.toBeNull()
  })
})
