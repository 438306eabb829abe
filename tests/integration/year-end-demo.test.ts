// The year-end demo data: the two-tier tenant's phường can run its December without an administrator
// (a Nội vụ officer, a leader, a council), the tables are of a realistic size, the year is rated and
// registered.
import { beforeAll, describe, expect, it } from 'vitest'
import { ownerDb } from '../support/db'
import { actorFor } from '../support/factories'
import { createYearEndTenant } from '../support/year-end'

let lc: Awaited<ReturnType<typeof createYearEndTenant>>
let dn: Awaited<ReturnType<typeof createYearEndTenant>>

beforeAll(async () => {
  ;[lc, dn] = await Promise.all([createYearEndTenant(1), createYearEndTenant(0)])
})

describe('year-end demo data', () => {
  it('gives phường Cam Đường a Nội vụ officer, a leader who chairs its council, and the province a council', async () => {
    const camDuong = lc.units.get('cam-duong')!
    const noivu = await actorFor(lc, 'noivu.camduong')
    const leader = await actorFor(lc, 'lanhdao.camduong')
    // the phường's Ủy viên Thư ký of the council votes there too
    expect(noivu.memberships.map((m) => [m.organizationId, m.role]).sort()).toEqual([
      [camDuong, 'COUNCIL_MEMBER'],
      [camDuong, 'SECRETARIAT'],
    ])
    expect(leader.memberships.map((m) => [m.organizationId, m.role])).toContainEqual([camDuong, 'LEADER'])
    const councils = await ownerDb().council.findMany({
      where: { tenantId: lc.id },
      select: { organizationId: true, members: { select: { userId: true, isChair: true } } },
    })
    const ward = councils.find((c) => c.organizationId === camDuong)!
    expect(ward.members.find((m) => m.isChair)?.userId).toBe(leader.userId)
    expect(ward.members).toHaveLength(5)
    expect(councils.find((c) => c.organizationId === lc.units.get('tinh'))?.members).toHaveLength(7)
    expect(await ownerDb().consultedBody.count({ where: { tenantId: lc.id } })).toBe(6)
  })

  it('puts about fifty people at Cam Đường, rated for 2026 and registered for 2026', async () => {
    const camDuong = lc.units.get('cam-duong')!
    const people = await ownerDb().person.count({ where: { tenantId: lc.id, organizationId: camDuong } })
    expect(people).toBeGreaterThanOrEqual(50)
    expect(
      await ownerDb().personYearRecord.count({ where: { tenantId: lc.id, organizationId: camDuong, year: 2026 } }),
    ).toBe(people)
    const registration = await ownerDb().registration.findFirstOrThrow({
      where: { tenantId: lc.id, organizationId: camDuong, year: 2026 },
      select: { status: true, entries: { select: { title: true } } },
    })
    expect(registration.status).toBe('ACCEPTED')
    expect(registration.entries).toHaveLength(people)
    expect(registration.entries.filter((e) => e.title === 'CSTD_CO_SO')).toHaveLength(2)
    // the department and the second commune that send Bằng khen proposals have heads
    await actorFor(lc, 'thutruong.sogddt')
    await actorFor(lc, 'thutruong.sapa')
  })

  it('gives the three-tier tenant larger communes registered for 2025', async () => {
    const anPhuoc = dn.units.get('an-phuoc')!
    expect(await ownerDb().person.count({ where: { tenantId: dn.id, organizationId: anPhuoc } })).toBeGreaterThan(35)
    expect(await ownerDb().registration.count({ where: { tenantId: dn.id, year: 2025, status: 'ACCEPTED' } })).toBe(3)
  })
})
