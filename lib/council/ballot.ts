// Pure pieces of the secret ballot: the keyed hash that lets a member change their own choice while the
// session is open, the quorum ratio of a council, the tally and the shuffle used when the session closes.
// See docs/decisions/0006-secret-ballot.md for why the choice is stored apart from the voter.
import { createHmac, randomInt } from 'node:crypto'
import type { Ratio } from '../awards/ratio'
import { percent, ratio } from '../awards/ratio'
import { readEnv } from '../env'
import { isoDay, todayInVietnam } from '../shared/dates'
import { BALLOT_POLICY } from './policy'

export type Choice = 'AGREE' | 'DISAGREE'

export { BALLOT_POLICY } from './policy'

export type CastRow = { itemId: string; memberId: string; written: boolean }

/**
 * Whether the session may close now: after the voting window, always; before it, only when every present
 * member has a ballot on every item. Returns the present members still missing a ballot.
 */
export function closeReadiness(input: {
  itemIds: readonly string[]
  presentIds: readonly string[]
  casts: readonly CastRow[]
  now: Date
  votingEndsAt: Date | null
}): { ok: boolean; missing: string[] } {
  const voted = new Set(input.casts.map((c) => `${c.itemId}:${c.memberId}`))
  const missing = input.presentIds.filter((m) => input.itemIds.some((i) => !voted.has(`${i}:${m}`)))
  const windowOver = input.votingEndsAt !== null && input.now >= input.votingEndsAt
  return { ok: missing.length === 0 || windowOver, missing }
}

/**
 * Counts may be published when they single no voter out: enough ballots in all, and the ballots cast in
 * the room either none or enough (the secretariat, who knows the written ones, could subtract them).
 */
export function countsPublishable(casts: readonly CastRow[], itemId: string): boolean {
  const min = BALLOT_POLICY.minRoomBallotsToPublish
  const mine = casts.filter((c) => c.itemId === itemId)
  const room = mine.filter((c) => !c.written).length
  return mine.length >= min && (room === 0 || room >= min)
}

export const CHOICE_LABELS = { AGREE: 'Đồng ý', DISAGREE: 'Không đồng ý' } as const satisfies Record<Choice, string>

/** The server secret of ballot keys: BALLOT_SECRET, else NEXTAUTH_SECRET. Never stored in the database. */
export function ballotSecret(
  env: Record<string, string | undefined> = {
    BALLOT_SECRET: readEnv('BALLOT_SECRET'),
    NEXTAUTH_SECRET: readEnv('NEXTAUTH_SECRET'),
  },
): string {
  const secret = env.BALLOT_SECRET || env.NEXTAUTH_SECRET
  if (!secret) {
    throw new Error(
      'Chưa đặt BALLOT_SECRET (hoặc NEXTAUTH_SECRET): không thể ghi phiếu biểu quyết kín. Hãy đặt biến môi trường rồi khởi động lại.',
    )
  }
  return secret
}

/** HMAC-SHA256(secret, "itemId:memberId") in hex: the same member and item always give the same key. */
export function ballotKey(secret: string, itemId: string, memberId: string): string {
  if (!secret) throw new Error('ballotKey: secret trống')
  return createHmac('sha256', secret).update(`${itemId}:${memberId}`).digest('hex')
}

/**
 * The quorum of a council as an exact ratio. 67 is the stored default and means two thirds exactly
 * (67% of 9 would need 7 members, two thirds needs 6); any other value is that percentage.
 */
export function quorumRatio(quorumPercent: number): Ratio {
  return quorumPercent === 67 ? ratio(2, 3) : percent(quorumPercent)
}

export type Tally = { agree: number; disagree: number }

/** Agree / disagree per item, from anonymous choices. Items without a choice count 0 / 0. */
export function tally(
  itemIds: readonly string[],
  choices: readonly { itemId: string; choice: Choice }[],
): Map<string, Tally> {
  const counts = new Map<string, Tally>(itemIds.map((id) => [id, { agree: 0, disagree: 0 }]))
  for (const c of choices) {
    const count = counts.get(c.itemId)
    if (!count) continue
    if (c.choice === 'AGREE') count.agree++
    else count.disagree++
  }
  return counts
}

/** Fisher–Yates with a cryptographic random source: the order of the rows says nothing about the votes. */
export function shuffled<T>(items: readonly T[], random: (max: number) => number = randomInt): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = random(i + 1)
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/** Today in Vietnam as "YYYY-MM-DD": the date whose voting rules apply. */
export function vietnamDate(at = new Date()): string {
  return isoDay(todayInVietnam(at))
}

/** The counts of one nominee on the counting committee's record of a paper session. */
export type PaperTally = { itemId: string; agree: number; disagree: number; invalid: number }

/**
 * Why a paper count cannot be right, or null: ballots issued are at most the members present, ballots
 * returned at most those issued, and for every nominee agree + disagree + invalid is at most the members
 * present and equals the ballots returned (each returned sheet counts once per nominee). The first problem,
 * with the form field it belongs to (docs/decisions/0025-written-ballots.md).
 */
export function paperCountProblem(
  input: { ballotsIssued: number; ballotsReturned: number; counts: readonly PaperTally[] },
  present: number,
  nameOf: (itemId: string) => string,
): { field: string; message: string } | null {
  if (input.ballotsIssued > present)
    return {
      field: 'ballotsIssued',
      message: `Số phiếu phát ra (${input.ballotsIssued}) không được nhiều hơn số thành viên có mặt (${present}).`,
    }
  if (input.ballotsReturned > input.ballotsIssued)
    return {
      field: 'ballotsReturned',
      message: `Số phiếu thu vào (${input.ballotsReturned}) không được nhiều hơn số phiếu phát ra (${input.ballotsIssued}).`,
    }
  for (const c of input.counts) {
    const sum = c.agree + c.disagree + c.invalid
    const words = `đồng ý ${c.agree} + không đồng ý ${c.disagree} + không hợp lệ ${c.invalid} = ${sum}`
    if (sum > present)
      return {
        field: `count_${c.itemId}`,
        message: `${nameOf(c.itemId)}: ${words}, nhiều hơn số thành viên có mặt (${present}).`,
      }
    if (sum !== input.ballotsReturned)
      return {
        field: `count_${c.itemId}`,
        message: `${nameOf(c.itemId)}: ${words}, phải bằng số phiếu thu vào (${input.ballotsReturned}).`,
      }
  }
  return null
}
