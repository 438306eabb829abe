import { describe, expect, it } from 'vitest'
import { candidatesOf, formatShare, rankBlock, type RankingInput } from '../../lib/blocks/ranking'
import type { RuleCriterion } from '../../lib/blocks/scoring'

/** n criteria (TIEU_CHI) with a maximum far above the scores used here */
const crit = (n: number): RuleCriterion[] =>
  Array.from({ length: n }, () => ({ kind: 'TIEU_CHI', maxHundredths: 100_000 }))

const unit = (name: string, agreed: (number | null)[], women = 0, people = 0): RankingInput => ({
  organizationId: name,
  name,
  signed: true,
  agreed,
  women,
  people,
})
const order = (r: ReturnType<typeof rankBlock>) => r.ranked.map((u) => [u.name, u.rank])

describe('ranking of a block', () => {
  it('sums agreed scores in hundredths and sorts by total, descending', () => {
    const r = rankBlock([unit('A', [1000, 2025]), unit('B', [1500, 1550]), unit('C', [10, 20])], crit(2))
    expect(r.ranked.map((u) => [u.name, u.total, u.rank])).toEqual([
      ['B', 3050, 1],
      ['A', 3025, 2],
      ['C', 30, 3],
    ])
    expect(r.ranked[0].tieNotes).toEqual([])
    // 0.1 + 0.2 style errors are impossible: 0,10 + 0,20 is exactly 30 hundredths
    expect(r.ranked.find((u) => u.name === 'C')!.total).toBe(30)
  })

  it('puts a unit at least 70% female first on a tie, and says why', () => {
    const r = rankBlock([unit('Xã Long An', [5000], 4, 10), unit('Xã An Phước', [5000], 3, 4)], crit(1))
    expect(order(r)).toEqual([
      ['Xã An Phước', 1],
      ['Xã Long An', 2],
    ])
    expect(r.ranked[0].femalePriority).toBe(true)
    expect(r.ranked[0].tieNotes).toEqual(['Bằng điểm với Xã Long An; xếp trên vì tỷ lệ nữ 75% ≥ 70% (Xã Long An: 40%)'])
    expect(r.ranked[1].tieNotes[0]).toBe(
      'Bằng điểm với Xã An Phước; xếp dưới vì Xã An Phước có tỷ lệ nữ 75% ≥ 70% (đơn vị: 40%)',
    )
  })

  it('counts exactly 70% as reaching the threshold, and 69.9% as not', () => {
    const r = rankBlock([unit('B', [100], 699, 1000), unit('A', [100], 7, 10)], crit(1))
    expect(order(r)).toEqual([
      ['A', 1],
      ['B', 2],
    ])
    expect(r.ranked[1].femalePriority).toBe(false)
    expect(formatShare({ women: 699, people: 1000 })).toBe('69,9%')
  })

  it('gives no priority for a higher female share when both or neither reach 70% (the law has only the 70% rule)', () => {
    const below = rankBlock([unit('P', [100], 1, 4), unit('Q', [100], 2, 3)], crit(1))
    expect(order(below)).toEqual([
      ['P', 1],
      ['Q', 1],
    ])
    expect(below.ranked[1].tieNotes[0]).toBe('Bằng điểm với P, cùng chưa có tỷ lệ nữ 70% (66,7% và 25%): đồng hạng')
    const above = rankBlock([unit('R', [100], 8, 10), unit('S', [100], 9, 10)], crit(1))
    expect(order(above)).toEqual([
      ['R', 1],
      ['S', 1],
    ])
    expect(above.ranked[0].tieNotes[0]).toBe('Bằng điểm với S, cùng có tỷ lệ nữ từ 70% (80% và 90%): đồng hạng')
  })

  it('gives equal rank when totals and shares are equal, then dense ranks after them', () => {
    const r = rankBlock(
      [unit('B', [900], 1, 2), unit('A', [900], 2, 4), unit('C', [800], 1, 1), unit('D', [700])],
      crit(1),
    )
    expect(order(r)).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 2],
      ['D', 3],
    ])
    expect(r.ranked[0].tieNotes).toEqual(['Bằng điểm với B và bằng tỷ lệ nữ (50%): đồng hạng'])
    // C is ahead of nobody on a tie: no note
    expect(r.ranked[2].tieNotes).toEqual([])
  })

  it('treats units without people as 0% and says the share is unknown', () => {
    const r = rankBlock([unit('Không có', [100]), unit('Có', [100], 1, 5)], crit(1))
    // 20% against an unknown share: neither reaches 70%, so the same rank
    expect(order(r)).toEqual([
      ['Có', 1],
      ['Không có', 1],
    ])
    expect(r.ranked[1].tieNotes[0]).toContain('chưa xác định')
    const both = rankBlock([unit('X', [100]), unit('Y', [100])], crit(1))
    expect(both.ranked.map((u) => u.rank)).toEqual([1, 1])
  })

  it('lists units missing an agreed score as not finished, and does not rank them', () => {
    const r = rankBlock([unit('A', [100, 200]), unit('B', [100, null]), unit('C', [null])], crit(2))
    expect(order(r)).toEqual([['A', 1]])
    expect(r.incomplete).toEqual([
      { organizationId: 'B', name: 'B', missing: 1, note: 'Chưa chấm xong: còn 1/2 tiêu chí chưa có điểm thống nhất.' },
      { organizationId: 'C', name: 'C', missing: 2, note: 'Chưa chấm xong: còn 2/2 tiêu chí chưa có điểm thống nhất.' },
    ])
    expect(rankBlock([unit('A', [])], crit(0)).incomplete[0].note).toContain('chưa có tiêu chí')
  })
})

