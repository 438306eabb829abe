// The one order of discipline levels that eligibility, registration warnings and the records read.
import { describe, expect, it } from 'vitest'
import { DISCIPLINE_LEVELS, disciplineAtLeast, disciplineRank } from '../../lib/people/labels'

describe('discipline order', () => {
  it('ranks khiển trách lightest and buộc thôi việc heaviest', () => {
    expect(DISCIPLINE_LEVELS[0]).toBe('KHIEN_TRACH')
    expect(DISCIPLINE_LEVELS.at(-1)).toBe('BUOC_THOI_VIEC')
    expect(disciplineRank('CACH_CHUC')).toBeGreaterThan(disciplineRank('GIANG_CHUC'))
  })

  it('reads "từ cảnh cáo trở lên" as cảnh cáo and anything heavier, and an unknown level as none', () => {
    expect(disciplineAtLeast('CANH_CAO', 'CANH_CAO')).toBe(true)
    expect(disciplineAtLeast('HA_BAC_LUONG', 'CANH_CAO')).toBe(true)
    expect(disciplineAtLeast('KHIEN_TRACH', 'CANH_CAO')).toBe(false)
    expect(disciplineAtLeast('KHONG_RO', 'KHIEN_TRACH')).toBe(false)
  })
})
