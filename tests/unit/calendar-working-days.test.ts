// Working days over Vietnamese holidays: Tết, the swapped days, the compensating day, and deadlines.
import { describe, expect, it } from 'vitest'
import { HOLIDAYS } from '../../lib/calendar/holidays'
import {
  addWorkingDays,
  calendarCovers,
  holidayOn,
  isWorkingDay,
  workingDaysBetween,
} from '../../lib/calendar/working-days'
import { dateOfYear, deadline, settingsOn, workingDayDeadline } from '../../lib/calendar/deadlines'
import { periodErrors } from '../../lib/awards/effective'
import { DEADLINE_DEFAULTS, DEADLINE_KEYS } from '../../lib/calendar/deadlines'

describe('the holiday calendar', () => {
  it('has every range in order, inside its year, and a source for every year', () => {
    for (const y of HOLIDAYS) {
      expect(y.source.length).toBeGreaterThan(10)
      for (const r of y.off) {
        expect(r.from <= r.to).toBe(true)
        expect(r.from.slice(0, 4)).toBe(String(y.year))
      }
    }
  })
  it('keeps Tết Bính Ngọ off from Saturday 14/2 to Sunday 22/2/2026', () => {
    expect(holidayOn('2026-02-16')).toBe('Tết Nguyên đán Bính Ngọ')
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'])
      expect(isWorkingDay(d)).toBe(false)
    expect(isWorkingDay('2026-02-13')).toBe(true)
    expect(isWorkingDay('2026-02-23')).toBe(true)
  })
  it('works the announced Saturday of a swap and rests the swapped weekday', () => {
    expect(isWorkingDay('2025-04-26')).toBe(true) // Saturday worked for Friday 02/5/2025
    expect(isWorkingDay('2025-05-02')).toBe(false)
    expect(isWorkingDay('2025-04-19')).toBe(false) // an ordinary Saturday
  })
  it('rests the Monday after a holiday that falls on a Sunday (Giỗ Tổ 2026)', () => {
    expect(isWorkingDay('2026-04-27')).toBe(false)
    expect(isWorkingDay('2026-04-28')).toBe(true)
  })
})

describe('working-day arithmetic', () => {
  it('counts 20 working days of appraisal across Tết: received Monday 02/02/2026, due Monday 09/03/2026', () => {
    expect(addWorkingDays('2026-02-02', 20)).toBe('2026-03-09')
    // without the holidays it would have been Monday 02/03
    expect(addWorkingDays('2026-02-02', 20, [])).toBe('2026-03-02')
  })
  it('counts a 10-working-day publication window across 30/4–1/5/2025 with the worked Saturday', () => {
    // from Friday 25/4/2025: Sat 26/4 (worked), Mon 28, Tue 29, then 30/4–4/5 off, 5/5–9/5, Mon 12, Tue 13
    expect(addWorkingDays('2025-04-25', 3)).toBe('2025-04-29')
    expect(addWorkingDays('2025-04-25', 10)).toBe('2025-05-13')
  })
  it('counts the days between, either way', () => {
    expect(workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1)
    expect(workingDaysBetween('2026-02-23', '2026-02-13')).toBe(-1)
    expect(workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0)
  })
  it('refuses a negative or fractional number of days', () => {
    expect(() => addWorkingDays('2026-01-05', -1)).toThrow(RangeError)
    expect(() => addWorkingDays('2026-01-05', 1.5)).toThrow(RangeError)
  })
  it('knows which years it has official holidays for', () => {
    expect(calendarCovers('2025-12-20', '2026-01-20')).toBe(true)
    expect(calendarCovers('2026-12-20', '2027-01-20')).toBe(false)
  })
})

describe('deadlines', () => {
  it('has sound default periods with sources', () => {
    for (const key of DEADLINE_KEYS) expect(periodErrors(DEADLINE_DEFAULTS[key])).toEqual([])
  })
  it('takes a tenant’s override from its date, the default before', () => {
    const overrides = [
      {
        key: 'publicationWorkingDays',
        value: 7,
        validFrom: new Date('2026-01-01'),
        source: 'QĐ 12/2025 của UBND tỉnh',
      },
    ]
    expect(settingsOn('2025-12-31', overrides).publicationWorkingDays.value).toBe(10)
    expect(settingsOn('2026-01-01', overrides).publicationWorkingDays).toEqual({
      value: 7,
      source: 'QĐ 12/2025 của UBND tỉnh',
    })
    expect(settingsOn('2026-01-01', overrides).appraisalWorkingDays.value).toBe(20)
  })
  it('is near within three working days, past after the day, and uncertain when it crosses an unknown year', () => {
    expect(deadline('Hạn', '2026-12-10', '2026-12-07', 's').state).toBe('near')
    expect(deadline('Hạn', '2026-12-10', '2026-12-03', 's')).toMatchObject({ state: 'open', left: 5 })
    expect(deadline('Hạn', '2026-12-10', '2026-12-11', 's')).toMatchObject({ state: 'past', left: -1 })
    expect(workingDayDeadline('Thẩm định', '2026-12-20', 20, '2026-12-21', 's').uncertain).toBe(true)
    expect(dateOfYear(1210, 2026)).toBe('2026-12-10')
    expect(dateOfYear(710, 2027)).toBe('2027-07-10')
  })
})
