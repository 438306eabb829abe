// Award history (sổ vàng): a person's or a unit's records, for those whose reach covers the person's
// unit (or the unit), in this tenant only.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { awardHistory, type HistoryTarget } from '../../lib/dossiers/history'
import { NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let lc: Awaited<ReturnType<typeof createTenant>>
let personId: string
let foreignPersonId: string

const history = (actor: Actor, target: HistoryTarget) =>
  withTenant(actor.tenantId, (tx) => awardHistory(tx, actor, target))

beforeAll(async () => {
  ;[dn, lc] = await Promise.all([createTenant(0), createTenant(1)])
  const db = ownerDb()
  const anPhuoc = dn.units.get('an-phuoc')!
  personId = (
    await db.person.create({
      data: { tenantId: dn.id, organizationId: anPhuoc, fullName: 'Võ Thị Sen', gender: 'NU' },
      select: { id: true },
    })
  ).id
  foreignPersonId = (
    await db.person.create({
      data: { tenantId: lc.id, organizationId: lc.units.get('cam-duong')!, fullName: 'Giàng A Páo', gender: 'NAM' },
      select: { id: true },
    })
  ).id
  await db.awardRecord.createMany({
    data: [
      {
        tenantId: dn.id,
        personId,
        organizationId: anPhuoc,
        year: 2019,
        award: 'LDTT',
        decisionNumber: '15/QĐ-UBND',
        decidedOn: new Date('2019-12-20'),
        decidedBy: 'Ủy ban nhân dân huyện Long Thành',
      },
      {
        tenantId: dn.id,
        personId,
        organizationId: anPhuoc,
        year: 2020,
        award: 'CSTD_CO_SO',
        decisionNumber: '20/QĐ-UBND',
        decidedOn: new Date('2020-12-18'),
        decidedBy: 'Ủy ban nhân dân huyện Long Thành',
      },
      {
        tenantId: dn.id,
        personId,
        organizationId: anPhuoc,
        year: 2020,
        award: 'GIAY_KHEN',
        thematic: true,
        decidedBy: 'Ủy ban nhân dân huyện Long Thành',
      },
      {
        tenantId: dn.id,
        personId: null,
        organizationId: anPhuoc,
        year: 2020,
        award: 'TAP_THE_LDXS',
        decisionNumber: '90/QĐ-UBND',
        decidedOn: new Date('2021-01-15'),
        decidedBy: 'Ủy ban nhân dân tỉnh Đồng Nai',
      },
      {
        tenantId: lc.id,
        personId: foreignPersonId,
        organizationId: lc.units.get('cam-duong')!,
        year: 2025,
        award: 'LDTT',
      },
    ],
  })
})

describe('award history', () => {
  it('shows a person’s awards, newest year first, to their unit and the levels above', async () => {
    const own = await history(await actorFor(dn, 'thutruong.anphuoc'), { personId })
    expect(own.subject).toMatchObject({ kind: 'PERSON', name: 'Võ Thị Sen', unitName: 'Ủy ban nhân dân xã An Phước' })
    expect(own.rows.map((r) => [r.year, r.awardLabel, r.decisionNumber, r.thematic])).toEqual([
      [2020, 'Chiến sĩ thi đua cơ sở', '20/QĐ-UBND', false],
      [2020, 'Giấy khen', null, true],
      [2019, 'Lao động tiên tiến', '15/QĐ-UBND', false],
    ])
    expect(own.rows[0]).toMatchObject({
      decidedBy: 'Ủy ban nhân dân huyện Long Thành',
      decidedOn: new Date('2020-12-18T00:00:00Z'),
    })
    for (const above of ['noivu.longthanh', 'lanhdao.dongnai'])
      expect((await history(await actorFor(dn, above), { personId })).total).toBe(3)
  })

  it('hides a person from a sibling commune, another district and another tenant', async () => {
    const lcActor = await actorFor(lc, 'lanhdao.laocai')
    await expect(history(await actorFor(dn, 'thutruong.longan'), { personId })).rejects.toBeInstanceOf(NotFoundError)
    await expect(history(lcActor, { personId })).rejects.toBeInstanceOf(NotFoundError)
    await expect(history(await actorFor(dn, 'lanhdao.dongnai'), { personId: foreignPersonId })).rejects.toBeInstanceOf(
      NotFoundError,
    )
    await expect(history(lcActor, { personId: 'khong-phai-uuid' })).rejects.toBeInstanceOf(NotFoundError)
    expect((await history(lcActor, { personId: foreignPersonId })).rows.map((r) => r.award)).toEqual(['LDTT'])
  })

  it('shows a unit its collective awards only, within reach', async () => {
    const anPhuoc = dn.units.get('an-phuoc')!
    const unit = await history(await actorFor(dn, 'noivu.anphuoc'), { organizationId: anPhuoc })
    expect(unit.subject).toMatchObject({ kind: 'UNIT', name: 'Ủy ban nhân dân xã An Phước' })
    expect(unit.rows.map((r) => r.awardLabel)).toEqual(['Tập thể lao động xuất sắc'])
    await expect(history(await actorFor(dn, 'thutruong.longan'), { organizationId: anPhuoc })).rejects.toBeInstanceOf(
      NotFoundError,
    )
    await expect(history(await actorFor(lc, 'quantri.laocai'), { organizationId: anPhuoc })).rejects.toBeInstanceOf(
      NotFoundError,
    )
  })
})
