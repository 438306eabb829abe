import { describe, expect, it } from 'vitest'
import {
  formatPoints,
  parsePoints,
  scoreError,
  sumPoints,
  toDecimalString,
  toHundredths,
} from '../../lib/blocks/points'
import { covenantSchema, createBlockSchema, scoreSheetSchema } from '../../lib/blocks/schemas'

const C1 = '11111111-1111-4111-8111-111111111111'
const C2 = '22222222-2222-4222-8222-222222222222'
const B = '33333333-3333-4333-8333-333333333333'
const U = '44444444-4444-4444-8444-444444444444'

describe('points in hundredths', () => {
  it('reads what users type, with a comma or a point, at most 2 decimals', () => {
    expect(parsePoints('10')).toBe(1000)
    expect(parsePoints('10,5')).toBe(1050)
    expect(parsePoints(' 9.75 ')).toBe(975)
    expect(parsePoints('0')).toBe(0)
    for (const bad of ['', '-1', '1,234', '1e2', 'abc', '10,', '.5']) expect(parsePoints(bad)).toBeNull()
  })

  it('converts database decimals and back without floating-point errors', () => {
    expect(toHundredths('10.5')).toBe(1050)
    expect(toHundredths({ toFixed: () => '0.10' })).toBe(10)
    expect(toDecimalString(1050)).toBe('10.50')
    expect(toDecimalString(5)).toBe('0.05')
    expect(sumPoints([10, 20])).toBe(30) // 0,1 + 0,2 = 0,3 exactly
    expect(formatPoints(1050)).toBe('10,5')
    expect(formatPoints(1025)).toBe('10,25')
    expect(formatPoints(1000)).toBe('10')
    expect(formatPoints(123400)).toBe('1.234')
    expect(formatPoints(100000, { grouping: false })).toBe('1000')
    expect(parsePoints(formatPoints(123450, { grouping: false }))).toBe(123450)
  })

  it('bounds a score by 0 and the criterion maximum, naming the criterion', () => {
    const criterion = { name: 'Văn hóa - xã hội', maxHundredths: 1000 }
    expect(scoreError(1000, criterion)).toBeNull()
    expect(scoreError(0, criterion)).toBeNull()
    expect(scoreError(1001, criterion)).toBe('Điểm vượt mức tối đa 10 của tiêu chí “Văn hóa - xã hội”.')
    expect(scoreError(-1, criterion)).toContain('không âm')
    expect(scoreError(1100, { name: 'X', maxHundredths: 1050 })).toBe('Điểm vượt mức tối đa 10,5 của tiêu chí “X”.')
  })
})

describe('block form schemas', () => {
  it('collects checked members and requires two, with the deputy different from the leader', () => {
    const ok = createBlockSchema.safeParse({
      organizationId: B,
      name: 'Khối các xã',
      year: '2025',
      [`member_${C1}`]: 'on',
      [`member_${C2}`]: 'on',
      leaderOrgId: C1,
      deputyOrgId: '',
    })
    expect(ok.success && ok.data.memberIds).toEqual([C1, C2])
    expect(ok.success && ok.data.deputyOrgId).toBeNull()
    const one = createBlockSchema.safeParse({
      organizationId: B,
      name: 'Khối các xã',
      year: '2025',
      [`member_${C1}`]: 'on',
      leaderOrgId: C1,
    })
    expect(one.success).toBe(false)
    expect(one.error?.issues[0]).toMatchObject({
      path: ['memberIds'],
      message: 'Khối thi đua cần ít nhất 2 đơn vị thành viên.',
    })
    const same = createBlockSchema.safeParse({
      organizationId: B,
      name: 'Khối',
      year: '2025',
      memberIds: [C1, C2],
      leaderOrgId: C1,
      deputyOrgId: C1,
    })
    expect(same.error?.issues[0].path).toEqual(['deputyOrgId'])
  })

  it('reads the criteria table, skipping blank rows, with errors next to the field', () => {
    const ok = covenantSchema.parse({
      blockId: B,
      version: '3',
      covenant: ' Nội dung ',
      criterion_0_name: 'A',
      criterion_0_max: '10,5',
      criterion_1_name: '',
      criterion_1_max: '',
      criterion_2_name: 'B',
      criterion_2_max: '20',
    })
    expect(ok).toEqual({
      blockId: B,
      version: 3,
      covenant: 'Nội dung',
      flagQuota: 1, // one Cờ thi đua when the form leaves it out
      criteria: [
        { name: 'A', kind: 'TIEU_CHI', maxPoints: 1050 },
        { name: 'B', kind: 'TIEU_CHI', maxPoints: 2000 },
      ],
    })
    const bad = covenantSchema.safeParse({
      blockId: B,
      version: '3',
      criterion_0_name: 'A',
      criterion_0_max: '0',
      criterion_1_name: '',
      criterion_1_max: '5',
    })
    expect(bad.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['criterion_0_max', 'Điểm tối đa phải lớn hơn 0.'],
      ['criterion_1_name', 'Vui lòng nhập tên tiêu chí.'],
    ])
  })

  it('reads a score sheet: blank is no score, bad numbers are refused next to the field', () => {
    const ok = scoreSheetSchema.parse({
      blockId: B,
      organizationId: U,
      mode: 'self',
      [`score_${C1}`]: '8,75',
      [`evidence_${C1}`]: 'Báo cáo',
      [`version_${C1}`]: '2',
      [`score_${C2}`]: '',
      [`version_${C2}`]: '0',
    })
    expect(ok.entries).toEqual([
      { criterionId: C1, score: 875, evidence: 'Báo cáo', version: 2 },
      { criterionId: C2, score: null, evidence: null, version: 0 },
    ])
    const bad = scoreSheetSchema.safeParse({
      blockId: B,
      organizationId: U,
      mode: 'agreed',
      [`score_${C1}`]: '8,755',
      [`version_${C1}`]: '1',
    })
    expect(bad.error?.issues[0].path).toEqual([`score_${C1}`])
  })
})
