// The Party-opinion settings admin (Quản trị › Ý kiến cấp ủy, docs/decisions/0027) on the real database:
// the province's administrator sets from a date, with its source, whether an award needs the Party
// committee's opinion before the central level; a central submission from that date follows the new
// setting, one before it the old; bad input is refused next to its field and changes nothing; only the
// administrator of the province's root unit may do it, and another tenant's administrator sees nothing.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { loadActor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { addPartyOpinionSetting } from '../../lib/dossiers/add-party-opinion-setting'
import { addNominee, createDossier } from '../../lib/dossiers/draft'
import { partyOpinions, seedPartyOpinionSettings } from '../../lib/dossiers/party-opinion'
import {
  addPartyOpinionSettingSchema,
  listPartyOpinionSettings,
  PARTY_OPINION_AWARD_OPTIONS,
} from '../../lib/dossiers/party-opinion-settings'
import { actOnNominee, submitDossier } from '../../lib/dossiers/workflow'
import { isoDay, todayInVietnam } from '../../lib/shared/dates'
import { ForbiddenError, NotFoundError } from '../../lib/shared/errors'
import { handleForm } from '../../lib/shared/form'
import { ownerDb } from '../support/db'
import { actorFor, addUser, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let lc: Awaited<ReturnType<typeof createTenant>>
let admin: Actor
let head: Actor
let district: Actor
let province: Actor
let provinceLeader: Actor
const SOURCE = 'Quy định 05-QĐ/TU ngày 01/12/2026 của Ban Thường vụ Tỉnh ủy Đồng Nai'
const today = isoDay(todayInVietnam())
const yesterday = isoDay(new Date(new Date(`${today}T00:00:00Z`).getTime() - 86_400_000))

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return data
}
const submit = (actor: Actor, fields: Record<string, string>) =>
  handleForm(
    addPartyOpinionSettingSchema,
    form({ organizationId: dn.units.get('tinh')!, required: 'no', source: SOURCE, ...fields }),
    (input) => addPartyOpinionSetting(actor, input),
    'Đã đặt cấu hình ý kiến cấp ủy mới.',
  )
const rows = () => ownerDb().partyOpinionSetting.count({ where: { tenantId: dn.id } })
const audits = () => ownerDb().auditEvent.count({ where: { tenantId: dn.id, action: 'tenant.party_opinion_setting' } })

beforeAll(async () => {
  ;[dn, lc] = await Promise.all([createTenant(0), createTenant(1)])
  ;[admin, head, district, province, provinceLeader] = await Promise.all(
    ['quantri.dongnai', 'thutruong.anphuoc', 'noivu.longthanh', 'noivu.dongnai', 'lanhdao.dongnai'].map((u) =>
      actorFor(dn, u),
    ),
  )
  await seedPartyOpinionSettings(ownerDb(), dn.id) // the state-level awards need the opinion from 2020
})

const nominee = (id: string) => ownerDb().dossierNominee.findUniqueOrThrow({ where: { id } })
const act = async (
  actor: Actor,
  id: string,
  action: 'appraise' | 'forward' | 'approve',
  reason: string | null = null,
) => actOnNominee(actor, { nomineeId: id, version: (await nominee(id)).version, action, reason })

/** A Bằng khen Thủ tướng nominee brought to the province, appraised, published and passed by the council
 * (as tests/integration/party-opinion.test.ts does). */
async function atProvince() {
  const db = ownerDb()
  const person = await db.person.create({
    data: { tenantId: dn.id, organizationId: dn.units.get('an-phuoc')!, fullName: 'Lê Thị Hoa', gender: 'NU' },
    select: { id: true },
  })
  const { id: dossierId } = await createDossier(head, {
    organizationId: dn.units.get('an-phuoc')!,
    kind: 'THUONG_XUYEN',
    year: 2024,
    title: 'Đề nghị Bằng khen Thủ tướng',
    movementId: null,
  })
  const v = async () => (await db.dossier.findUniqueOrThrow({ where: { id: dossierId } })).version
  const n = await addNominee(head, {
    dossierId,
    version: await v(),
    personId: person.id,
    organizationId: null,
    award: 'BANG_KHEN_TTG',
    achievement: 'Năm năm liền hoàn thành tốt nhiệm vụ.',
  })
  await submitDossier(head, { dossierId, version: await v() })
  await act(district, n.id, 'appraise', 'Đủ hồ sơ.')
  await act(district, n.id, 'forward')
  await act(province, n.id, 'appraise', 'Đủ hồ sơ để trình Trung ương.')
  await db.dossierNominee.update({
    where: { id: n.id },
    data: { publicTo: new Date('2024-01-01T00:00:00Z'), councilPassed: true },
  })
  return n.id
}

const requiredOn = async (id: string, day: string) => {
  const n = await nominee(id)
  return withTenant(dn.id, async (tx) => (await partyOpinions(tx, dn.id, [n], day)).get(id)!.required)
}

