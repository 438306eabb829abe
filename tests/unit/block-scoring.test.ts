import { describe, expect, it } from 'vitest'
import { maxTotalOf, sheetTotal, type RuleCriterion } from '../../lib/blocks/scoring'
import { agreementOf, type AgreementMember } from '../../lib/blocks/agreement'
import { rankBlock } from '../../lib/blocks/ranking'
import { covenantSchema } from '../../lib/blocks/schemas'

const table: RuleCriterion[] = [
  { kind: 'TIEU_CHI', maxHundredths: 6000 },
  { kind: 'TIEU_CHI', maxHundredths: 4000 },
  { kind: 'CONG', maxHundredths: 500 },
  { kind: 'TRU', maxHundredths: 500 },
]

describe('the block scoring rule', () => {
  it('adds criteria and bonus items and subtracts penalty items, in hundredths', () => {
    expect(sheetTotal(table, [5510, 3525, 150, 75])).toEqual({ total: 9110, missing: 0, required: 2 })
  })

  it('counts an unrecorded bonus or penalty as 0, but a missing criterion leaves the sheet unfinished', () => {
    expect(sheetTotal(table, [5000, 3000, null, null])).toMatchObject({ total: 8000, missing: 0 })
    expect(sheetTotal(table, [5000, null, 500, null])).toMatchObject({ total: 5500, missing: 1 })
  })

  it('takes the table maximum from criteria and bonus items only', () => {
    expect(maxTotalOf(table)).toBe(10500)
  })

  it('ranks by that rule: a penalty can drop a unit below one with fewer criteria points', () => {
    const r = rankBlock(
      [
        { organizationId: 'A', name: 'A', signed: true, agreed: [6000, 4000, 0, 500], women: 0, people: 0 },
        { organizationId: 'B', name: 'B', signed: true, agreed: [5800, 4000, 100, 0], women: 0, people: 0 },
        { organizationId: 'C', name: 'C', signed: false, agreed: [6000, 4000, 500, 0], women: 0, people: 0 },
      ],
      table,
      { year: 2026 },
    )
    expect(r.ranked.map((x) => [x.name, x.total, x.rank])).toEqual([
      ['B', 9900, 1],
      ['A', 9500, 2],
    ])
    expect(r.unsigned).toEqual([
      { organizationId: 'C', name: 'C', note: 'Không xếp hạng: đơn vị chưa ký giao ước thi đua năm 2026 của khối.' },
    ])
  })

  it('reads the kind of each criterion row; a table of only bonus and penalty items is refused', () => {
    const base = { blockId: '00000000-0000-4000-8000-000000000001', version: '1', covenant: 'Giao ước' }
    const ok = covenantSchema.parse({
      ...base,
      flagQuota: '2',
      criterion_0_name: 'Nhiệm vụ',
      criterion_0_max: '90',
      criterion_1_name: 'Thưởng',
      criterion_1_max: '5',
      criterion_1_kind: 'CONG',
    })
    expect(ok.flagQuota).toBe(2)
    expect(ok.criteria).toEqual([
      { name: 'Nhiệm vụ', kind: 'TIEU_CHI', maxPoints: 9000 },
      { name: 'Thưởng', kind: 'CONG', maxPoints: 500 },
    ])
    const onlyBonus = covenantSchema.safeParse({
      ...base,
      criterion_0_name: 'Thưởng',
      criterion_0_max: '5',
      criterion_0_kind: 'CONG',
    })
    expect(onlyBonus.error?.issues[0]).toMatchObject({ path: ['criterion_0_kind'] })
    const badQuota = covenantSchema.safeParse({ ...base, flagQuota: '0' })
    expect(badQuota.error?.issues[0]).toMatchObject({
      path: ['flagQuota'],
      message: 'Khối được đề nghị ít nhất 1 Cờ thi đua.',
    })
  })
})

const m = (name: string, response: AgreementMember['response'], signed = true): AgreementMember => ({
  organizationId: name,
  name,
  signed,
  response,
})

describe('the agreement of the members', () => {
  it('is not proposed without a deadline', () => {
    expect(agreementOf({ deadline: null }, [m('A', null)], '2026-12-03').status).toBe('CHUA_DE_XUAT')
  })

  it('waits for the signed units until the deadline, inclusive; the unsigned have no say', () => {
    const members = [m('A', 'DONG_Y'), m('B', null), m('C', null, false)]
    const open = agreementOf({ deadline: '2026-12-10' }, members, '2026-12-10')
    expect(open.status).toBe('CHO_Y_KIEN')
    expect(open.silent.map((x) => x.name)).toEqual(['B'])
    expect(open.note).toBe('Chờ ý kiến của 1 đơn vị đến hết ngày 10/12/2026.')
    const after = agreementOf({ deadline: '2026-12-10' }, members, '2026-12-11')
    expect(after.status).toBe('DA_THONG_NHAT')
    expect(after.closed).toBe(true)
  })

  it('is agreed at once when every signed unit agreed', () => {
    expect(
      agreementOf({ deadline: '2026-12-10' }, [m('A', 'DONG_Y'), m('B', 'DONG_Y'), m('C', null, false)], '2026-12-01')
        .status,
    ).toBe('DA_THONG_NHAT')
  })

  it('is stopped by one objection, even after the deadline', () => {
    const members = [m('A', 'DONG_Y'), m('B', 'PHAN_DOI')]
    expect(agreementOf({ deadline: '2026-12-10' }, members, '2026-12-05').status).toBe('CO_PHAN_DOI')
    expect(agreementOf({ deadline: '2026-12-10' }, members, '2027-01-05').status).toBe('CO_PHAN_DOI')
  })
})
