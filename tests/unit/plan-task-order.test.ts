// The order of a plan's tasks: grouped by period as printed, positions dense after every move, a new
// period placed by its dates, and periods written in a pasted cell read as the plan's own.
import { describe, expect, it } from 'vitest'
import {
  documentOrder,
  moveToPeriod,
  moveWithinPeriod,
  periodChoices,
  periodFromText,
  positionChanges,
  resolvePeriodChoice,
} from '../../lib/plans/task-order'

const task = (id: string, position: number, periodLabel: string, quarters: number[]) => ({
  id,
  position,
  periodLabel,
  quarters,
  periodFrom: null,
  periodTo: null,
})
// stored with a gap and out of group order, as an old import may have left them
const tasks = [
  task('a', 0, 'Quý I', [1]),
  task('b', 3, 'Quý II', [2]),
  task('c', 5, 'Quý I', [1]),
  task('d', 7, 'Quý IV', [4]),
]
const ids = (list: { id: string }[]) => list.map((t) => t.id)

describe('task order', () => {
  it('lays tasks out by period, densely, and reports only the positions that change', () => {
    const ordered = documentOrder(tasks)
    expect(ids(ordered)).toEqual(['a', 'c', 'b', 'd'])
    expect(ordered.map((t) => t.position)).toEqual([0, 1, 2, 3])
    expect(positionChanges(ordered, tasks)).toEqual([
      { id: 'c', position: 1 },
      { id: 'b', position: 2 },
      { id: 'd', position: 3 },
    ])
  })

  it('moves within a period only, clamping the place', () => {
    expect(ids(moveWithinPeriod(tasks, 'c', 0))).toEqual(['c', 'a', 'b', 'd'])
    expect(ids(moveWithinPeriod(tasks, 'a', 99))).toEqual(['c', 'a', 'b', 'd'])
  })

  it('puts a task last in an existing period, or in a new period placed by its dates', () => {
    const toQ2 = moveToPeriod(tasks, 'a', { label: 'Quý II', quarters: [2], from: null, to: null }, 2020)
    expect(toQ2.map((t) => [t.id, t.periodLabel])).toEqual([
      ['c', 'Quý I'],
      ['b', 'Quý II'],
      ['a', 'Quý II'],
      ['d', 'Quý IV'],
    ])
    const toQ3 = moveToPeriod(tasks, 'c', { label: 'Quý III', quarters: [3], from: null, to: null }, 2020)
    expect(toQ3.map((t) => t.periodLabel)).toEqual(['Quý I', 'Quý II', 'Quý III', 'Quý IV'])
  })

  it('offers the plan’s periods, then the standard ones it lacks, and resolves them', () => {
    const choices = periodChoices(tasks)
    expect(choices.slice(0, 3).map((c) => c.value)).toEqual(['nhom:Quý I', 'nhom:Quý II', 'nhom:Quý IV'])
    expect(choices.map((c) => c.label)).not.toContain('Khoảng thời gian')
    expect(choices.filter((c) => c.label === 'Quý I')).toHaveLength(1)
    expect(resolvePeriodChoice('ma:Q3-4', tasks)).toEqual({
      label: 'Quý III và IV',
      quarters: [3, 4],
      from: null,
      to: null,
    })
    expect(resolvePeriodChoice('nhom:Không có', tasks)).toBeNull()
  })

  it('reads a pasted period as the plan’s own or the standard label', () => {
    expect(periodFromText('quý 1', tasks)?.label).toBe('Quý I')
    expect(periodFromText('Quý I và II', tasks)).toEqual({
      label: 'Quý I và II',
      quarters: [1, 2],
      from: null,
      to: null,
    })
    expect(periodFromText('Cả năm', tasks)?.quarters).toEqual([1, 2, 3, 4])
    expect(periodFromText('Từ ngày 01/3/2020 đến ngày 30/6/2020', tasks)).toMatchObject({
      label: 'Từ 01/03/2020 đến 30/06/2020',
      quarters: [],
    })
    expect(periodFromText('Đợt 1', tasks)).toMatchObject({ label: 'Đợt 1' })
    expect(periodFromText('sớm nhất có thể', tasks)).toBeNull()
  })
})
