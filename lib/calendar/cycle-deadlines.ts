// The deadlines the award cycle shows: each nominee's appraisal at the level holding it (from the day it
// arrived there), its public-comment window, and the annual submission date. A fixed number of queries.
import type { Tx } from '../db/tenant'
import { isoDay, todayInVietnam } from '../shared/dates'
import { DEADLINE_LABELS, dateOfYear, deadline, workingDayDeadline, type Deadline } from './deadlines'
import { deadlineSettings } from './settings'

type HeldNominee = { id: string; holderOrgId: string; status: string; publicTo: Date | null }

/** Appraisal and publication deadlines of nominees under review, by nominee id. */
export async function nomineeDeadlines(
  tx: Tx,
  tenantId: string,
  nominees: readonly HeldNominee[],
  today = isoDay(todayInVietnam()),
) {
  const open = nominees.filter((n) => n.status === 'IN_REVIEW')
  const result = new Map<string, Deadline[]>()
  if (open.length === 0) return result
  const [settings, arrivals] = await Promise.all([
    deadlineSettings(tx, tenantId, today),
    tx.dossierEvent.findMany({
      where: { tenantId, nomineeId: { in: open.map((n) => n.id) }, toOrgId: { not: null } },
      select: { nomineeId: true, toOrgId: true, createdAt: true },
      orderBy: { createdAt: 'desc' },
    }),
  ])
  const appraisal = settings.appraisalWorkingDays
  for (const n of open) {
    const list: Deadline[] = []
    const arrived = arrivals.find((a) => a.nomineeId === n.id && a.toOrgId === n.holderOrgId)
    if (arrived)
      list.push(
        workingDayDeadline(
          `Hạn thẩm định (${appraisal.value} ngày làm việc từ ngày nhận)`,
          isoDay(todayInVietnam(arrived.createdAt)),
          appraisal.value,
          today,
          appraisal.source,
        ),
      )
    if (n.publicTo)
      list.push(
        deadline(
          'Hết thời gian lấy ý kiến công khai',
          isoDay(n.publicTo),
          today,
          settings.publicationWorkingDays.source,
        ),
      )
    result.set(n.id, list)
  }
  return result
}

/** The annual submission date for a unit's dossiers of `year` (schools: by the school year). */
export async function submissionDeadline(
  tx: Tx,
  tenantId: string,
  unit: { name: string },
  year: number,
  today = isoDay(todayInVietnam()),
) {
  const settings = await deadlineSettings(tx, tenantId, today)
  const school = /^Trường\b/.test(unit.name)
  const key = school ? 'schoolSubmission' : 'annualSubmission'
  return deadline(
    school ? 'Hạn gửi hồ sơ khen thưởng năm học' : 'Hạn gửi hồ sơ khen thưởng tổng kết năm',
    dateOfYear(settings[key].value, year),
    today,
    `${DEADLINE_LABELS[key]}: ${settings[key].source}`,
  )
}

/** For the dashboard: the unit's submission date this year and the soonest appraisal deadlines it holds. */
export async function unitDeadlines(tx: Tx, tenantId: string, unit: { id: string; name: string }, take = 200) {
  const today = isoDay(todayInVietnam())
  const held = await tx.dossierNominee.findMany({
    where: { tenantId, holderOrgId: unit.id, status: 'IN_REVIEW', NOT: { pathOrgIds: { isEmpty: true } } },
    select: { id: true, holderOrgId: true, status: true, publicTo: true, displayName: true, dossierId: true },
    orderBy: { id: 'asc' },
    take,
  })
  const [submission, byNominee] = await Promise.all([
    submissionDeadline(tx, tenantId, unit, Number(today.slice(0, 4)), today),
    nomineeDeadlines(tx, tenantId, held, today),
  ])
  const items = held
    .flatMap((n) => (byNominee.get(n.id) ?? []).map((d) => ({ ...d, nominee: n.displayName, dossierId: n.dossierId })))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
  return {
    submission,
    past: items.filter((d) => d.state === 'past').length,
    near: items.filter((d) => d.state === 'near').length,
    soonest: items.slice(0, 10),
    truncated: held.length === take,
  }
}
