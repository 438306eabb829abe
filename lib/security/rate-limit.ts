// Limits per address (and per login name) kept in Postgres, so every app server behind a load balancer
// counts the same hits: one atomic INSERT … ON CONFLICT DO UPDATE in the SECURITY DEFINER function
// app_rate_hit (the app role has no privilege on the table itself). Keys are hashed: the table holds no
// address or name in clear. See docs/decisions/0011-least-privilege.md.
import { createHash } from 'node:crypto'
import type { PrismaClient } from '../generated/prisma/client'
import { appClient } from '../db/client'

export type RateLimit = { name: string; max: number; windowSeconds: number }

/** The limits in force. Data in one place, so they can be tuned without touching the flows. */
export const RATE_LIMITS = {
  /** sign-in attempts from one client address, whatever the names tried */
  loginPerAddress: { name: 'login-address', max: 30, windowSeconds: 15 * 60 },
  /** public comments from one client address, across all tenants */
  publicCommentPerAddress: { name: 'public-comment-address', max: 5, windowSeconds: 10 * 60 },
} as const satisfies Record<string, RateLimit>

export function bucketKey(scope: string, subject: string) {
  return `${scope}:${createHash('sha256').update(subject).digest('base64url')}`
}

export type Hit = { allowed: boolean; hits: number; retryAt: Date }

/** Counts one more hit of `subject` against `limit`; allowed while the window holds at most `max` hits. */
export async function hit(limit: RateLimit, subject: string, now = new Date(), db: PrismaClient = appClient()) {
  const rows = await db.$queryRaw<{ hits: number; window_ends_at: Date }[]>`
    SELECT hits, window_ends_at FROM app_rate_hit(${bucketKey(limit.name, subject)}, ${limit.windowSeconds}::int, ${now}::timestamptz)`
  const row = rows[0]
  return { allowed: row.hits <= limit.max, hits: row.hits, retryAt: row.window_ends_at } satisfies Hit
}

/** Minutes until `at`, at least 1, for messages. */
export const minutesUntil = (at: Date, now = new Date()) =>
  Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 60_000))
