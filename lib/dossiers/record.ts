// Builds what the eligibility rules read from the database: a person's ratings, award history,
// initiatives (with where each already served), discipline with its period and dated conduct records,
// or a unit's members for the year. A fixed number of queries.
import type { Tx } from '../db/tenant'
import { isAwardCode, type AwardCode } from '../awards/catalog'
import { disciplineBlocks } from '../awards/eligibility/blocks'
import { disciplineRank } from '../people/labels'
import type { CollectiveNominee, ConductMatter, DisciplineRecord, IndividualNominee } from '../awards/eligibility/types'
import { blockFlagLeaders } from '../blocks/queries'
import { isoDay, todayInVietnam } from '../shared/dates'

type AwardRow = { year: number; award: string; thematic: boolean; decisionNumber: string | null }
const awardsOf = (rows: AwardRow[]) =>
  rows.flatMap((a) =>
    isAwardCode(a.award)
      ? [{ year: a.year, award: a.award as AwardCode, thematic: a.thematic, decisionNumber: a.decisionNumber }]
      : [],
  )
const AWARD_SELECT = { year: true, award: true, thematic: true, decisionNumber: true } as const
const day = (d: Date | null) => (d ? isoDay(d) : null)

const disciplineOf = (d: {
  year: number
  level: DisciplineRecord['level']
  active: boolean
  decidedOn: Date | null
  startsOn: Date | null
  endsOn: Date | null
  reference: string | null
}): DisciplineRecord => ({
  year: d.year,
  level: d.level,
  active: d.active,
  startsOn: day(d.startsOn) ?? day(d.decidedOn),
  endsOn: day(d.endsOn),
  reference: d.reference,
})
const DISCIPLINE_SELECT = {
  year: true,
  level: true,
  active: true,
  decidedOn: true,
  startsOn: true,
  endsOn: true,
  reference: true,
} as const

const SOURCE_LABEL = { STAFF: 'cán bộ ghi nhận', CONSULTATION: 'ý kiến hiệp y' } as const
const CONDUCT_SELECT = {
  kind: true,
  startedOn: true,
  endedOn: true,
  summary: true,
  source: true,
  sourceBody: true,
  reference: true,
} as const
const conductOf = (
  rows: {
    kind: ConductMatter['kind']
    startedOn: Date
    endedOn: Date | null
    summary: string
    source: keyof typeof SOURCE_LABEL
    sourceBody: string | null
    reference: string | null
  }[],
): ConductMatter[] =>
  rows.map((r) => ({
    kind: r.kind,
    startedOn: isoDay(r.startedOn),
    endedOn: day(r.endedOn),
    summary: r.reference ? `${r.summary} (${r.reference})` : r.summary,
    source: r.sourceBody ?? SOURCE_LABEL[r.source],
  }))

/** The dossier the nominee is part of, for the routes that read it (Bằng khen: movement, sudden). */
export type DossierContext = { kind: 'THUONG_XUYEN' | 'CHUYEN_DE' | 'DOT_XUAT'; movement: string | null }

export async function individualRecord(
  tx: Tx,
  tenantId: string,
  personId: string,
  year: number,
  dossier?: DossierContext,
): Promise<IndividualNominee> {
  const record = (await individualRecords(tx, tenantId, [personId], year, dossier)).get(personId)
  if (!record) throw new Error(`person ${personId} not found`)
  return record
}

