// Emulation registration against the real database: the round, the unit's registration, scope,
// submit / return / accept, the lock, and the overview of units that have not registered.
import { beforeAll, describe, expect, it } from 'vitest'
import { openRound } from '../../lib/registration/open-round'
import { saveRegistration } from '../../lib/registration/save-registration'
import { reviewRegistration, submitRegistration } from '../../lib/registration/decide-registration'
import { registrationOverview } from '../../lib/registration/queries'
import { withTenant } from '../../lib/db/tenant'
import { ConflictError, NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
const people: Record<string, string[]> = {}

async function addPeople(unitKey: string, names: string[]) {
  const db = ownerDb()
  const ids: string[] = []
  for (const fullName of names) {
    const p = await db.person.create({
      data: { tenantId: dn.id, organizationId: dn.units.get(unitKey)!, fullName, gender: 'NU' },
      select: { id: true },
    })
    ids.push(p.id)
  }
  people[unitKey] = ids
}

beforeAll(async () => {
  dn = await createTenant(0)
  await addPeople('an-phuoc', ['Nguyễn Thị A', 'Trần Văn B', 'Lê Thị C'])
  await addPeople('long-an', ['Phạm Văn D'])
})

const version = async (id: string) => (await ownerDb().registration.findUniqueOrThrow({ where: { id } })).version

describe('registration', () => {
  it('needs the managing level to open the year first', async () => {
    const head = await actorFor(dn, 'thutruong.anphuoc')
    await expect(
      saveRegistration(head, {
        organizationId: dn.units.get('an-phuoc')!,
        year: 2026,
        version: 0,
        collectiveTitle: null,
        commitments: null,
        entries: [],
      }),
    ).rejects.toThrow(/chưa mở đăng ký/)
  })

  it('runs from draft to accepted, with a return in between, and locks the accepted registration', async () => {
    const district = await actorFor(dn, 'noivu.longthanh')
    const head = await actorFor(dn, 'thutruong.anphuoc')
    await openRound(district, {
      organizationId: dn.units.get('long-thanh')!,
      year: 2026,
      deadline: new Date('2026-02-28T00:00:00Z'),
      note: null,
    })
    const [a, b, c] = people['an-phuoc']
    const unit = dn.units.get('an-phuoc')!
    const saved = await saveRegistration(head, {
      organizationId: unit,
      year: 2026,
      version: 0,
      collectiveTitle: 'TAP_THE_LDTT',
      commitments: 'Hoàn thành xuất sắc nhiệm vụ năm 2026',
      entries: [
        { personId: a, title: 'LDTT' },
        { personId: b, title: 'CSTD_TINH' },
      ],
    })
    expect(saved.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('thiếu năm 2024, 2025'),
      'Tập thể Lao động tiên tiến cần ít nhất 70% thành viên đạt Lao động tiên tiến: mới đăng ký 2/3, cần 3.',
    ])
    // a person of another commune is refused, and nothing changes
    await expect(
      saveRegistration(head, {
        organizationId: unit,
        year: 2026,
        version: 1,
        collectiveTitle: null,
        commitments: null,
        entries: [{ personId: people['long-an'][0], title: 'LDTT' }],
      }),
    ).rejects.toMatchObject({ field: `title:${people['long-an'][0]}` })
    expect(await ownerDb().registrationEntry.count({ where: { registrationId: saved.registrationId } })).toBe(2)
    // a stale form conflicts
    await expect(
      saveRegistration(head, {
        organizationId: unit,
        year: 2026,
        version: 0,
        collectiveTitle: null,
        commitments: null,
        entries: [],
      }),
    ).rejects.toBeInstanceOf(ConflictError)

    await submitRegistration(head, {
      registrationId: saved.registrationId,
      version: await version(saved.registrationId),
    })
    await expect(
      reviewRegistration(head, {
        registrationId: saved.registrationId,
        version: await version(saved.registrationId),
        decision: 'accept',
        comment: null,
      }),
    ).rejects.toThrow(/cấp quản lý/)
    await reviewRegistration(district, {
      registrationId: saved.registrationId,
      version: await version(saved.registrationId),
      decision: 'return',
      comment: 'Bổ sung đăng ký cho Lê Thị C',
    })
    expect((await ownerDb().registration.findUniqueOrThrow({ where: { id: saved.registrationId } })).status).toBe(
      'RETURNED',
    )

    await saveRegistration(head, {
      organizationId: unit,
      year: 2026,
      version: await version(saved.registrationId),
      collectiveTitle: 'TAP_THE_LDTT',
      commitments: null,
      entries: [
        { personId: a, title: 'LDTT' },
        { personId: b, title: 'LDTT' },
        { personId: c, title: 'LDTT' },
      ],
    })
    await submitRegistration(head, {
      registrationId: saved.registrationId,
      version: await version(saved.registrationId),
    })
    const v = await version(saved.registrationId)
    const twice = await Promise.allSettled(
      [1, 2].map(() =>
        reviewRegistration(district, {
          registrationId: saved.registrationId,
          version: v,
          decision: 'accept',
          comment: null,
        }),
      ),
    )
    expect(twice.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    await expect(
      saveRegistration(head, {
        organizationId: unit,
        year: 2026,
        version: await version(saved.registrationId),
        collectiveTitle: null,
        commitments: null,
        entries: [],
      }),
    ).rejects.toThrow('Bản đăng ký đã được chấp nhận nên không sửa được.')
  })

  it('keeps a unit head away from another unit’s registration', async () => {
    const other = await actorFor(dn, 'thutruong.longan')
    await expect(
      saveRegistration(other, {
        organizationId: dn.units.get('an-phuoc')!,
        year: 2026,
        version: 0,
        collectiveTitle: null,
        commitments: null,
        entries: [],
      }),
    ).rejects.toBeInstanceOf(NotFoundError)
    const registration = await ownerDb().registration.findFirstOrThrow({
      where: { tenantId: dn.id, organizationId: dn.units.get('an-phuoc')! },
    })
    await expect(
      submitRegistration(other, { registrationId: registration.id, version: registration.version }),
    ).rejects.toBeInstanceOf(NotFoundError)
  })

  it('shows the managing level who has not registered', async () => {
    const district = await actorFor(dn, 'noivu.longthanh')
    const overview = await withTenant(dn.id, (tx) =>
      registrationOverview(tx, district, dn.units.get('long-thanh')!, 2026, 1),
    )
    const status = Object.fromEntries(overview.rows.map((r) => [r.unit.name, r.registration?.status ?? null]))
    expect(status['Ủy ban nhân dân xã An Phước']).toBe('ACCEPTED')
    expect(status['Ủy ban nhân dân xã Long An']).toBeNull()
    expect(overview.notRegisteredCount).toBe(overview.total - 1)
    const commune = await actorFor(dn, 'thutruong.anphuoc')
    await expect(
      withTenant(dn.id, (tx) => registrationOverview(tx, commune, dn.units.get('long-thanh')!, 2026, 1)),
    ).rejects.toBeInstanceOf(NotFoundError)
  })
})