const final = { flagQuota: 1, final: true }

describe('candidates of a block', () => {
  it('proposes rank 1 for the Cờ thi đua and ranks 2–3 for the Bằng khen, in points', () => {
    const r = rankBlock([unit('A', [9250]), unit('B', [9000]), unit('C', [8575]), unit('D', [8000])], crit(1))
    expect(candidatesOf(r, final)).toEqual({
      candidates: [
        { organizationId: 'A', name: 'A', rank: 1, total: 92.5, award: 'CO_THI_DUA_TINH' },
        { organizationId: 'B', name: 'B', rank: 2, total: 90, award: 'BANG_KHEN_TINH' },
        { organizationId: 'C', name: 'C', rank: 3, total: 85.75, award: 'BANG_KHEN_TINH' },
      ],
      undecided: [],
      note: null,
    })
  })

  it('does not cut a tie across the number of Cờ: the tied units are undecided, none gets the Cờ', () => {
    const r = rankBlock([unit('A', [9000], 1, 2), unit('B', [9000], 2, 4), unit('C', [8000])], crit(1))
    const one = candidatesOf(r, final)
    expect(one.candidates.map((c) => [c.name, c.rank, c.award])).toEqual([['C', 2, 'BANG_KHEN_TINH']])
    expect(one.undecided.map((u) => u.name)).toEqual(['A', 'B'])
    expect(one.note).toContain('đồng hạng 1')
    // with two Cờ for the block, both tied units get one
    const two = candidatesOf(r, { flagQuota: 2, final: true })
    expect(two.candidates.map((c) => [c.name, c.award])).toEqual([
      ['A', 'CO_THI_DUA_TINH'],
      ['B', 'CO_THI_DUA_TINH'],
      ['C', 'BANG_KHEN_TINH'],
    ])
    expect(two.undecided).toEqual([])
  })

  it('gives the Cờ rank by rank up to the number of Cờ', () => {
    const r = rankBlock([unit('A', [9500]), unit('B', [9000]), unit('C', [8000]), unit('D', [7000])], crit(1))
    expect(candidatesOf(r, { flagQuota: 2, final: true }).candidates.map((c) => [c.name, c.award])).toEqual([
      ['A', 'CO_THI_DUA_TINH'],
      ['B', 'CO_THI_DUA_TINH'],
      ['C', 'BANG_KHEN_TINH'],
      ['D', 'BANG_KHEN_TINH'],
    ])
  })

  it('proposes nobody while a signed member is not completely scored, or before the members agreed', () => {
    expect(candidatesOf(rankBlock([unit('A', [9000]), unit('B', [null])], crit(1)), final).candidates).toEqual([])
    const notAgreed = candidatesOf(rankBlock([unit('A', [9000])], crit(1)), { flagQuota: 1, final: false })
    expect(notAgreed.candidates).toEqual([])
    expect(notAgreed.note).toContain('thống nhất')
  })
})
