// Lists that grow without bound count only ten pages ahead (lib/shared/paging.ts): the journal of a
// tenant and the registry of a whole province say "more" instead of counting every row.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { listAuditEvents } from '../../lib/audit/list'
import { withTenant } from '../../lib/db/tenant'
import { listPeople } from '../../lib/people/queries'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let admin: Actor
let province: Actor
let root: { id: string; path: string }

beforeAll(async () => {
  dn = await createTenant(0)
  admin = await actorFor(dn, 'quantri.dongnai')
  province = await actorFor(dn, 'noivu.dongnai')
  root = await ownerDb().organization.findFirstOrThrow({
    where: { tenantId: dn.id, parentId: null },
    select: { id: true, path: true },
  })
  await ownerDb().auditEvent.createMany({
    data: Array.from({ length: 600 }, (_, i) => ({
      tenantId: dn.id,
      action: 'auth.login',
      targetType: 'User',
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
    })),
  })
  const unitIds = [...dn.units.values()]
  await ownerDb().person.createMany({
    data: Array.from({ length: 300 }, (_, i) => ({
      tenantId: dn.id,
      organizationId: unitIds[i % unitIds.length],
      fullName: `Nguyễn Văn ${i}`,
      gender: 'NAM' as const,
      searchText: `nguyen van ${i}`,
    })),
  })
})

describe('windowed counts', () => {
  it('pages the journal without counting past ten pages ahead', async () => {
    const first = await withTenant(dn.id, (tx) => listAuditEvents(tx, admin, 1))
    expect(first).toMatchObject({ page: 1, pageCount: 11, more: true })
    expect(first.events).toHaveLength(50)
    const rows = await ownerDb().auditEvent.count({ where: { tenantId: dn.id } })
    const lastPage = Math.ceil(rows / 50)
    const last = await withTenant(dn.id, (tx) => listAuditEvents(tx, admin, lastPage))
    expect(last).toMatchObject({ pageCount: lastPage, more: false }) // near the end: counted exactly
  })

  it('says "more than" for the whole province and counts exactly in a small unit', async () => {
    const all = await withTenant(dn.id, (tx) =>
      listPeople(tx, province, { id: root.id, path: root.path }, { page: 1, unit: 'all' }),
    )
    expect(all).toMatchObject({ total: 275, more: true, pageCount: 11 })
    const searched = await withTenant(dn.id, (tx) =>
      listPeople(tx, province, { id: root.id, path: root.path }, { page: 1, unit: 'all', query: 'nguyen van 29' }),
    )
    expect(searched).toMatchObject({ more: false, total: 13 }) // 29, 129, 229 and 290–299
  })
})
