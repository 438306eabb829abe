// Issue 10, findings 2, 3 and 8: a lockout that holds against parallel guesses, limits per address kept in
// Postgres (shared by every app server), the client address taken only from a trusted proxy, and the same
// answers for unknown and real login names.
import { beforeAll, describe, expect, it } from 'vitest'
import { authenticate, LOGIN_POLICY } from '../../lib/auth/login'
import { createAppClient } from '../../lib/db/client'
import { clientAddress } from '../../lib/security/client-address'
import { hit, RATE_LIMITS } from '../../lib/security/rate-limit'
import { addPublicComment } from '../../lib/dossiers/public'
import { databaseUrl, ownerDb } from '../support/db'
import { addUser, createTenant, TEST_PASSWORD, usernameOf } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>

beforeAll(async () => {
  LOGIN_POLICY.delayMsPerFailure = 1 // keep the suite fast; the counts are under test, not the delay
  dn = await createTenant(0)
})

const failedChecks = (userId: string) =>
  ownerDb().auditEvent.count({
    where: { tenantId: dn.id, targetId: userId, action: { in: ['auth.login_failed', 'auth.locked'] } },
  })

describe('lockout under concurrency', () => {
  it('checks at most maxFailures passwords of 30 parallel guesses, and the right one after them is refused', async () => {
    const name = `song.song.${dn.suffix}`
    const userId = await addUser(dn, 'tinh', 'VIEWER', name)
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => authenticate(name, `doan-sai-${i}-abcdef`)))
    expect(results.every((r) => !r.ok)).toBe(true)
    expect(await failedChecks(userId)).toBe(LOGIN_POLICY.maxFailures)
    expect(results.filter((r) => !r.ok && r.reason === 'locked').length).toBeGreaterThanOrEqual(25)
    expect(await authenticate(name, TEST_PASSWORD)).toMatchObject({ ok: false, reason: 'locked' })
  })

  it('with the right password among 12 parallel guesses, still checks at most maxFailures', async () => {
    const name = `song.song2.${dn.suffix}`
    const userId = await addUser(dn, 'tinh', 'VIEWER', name)
    const guesses = Array.from({ length: 12 }, (_, i) => (i === 7 ? TEST_PASSWORD : `doan-sai-${i}-abcdef`))
    const results = await Promise.all(guesses.map((g) => authenticate(name, g)))
    const signedIn = results.filter((r) => r.ok).length
    expect(signedIn).toBeLessThanOrEqual(1)
    expect((await failedChecks(userId)) + signedIn).toBeLessThanOrEqual(LOGIN_POLICY.maxFailures)
  })
})

describe('unknown and real login names', () => {
  it('answer alike: the same message on each failure, and the same lock after maxFailures', async () => {
    const real = usernameOf(dn, 'xem.dongnai')
    const unknown = `khong.ai.${dn.suffix}`
    const start = new Date()
    for (let i = 0; i < LOGIN_POLICY.maxFailures + 1; i++) {
      const a = await authenticate(real, `sai-${i}-abcdef`, start)
      const b = await authenticate(unknown, `sai-${i}-abcdef`, start)
      expect(b).toEqual(a)
    }
    const locked = await authenticate(unknown, TEST_PASSWORD, start)
    expect(locked).toMatchObject({ ok: false, reason: 'locked' })
    expect(locked).toEqual(await authenticate(real, TEST_PASSWORD, start))
  })
})

describe('limits per address', () => {
  it('throttles sign-in attempts from one address, whatever names are tried', async () => {
    const address = '203.0.113.50'
    const { max } = RATE_LIMITS.loginPerAddress
    for (let i = 0; i < max; i++) {
      const r = await authenticate(`ten.${i}.${dn.suffix}`, 'sai-abcdef', { address })
      expect(r).toMatchObject({ ok: false, reason: 'invalid' })
    }
    const throttled = await authenticate(usernameOf(dn, 'noivu.dongnai'), TEST_PASSWORD, { address })
    expect(throttled).toMatchObject({ ok: false, reason: 'throttled' })
    expect(throttled.ok === false && throttled.message).toMatch(/quá nhiều lần đăng nhập từ địa chỉ/)
    expect(
      await authenticate(usernameOf(dn, 'noivu.dongnai'), TEST_PASSWORD, { address: '203.0.113.51' }),
    ).toMatchObject({ ok: true })
  })

  it('is one count for every app server (two separate connection pools)', async () => {
    const a = createAppClient(databaseUrl(), { max: 2 })
    const b = createAppClient(databaseUrl(), { max: 2 })
    try {
      const limit = { name: 'test-two-servers', max: 5, windowSeconds: 60 }
      const subject = `198.51.100.${Math.floor(Math.random() * 200)}`
      await Promise.all(Array.from({ length: 5 }, (_, i) => hit(limit, subject, new Date(), i % 2 ? a : b)))
      expect(await hit(limit, subject, new Date(), a)).toMatchObject({ allowed: false, hits: 6 })
      const later = new Date(Date.now() + 61_000)
      expect(await hit(limit, subject, later, b)).toMatchObject({ allowed: true, hits: 1 })
    } finally {
      await Promise.all([a.$disconnect(), b.$disconnect()])
    }
  })

  it('gives the app role no direct access to the counters', async () => {
    const app = createAppClient(databaseUrl(), { max: 1 })
    try {
      await expect(app.$queryRaw`SELECT count(*) FROM "RateLimitBucket"`).rejects.toThrow(/permission denied/)
      await expect(app.$executeRaw`DELETE FROM "RateLimitBucket"`).rejects.toThrow(/permission denied/)
    } finally {
      await app.$disconnect()
    }
  })
})

describe('the client address', () => {
  const headers = (xff: string) => new Headers({ 'x-forwarded-for': xff })

  it('ignores X-Forwarded-For unless a trusted proxy is configured', () => {
    expect(clientAddress(headers('203.0.113.9'), 0)).toBeNull()
  })

  it('behind N trusted proxies, takes the N-th address from the right, never what the client wrote', () => {
    expect(clientAddress(headers('1.1.1.1, 203.0.113.9'), 1)).toBe('203.0.113.9')
    expect(clientAddress(headers('1.1.1.1, 203.0.113.9, 10.0.0.2'), 2)).toBe('203.0.113.9')
    expect(clientAddress(headers('not-an-ip'), 1)).toBeNull()
    expect(clientAddress(headers(''), 1)).toBeNull()
  })

  it('a flood with a rotating X-Forwarded-For and no trusted proxy stores no more than the limit', async () => {
    const nominee = await ownerDb().dossierNominee.findFirst({
      where: { tenantId: dn.id, publicFrom: { not: null } },
      select: { id: true },
    })
    // Any open nominee will do; without one, the limit still answers before the lookup.
    const nomineeId = nominee?.id ?? '00000000-0000-4000-8000-000000000000'
    let stored = 0
    let refused = 0
    for (let i = 0; i < 8; i++) {
      const address = clientAddress(headers(`198.18.0.${i + 1}`), 0)
      try {
        if (
          await addPublicComment(
            dn.code,
            { nomineeId, authorName: null, content: `Quảng cáo số ${i} xem ngay.` },
            address,
          )
        )
          stored++
      } catch (error) {
        if (error instanceof Error && /nhiều góp ý/.test(error.message)) refused++
      }
    }
    expect(stored).toBeLessThanOrEqual(RATE_LIMITS.publicCommentPerAddress.max)
    expect(refused).toBe(8 - RATE_LIMITS.publicCommentPerAddress.max)
  })
})
