import { describe, expect, it } from 'vitest'
import type { AwardCode } from '../../lib/awards/catalog'
import { percent } from '../../lib/awards/ratio'
import { DEFAULT_QUORUM, decide, hasQuorum, quorumMinimum, requiredVotes } from '../../lib/awards/voting'

const ON = '2025-11-01'
const SIZES = [7, 9, 10, 11, 15]

describe('required votes, counted on the whole council', () => {
  it('needs at least 80% for CSTĐ cơ sở and Cờ thi đua', () => {
    for (const award of ['CSTD_CO_SO', 'CO_THI_DUA_TINH'] as const) {
      expect(SIZES.map((n) => requiredVotes(award, n, ON))).toEqual([6, 8, 8, 9, 12])
    }
  })

  it('needs at least 90% for CSTĐ tỉnh, CSTĐ toàn quốc and Anh hùng', () => {
    for (const award of ['CSTD_TINH', 'CSTD_TOAN_QUOC', 'ANH_HUNG'] as const) {
      expect(SIZES.map((n) => requiredVotes(award, n, ON))).toEqual([7, 9, 9, 10, 14])
    }
  })

  it('needs more than half for the rest', () => {
    const rest: AwardCode[] = [
      'LDTT',
      'TAP_THE_LDTT',
      'TAP_THE_LDXS',
      'GIAY_KHEN',
      'BANG_KHEN_TINH',
      'BANG_KHEN_TTG',
      'HUAN_CHUONG',
    ]
    for (const award of rest) expect(SIZES.map((n) => requiredVotes(award, n, ON))).toEqual([4, 5, 6, 6, 8])
  })

  it('applies on both sides of the decree change and refuses dates before any rule', () => {
    expect(requiredVotes('CSTD_CO_SO', 9, '2025-06-30')).toBe(8)
    expect(requiredVotes('CSTD_CO_SO', 9, '2025-07-01')).toBe(8)
    expect(() => requiredVotes('CSTD_CO_SO', 9, '2023-12-31')).toThrow(
      'Chưa có quy định về tỷ lệ phiếu xét “Chiến sĩ thi đua cơ sở” có hiệu lực vào ngày 31/12/2023.',
    )
    expect(() => requiredVotes('LDTT', 0, ON)).toThrow(RangeError)
    expect(() => requiredVotes('LDTT', 7.5, ON)).toThrow(RangeError)
  })
})

describe('quorum', () => {
  it('needs 2/3 of the members present by default', () => {
    expect(DEFAULT_QUORUM.ratio).toEqual({ num: 2, den: 3 })
    expect(SIZES.map((n) => quorumMinimum(n))).toEqual([5, 6, 7, 8, 10])
    expect(hasQuorum(6, 9)).toBe(true)
    expect(hasQuorum(5, 9)).toBe(false)
    expect(hasQuorum(7, 10)).toBe(true)
    expect(hasQuorum(6, 10)).toBe(false)
    expect(hasQuorum(10, 15)).toBe(true)
    expect(hasQuorum(9, 15)).toBe(false)
  })

  it('takes a stricter ratio set by the tenant', () => {
    expect(hasQuorum(8, 10, percent(80))).toBe(true)
    expect(hasQuorum(7, 10, percent(80))).toBe(false)
    expect(hasQuorum(8, 9, percent(80))).toBe(true)
    expect(hasQuorum(7, 9, percent(80))).toBe(false)
    expect(quorumMinimum(15, percent(80))).toBe(12)
  })

  it('refuses impossible attendance', () => {
    expect(hasQuorum(11, 10)).toBe(false)
    expect(hasQuorum(-1, 10)).toBe(false)
  })
})

describe('decide', () => {
  it('explains a pass and a failure in Vietnamese', () => {
    expect(decide('CSTD_CO_SO', { total: 9, agree: 8, disagree: 1 }, ON)).toMatchObject({
      passed: true,
      required: 8,
      agree: 8,
      total: 9,
      message: 'Đạt: 8/9 thành viên đồng ý, cần tối thiểu 8 (80% tổng số thành viên)',
    })
    expect(decide('CSTD_CO_SO', { total: 9, agree: 7, disagree: 0 }, ON)).toMatchObject({
      passed: false,
      required: 8,
      message: 'Không đạt: 7/9 thành viên đồng ý, cần tối thiểu 8 (80% tổng số thành viên)',
    })
    expect(decide('CSTD_TINH', { total: 10, agree: 9, disagree: 1 }, ON).message).toBe(
      'Đạt: 9/10 thành viên đồng ý, cần tối thiểu 9 (90% tổng số thành viên)',
    )
    expect(decide('BANG_KHEN_TINH', { total: 10, agree: 5, disagree: 5 }, ON).message).toBe(
      'Không đạt: 5/10 thành viên đồng ý, cần tối thiểu 6 (quá nửa tổng số thành viên)',
    )
  })

  it('counts on the total membership, not on those present', () => {
    // 7 present, all agree: 7/7 present but only 7/9 members: not 80% of the council.
    expect(decide('CSTD_CO_SO', { total: 9, agree: 7, disagree: 0, present: 7 }, ON).passed).toBe(false)
    // Absent members' written votes count.
    expect(decide('CSTD_CO_SO', { total: 9, agree: 8, disagree: 0, present: 6 }, ON).passed).toBe(true)
  })

  it('refuses a session without quorum, with the default or the tenant ratio', () => {
    expect(decide('LDTT', { total: 9, agree: 5, disagree: 0, present: 5 }, ON)).toMatchObject({
      passed: false,
      message: 'Phiên họp không đủ số thành viên: 5/9 thành viên dự họp, cần tối thiểu 6 (2/3 tổng số thành viên)',
    })
    expect(decide('LDTT', { total: 10, agree: 7, disagree: 0, present: 7 }, ON, percent(80)).message).toBe(
      'Phiên họp không đủ số thành viên: 7/10 thành viên dự họp, cần tối thiểu 8 (80% tổng số thành viên)',
    )
  })

  it('refuses impossible counts and dates without a rule', () => {
    expect(decide('LDTT', { total: 9, agree: 6, disagree: 4 }, ON)).toMatchObject({
      passed: false,
      message: 'Số phiếu không hợp lệ: 6 đồng ý, 4 không đồng ý trên 9 thành viên',
    })
    expect(decide('LDTT', { total: 9, agree: -1, disagree: 0 }, ON).passed).toBe(false)
    expect(decide('LDTT', { total: 9, agree: 9, disagree: 0 }, '2020-11-01')).toMatchObject({
      passed: false,
      message: 'Chưa có quy định về tỷ lệ phiếu xét “Lao động tiên tiến” có hiệu lực vào ngày 01/11/2020',
    })
  })
})
