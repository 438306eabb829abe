// The deadline settings admin (issue 11, item 4) on the real database: the province's administrator sets a
// deadline from a date with its source; a deadline computed before that date keeps the old value and one
// from that date takes the new one; bad input is refused next to its field and changes nothing; only the
// administrator of the province's root unit may do it, and another tenant's administrator sees nothing.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { loadActor } from '../../lib/auth/actor'
import { addDeadlineSetting } from '../../lib/calendar/add-deadline-setting'
import { addDeadlineSettingSchema } from '../../lib/calendar/schemas'
import { deadlineSettings, listDeadlineSettings } from '../../lib/calendar/settings'
import { addWorkingDays } from '../../lib/calendar/working-days'
import { withTenant } from '../../lib/db/tenant'
import { ForbiddenError, NotFoundError } from '../../lib/shared/errors'
import { handleForm } from '../../lib/shared/form'
import { ownerDb } from '../support/db'
import { actorFor, addUser, createTenant } from '../support/factories'

let lc: Awaited<ReturnType<typeof createTenant>>
let dn: Awaited<ReturnType<typeof createTenant>>
let admin: Actor
const SOURCE = 'Quyết định 15/2026/QĐ-UBND ngày 01/12/2026 của UBND tỉnh Lào Cai, Điều 5'

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return data
}
const submit = (actor: Actor, fields: Record<string, string>) =>
  handleForm(
    addDeadlineSettingSchema,
    form({ organizationId: lc.units.get('tinh')!, source: SOURCE, ...fields }),
    (input) => addDeadlineSetting(actor, input),
    'Đã đặt thời hạn mới.',
  )
const settingsOn = (tenantId: string, day: string) => withTenant(tenantId, (tx) => deadlineSettings(tx, tenantId, day))
const rows = () => ownerDb().deadlineSetting.count({ where: { tenantId: lc.id } })

beforeAll(async () => {
  ;[lc, dn] = await Promise.all([createTenant(1), createTenant(0)])
  admin = await actorFor(lc, 'quantri.laocai')
})

