// The amending decision's form (lib/decisions/schemas.ts): per-row fields "pick.", "award.", "name." become the
// list of changes; an amendment (SUA_DOI) takes only the ticked rows, a replacement (THAY_THE) every row; the
// number may be left empty (the register's next number of the chosen year), never a non-number.
import { describe, expect, it } from 'vitest'
import { amendDecisionSchema } from '../../lib/decisions/schemas'

const A = '11111111-1111-4111-8111-111111111111'
const B = '22222222-2222-4222-8222-222222222222'
const base = {
  decisionId: '33333333-3333-4333-8333-333333333333',
  decidedOn: '2025-02-10',
  title: 'Về việc sửa đổi, bổ sung Quyết định số 40/QĐ-UBND',
  reason: 'Ghi nhầm hình thức khen thưởng',
  signerName: 'Đặng Văn Hùng',
  [`award.${A}`]: 'CSTD_CO_SO',
  [`name.${A}`]: 'Nguyễn Thị A',
  [`award.${B}`]: 'GIAY_KHEN',
  [`name.${B}`]: '',
}

describe('amendDecisionSchema', () => {
  it('an amendment takes the ticked rows only; an empty number is left to the register', () => {
    const parsed = amendDecisionSchema.parse({ ...base, kind: 'SUA_DOI', numberSeq: '', [`pick.${A}`]: 'on' })
    expect(parsed.changes).toEqual([{ itemId: A, award: 'CSTD_CO_SO', displayName: 'Nguyễn Thị A' }])
    expect(parsed.numberSeq).toBeNull()
    expect(parsed.decidedOn).toEqual(new Date('2025-02-10T00:00:00Z'))
  })

  it('a replacement takes every row', () => {
    const parsed = amendDecisionSchema.parse({ ...base, kind: 'THAY_THE', numberSeq: '7' })
    expect(parsed.changes.map((c) => [c.itemId, c.award, c.displayName])).toEqual([
      [A, 'CSTD_CO_SO', 'Nguyễn Thị A'],
      [B, 'GIAY_KHEN', null],
    ])
    expect(parsed.numberSeq).toBe(7)
  })

  it('names the fields of bad input', () => {
    const result = amendDecisionSchema.safeParse({ ...base, kind: 'SUA_DOI', numberSeq: 'bảy', reason: '' })
    expect(result.success).toBe(false)
    const errors = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]))
    expect(errors).toMatchObject({
      numberSeq: 'Số quyết định là số nguyên, ví dụ 12.',
      reason: 'Vui lòng ghi sai sót về nội dung cần sửa đổi, thay thế.',
    })
    expect(amendDecisionSchema.safeParse({ ...base, kind: 'KHAC' }).error?.issues[0].path).toEqual(['kind'])
  })
})
