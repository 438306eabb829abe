// The order of a plan's tasks and the periods (sections) they sit in. Pure: the use cases load the
// tasks, ask here for the new order, and write the positions in one statement.
//
// The document prints tasks grouped by period, periods in the order they first appear, tasks by
// position within each (queries.ts › groupTasksByPeriod). After every change positions are rewritten
// dense (0…n-1) in exactly that order, so a period's tasks are contiguous and two tasks never share a
// position.
import { PERIOD_OPTIONS, comparePeriods, windowLabel, codeOfQuarters, type TaskPeriod } from './periods'
import { parsePeriodLabel } from './parse/periods'
import { foldUpper } from './parse/text'

export type OrderedTask = {
  id: string
  position: number
  periodLabel: string
  quarters: number[]
  periodFrom: Date | null
  periodTo: Date | null
}

/** Groups by period label, keeping the order in which periods first appear (tasks by position). */
export function groupByPeriod<T extends { periodLabel: string }>(tasks: readonly T[]) {
  const groups: { label: string; tasks: T[] }[] = []
  for (const task of tasks) {
    const group = groups.find((g) => g.label === task.periodLabel)
    if (group) group.tasks.push(task)
    else groups.push({ label: task.periodLabel, tasks: [task] })
  }
  return groups
}

const byPosition = <T extends OrderedTask>(tasks: readonly T[]) => [...tasks].sort((a, b) => a.position - b.position)

/** Numbers tasks 0…n-1 in the order given. */
const renumber = <T extends OrderedTask>(ordered: readonly T[]): T[] =>
  ordered.map((t, position) => ({ ...t, position }))

/** Tasks in the order the document prints them, numbered densely. */
export function documentOrder<T extends OrderedTask>(tasks: readonly T[]): T[] {
  return renumber(groupByPeriod(byPosition(tasks)).flatMap((g) => g.tasks))
}

/** The tasks of `ordered` whose position differs from the one they had in `before` (as stored). */
export function positionChanges(
  ordered: readonly OrderedTask[],
  before: readonly Pick<OrderedTask, 'id' | 'position'>[],
): { id: string; position: number }[] {
  const stored = new Map(before.map((t) => [t.id, t.position]))
  return ordered.flatMap((t, position) => (stored.get(t.id) === position ? [] : [{ id: t.id, position }]))
}

/** Moves a task within its period to `index` (0-based, clamped). Answers the new document order. */
export function moveWithinPeriod<T extends OrderedTask>(tasks: readonly T[], taskId: string, index: number): T[] {
  const groups = groupByPeriod(byPosition(tasks))
  const group = groups.find((g) => g.tasks.some((t) => t.id === taskId))
  if (!group) return documentOrder(tasks)
  const from = group.tasks.findIndex((t) => t.id === taskId)
  const [task] = group.tasks.splice(from, 1)
  group.tasks.splice(Math.max(0, Math.min(index, group.tasks.length)), 0, task)
  return renumber(groups.flatMap((g) => g.tasks))
}

/**
 * Puts a task in another period, as the last task of that period. A period the plan does not have
 * yet is placed among the others by date (Quý II after Quý I, before Quý III and IV).
 */
export function moveToPeriod<T extends OrderedTask>(
  tasks: readonly T[],
  taskId: string,
  period: TaskPeriod,
  year: number,
): T[] {
  // periods keep the order they have in the document, even when the moved task opened one of them
  const ordered = documentOrder(tasks)
  const task = ordered.find((t) => t.id === taskId)
  if (!task) return documentOrder(tasks)
  const moved = {
    ...task,
    periodLabel: period.label,
    quarters: period.quarters,
    periodFrom: period.from,
    periodTo: period.to,
  }
  const groups = groupByPeriod(ordered.filter((t) => t.id !== taskId))
  const target = groups.find((g) => g.label === period.label)
  if (target) target.tasks.push(moved)
  else {
    const at = groups.findIndex((g) => comparePeriods(periodOfTask(g.tasks[0]), period, year) > 0)
    groups.splice(at < 0 ? groups.length : at, 0, { label: period.label, tasks: [moved] })
  }
  return renumber(groups.flatMap((g) => g.tasks))
}

