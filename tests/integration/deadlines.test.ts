// Deadlines on the real database: a tenant's own publication window (7 working days) drives the window a
// national-level nominee gets, only the tenant's administrator sets it, bad values change nothing, and
// each nominee under review shows its appraisal deadline from the day it reached the level holding it.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { nomineeDeadlines, unitDeadlines } from '../../lib/calendar/cycle-deadlines'
import { addDeadlineSetting } from '../../lib/calendar/add-deadline-setting'
import { addDeadlineSettingSchema } from '../../lib/calendar/schemas'
import { addWorkingDays } from '../../lib/calendar/working-days'
import { withTenant } from '../../lib/db/tenant'
import { addNominee, createDossier } from '../../lib/dossiers/draft'
import { actOnNominee, submitDossier } from '../../lib/dossiers/workflow'
import { isoDay, todayInVietnam } from '../../lib/shared/dates'
import { NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let lc: Awaited<ReturnType<typeof createTenant>>
let admin: Actor
let head: Actor
let province: Actor
const today = isoDay(todayInVietnam())
const setting = (key: string, value: string, source = 'Quyết định 15/2026/QĐ-UBND của UBND tỉnh') =>
  addDeadlineSettingSchema.parse({
    organizationId: lc.units.get('tinh'),
    key,
    value,
    validFrom: `${today.slice(0, 4)}-01-01`,
    source,
  })

beforeAll(async () => {
  lc = await createTenant(1)
  ;[admin, head, province] = await Promise.all([
    actorFor(lc, 'quantri.laocai'),
    actorFor(lc, 'thutruong.camduong'),
    actorFor(lc, 'noivu.laocai'),
  ])
})

async function nationalNominee() {
  const person = await ownerDb().person.create({
    data: { tenantId: lc.id, organizationId: lc.units.get('cam-duong')!, fullName: 'Lò Thị Hạnh', gender: 'NU' },
    select: { id: true },
  })
  const year = Number(today.slice(0, 4))
  const { id: dossierId } = await createDossier(head, {
    organizationId: lc.units.get('cam-duong')!,
    kind: 'THUONG_XUYEN',
    year,
    title: 'Đề nghị Bằng khen Thủ tướng',
    movementId: null,
  })
  const v = async () => (await ownerDb().dossier.findUniqueOrThrow({ where: { id: dossierId } })).version
  const { id } = await addNominee(head, {
    dossierId,
    version: await v(),
    personId: person.id,
    organizationId: null,
    award: 'BANG_KHEN_TTG',
    achievement: 'Năm năm liền hoàn thành xuất sắc nhiệm vụ, có sáng kiến cấp tỉnh.',
  })
  await submitDossier(head, { dossierId, version: await v() })
  return id
}

describe('deadline settings', () => {
  it('are set by the tenant administrator only, and refuse an impossible day (31/02)', async () => {
    await expect(addDeadlineSetting(province, setting('publicationWorkingDays', '7'))).rejects.toThrow(NotFoundError)
    const bad = addDeadlineSettingSchema.safeParse({
      organizationId: lc.units.get('tinh'),
      key: 'annualSubmission',
      value: '31/02',
      validFrom: '2026-03-01',
      source: 'Quyết định của UBND tỉnh',
    })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues[0].path).toEqual(['value'])
    expect(await ownerDb().deadlineSetting.count({ where: { tenantId: lc.id } })).toBe(0)
    expect(
      addDeadlineSettingSchema.safeParse({ key: 'x', value: '7', validFrom: '2026-02-30', source: 'abc' }).success,
    ).toBe(false)
  })

  it('give a national-level nominee the tenant’s 7-working-day window when the province appraises it', async () => {
    await addDeadlineSetting(admin, setting('publicationWorkingDays', '7'))
    const id = await nationalNominee()
    const n = await ownerDb().dossierNominee.findUniqueOrThrow({ where: { id } })
    expect(n.holderOrgId).toBe(lc.units.get('tinh'))
    await actOnNominee(province, {
      nomineeId: id,
      version: n.version,
      action: 'appraise',
      reason: 'Đối chiếu hồ sơ gốc.',
    })
    const appraised = await ownerDb().dossierNominee.findUniqueOrThrow({ where: { id } })
    expect(isoDay(appraised.publicTo)).toBe(addWorkingDays(today, 7))
    expect(isoDay(appraised.publicTo)).not.toBe(addWorkingDays(today, 10))

    // the dossier shows the appraisal deadline from the day it arrived, and the end of the window
    const deadlines = await withTenant(lc.id, (tx) => nomineeDeadlines(tx, lc.id, [appraised]))
    const [appraisal, window] = deadlines.get(id)!
    expect(appraisal.due).toBe(addWorkingDays(today, 20))
    expect(appraisal.state).toBe('open')
    expect(window.due).toBe(addWorkingDays(today, 7))
    // and the province's dashboard counts it among what it holds
    const panel = await withTenant(lc.id, (tx) =>
      unitDeadlines(tx, lc.id, { id: lc.units.get('tinh')!, name: 'Ủy ban nhân dân tỉnh Lào Cai' }),
    )
    expect(panel.soonest.map((d) => d.nominee)).toContain('Lò Thị Hạnh')
    expect(panel.submission.due).toBe(`${today.slice(0, 4)}-12-10`)
  })
})
