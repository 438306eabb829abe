// Builds what the eligibility rules read from the database: a person's ratings, award history,
// initiatives and discipline, or a unit's members for the year. A fixed number of queries.
import type { Tx } from '../db/tenant'
import { isAwardCode, type AwardCode } from '../awards/catalog'
import type { CollectiveNominee, IndividualNominee } from '../awards/eligibility/types'
import { blockCandidates } from '../blocks/queries'
import { disciplineRank } from '../people/labels'

const awardsOf = (rows: { year: number; award: string; thematic: boolean }[]) =>
  rows.flatMap((a) =>
    isAwardCode(a.award) ? [{ year: a.year, award: a.award as AwardCode, thematic: a.thematic }] : [],
  )

export async function individualRecord(
  tx: Tx,
  tenantId: string,
  personId: string,
  year: number,
): Promise<IndividualNominee> {
  const record = (await individualRecords(tx, tenantId, [personId], year)).get(personId)
  if (!record) throw new Error(`person ${personId} not found`)
  return record
}

/** The records of many people at once (the year-end table): the same five queries for any number. */
export async function individualRecords(
  tx: Tx,
  tenantId: string,
  personIds: readonly string[],
  year: number,
): Promise<Map<string, IndividualNominee>> {
  const ids = [...new Set(personIds)]
  const [people, ratings, awards, initiatives, discipline] = await Promise.all([
    tx.person.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, fullName: true, gender: true } }),
    tx.personYearRecord.findMany({
      where: { tenantId, personId: { in: ids } },
      select: { personId: true, year: true, rating: true },
    }),
    tx.awardRecord.findMany({
      where: { tenantId, personId: { in: ids } },
      select: { personId: true, year: true, award: true, thematic: true },
    }),
    tx.initiative.findMany({
      where: { tenantId, personId: { in: ids } },
      select: { personId: true, id: true, title: true, year: true, level: true, usedForAward: true, usedForYear: true },
    }),
    tx.discipline.findMany({
      where: { tenantId, personId: { in: ids } },
      select: { personId: true, year: true, level: true, active: true },
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
          usedFor:
            i.usedForAward && i.usedForYear && isAwardCode(i.usedForAward)
              ? [{ year: i.usedForYear, award: i.usedForAward as AwardCode }]
              : [],
        })),
        discipline: of(discipline, person.id).map(({ year, level, active }) => ({ year, level, active })),
        underInvestigation: false,
        unresolvedComplaint: false,
      } satisfies IndividualNominee,
    ]),
  )
}

export async function collectiveRecord(
  tx: Tx,
  tenantId: string,
  organizationId: string,
  year: number,
): Promise<CollectiveNominee> {
  const [unit, members, awards] = await Promise.all([
    tx.organization.findFirstOrThrow({ where: { tenantId, id: organizationId }, select: { name: true } }),
    tx.person.findMany({
      where: { tenantId, organizationId, active: true },
      select: { id: true, fullName: true, gender: true },
      take: 5000,
    }),
    tx.awardRecord.findMany({
      where: { tenantId, organizationId, personId: null },
      select: { year: true, award: true, thematic: true },
    }),
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
      where: { tenantId, personId: { in: ids }, year },
      select: { personId: true, level: true },
    }),
  ])
  // Cờ thi đua: does the unit lead its emulation block for the year? (undefined when it is in none)
  const blocks = await tx.blockMember.findMany({
    where: { tenantId, organizationId, block: { year } },
    select: { blockId: true },
  })
  let leadsBlock: boolean | undefined
  for (const { blockId } of blocks) {
    const candidates = await blockCandidates(tx, tenantId, blockId)
    leadsBlock =
      (leadsBlock ?? false) ||
      candidates.some((c) => c.organizationId === organizationId && c.award === 'CO_THI_DUA_TINH')
  }
  return {
    kind: 'COLLECTIVE',
    name: unit.name,
    year,
    members: members.map((m) => {
      const rating = ratings.find((r) => r.personId === m.id)?.rating ?? null
      const own = memberAwards.filter((a) => a.personId === m.id).map((a) => a.award)
      const heaviest = disciplines
        .filter((d) => d.personId === m.id)
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
    underInvestigation: false,
    unresolvedComplaint: false,
  }
}