describe('Party-opinion settings admin', () => {
  it('lists the central-level awards first in the form', () => {
    expect(PARTY_OPINION_AWARD_OPTIONS.slice(0, 4).toSorted()).toEqual(
      ['ANH_HUNG', 'BANG_KHEN_TTG', 'CSTD_TOAN_QUOC', 'HUAN_CHUONG'].toSorted(),
    )
    expect(PARTY_OPINION_AWARD_OPTIONS).toHaveLength(12)
  })

  it('"not required" for Bằng khen Thủ tướng from today: the central submission no longer waits', async () => {
    const id = await atProvince()
    await expect(act(provinceLeader, id, 'approve')).rejects.toThrow(/Chờ ý kiến cấp ủy/)

    const result = await submit(admin, { award: 'BANG_KHEN_TTG', validFrom: today })
    expect(result.ok).toBe(true)

    expect(await requiredOn(id, yesterday)).toBe(true)
    expect(await requiredOn(id, today)).toBe(false)
    await act(provinceLeader, id, 'approve')
    expect((await nominee(id)).status).toBe('APPROVED')

    // the audit entry was written with the row
    const row = await ownerDb().partyOpinionSetting.findFirstOrThrow({
      where: { tenantId: dn.id, award: 'BANG_KHEN_TTG', required: false },
    })
    expect(row.createdById).toBe(admin.userId)
    const audit = await ownerDb().auditEvent.findFirstOrThrow({
      where: { tenantId: dn.id, action: 'tenant.party_opinion_setting', targetId: row.id },
    })
    expect(audit.actorId).toBe(admin.userId)
    expect(audit.after).toMatchObject({ award: 'BANG_KHEN_TTG', required: false, validFrom: today, source: SOURCE })

    // the admin page: in force today, and the history of the award
    const list = await withTenant(dn.id, (tx) => listPartyOpinionSettings(tx, dn.id, today, 1))
    expect(list.current.find((r) => r.award === 'BANG_KHEN_TTG')).toMatchObject({ required: false, from: today })
    expect(list.current.find((r) => r.award === 'HUAN_CHUONG')).toMatchObject({ required: true, from: '2020-01-01' })
    expect(
      list.rows.filter((r) => r.award === 'BANG_KHEN_TTG').map((r) => [r.required, r.from, r.to, r.state]),
    ).toEqual([
      [false, today, undefined, 'current'],
      [true, '2020-01-01', today, 'past'],
    ])
  })

  it('refuses bad input next to its field and saves nothing', async () => {
    const [count, audited] = [await rows(), await audits()]
    const refused = async (fields: Record<string, string>, field: string, message: RegExp) => {
      const result = await submit(admin, fields)
      expect(result.ok).toBe(false)
      expect(result.fieldErrors?.[field]).toMatch(message)
    }
    const award = { award: 'HUAN_CHUONG' }
    await refused({ ...award, validFrom: '2027-02-30' }, 'validFrom', /tháng 2\/2027 chỉ có 28 ngày/)
    await refused({ ...award, validFrom: '' }, 'validFrom', /Vui lòng chọn ngày áp dụng/)
    await refused({ ...award, validFrom: '2027-06-01', source: '' }, 'source', /căn cứ/)
    await refused({ ...award, validFrom: '2027-06-01', source: '   ' }, 'source', /căn cứ/)
    await refused({ ...award, validFrom: '2027-06-01', source: `Quy định\0 số 5` }, 'source', /ký tự NUL/)
    await refused({ award: 'x', validFrom: '2027-06-01' }, 'award', /Vui lòng chọn hình thức/)
    await refused({ ...award, required: 'maybe', validFrom: '2027-06-01' }, 'required', /cần ý kiến cấp ủy/)
    // a date on or before the latest setting of the same award
    await refused({ ...award, validFrom: '2020-01-01' }, 'validFrom', /sau ngày áp dụng.*01\/01\/2020/)
    await refused({ ...award, validFrom: '2019-06-01' }, 'validFrom', /sau ngày áp dụng/)
    await refused({ award: 'BANG_KHEN_TTG', required: 'yes', validFrom: yesterday }, 'validFrom', /sau ngày áp dụng/)
    expect(await rows()).toBe(count)
    expect(await audits()).toBe(audited)
  })

  it('only the administrator of the province’s root unit sets a configuration', async () => {
    const count = await rows()
    const fields = { award: 'ANH_HUNG', validFrom: '2027-09-01' }
    // the province's Nội vụ officer has no administration right: the unit is not found for them
    expect((await submit(province, fields)).ok).toBe(false)
    const input = addPartyOpinionSettingSchema.parse({
      organizationId: dn.units.get('tinh'),
      required: 'no',
      source: SOURCE,
      ...fields,
    })
    await expect(addPartyOpinionSetting(province, input)).rejects.toThrow(NotFoundError)
    // an administrator of a commune, not of the province
    const userId = await addUser(dn, 'an-phuoc', 'TENANT_ADMIN', `quantri.xa.${dn.suffix}`)
    const communeAdmin = (await loadActor({ userId, tenantId: dn.id, sessionVersion: 1 }))!
    await expect(
      addPartyOpinionSetting(communeAdmin, { ...input, organizationId: dn.units.get('an-phuoc')! }),
    ).rejects.toThrow(ForbiddenError)
    await expect(addPartyOpinionSetting(communeAdmin, input)).rejects.toThrow(NotFoundError)
    expect(await rows()).toBe(count)
  })

  it('another tenant’s administrator cannot set Đồng Nai’s configuration', async () => {
    const count = await rows()
    const other = await actorFor(lc, 'quantri.laocai')
    const input = addPartyOpinionSettingSchema.parse({
      organizationId: dn.units.get('tinh'),
      award: 'ANH_HUNG',
      required: 'no',
      validFrom: '2027-09-01',
      source: SOURCE,
    })
    await expect(addPartyOpinionSetting(other, input)).rejects.toThrow(NotFoundError)
    expect(await rows()).toBe(count)
    expect(await ownerDb().partyOpinionSetting.count({ where: { tenantId: lc.id } })).toBe(0)
  })
})
