// The year-end table of a unit (bình xét cuối năm): its people, what each registered for the year,
// the year's rating, and for each proposable title the eligibility checks with their reasons. A fixed
// number of queries for the whole unit.
import type { Actor } from '../auth/actor'
import { assertCan } from '../auth/actor'
import { awardLabel, type AwardCode } from '../awards/catalog'
import type { EligibilityCheck } from '../awards/eligibility'
import { RATING_LABELS } from '../awards/eligibility'
import type { Tx } from '../db/tenant'
import { individualRecords } from '../dossiers/record'
import { consideredOn } from '../dossiers/workflow'
import type { TaskRating } from '../generated/prisma/enums'
import { findOrganizationForActor } from '../organizations/queries'
import { rowChecks, type ExistingProposal } from './checks'
import { TABLE_AWARDS, TABLE_LIMIT, rowKey, type TableAward } from './schemas'

export type TableRow = {
  key: string
  personId: string
  fullName: string
  position: string | null
  award: TableAward
  awardLabel: string
  registeredTitle: string | null
  rating: TaskRating | null
  ratingLabel: string
  checks: EligibilityCheck[]
  eligible: boolean
  /** a draft summary the user can edit */
  achievement: string
}

const isTableAward = (code: string): code is TableAward => (TABLE_AWARDS as readonly string[]).includes(code)

export function draftAchievement(award: TableAward, rating: TaskRating | null, year: number) {
  const result = rating === 'HTXS' ? 'Hoàn thành xuất sắc nhiệm vụ' : 'Hoàn thành tốt nhiệm vụ'
  if (award === 'LDTT') return `${result} năm ${year}.`
  return `${result} năm ${year}; đạt tiêu chuẩn ${awardLabel(award)}.`
}

/** Existing proposals of these people for the year (any dossier still alive), by person. */
export async function existingProposals(tx: Tx, tenantId: string, personIds: string[], year: number) {
  const rows = await tx.dossierNominee.findMany({
    where: { tenantId, personId: { in: personIds }, status: { not: 'REJECTED' }, dossier: { year } },
    select: { personId: true, award: true, dossier: { select: { title: true } } },
  })
  const byPerson = new Map<string, ExistingProposal[]>()
  for (const r of rows) {
    const list = byPerson.get(r.personId!) ?? []
    list.push({ personId: r.personId, award: r.award, dossierTitle: r.dossier.title })
    byPerson.set(r.personId!, list)
  }
  return byPerson
}

export async function loadEvaluationTable(tx: Tx, actor: Actor, organizationId: string, year: number) {
  const unit = await findOrganizationForActor(tx, actor, organizationId, 'dossier.propose')
  assertCan(actor, 'dossier.propose', unit)
  const [people, registration] = await Promise.all([
    tx.person.findMany({
      where: { tenantId: actor.tenantId, organizationId: unit.id, active: true },
      select: { id: true, fullName: true, position: true },
      orderBy: [{ isLeader: 'desc' }, { fullName: 'asc' }, { id: 'asc' }],
      take: TABLE_LIMIT + 1,
    }),
    tx.registration.findFirst({
      where: { tenantId: actor.tenantId, organizationId: unit.id, year },
      select: { status: true, entries: { select: { personId: true, title: true } } },
    }),
  ])
  const truncated = people.length > TABLE_LIMIT
  const shown = people.slice(0, TABLE_LIMIT)
  const ids = shown.map((p) => p.id)
  const [records, existing] = await Promise.all([
    individualRecords(tx, actor.tenantId, ids, year),
    existingProposals(tx, actor.tenantId, ids, year),
  ])
  const onDate = consideredOn({ year })
  const registered = new Map(registration?.entries.map((e) => [e.personId, e.title]))
  const rows: TableRow[] = []
  for (const person of shown) {
    const record = records.get(person.id)!
    const rating = record.ratings.find((r) => r.year === year)?.rating ?? null
    const title = registered.get(person.id) ?? null
    // Everyone is considered for LĐTT; whoever registered a higher title is considered for it too.
    const awards: TableAward[] = ['LDTT']
    if (title && title !== 'LDTT' && isTableAward(title)) awards.push(title)
    for (const award of awards) {
      const { checks, eligible } = rowChecks(award as AwardCode, record, onDate, existing.get(person.id) ?? [])
      rows.push({
        key: rowKey({ personId: person.id, award }),
        personId: person.id,
        fullName: person.fullName,
        position: person.position,
        award,
        awardLabel: awardLabel(award),
        registeredTitle: title,
        rating,
        ratingLabel: rating ? RATING_LABELS[rating] : 'Chưa xếp loại',
        checks,
        eligible,
        achievement: draftAchievement(award, rating, year),
      })
    }
  }
  return {
    unit,
    year,
    registrationStatus: registration?.status ?? null,
    rows,
    truncated,
  }
}
