// Dates and times as the app shows them, in Việt Nam time (UTC+7, no DST), from their one home.
import { describe, expect, it } from 'vitest'
import { isoDay, todayInVietnam, vnDate, vnDateOfIso, vnDateTime, vnDayOf, vnTimeSpoken } from '../../lib/shared/dates'

describe('dates', () => {
  const lateEvening = new Date('2026-11-20T18:30:00Z') // 01:30 on 21/11 in Việt Nam

  it('reads the day of an instant in Việt Nam, not in UTC', () => {
    expect(vnDayOf(lateEvening)).toBe('21/11/2026')
    expect(isoDay(todayInVietnam(lateEvening))).toBe('2026-11-21')
  })

  it('writes date-only values and instants with padded day and month (NĐ 30/2020)', () => {
    expect(vnDate(new Date(Date.UTC(2025, 6, 1)))).toBe('01/07/2025')
    expect(vnDate(null)).toBe('')
    expect(vnDateTime(lateEvening)).toBe('21/11/2026 01:30')
    expect(vnTimeSpoken(new Date('2026-11-20T07:05:00Z'))).toBe('14 giờ 05, ngày 20/11/2026')
  })

  it('turns a rule’s ISO day into the Vietnamese order and leaves anything else alone', () => {
    expect(vnDateOfIso('2025-07-01')).toBe('01/07/2025')
    expect(vnDateOfIso('không phải ngày')).toBe('không phải ngày')
  })
})
