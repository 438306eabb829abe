// Pure pieces of the secret ballot: keys, quorum ratio, tally, shuffle, form parsing.
import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { hasQuorum, quorumMinimum } from '../../lib/awards/voting'
import { ballotKey, ballotSecret, quorumRatio, shuffled, tally, vietnamDate } from '../../lib/council/ballot'
import { attendanceSchema, ballotSchema, openSessionSchema } from '../../lib/council/schemas'

const ITEM = '6f1c2b8e-0d2a-4c55-9a51-1f0e8f7d2c11'
const MEMBER = '0b6f3f3e-7a6d-4b0e-8f3d-8a1b2c3d4e5f'
const OTHER = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d'

describe('ballot key', () => {
  it('is HMAC-SHA256 of "item:member" in hex, stable for the same pair', () => {
    const key = ballotKey('bí-mật', ITEM, MEMBER)
    expect(key).toMatch(/^[0-9a-f]{64}$/)
    expect(key).toBe(createHmac('sha256', 'bí-mật').update(`${ITEM}:${MEMBER}`).digest('hex'))
    expect(ballotKey('bí-mật', ITEM, MEMBER)).toBe(key)
  })

  it('differs by member, by item and by secret', () => {
    const key = ballotKey('s', ITEM, MEMBER)
    expect(ballotKey('s', ITEM, OTHER)).not.toBe(key)
    expect(ballotKey('s', OTHER, MEMBER)).not.toBe(key)
    expect(ballotKey('t', ITEM, MEMBER)).not.toBe(key)
    expect(key).not.toContain(MEMBER.replace(/-/g, ''))
  })

  it('takes BALLOT_SECRET, else NEXTAUTH_SECRET, and refuses to work without either', () => {
    expect(ballotSecret({ BALLOT_SECRET: 'a', NEXTAUTH_SECRET: 'b' })).toBe('a')
    expect(ballotSecret({ NEXTAUTH_SECRET: 'b' })).toBe('b')
    expect(() => ballotSecret({})).toThrow(/BALLOT_SECRET \(hoặc NEXTAUTH_SECRET\)/)
    expect(() => ballotKey('', ITEM, MEMBER)).toThrow('ballotKey: secret trống')
  })
})

describe('quorum of a council', () => {
  it('reads the default 67 as exactly two thirds', () => {
    expect(quorumRatio(67)).toEqual({ num: 2, den: 3 })
    expect(quorumMinimum(9, quorumRatio(67))).toBe(6) // 67% of 9 would need 7
    expect(hasQuorum(6, 9, quorumRatio(67))).toBe(true)
    expect(hasQuorum(5, 9, quorumRatio(67))).toBe(false)
  })

  it('reads any other value as a percentage', () => {
    expect(quorumRatio(80)).toEqual({ num: 80, den: 100 })
    expect(quorumMinimum(5, quorumRatio(80))).toBe(4)
    expect(quorumMinimum(9, quorumRatio(80))).toBe(8)
  })
})

describe('tally and shuffle', () => {
  it('counts agree and disagree per item, zero for items nobody voted on, ignoring foreign items', () => {
    const counts = tally(
      ['a', 'b', 'c'],
      [
        { itemId: 'a', choice: 'AGREE' },
        { itemId: 'a', choice: 'AGREE' },
        { itemId: 'a', choice: 'DISAGREE' },
        { itemId: 'b', choice: 'DISAGREE' },
        { itemId: 'z', choice: 'AGREE' },
      ],
    )
    expect(Object.fromEntries(counts)).toEqual({
      a: { agree: 2, disagree: 1 },
      b: { agree: 0, disagree: 1 },
      c: { agree: 0, disagree: 0 },
    })
  })

  it('shuffles into a permutation, driven by the random source', () => {
    const items = Array.from({ length: 50 }, (_, i) => i)
    const out = shuffled(items)
    expect([...out].sort((a, b) => a - b)).toEqual(items)
    expect(items[0]).toBe(0) // the input is not touched
    expect(shuffled([1, 2, 3], () => 0)).toEqual([2, 3, 1])
    expect(shuffled([1, 2, 3], (max) => max - 1)).toEqual([1, 2, 3])
    expect(shuffled([], () => 0)).toEqual([])
  })

  it('dates the rules in Vietnam time', () => {
    expect(vietnamDate(new Date('2026-03-31T17:30:00Z'))).toBe('2026-04-01')
    expect(vietnamDate(new Date('2026-03-31T16:59:00Z'))).toBe('2026-03-31')
  })
})

describe('council forms', () => {
  it('reads radio groups vote_<item> into votes and skips empty groups', () => {
    const parsed = ballotSchema.parse({ sessionId: MEMBER, [`vote_${ITEM}`]: 'AGREE', [`vote_${OTHER}`]: '' })
    expect(parsed.votes).toEqual([{ itemId: ITEM, choice: 'AGREE' }])
    const empty = ballotSchema.safeParse({ sessionId: MEMBER })
    expect(empty.success).toBe(false)
    expect(ballotSchema.safeParse({ sessionId: MEMBER, [`vote_${ITEM}`]: 'ABSTAIN' }).success).toBe(false)
  })

  it('reads checkboxes into agenda and attendance lists', () => {
    expect(
      openSessionSchema.parse({ councilId: MEMBER, title: 'Phiên họp xét khen thưởng', [`nominee_${ITEM}`]: 'on' })
        .nomineeIds,
    ).toEqual([ITEM])
    expect(openSessionSchema.safeParse({ councilId: MEMBER, title: 'Phiên họp xét khen thưởng' }).success).toBe(false)
    expect(attendanceSchema.parse({ sessionId: ITEM, version: '2', [`present_${MEMBER}`]: 'on' })).toEqual({
      sessionId: ITEM,
      version: 2,
      presentIds: [MEMBER],
    })
  })
})
