import { describe, expect, it } from 'vitest'
import { defaultSymbol, formatDocumentNumber, parseDocumentNumber } from '../../lib/plans/numbering'
import { codeOfQuarters, periodError, quartersLabel, searchKey, windowLabel } from '../../lib/plans/periods'
import { formatUnitsBlock, parseUnitsBlock } from '../../lib/plans/units-block'
import { nextStatus, stateError, PLAN_ACTIONS } from '../../lib/plans/workflow'
import { placeOf } from '../../lib/plans/contents'
import { implementingBasis } from '../../lib/plans/copy-plan'

const d = (iso: string) => new Date(`${iso}T00:00:00Z`)
const annual2020 = { year: 2020, kind: 'ANNUAL' as const, windowFrom: null, windowTo: null }

describe('plan workflow', () => {
  it('goes draft → submitted → issued, or back through returned', () => {
    expect(nextStatus('submit', 'DRAFT')).toBe('SUBMITTED')
    expect(nextStatus('issue', 'SUBMITTED')).toBe('ISSUED')
    expect(nextStatus('return', 'SUBMITTED')).toBe('RETURNED')
    expect(nextStatus('submit', 'RETURNED')).toBe('SUBMITTED')
  })

  it('refuses actions the state does not allow, saying which state', () => {
    expect(stateError('edit', 'ISSUED')).toBe('Không thể sửa kế hoạch đang ở trạng thái "Đã ban hành".')
    expect(stateError('issue', 'DRAFT')).toContain('Dự thảo')
    expect(stateError('report', 'DRAFT')).not.toBeNull()
    expect(stateError('revise', 'SUPERSEDED')).not.toBeNull()
    expect(() => nextStatus('issue', 'ISSUED')).toThrow('Không thể ban hành kế hoạch đang ở trạng thái "Đã ban hành".')
  })

  it('gives drafting to staff and issuing to leaders', () => {
    expect(PLAN_ACTIONS.edit.permission).toBe('plan.draft')
    expect(PLAN_ACTIONS.issue.permission).toBe('plan.approve')
    expect(PLAN_ACTIONS.return.permission).toBe('plan.approve')
    expect(PLAN_ACTIONS.report.permission).toBe('plan.report')
  })
})

describe('document numbers', () => {
  it('formats and reads "55/KH-UBND"', () => {
    expect(formatDocumentNumber(55, 'KH-UBND')).toBe('55/KH-UBND')
    expect(formatDocumentNumber(3, 'KH-UBND')).toBe('03/KH-UBND')
    expect(parseDocumentNumber(' 055 / kh-ubnd ')).toEqual({ seq: 55, symbol: 'KH-UBND' })
    expect(parseDocumentNumber('KH-UBND')).toBeNull()
    expect(parseDocumentNumber('0/KH-UBND')).toBeNull()
  })

  it('derives the symbol from the issuer', () => {
    expect(defaultSymbol({ kind: 'CHINH_QUYEN', shortName: null, name: 'Ủy ban nhân dân xã An Phước' })).toBe('KH-UBND')
    expect(defaultSymbol({ kind: 'CO_QUAN', shortName: 'SNV', name: 'Sở Nội vụ' })).toBe('KH-SNV')
    expect(defaultSymbol({ kind: 'CO_QUAN', shortName: null, name: 'Phòng Nội vụ huyện Long Thành' })).toBe('KH-PNV')
  })
})

describe('task periods', () => {
  it('labels quarters and windows as documents print them', () => {
    expect(codeOfQuarters([2, 1])).toBe('Q1-2')
    expect(quartersLabel([1, 2])).toBe('Quý I và II')
    expect(quartersLabel([2, 3])).toBe('Quý II, III')
    expect(windowLabel(d('2020-03-01'), d('2020-06-30'))).toBe('Từ 01/03/2020 đến 30/06/2020')
  })

  it('refuses a window outside the plan year, a due date outside its quarter, an inverted window', () => {
    const q2 = { label: 'Quý II', quarters: [2], from: null, to: null }
    expect(periodError(q2, d('2020-05-10'), annual2020)).toBeNull()
    expect(periodError(q2, d('2020-08-10'), annual2020)).toEqual({
      field: 'dueDate',
      message: 'Hạn hoàn thành không thuộc Quý II.',
    })
    expect(periodError(q2, d('2021-05-10'), annual2020)?.message).toBe(
      'Hạn hoàn thành nằm ngoài năm 2020 của kế hoạch.',
    )
    const window = { label: 'x', quarters: [], from: d('2020-11-01'), to: d('2021-01-31') }
    expect(periodError(window, null, annual2020)).toEqual({
      field: 'period',
      message: 'Khoảng thời gian nằm ngoài năm 2020 của kế hoạch.',
    })
    expect(periodError({ ...window, from: d('2020-06-01'), to: d('2020-05-01') }, null, annual2020)?.message).toBe(
      'Ngày bắt đầu phải trước ngày kết thúc.',
    )
  })

  it('keeps a campaign’s tasks inside its window', () => {
    const campaign = { year: 2020, kind: 'CAMPAIGN' as const, windowFrom: d('2020-03-01'), windowTo: d('2020-10-31') }
    const inside = { label: 'x', quarters: [], from: d('2020-03-01'), to: d('2020-06-30') }
    expect(periodError(inside, null, campaign)).toBeNull()
    expect(periodError({ ...inside, to: d('2020-12-01') }, null, campaign)?.message).toBe(
      'Khoảng thời gian nằm ngoài thời gian của đợt thi đua.',
    )
  })
})

describe('search and text helpers', () => {
  it('folds Vietnamese so that words without diacritics match', () => {
    expect(searchKey('Kế hoạch Công tác  Quý I – Đồng Nai')).toBe('ke hoach cong tac quy i – dong nai')
    expect(searchKey('Kế hoạch'.normalize('NFD'))).toBe('ke hoach')
  })

  it('reads and writes the "Tổ chức thực hiện" block', () => {
    const text =
      '1. Phòng Nội vụ:\n- Tham mưu kế hoạch\n- Theo dõi\n\nỦy ban MTTQ Việt Nam huyện\n+ Phối hợp tuyên truyền'
    const units = parseUnitsBlock(text)
    expect(units).toEqual([
      { unit: 'Phòng Nội vụ', duties: ['Tham mưu kế hoạch', 'Theo dõi'] },
      { unit: 'Ủy ban MTTQ Việt Nam huyện', duties: ['Phối hợp tuyên truyền'] },
    ])
    expect(parseUnitsBlock(formatUnitsBlock(units))).toEqual(units)
  })

  it('writes the legal basis of an implementing plan and the place of a commune', () => {
    expect(
      implementingBasis({
        documentNumber: '55/KH-UBND',
        issuedOn: d('2020-02-26'),
        organizationName: 'Ủy ban nhân dân huyện Long Thành',
        title: 'Công tác thi đua, khen thưởng năm 2020',
      }),
    ).toBe(
      'Thực hiện Kế hoạch số 55/KH-UBND ngày 26/02/2020 của Ủy ban nhân dân huyện Long Thành về công tác thi đua, khen thưởng năm 2020',
    )
    expect(placeOf('Ủy ban nhân dân xã An Phước')).toBe('An Phước')
    expect(placeOf('Ủy ban nhân dân thị trấn Long Thành')).toBe('Long Thành')
    expect(placeOf('Phòng Nội vụ')).toBeNull()
  })
})
