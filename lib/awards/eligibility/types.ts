// What the eligibility rules read: plain objects a database layer fills from a person's or a unit's
// yearly records, award history, initiatives and discipline. Nothing here touches the database.
import type { DisciplineLevel, Gender, InitiativeLevel, TaskRating } from '../../generated/prisma/enums'
import type { AwardCode } from '../catalog'

export type { DisciplineLevel, Gender, InitiativeLevel, TaskRating }

export type RatingRecord = { year: number; rating: TaskRating }
/** An award already received; thematic (chuyên đề) and sudden (đột xuất) awards have `thematic`. */
export type AwardRecord = { year: number; award: AwardCode; thematic: boolean }
export type DisciplineRecord = { year: number; level: DisciplineLevel; active: boolean /* still in force */ }
export type InitiativeRecord = {
  id: string
  title?: string
  year: number // the year it was recognised
  level: InitiativeLevel // the level that recognised it
  usedFor: ReadonlyArray<{ year: number; award: AwardCode }> // where it already served as a criterion
}

type Standing = {
  underInvestigation: boolean // under investigation, inspection or disciplinary review
  unresolvedComplaint: boolean // a complaint or denunciation not yet resolved
}

export type IndividualNominee = Standing & {
  kind: 'INDIVIDUAL'
  name?: string
  year: number // the year of achievement under consideration
  gender: Gender
  ratings: readonly RatingRecord[]
  awards: readonly AwardRecord[]
  initiatives: readonly InitiativeRecord[]
  researchProjects?: ReadonlyArray<{ year: number; accepted: boolean }>
  discipline: readonly DisciplineRecord[]
}

export type CollectiveMember = {
  id: string
  name: string
  rating: TaskRating | null // the member's rating for the year under consideration; null: not rated
  isLdtt: boolean // LĐTT for the year
  isCstdCoSo: boolean // CSTĐ cơ sở for the year
  disciplineLevel: DisciplineLevel | null // the heaviest discipline received in the year
}

export type CollectiveNominee = Standing & {
  kind: 'COLLECTIVE'
  name?: string
  year: number // the year of achievement under consideration
  members: readonly CollectiveMember[]
  femaleShare: number // share of women among the members, 0..1
  awards: readonly AwardRecord[]
  leadsBlock?: boolean // leads its khối/cụm thi đua for the year; undefined: not yet scored
  discipline?: readonly DisciplineRecord[] // discipline of the collective itself
}

export type Nominee = IndividualNominee | CollectiveNominee

export type CheckContext = { award: AwardCode; year: number }
/** A message says why it passed or exactly which year or member failed; no trailing period. */
export type Outcome = { passed: boolean; message: string }
export type Check<N> = (nominee: N, ctx: CheckContext) => Outcome
export type RuleDef<N> = { id: string; label: string; basis: string; check: Check<N> }
/** The rules of one award in one period, by recipient; a missing recipient has no automatic checks. */
export type AwardRuleSet = {
  INDIVIDUAL?: readonly RuleDef<IndividualNominee>[]
  COLLECTIVE?: readonly RuleDef<CollectiveNominee>[]
}

export type EligibilityCheck = { ruleId: string; label: string; passed: boolean; message: string; source: string }
