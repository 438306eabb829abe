// Issue 10, finding 6: bad input gets a clear Vietnamese message next to the field and changes nothing —
// impossible calendar days (no rollover), months past 12, NUL bytes, integers past a Postgres INTEGER.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { openRound } from '../../lib/registration/open-round'
import { openRoundSchema } from '../../lib/registration/schemas'
import { renameOrganization } from '../../lib/organizations/rename-organization'
import { renameOrganizationSchema } from '../../lib/organizations/schemas'
import { handleForm } from '../../lib/shared/form'
import { calendarDayProblem } from '../../lib/shared/zod'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let district: Actor

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return data
}

beforeAll(async () => {
  dn = await createTenant(0)
  district = await actorFor(dn, 'noivu.longthanh')
})

const rounds = () => ownerDb().registrationRound.count({ where: { tenantId: dn.id } })

describe('calendar days', () => {
  it('knows which days exist', () => {
    expect(calendarDayProblem('2024-02-29')).toBeNull()
    expect(calendarDayProblem('2026-02-29')).toMatch(/chỉ có 28 ngày/)
    expect(calendarDayProblem('2026-04-31')).toMatch(/chỉ có 30 ngày/)
    expect(calendarDayProblem('2026-13-01')).toMatch(/Tháng 13 không tồn tại/)
    expect(calendarDayProblem('2026-00-10')).toMatch(/Tháng 0 không tồn tại/)
    expect(calendarDayProblem('26-1-1')).not.toBeNull()
  })

  it.each([
    ['2026-02-30', /Hạn đăng ký không hợp lệ\. Ngày 30 không tồn tại: tháng 2\/2026 chỉ có 28 ngày\./],
    ['2026-13-01', /Tháng 13 không tồn tại/],
  ])('refuses the deadline %s with a message next to the field, and stores nothing', async (deadline, message) => {
    const before = await rounds()
    const state = await handleForm(
      openRoundSchema,
      form({ organizationId: dn.units.get('long-thanh')!, year: '2026', deadline }),
      (input) => openRound(district, input),
      'Đã mở đăng ký.',
    )
    expect(state.ok).toBe(false)
    expect(state.fieldErrors?.deadline).toMatch(message)
    expect(await rounds()).toBe(before)
  })
})

describe('NUL bytes and out-of-range integers', () => {
  it('refuses a NUL byte in any field with a message next to it, and changes nothing', async () => {
    const admin = await actorFor(dn, 'quantri.dongnai')
    const id = dn.units.get('long-an')!
    const { name, version } = await ownerDb().organization.findUniqueOrThrow({ where: { id } })
    const state = await handleForm(
      renameOrganizationSchema,
      form({ id, name: 'Ủy ban\u0000 xã Long An', version: String(version) }),
      (input) => renameOrganization(admin, input),
      'Đã đổi tên.',
    )
    expect(state).toMatchObject({ ok: false, fieldErrors: { name: expect.stringMatching(/ký tự NUL/) } })
    expect((await ownerDb().organization.findUniqueOrThrow({ where: { id } })).name).toBe(name)
  })

  it('refuses a version of 2^31 as invalid input, not a database error', async () => {
    const admin = await actorFor(dn, 'quantri.dongnai')
    const id = dn.units.get('long-an')!
    const state = await handleForm(
      renameOrganizationSchema,
      form({ id, name: 'Ủy ban nhân dân xã Long An mới', version: String(2 ** 31) }),
      (input) => renameOrganization(admin, input),
      'Đã đổi tên.',
    )
    expect(state).toMatchObject({ ok: false, fieldErrors: { version: expect.stringMatching(/Phiên bản dữ liệu/) } })
  })
})
