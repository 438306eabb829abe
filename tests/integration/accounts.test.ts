// Accounts: login with lockout, and access that ends on the next request when revoked.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadActor } from '../../lib/auth/actor'
import { authenticate, LOGIN_POLICY } from '../../lib/auth/login'
import { endSession } from '../../lib/auth/sign-out'
import { createUser } from '../../lib/users/create-user'
import { removeMembership, addMembership } from '../../lib/users/memberships'
import { resetPassword } from '../../lib/users/reset-password'
import { setUserActive } from '../../lib/users/set-user-active'
import { DomainError, NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant, TEST_PASSWORD, usernameOf } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let lc: Awaited<ReturnType<typeof createTenant>>

beforeAll(async () => {
  LOGIN_POLICY.delayMsPerFailure = 1 // keep the suite fast; the policy itself is under test
  dn = await createTenant(0)
  lc = await createTenant(1)
})

describe('login', () => {
  it('accepts the right password, whatever the case of the login name', async () => {
    const result = await authenticate(usernameOf(dn, 'noivu.dongnai').toUpperCase(), TEST_PASSWORD)
    expect(result).toMatchObject({ ok: true, claims: { tenantId: dn.id, sessionVersion: 1 } })
  })

  it('gives the same answer for an unknown name and a wrong password', async () => {
    const unknown = await authenticate('khong.ton.tai', TEST_PASSWORD)
    const wrong = await authenticate(usernameOf(dn, 'noivu.dongnai'), 'sai-mat-khau-1')
    expect(unknown).toEqual(wrong)
    expect(wrong).toMatchObject({ ok: false, message: 'Tên đăng nhập hoặc mật khẩu không đúng.' })
  })

  it('locks an account after repeated failures, even for the right password, and lets it in after the lock', async () => {
    const name = usernameOf(dn, 'xem.dongnai')
    const start = new Date()
    for (let i = 0; i < LOGIN_POLICY.maxFailures; i++) await authenticate(name, `sai${i}abcdef`, start)
    const locked = await authenticate(name, TEST_PASSWORD, start)
    expect(locked).toMatchObject({ ok: false, reason: 'locked' })
    expect(locked.ok === false && locked.message).toMatch(/tạm khóa/)
    const later = new Date(start.getTime() + (LOGIN_POLICY.lockMinutes + 1) * 60_000)
    expect(await authenticate(name, TEST_PASSWORD, later)).toMatchObject({ ok: true })
    const actions = await ownerDb().auditEvent.findMany({
      where: { tenantId: dn.id, action: { startsWith: 'auth.' } },
      select: { action: true },
    })
    expect(actions.map((a) => a.action)).toContain('auth.locked')
  })
})

describe('access ends on the next request', () => {
  it('when the account is deactivated', async () => {
    const admin = await actorFor(dn, 'quantri.dongnai')
    const userId = dn.users.get(usernameOf(dn, 'thutruong.longan'))!
    expect(await loadActor({ userId, tenantId: dn.id, sessionVersion: 1 })).not.toBeNull()
    await setUserActive(admin, { userId, active: false, version: 1 })
    expect(await loadActor({ userId, tenantId: dn.id, sessionVersion: 1 })).toBeNull()
    expect(await authenticate(usernameOf(dn, 'thutruong.longan'), TEST_PASSWORD)).toMatchObject({
      ok: false,
      reason: 'inactive',
    })
  })

  it('when a membership is removed, and when the password is reset', async () => {
    const admin = await actorFor(dn, 'quantri.dongnai')
    const userId = dn.users.get(usernameOf(dn, 'lanhdao.longthanh'))!
    const before = await loadActor({ userId, tenantId: dn.id, sessionVersion: 1 })
    expect(before!.memberships.map((m) => m.role).sort()).toEqual(['COUNCIL_MEMBER', 'LEADER'])
    const council = await ownerDb().membership.findFirstOrThrow({ where: { userId, role: 'COUNCIL_MEMBER' } })
    await removeMembership(admin, { membershipId: council.id })
    // a change of roles ends the sessions: the user signs in again under the new roles
    expect(await loadActor({ userId, tenantId: dn.id, sessionVersion: 1 })).toBeNull()
    const after = await loadActor({ userId, tenantId: dn.id, sessionVersion: 2 })
    expect(after!.memberships.map((m) => m.role)).toEqual(['LEADER'])
    const { version } = await ownerDb().user.findUniqueOrThrow({ where: { id: userId } })
    await resetPassword(admin, { userId, password: 'MatKhauMoi2026', version })
    expect(await loadActor({ userId, tenantId: dn.id, sessionVersion: 2 })).toBeNull()
    expect(await loadActor({ userId, tenantId: dn.id, sessionVersion: 3 })).not.toBeNull()
  })

  it('when the user signs out: the same token no longer opens anything', async () => {
    const userId = dn.users.get(usernameOf(dn, 'noivu.longthanh'))!
    const claims = { userId, tenantId: dn.id, sessionVersion: 1 }
    expect(await loadActor(claims)).not.toBeNull()
    expect(await endSession(claims)).toBe(true)
    expect(await loadActor(claims)).toBeNull()
    expect(await endSession(claims)).toBe(false) // a replayed sign-out changes nothing more
  })
})

describe('account administration', () => {
  it('creates an account with a role, refusing a login name taken in another tenant', async () => {
    const admin = await actorFor(dn, 'quantri.dongnai')
    const input = {
      username: `moi.${dn.suffix}`,
      fullName: 'Người Mới',
      email: null,
      password: 'MatKhau2026',
      organizationId: dn.units.get('long-an')!,
      role: 'UNIT_HEAD' as const,
    }
    const created = await createUser(admin, input)
    const actor = await loadActor({ userId: created.id, tenantId: dn.id, sessionVersion: 1 })
    expect(actor!.memberships).toMatchObject([{ role: 'UNIT_HEAD', organizationName: 'Ủy ban nhân dân xã Long An' }])
    const otherTenantName = usernameOf(lc, 'noivu.laocai')
    await expect(createUser(admin, { ...input, username: otherTenantName })).rejects.toMatchObject({
      field: 'username',
    })
  })

  it('does not let a tenant admin touch another tenant’s accounts or grant roles there', async () => {
    const admin = await actorFor(dn, 'quantri.dongnai')
    const foreign = lc.users.get(usernameOf(lc, 'noivu.laocai'))!
    await expect(setUserActive(admin, { userId: foreign, active: false, version: 1 })).rejects.toBeInstanceOf(
      NotFoundError,
    )
    await expect(
      addMembership(admin, {
        userId: dn.users.get(usernameOf(dn, 'xem.dongnai'))!,
        organizationId: lc.units.get('tinh')!,
        role: 'VIEWER',
      }),
    ).rejects.toBeInstanceOf(NotFoundError)
    expect((await ownerDb().user.findUniqueOrThrow({ where: { id: foreign } })).active).toBe(true)
  })

  it('refuses to let an admin lock themselves out', async () => {
    const admin = await actorFor(dn, 'quantri.dongnai')
    await expect(setUserActive(admin, { userId: admin.userId, active: false, version: 1 })).rejects.toBeInstanceOf(
      DomainError,
    )
  })
})
