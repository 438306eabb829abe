// What the eligibility rules read: plain objects a database layer fills from a person's or a unit's
// yearly records, award history, initiatives and discipline. Nothing here touches the database.
import type { DisciplineLevel, Gender, InitiativeLevel, TaskRating } from '../../generated/prisma/enums'
import type { AwardCode } from '../catalog'

export type { DisciplineLevel, Gender, InitiativeLevel, TaskRating }

export type RatingRecord = { year: number; rating: TaskRating }
/** An award already received; thematic (chuyên đề) and sudden (đột xuất) awards have `thematic`. */
export type AwardRecord = { year: number; award: AwardCode; thematic: boolean; decisionNumber?: string | null }
/**
 * A discipline (kỷ luật) with its form and period. It blocks every award whose achievement year overlaps
 * the period (achievements count only from its end), and everything while it is in force.
 */
export type DisciplineRecord = {
  year: number // the year of the decision
  level: DisciplineLevel
  active: boolean // still in force (not yet expired or lifted); lifting never reopens the year it covered
  startsOn?: string | null // ISO day; null: from the decision (or 1 January of `year`)
  endsOn?: string | null // ISO day; null: no end entered
  reference?: string | null
}
/**
 * A dated matter that blocks awards while open (ConductRecord): investigation, inspection, complaint, or a
 * concluded violation (which blocks the achievement years it falls in).
 */
export type ConductMatter = {
  kind: 'INVESTIGATION' | 'INSPECTION' | 'COMPLAINT' | 'VIOLATION'
  startedOn: string // ISO day
  endedOn: string | null // ISO day; null: still open
  summary: string
  source: string // "cán bộ nhập" or the consulted body
}
export type InitiativeRecord = {
  id: string
  title?: string
  year: number // the year it was recognised
  level: InitiativeLevel // the level that recognised it
  usedFor: ReadonlyArray<{ year: number; award: AwardCode }> // where it already served as a criterion
}

type Standing = {
  /** dated conduct records; undefined: the caller has no such data (the check then says so, never ✓) */
  conduct?: readonly ConductMatter[]
  /** the dossier's kind and movement, for the routes that read them (Bằng khen: movement, sudden) */
  dossier?: { kind: 'THUONG_XUYEN' | 'CHUYEN_DE' | 'DOT_XUAT'; movement: string | null }
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

/** `route`: the legal route the appraiser chose, for awards with several (Bằng khen tỉnh). */
export type CheckContext = { award: AwardCode; year: number; onDate?: string; route?: string | null }

/**
 * What a passing check relied on: the initiatives it counts (they are consumed by the decision, and by
 * nothing else), the years whose ratings it read, the awards it counted.
 */
export type Evidence = {
  initiativeIds: readonly string[]
  ratingYears: readonly number[]
  awards: ReadonlyArray<{ award: AwardCode; year: number }>
}
/**
 * A message says why it passed or exactly which year or member failed; no trailing period.
 * `noData`: the app has no data to decide (shown as "chưa có dữ liệu", never ✓, not a failure either);
 * `warning`: passes but needs a look; `hard`: a failure no appraisal note can override.
 */
export type Outcome = {
  passed: boolean
  message: string
  evidence?: Evidence
  noData?: boolean
  warning?: boolean
  hard?: boolean
  route?: { id: string; label: string }
}
export type Check<N> = (nominee: N, ctx: CheckContext) => Outcome
export type RuleDef<N> = { id: string; label: string; basis: string; check: Check<N> }
/** The rules of one award in one period, by recipient; a missing recipient has no automatic checks. */
export type AwardRuleSet = {
  INDIVIDUAL?: readonly RuleDef<IndividualNominee>[]
  COLLECTIVE?: readonly RuleDef<CollectiveNominee>[]
}

export type CheckStatus = 'PASSED' | 'WARNING' | 'NO_DATA' | 'FAILED'
/** One check as shown and stored at appraisal; `hard` failures block approval whatever the note says. */
export type EligibilityCheck = {
  ruleId: string
  label: string
  passed: boolean
  status: CheckStatus
  hard: boolean
  message: string
  source: string
  evidence?: Evidence
  route?: { id: string; label: string }
}
