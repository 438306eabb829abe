// The arithmetic of a paper session's counting record (docs/decisions/0025-written-ballots.md).
import { describe, expect, it } from 'vitest'
import { paperCountProblem } from '../../lib/council/ballot'

const name = (id: string) => `Người ${id}`
const row = (itemId: string, agree: number, disagree: number, invalid: number) => ({ itemId, agree, disagree, invalid })

describe('paperCountProblem', () => {
  it('accepts counts that add up to the ballots returned', () => {
    expect(paperCountProblem({ ballotsIssued: 8, ballotsReturned: 7, counts: [row('a', 5, 1, 1)] }, 8, name)).toBeNull()
  })
  it('refuses more ballots issued than members present', () => {
    expect(paperCountProblem({ ballotsIssued: 9, ballotsReturned: 9, counts: [] }, 8, name)?.field).toBe(
      'ballotsIssued',
    )
  })
  it('refuses more ballots returned than issued', () => {
    expect(paperCountProblem({ ballotsIssued: 7, ballotsReturned: 8, counts: [] }, 8, name)?.field).toBe(
      'ballotsReturned',
    )
  })
  it('refuses a nominee counted more times than members present', () => {
    expect(
      paperCountProblem(
        { ballotsIssued: 8, ballotsReturned: 8, counts: [row('a', 8, 0, 0), row('b', 8, 1, 0)] },
        8,
        name,
      ),
    ).toEqual({
      field: 'count_b',
      message: 'Người b: đồng ý 8 + không đồng ý 1 + không hợp lệ 0 = 9, nhiều hơn số thành viên có mặt (8).',
    })
  })
  it('refuses a nominee whose counts miss returned ballots', () => {
    expect(paperCountProblem({ ballotsIssued: 8, ballotsReturned: 8, counts: [row('a', 5, 1, 1)] }, 8, name)).toEqual({
      field: 'count_a',
      message: 'Người a: đồng ý 5 + không đồng ý 1 + không hợp lệ 1 = 7, phải bằng số phiếu thu vào (8).',
    })
  })
})
