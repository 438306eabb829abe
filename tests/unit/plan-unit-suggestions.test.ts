import { describe, expect, it } from 'vitest'
import { mapLeadDown, matchUnit, namedLeadOf, unitKey } from '../../lib/plans/unit-suggestions'

describe('the unit a task names as its lead', () => {
  it.each([
    ['Văn phòng chủ trì, phối hợp các phòng tổ chức hội nghị', 'Văn phòng'],
    ['Giao Phòng Nội vụ thực hiện đăng ký thi đua', 'Phòng Nội vụ'],
    ['Tổ chức hội nghị sơ kết (Phòng Nội vụ chủ trì, Văn phòng phối hợp)', 'Phòng Nội vụ'],
    ['Hướng dẫn khen thưởng (Đơn vị chủ trì: Sở Nội vụ)', 'Sở Nội vụ'],
    ['Đề nghị Ủy ban MTTQ Việt Nam huyện chủ trì vận động', 'Ủy ban MTTQ Việt Nam huyện'],
  ])('%s → %s', (text, unit) => {
    expect(namedLeadOf(text)).toBe(unit)
  })

  it.each([
    'Tổ chức phát động phong trào thi đua năm 2020',
    'Các xã chủ trì sơ kết ở cơ sở',
    'UBND các xã, thị trấn thực hiện',
    'tham mưu tổng kết', // no unit written before the verb
  ])('names none in "%s"', (text) => {
    const named = namedLeadOf(text)
    expect(named === null || unitKey(named).includes('cac ')).toBe(true)
  })
})

describe('matching a name against the tree', () => {
  const tree = [
    { id: 'pnv-lt', name: 'Phòng Nội vụ huyện Long Thành' },
    { id: 'pnv-cm', name: 'Phòng Nội vụ huyện Cẩm Mỹ' },
    { id: 'vp', name: 'Văn phòng HĐND và UBND huyện Long Thành' },
    { id: 'ap', name: 'Ủy ban nhân dân xã An Phước', shortName: 'xã An Phước' },
  ]

  it('spells out abbreviations and accepts the start of a name', () => {
    expect(matchUnit('UBND xã An Phước', tree)?.id).toBe('ap')
    expect(matchUnit('Văn phòng HĐND và UBND huyện', tree)?.id).toBe('vp')
    expect(matchUnit('xã An Phước', tree)?.id).toBe('ap')
  })

  it('names no unit when two fit equally', () => {
    expect(matchUnit('Phòng Nội vụ', tree)).toBeNull()
    expect(matchUnit('Phòng Nội vụ', tree.slice(0, 1))?.id).toBe('pnv-lt')
  })
})

describe('a lead mapped down to a lower unit', () => {
  const lead = { id: 'pnv-lt', name: 'Phòng Nội vụ huyện Long Thành', path: '/t/lt/pnv-lt/' }
  it('keeps a lead inside the branch, takes the same department elsewhere, else none', () => {
    expect(mapLeadDown(lead, [lead], '/t/lt/')?.id).toBe('pnv-lt')
    const camMy = [{ id: 'pnv-cm', name: 'Phòng Nội vụ huyện Cẩm Mỹ', path: '/t/cm/pnv-cm/' }]
    expect(mapLeadDown(lead, camMy, '/t/cm/')?.id).toBe('pnv-cm')
    expect(
      mapLeadDown(lead, [{ id: 'x', name: 'Ủy ban nhân dân xã An Phước', path: '/t/lt/ap/' }], '/t/lt/ap/'),
    ).toBeNull()
  })
})