/** The records of many people at once (the year-end table): the same seven queries for any number. */
export async function individualRecords(
  tx: Tx,
  tenantId: string,
  personIds: readonly string[],
  year: number,
  dossier?: DossierContext,
): Promise<Map<string, IndividualNominee>> {
  const ids = [...new Set(personIds)]
  const personId = { in: ids }
  const [people, ratings, awards, initiatives, uses, discipline, conduct] = await Promise.all([
    tx.person.findMany({ where: { tenantId, id: personId }, select: { id: true, fullName: true, gender: true } }),
    tx.personYearRecord.findMany({
      where: { tenantId, personId },
      select: { personId: true, year: true, rating: true },
    }),
    tx.awardRecord.findMany({ where: { tenantId, personId }, select: { personId: true, ...AWARD_SELECT } }),
    tx.initiative.findMany({
      where: { tenantId, personId },
      select: { personId: true, id: true, title: true, year: true, level: true },
    }),
    tx.initiativeUse.findMany({
      where: { tenantId, personId, releasedAt: null },
      select: { initiativeId: true, award: true, year: true },
    }),
    tx.discipline.findMany({ where: { tenantId, personId }, select: { personId: true, ...DISCIPLINE_SELECT } }),
    tx.conductRecord.findMany({
      where: { tenantId, personId },
      select: { personId: true, ...CONDUCT_SELECT },
      take: 500 * Math.max(1, ids.length),
    }),
  ])
  const of = <T extends { personId: string | null }>(rows: T[], id: string) => rows.filter((r) => r.personId === id)
  return new Map(
    people.map((person) => [
      person.id,
      {
        kind: 'INDIVIDUAL',
        name: person.fullName,
        year,
        gender: person.gender,
        ratings: of(ratings, person.id).flatMap((r) => (r.rating ? [{ year: r.year, rating: r.rating }] : [])),
        awards: awardsOf(of(awards, person.id)),
        initiatives: of(initiatives, person.id).map((i) => ({
          id: i.id,
          title: i.title,
          year: i.year,
          level: i.level,
          usedFor: uses
            .filter((u) => u.initiativeId === i.id && isAwardCode(u.award))
            .map((u) => ({ year: u.year, award: u.award as AwardCode })),
        })),
        discipline: of(discipline, person.id).map(disciplineOf),
        conduct: conductOf(of(conduct, person.id)),
        dossier,
      } satisfies IndividualNominee,
    ]),
  )
}

export async function collectiveRecord(
  tx: Tx,
  tenantId: string,
  organizationId: string,
  year: number,
  dossier?: DossierContext,
): Promise<CollectiveNominee> {
  const [unit, members, awards, conduct] = await Promise.all([
    tx.organization.findFirstOrThrow({ where: { tenantId, id: organizationId }, select: { name: true } }),
    tx.person.findMany({
      where: { tenantId, organizationId, active: true },
      select: { id: true, fullName: true, gender: true },
      take: 5000,
    }),
    tx.awardRecord.findMany({ where: { tenantId, organizationId, personId: null }, select: AWARD_SELECT }),
    tx.conductRecord.findMany({ where: { tenantId, organizationId }, select: CONDUCT_SELECT, take: 500 }),
  ])
  const ids = members.map((m) => m.id)
  const [ratings, memberAwards, disciplines] = await Promise.all([
    tx.personYearRecord.findMany({
      where: { tenantId, personId: { in: ids }, year },
      select: { personId: true, rating: true },
    }),
    tx.awardRecord.findMany({
      where: { tenantId, personId: { in: ids }, year },
      select: { personId: true, award: true },
    }),
    tx.discipline.findMany({
      where: { tenantId, personId: { in: ids }, year: { lte: year } },
      select: { personId: true, ...DISCIPLINE_SELECT },
    }),
  ])
  // Cờ thi đua: does the unit lead its emulation block for the year? (undefined when it is in none)
  const blocks = await tx.blockMember.findMany({
    where: { tenantId, organizationId, block: { year } },
    select: { blockId: true },
  })
  // undefined also while the block's ranking is not final (not agreed by its members, or an open tie)
  let leadsBlock: boolean | undefined
  for (const { blockId } of blocks) {
    const leaders = await blockFlagLeaders(tx, tenantId, blockId)
    if (leaders) leadsBlock = (leadsBlock ?? false) || leaders.includes(organizationId)
  }
  // A member counts as disciplined in the year when a discipline's period overlaps it (not only its decision year).
  const onDate = isoDay(todayInVietnam())
  const endOfYear = `${year}-12-31`
  return {
    kind: 'COLLECTIVE',
    name: unit.name,
    year,
    members: members.map((m) => {
      const rating = ratings.find((r) => r.personId === m.id)?.rating ?? null
      const own = memberAwards.filter((a) => a.personId === m.id).map((a) => a.award)
      const heaviest = disciplines
        .filter(
          (d) =>
            d.personId === m.id && disciplineBlocks(disciplineOf(d), year, onDate < endOfYear ? onDate : endOfYear),
        )
        .sort((a, b) => disciplineRank(b.level) - disciplineRank(a.level))[0]
      return {
        id: m.id,
        name: m.fullName,
        rating,
        isLdtt: own.includes('LDTT') || own.includes('CSTD_CO_SO') || rating === 'HTT' || rating === 'HTXS',
        isCstdCoSo: own.includes('CSTD_CO_SO'),
        disciplineLevel: heaviest?.level ?? null,
      }
    }),
    femaleShare: members.length ? members.filter((m) => m.gender === 'NU').length / members.length : 0,
    awards: awardsOf(awards),
    leadsBlock,
    conduct: conductOf(conduct),
    dossier,
  }
}
