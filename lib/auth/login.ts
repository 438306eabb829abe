// Credential check with slow-down and temporary lock after repeated failures, that holds under concurrency
// and answers an unknown name exactly as a real one (docs/decisions/0004-auth.md, 0011):
//  - each attempt is COUNTED before the password is checked, by one atomic UPDATE that refuses while the
//    account is locked; the maxFailures-th consecutive attempt sets the lock. Thirty parallel guesses get
//    at most maxFailures password checks, and a right guess after the lock is refused like any other.
//  - an unknown name is counted the same way in the shared RateLimitBucket (app_login_claim), and gets the
//    same hash work, delay, message and lock.
//  - attempts per client address are limited too (lib/security/rate-limit.ts), when the address is known.
import { appClient } from '../db/client'
import { withTenant, isUuid } from '../db/tenant'
import { recordAudit } from '../audit/record'
import { bucketKey, hit, minutesUntil, RATE_LIMITS } from '../security/rate-limit'
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
  | { ok: false; reason: 'invalid' | 'locked' | 'inactive' | 'throttled'; message: string; lockedUntil?: Date }

export const LOGIN_MESSAGES = {
  invalid: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  inactive: 'Tài khoản đã ngừng hoạt động. Vui lòng liên hệ quản trị đơn vị.',
  locked: (until: Date) =>
    `Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau ${until.toLocaleTimeString('vi-VN', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Asia/Ho_Chi_Minh',
    })}.`,
  throttled: (minutes: number) =>
    `Có quá nhiều lần đăng nhập từ địa chỉ của bạn. Vui lòng thử lại sau ${minutes} phút.`,
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Claim = { claimed: number; lockedUntil: Date | null }

/** Counts the attempt on a real account before its password is checked; claimed = 0 while locked. */
async function claimAccount(tenantId: string, userId: string, now: Date): Promise<Claim> {
  const lockUntil = new Date(now.getTime() + LOGIN_POLICY.lockMinutes * 60_000)
  return withTenant(tenantId, async (tx) => {
    const rows = await tx.$queryRaw<{ claimed: number; lockedUntil: Date | null }[]>`
      UPDATE "User" SET
        "failedLoginCount" = CASE WHEN "lockedUntil" IS NOT NULL THEN 1 ELSE "failedLoginCount" + 1 END,
        "lockedUntil" = CASE WHEN (CASE WHEN "lockedUntil" IS NOT NULL THEN 1 ELSE "failedLoginCount" + 1 END) >= ${LOGIN_POLICY.maxFailures}::int
                             THEN ${lockUntil}::timestamptz END
      WHERE "tenantId" = ${tenantId}::uuid AND "id" = ${userId}::uuid
        AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now}::timestamptz)
      RETURNING "failedLoginCount" AS claimed, "lockedUntil"`
    if (rows.length) return rows[0]
    const user = await tx.user.findFirst({ where: { tenantId, id: userId }, select: { lockedUntil: true } })
    return { claimed: 0, lockedUntil: user?.lockedUntil ?? null }
  })
}

/** The same count for a name without an account (shared bucket, same rules, same clock). */
async function claimUnknown(username: string, now: Date): Promise<Claim> {
  const rows = await appClient().$queryRaw<{ claimed: number; locked_until: Date | null }[]>`
    SELECT claimed, locked_until FROM app_login_claim(${bucketKey('login-name', username)}, ${LOGIN_POLICY.maxFailures}::int, ${LOGIN_POLICY.lockMinutes * 60}::int, ${now}::timestamptz)`
  return { claimed: rows[0]?.claimed ?? 1, lockedUntil: rows[0]?.locked_until ?? null }
}

export type LoginContext = { now?: Date; address?: string | null }

export async function authenticate(
  usernameInput: string,
  password: string,
  nowOrContext: Date | LoginContext = {},
): Promise<LoginResult> {
  const context = nowOrContext instanceof Date ? { now: nowOrContext } : nowOrContext
  const now = context.now ?? new Date()
  const username = usernameInput.trim().toLowerCase()
  const invalid = { ok: false, reason: 'invalid', message: LOGIN_MESSAGES.invalid } as const
  if (!username || !password || username.length > 100 || password.length > 200 || /\0/.test(username + password))
    return invalid

  if (context.address) {
    const limited = await hit(RATE_LIMITS.loginPerAddress, context.address, now)
    if (!limited.allowed)
      return { ok: false, reason: 'throttled', message: LOGIN_MESSAGES.throttled(minutesUntil(limited.retryAt, now)) }
  }

  const rows = await appClient().$queryRaw<
    { tenant: string | null }[]
  >`SELECT app_login_tenant(${username})::text AS tenant`
  const tenantId = rows[0]?.tenant
  const user =
    tenantId && isUuid(tenantId)
      ? await withTenant(tenantId, (tx) =>
          tx.user.findFirst({
            where: { tenantId, username },
            select: { id: true, passwordHash: true, active: true, sessionVersion: true },
          }),
        )
      : null

  // Count first, check after: the same path for a real and an unknown name.
  const claim = user && tenantId ? await claimAccount(tenantId, user.id, now) : await claimUnknown(username, now)
  // The slow hash runs outside any transaction (no pooled connection waits on scrypt), and runs for a
  // locked or unknown account too, so the answer takes the same time.
  const passwordOk = await verifyPassword(password, claim.claimed > 0 && user ? user.passwordHash : await dummyHash())
  const locked = (until: Date): LoginResult => ({
    ok: false,
    reason: 'locked',
    message: LOGIN_MESSAGES.locked(until),
    lockedUntil: until,
  })
  const slowDown = (failures: number) =>
    sleep(Math.min(LOGIN_POLICY.delayMsPerFailure * Math.max(1, failures), LOGIN_POLICY.maxDelayMs))

  if (claim.claimed === 0) {
    await slowDown(LOGIN_POLICY.maxFailures)
    return locked(claim.lockedUntil ?? now)
  }
  if (!user || !tenantId || !passwordOk) {
    if (user && tenantId) {
      await withTenant(tenantId, (tx) =>
        recordAudit(tx, {
          tenantId,
          actorId: null,
          action: claim.lockedUntil ? 'auth.locked' : 'auth.login_failed',
          targetType: 'User',
          targetId: user.id,
          ...(claim.lockedUntil ? { after: { lockedUntil: claim.lockedUntil.toISOString() } } : {}),
        }),
      )
    }
    await slowDown(claim.claimed)
    return claim.lockedUntil ? locked(claim.lockedUntil) : invalid
  }

  return withTenant(tenantId, async (tx): Promise<LoginResult> => {
    // A right password within the budget: the count starts again, unless other attempts were counted
    // since this one (then they keep theirs, and this sign-in does not lift a lock they set).
    await tx.user.updateMany({
      where: { tenantId, id: user.id, failedLoginCount: claim.claimed },
      data: { failedLoginCount: 0, lockedUntil: null },
    })
    if (!user.active) return { ok: false, reason: 'inactive', message: LOGIN_MESSAGES.inactive }
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } })
    await recordAudit(tx, { tenantId, actorId: user.id, action: 'auth.login', targetType: 'User', targetId: user.id })
    return { ok: true, claims: { userId: user.id, tenantId, sessionVersion: user.sessionVersion } }
  })
}
