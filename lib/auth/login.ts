// Credential check with slow-down and temporary lock after repeated failures for one account.
import { appClient } from '../db/client'
import { withTenant, isUuid } from '../db/tenant'
import { recordAudit } from '../audit/record'
import { dummyHash, verifyPassword } from './password'
import type { SessionClaims } from './actor'

/** Lockout policy. Data, not literals in the flow, so it can be tuned in one place. */
export const LOGIN_POLICY = {
  maxFailures: 5, // consecutive failures that lock the account
  lockMinutes: 15,
  delayMsPerFailure: 250, // each failure answers a little slower …
  maxDelayMs: 2_000, // … up to this
}

export type LoginResult =
  | { ok: true; claims: SessionClaims }
  | { ok: false; reason: 'invalid' | 'locked' | 'inactive'; message: string; lockedUntil?: Date }

export const LOGIN_MESSAGES = {
  invalid: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  inactive: 'Tài khoản đã ngừng hoạt động. Vui lòng liên hệ quản trị đơn vị.',
  locked: (until: Date) =>
    `Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau ${until.toLocaleTimeString('vi-VN', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Asia/Ho_Chi_Minh',
    })}.`,
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function authenticate(usernameInput: string, password: string, now = new Date()): Promise<LoginResult> {
  const username = usernameInput.trim().toLowerCase()
  const invalid = { ok: false, reason: 'invalid', message: LOGIN_MESSAGES.invalid } as const
  if (!username || !password || username.length > 100 || password.length > 200) return invalid

  const rows = await appClient().$queryRaw<
    { tenant: string | null }[]
  >`SELECT app_login_tenant(${username})::text AS tenant`
  const tenantId = rows[0]?.tenant
  if (!tenantId || !isUuid(tenantId)) {
    await verifyPassword(password, await dummyHash()) // same work as for a real account
    await sleep(LOGIN_POLICY.delayMsPerFailure)
    return invalid
  }

  // Read, then verify the (slow) hash outside any transaction so no pooled connection waits on scrypt,
  // then record the outcome in a second short transaction.
  const user = await withTenant(tenantId, (tx) =>
    tx.user.findFirst({
      where: { tenantId, username },
      select: { id: true, passwordHash: true, active: true, lockedUntil: true, sessionVersion: true },
    }),
  )
  if (!user) return invalid
  if (user.lockedUntil && user.lockedUntil > now) {
    return {
      ok: false,
      reason: 'locked',
      message: LOGIN_MESSAGES.locked(user.lockedUntil),
      lockedUntil: user.lockedUntil,
    }
  }
  const passwordOk = await verifyPassword(password, user.passwordHash)

  const outcome = await withTenant(tenantId, async (tx): Promise<LoginResult & { failures?: number }> => {
    if (!passwordOk) {
      const updated = await tx.user.update({
        where: { id: user.id },
        data: { failedLoginCount: { increment: 1 } },
        select: { failedLoginCount: true },
      })
      if (updated.failedLoginCount >= LOGIN_POLICY.maxFailures) {
        const lockedUntil = new Date(now.getTime() + LOGIN_POLICY.lockMinutes * 60_000)
        await tx.user.update({ where: { id: user.id }, data: { lockedUntil, failedLoginCount: 0 } })
        await recordAudit(tx, {
          tenantId,
          actorId: null,
          action: 'auth.locked',
          targetType: 'User',
          targetId: user.id,
          after: { lockedUntil: lockedUntil.toISOString() },
        })
        return { ok: false, reason: 'locked', message: LOGIN_MESSAGES.locked(lockedUntil), lockedUntil }
      }
      await recordAudit(tx, {
        tenantId,
        actorId: null,
        action: 'auth.login_failed',
        targetType: 'User',
        targetId: user.id,
      })
      return { ...invalid, failures: updated.failedLoginCount }
    }
    if (!user.active) return { ok: false, reason: 'inactive', message: LOGIN_MESSAGES.inactive }
    await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } })
    await recordAudit(tx, { tenantId, actorId: user.id, action: 'auth.login', targetType: 'User', targetId: user.id })
    return { ok: true, claims: { userId: user.id, tenantId, sessionVersion: user.sessionVersion } }
  })

  if (!outcome.ok && outcome.reason === 'invalid') {
    await sleep(Math.min(LOGIN_POLICY.delayMsPerFailure * (outcome.failures ?? 1), LOGIN_POLICY.maxDelayMs))
  }
  const { failures: _failures, ...result } = outcome as LoginResult & { failures?: number }
  return result
}
