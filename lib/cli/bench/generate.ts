// Generates a large, realistic tenant as the database owner, with createMany in batches: every table is
// built in memory first, then written in a few statements (no round trip per row).
import type { PrismaClient } from '../../generated/prisma/client'
import { buildAccounts, buildAuditEvents, buildRegistrations, type BenchUser } from './activity'
import { buildPeople } from './people'
import { buildPlans } from './plans'
import { seededRandom } from './random'
import type { ScaleSpec } from './scale'
import { buildTree, type Unit } from './tree'

export type GeneratedTenant = {
  id: string
  code: string
  root: Unit
  /** the first district: where the measured secretariat works (the unit head is at its first commune) */
  district: Unit
  admin: BenchUser
  secretariat: BenchUser
  unitHead: BenchUser
  /** an issued plan of the district, with its tasks */
  samplePlanId: string
  /** rows written, by table */
  counts: Record<string, number>
}

export type TenantInput = {
  code: string
  provinceName: string
  spec: ScaleSpec
  passwordHash: string
  year: number
  seed: number
}

/** The order in which the row counts are printed. */
const TABLE_ORDER = [
  'Organization',
  'User',
  'Membership',
  'Person',
  'PersonYearRecord',
  'Plan',
  'PlanTask',
  'PlanLegalBasis',
  'PlanRecipient',
  'RegistrationRound',
  'Registration',
  'RegistrationEntry',
  'AuditEvent',
]

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest table (Plan, ~30 columns). */
export const BATCH_SIZE = 1_000

async function insertInBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) await insert(rows.slice(i, i + BATCH_SIZE))
  return rows.length
}

export async function generateTenant(db: PrismaClient, input: TenantInput): Promise<GeneratedTenant> {
  const { spec, year } = input
  const random = seededRandom(input.seed)
  const tenant = await db.tenant.create({
    data: { code: input.code, name: `Tỉnh ${input.provinceName}`, hasDistricts: spec.districts > 0 },
    select: { id: true },
  })
  const tenantId = tenant.id

  const tree = buildTree(tenantId, input.provinceName, spec, new Date(Date.UTC(2020, 0, 1)))
  const people = buildPeople(tenantId, tree.all, spec.people, random)
  const plans = buildPlans(tenantId, tree.committees, input.provinceName, spec, year, random)
  const accounts = buildAccounts(tenantId, input.code, tree, input.passwordHash, random)
  const registrations = buildRegistrations(tenantId, tree, people.byUnit, year)
  const audit = buildAuditEvents(
    tenantId,
    tree.all,
    accounts.users.map((u) => ({ id: u.id!, username: u.username })),
    spec.auditEvents,
    random,
  )

  const counts: Record<string, number> = {}
  counts.Organization = await insertInBatches(tree.rows, (data) => db.organization.createMany({ data }))
  // Independent groups of tables are written side by side (the owner client holds 4 connections).
  await Promise.all([
    (async () => {
      counts.Person = await insertInBatches(people.people, (data) => db.person.createMany({ data }))
      counts.PersonYearRecord = await insertInBatches(people.records, (data) =>
        db.personYearRecord.createMany({ data }),
      )
      counts.RegistrationRound = await insertInBatches(registrations.rounds, (data) =>
        db.registrationRound.createMany({ data }),
      )
      counts.Registration = await insertInBatches(registrations.registrations, (data) =>
        db.registration.createMany({ data }),
      )
      counts.RegistrationEntry = await insertInBatches(registrations.entries, (data) =>
        db.registrationEntry.createMany({ data }),
      )
    })(),
    (async () => {
      counts.Plan = await insertInBatches(plans.plans, (data) => db.plan.createMany({ data }))
      counts.PlanTask = await insertInBatches(plans.tasks, (data) => db.planTask.createMany({ data }))
      counts.PlanLegalBasis = await insertInBatches(plans.legalBases, (data) => db.planLegalBasis.createMany({ data }))
      counts.PlanRecipient = await insertInBatches(plans.recipients, (data) => db.planRecipient.createMany({ data }))
    })(),
    (async () => {
      counts.User = await insertInBatches(accounts.users, (data) => db.user.createMany({ data }))
      counts.Membership = await insertInBatches(accounts.memberships, (data) => db.membership.createMany({ data }))
      counts.AuditEvent = await insertInBatches(audit, (data) => db.auditEvent.createMany({ data }))
    })(),
  ])

  const district = tree.districts[0]
  return {
    id: tenantId,
    code: input.code,
    root: tree.root,
    district,
    admin: accounts.admin,
    secretariat: accounts.secretariat,
    unitHead: accounts.unitHead,
    samplePlanId: samplePlan(plans.plans, district.id, year),
    counts: Object.fromEntries(TABLE_ORDER.map((table) => [table, counts[table] ?? 0])),
  }
}

/** The district's plan for the current year (issued if any), else its plan of an earlier year. */
function samplePlan(
  plans: readonly { id?: string; organizationId: string; year: number; status?: string }[],
  districtId: string,
  year: number,
) {
  const own = plans.filter((p) => p.organizationId === districtId)
  const chosen =
    own.find((p) => p.year === year && p.status === 'ISSUED') ?? own.find((p) => p.status === 'ISSUED') ?? own[0]
  return chosen.id!
}

/** Refreshes the planner's statistics (as autovacuum would in time) and the visibility map. */
export async function analyze(db: PrismaClient) {
  await db.$executeRawUnsafe('VACUUM (ANALYZE)')
}