describe('deadline settings admin', () => {
  it('a 7-working-day publication window from a date: before it the window is 10 days, from it 7', async () => {
    const result = await submit(admin, { key: 'publicationWorkingDays', value: '7', validFrom: '2027-03-01' })
    expect(result.ok).toBe(true)

    const before = await settingsOn(lc.id, '2027-02-26')
    const from = await settingsOn(lc.id, '2027-03-01')
    expect(before.publicationWorkingDays.value).toBe(10)
    expect(from.publicationWorkingDays).toEqual({ value: 7, source: SOURCE })
    // the window a nominee appraised on each day gets (as lib/dossiers/workflow.ts computes it)
    expect(addWorkingDays('2027-02-26', before.publicationWorkingDays.value)).toBe('2027-03-12')
    expect(addWorkingDays('2027-03-01', from.publicationWorkingDays.value)).toBe('2027-03-10')
    // the other deadlines are untouched
    expect(from.appraisalWorkingDays.value).toBe(20)

    // the audit entry was written with the row
    const row = await ownerDb().deadlineSetting.findFirstOrThrow({ where: { tenantId: lc.id } })
    const audit = await ownerDb().auditEvent.findFirstOrThrow({
      where: { tenantId: lc.id, action: 'tenant.deadline_setting', targetId: row.id },
    })
    expect(audit.actorId).toBe(admin.userId)
    expect(audit.after).toMatchObject({ key: 'publicationWorkingDays', value: 7, validFrom: '2027-03-01' })

    // the admin page lists the default in force and the new value to come, with their sources
    const list = await withTenant(lc.id, (tx) => listDeadlineSettings(tx, lc.id, '2027-01-15', 1))
    const publication = list.rows.filter((r) => r.key === 'publicationWorkingDays')
    expect(publication.map((r) => [r.value, r.from, r.to, r.state, r.shipped])).toEqual([
      [7, '2027-03-01', undefined, 'future', false],
      [10, '2024-01-01', '2027-03-01', 'current', true],
    ])
    expect(list.current.publicationWorkingDays.value).toBe(10)
  })

  it('a submission date as day/month: 15/12 from 2027-01-01', async () => {
    const result = await submit(admin, { key: 'annualSubmission', value: '15/12', validFrom: '2027-01-01' })
    expect(result.ok).toBe(true)
    expect((await settingsOn(lc.id, '2026-12-31')).annualSubmission.value).toBe(1210)
    expect((await settingsOn(lc.id, '2027-01-01')).annualSubmission.value).toBe(1215)
  })

  it('refuses bad input next to its field and saves nothing', async () => {
    const count = await rows()
    const refused = async (fields: Record<string, string>, field: string, message: RegExp) => {
      const result = await submit(admin, fields)
      expect(result.ok).toBe(false)
      expect(result.fieldErrors?.[field]).toMatch(message)
    }
    const days = { key: 'consultationWorkingDays', validFrom: '2027-06-01' }
    await refused({ ...days, value: '0' }, 'value', /từ 1 đến 90/)
    await refused({ ...days, value: '91' }, 'value', /từ 1 đến 90/)
    await refused({ ...days, value: '7,5' }, 'value', /số nguyên/)
    await refused({ ...days, value: 'bảy' }, 'value', /số nguyên/)
    await refused({ key: 'schoolSubmission', value: '31/02', validFrom: '2027-06-01' }, 'value', /ngày\/tháng/i)
    await refused({ key: 'schoolSubmission', value: '10/13', validFrom: '2027-06-01' }, 'value', /ngày\/tháng/i)
    await refused({ ...days, value: '5', validFrom: '2027-02-30' }, 'validFrom', /tháng 2\/2027 chỉ có 28 ngày/)
    await refused({ ...days, value: '5', validFrom: '' }, 'validFrom', /Vui lòng chọn ngày áp dụng/)
    await refused({ key: 'x', value: '5', validFrom: '2027-06-01' }, 'key', /Vui lòng chọn thời hạn/)
    await refused({ ...days, value: '5', source: 'QĐ' }, 'source', /căn cứ/)
    await refused({ ...days, value: '5', source: `Quyết định\0 số 1` }, 'source', /ký tự NUL/)
    // a date before the value in force (or on its day): the shipped default from 01/01/2024 …
    await refused({ ...days, value: '5', validFrom: '2023-12-31' }, 'validFrom', /sau ngày áp dụng.*01\/01\/2024/)
    await refused({ ...days, value: '5', validFrom: '2024-01-01' }, 'validFrom', /sau ngày áp dụng/)
    // … and the tenant's own value from 01/03/2027
    await refused(
      { key: 'publicationWorkingDays', value: '5', validFrom: '2027-02-01' },
      'validFrom',
      /sau ngày áp dụng.*01\/03\/2027/,
    )
    expect(await rows()).toBe(count)
    expect((await settingsOn(lc.id, '2027-12-31')).consultationWorkingDays.value).toBe(10)
  })

  it('only the administrator of the province’s root unit sets a deadline', async () => {
    const count = await rows()
    const fields = { key: 'appraisalWorkingDays', value: '15', validFrom: '2027-09-01' }
    // the province's Nội vụ officer has no administration right: the unit is not found for them
    const officer = await actorFor(lc, 'noivu.laocai')
    expect((await submit(officer, fields)).ok).toBe(false)
    const input = addDeadlineSettingSchema.parse({ organizationId: lc.units.get('tinh'), source: SOURCE, ...fields })
    await expect(addDeadlineSetting(officer, input)).rejects.toThrow(NotFoundError)
    // an administrator of a commune, not of the province
    const userId = await addUser(lc, 'cam-duong', 'TENANT_ADMIN', `quantri.xa.${lc.suffix}`)
    const communeAdmin = (await loadActor({ userId, tenantId: lc.id, sessionVersion: 1 }))!
    await expect(
      addDeadlineSetting(communeAdmin, { ...input, organizationId: lc.units.get('cam-duong')! }),
    ).rejects.toThrow(ForbiddenError)
    await expect(addDeadlineSetting(communeAdmin, input)).rejects.toThrow(NotFoundError)
    expect(await rows()).toBe(count)
  })

  it('another tenant’s administrator cannot set Lào Cai’s deadlines, nor is theirs changed by Lào Cai’s', async () => {
    const count = await rows()
    const other = await actorFor(dn, 'quantri.dongnai')
    const input = addDeadlineSettingSchema.parse({
      organizationId: lc.units.get('tinh'),
      key: 'appraisalWorkingDays',
      value: '15',
      validFrom: '2027-09-01',
      source: SOURCE,
    })
    await expect(addDeadlineSetting(other, input)).rejects.toThrow(NotFoundError)
    expect(await rows()).toBe(count)
    expect(await ownerDb().deadlineSetting.count({ where: { tenantId: dn.id } })).toBe(0)
    expect((await settingsOn(dn.id, '2027-03-01')).publicationWorkingDays.value).toBe(10)
  })
})