export function periodOfTask(t: Pick<OrderedTask, 'periodLabel' | 'quarters' | 'periodFrom' | 'periodTo'>): TaskPeriod {
  return { label: t.periodLabel, quarters: [...t.quarters], from: t.periodFrom, to: t.periodTo }
}

// ---- periods a task can be put in --------------------------------------------------------------

export type PeriodChoice = { value: string; label: string; period: TaskPeriod }

const GROUP = 'nhom:'
const CODE = 'ma:'

/**
 * The periods offered when moving a task or editing the table: the plan's own periods (with their
 * printed labels, e.g. "Đợt 1" or "Từ 01/3/2020 đến 30/6/2020"), then the standard ones it lacks.
 * A dated window of its own is set in the task's own form.
 */
export function periodChoices(tasks: readonly OrderedTask[]): PeriodChoice[] {
  const own = groupByPeriod(byPosition(tasks)).map((g) => ({
    value: `${GROUP}${g.label}`,
    label: g.label,
    period: periodOfTask(g.tasks[0]),
  }))
  const labels = new Set(own.map((c) => c.label))
  const standard = PERIOD_OPTIONS.filter((o) => o.code !== 'WINDOW' && !labels.has(o.label)).map((o) => ({
    value: `${CODE}${o.code}`,
    label: o.label,
    period: { label: o.label, quarters: [...o.quarters], from: null, to: null },
  }))
  return [...own, ...standard]
}

/** The value of the choice a task currently has. */
export const choiceOfTask = (t: Pick<OrderedTask, 'periodLabel'>) => `${GROUP}${t.periodLabel}`

export function resolvePeriodChoice(value: string, tasks: readonly OrderedTask[]): TaskPeriod | null {
  return periodChoices(tasks).find((c) => c.value === value)?.period ?? null
}

const folded = (s: string) => foldUpper(s).replace(/\s+/g, ' ').trim()

/**
 * A period written in a pasted cell ("Quý 2", "quý I và II", "Cả năm", "Từ 01/3/2020 đến 30/6/2020",
 * "Đợt 1"), as a period of this plan: the plan's own period when it has one of that name, the standard
 * label for quarters, or the label as written. Null when the cell is no period.
 */
export function periodFromText(text: string, tasks: readonly OrderedTask[]): TaskPeriod | null {
  const parsed = parsePeriodLabel(text)
  if (!parsed) return null
  const own = groupByPeriod(byPosition(tasks)).find((g) => folded(g.label) === folded(parsed.label))
  if (own) return periodOfTask(own.tasks[0])
  const from = parsed.from ? new Date(`${parsed.from}T00:00:00Z`) : null
  const to = parsed.to ? new Date(`${parsed.to}T00:00:00Z`) : null
  if (from && to && /^TU\s/.test(folded(parsed.label))) return { label: windowLabel(from, to), quarters: [], from, to }
  const code = !from && /^QUY\s/.test(folded(parsed.label)) ? codeOfQuarters(parsed.quarters) : null
  if (code) {
    const option = PERIOD_OPTIONS.find((o) => o.code === code)!
    const same = groupByPeriod(byPosition(tasks)).find((g) => g.label === option.label)
    return same ? periodOfTask(same.tasks[0]) : { label: option.label, quarters: [...option.quarters], from, to }
  }
  if (/^(?:CA NAM|TRONG NAM|QUANH NAM)$/.test(folded(parsed.label)))
    return { label: 'Cả năm', quarters: [1, 2, 3, 4], from: null, to: null }
  return { label: parsed.label, quarters: parsed.quarters, from, to }
}
