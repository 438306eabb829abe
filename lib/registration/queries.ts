// Reading registrations: a unit's own for a year (with its people and the warnings), and the overview a
// managing level has of the units below it. A fixed number of queries per page.
import type { Actor } from '../auth/actor'
import type { Tx } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { registrationWarnings, type CheckPerson } from './checks'

/** The round a unit registers to: the one its parent opened for the year. */
export async function roundForUnit(tx: Tx, tenantId: string, unit: { parentId: string | null }, year: number) {
  if (!unit.parentId) return null
  return tx.registrationRound.findFirst({
    where: { tenantId, organizationId: unit.parentId, year },
    select: { id: true, deadline: true, note: true, organizationId: true },
  })
}

export async function peopleForChecks(
  tx: Tx,
  tenantId: string,
  organizationId: string,
  year: number,
): Promise<CheckPerson[]> {
  const people = await tx.person.findMany({
    where: { tenantId, organizationId, active: true },
    select: { id: true, fullName: true, gender: true, position: true },
    orderBy: [{ isLeader: 'desc' }, { fullName: 'asc' }],
    take: 2000,
  })
  const ids = people.map((p) => p.id)
  const [awards, disciplines] = await Promise.all([
    tx.awardRecord.findMany({
      where: { tenantId, personId: { in: ids }, thematic: false, year: { gte: year - 6 } },
      select: { personId: true, year: true, award: true },
    }),
    tx.discipline.findMany({
      where: { tenantId, personId: { in: ids }, active: true },
      select: { personId: true, year: true, level: true },
    }),
  ])
  return people.map((p) => ({
    ...p,
    awards: awards.filter((a) => a.personId === p.id).map(({ year, award }) => ({ year, award })),
    disciplines: disciplines.filter((d) => d.personId === p.id).map(({ year, level }) => ({ year, level })),
  }))
}

export async function loadUnitRegistration(tx: Tx, actor: Actor, organizationId: string, year: number) {
  const unit = await findOrganizationForActor(tx, actor, organizationId, 'workspace.view')
  const [round, registration, people] = await Promise.all([
    roundForUnit(tx, actor.tenantId, unit, year),
    tx.registration.findFirst({
      where: { tenantId: actor.tenantId, organizationId: unit.id, year },
      select: {
        id: true,
        status: true,
        collectiveTitle: true,
        commitments: true,
        returnComment: true,
        submittedAt: true,
        decidedAt: true,
        version: true,
        entries: { select: { personId: true, title: true } },
      },
    }),
    peopleForChecks(tx, actor.tenantId, unit.id, year),
  ])
  const warnings = registration
    ? registrationWarnings({
        year,
        collectiveTitle: registration.collectiveTitle,
        entries: registration.entries,
        people,
      })
    : []
  return { unit, round, registration, people, warnings }
}

export const OVERVIEW_PAGE_SIZE = 50

/** The units below the managing unit and where each stands with its registration for the year. */
export async function registrationOverview(
  tx: Tx,
  actor: Actor,
  managingId: string,
  year: number,
  page: number,
  pageSize = OVERVIEW_PAGE_SIZE,
) {
  const managing = await findOrganizationForActor(tx, actor, managingId, 'registration.review')
  const where = { tenantId: actor.tenantId, parentId: managing.id, active: true }
  const [round, allUnits, units] = await Promise.all([
    tx.registrationRound.findFirst({
      where: { tenantId: actor.tenantId, organizationId: managing.id, year },
      select: { id: true, deadline: true, note: true },
    }),
    tx.organization.findMany({ where, select: { id: true } }),
    tx.organization.findMany({
      where,
      select: { id: true, name: true, kind: true },
      orderBy: [{ kind: 'asc' }, { name: 'asc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ])
  const total = allUnits.length
  const [registrations, handedIn] = await Promise.all([
    tx.registration.findMany({
      where: { tenantId: actor.tenantId, year, organizationId: { in: units.map((u) => u.id) } },
      select: {
        id: true,
        organizationId: true,
        status: true,
        collectiveTitle: true,
        submittedAt: true,
        version: true,
        _count: { select: { entries: true } },
      },
    }),
    tx.registration.count({
      where: {
        tenantId: actor.tenantId,
        year,
        status: { in: ['SUBMITTED', 'ACCEPTED'] },
        organizationId: { in: allUnits.map((u) => u.id) },
      },
    }),
  ])
  const byUnit = new Map(registrations.map((r) => [r.organizationId, r]))
  const notRegisteredCount = total - handedIn
  return {
    managing,
    round,
    rows: units.map((unit) => {
      const r = byUnit.get(unit.id) ?? null
      const late = Boolean(
        round && r?.submittedAt && r.submittedAt.getTime() > round.deadline.getTime() + 24 * 3600_000,
      )
      return { unit, registration: r, late }
    }),
    total,
    notRegisteredCount,
    pastDeadline: Boolean(round && round.deadline.getTime() + 24 * 3600_000 < Date.now()),
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  }
}
