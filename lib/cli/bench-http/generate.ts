// A province-scale tenant for the HTTP benchmark, written fast: the rows that need shapes the pages
// read (tree, accounts, people, plans, registrations, dossiers, decisions) are built by the same seeded
// builders as `npm run bench` and sent with INSERT … SELECT FROM json_populate_recordset; the two
// million-row tables (award records, journal) are made by PostgreSQL itself with generate_series.
import { randomUUID } from 'node:crypto'
import type pg from 'pg'
import { AWARDS } from '../../awards/catalog'
import type { Role } from '../../generated/prisma/enums'
import { buildAccounts, buildRegistrations, type BenchUser } from '../bench/activity'
import { buildPeople } from '../bench/people'
import { buildPlans } from '../bench/plans'
import { personName, seededRandom, type Random } from '../bench/random'
import { SCALES, type ScaleSpec } from '../bench/scale'
import { buildTree, type Tree, type Unit } from '../bench/tree'
import { writeRows } from './write'

export type HttpScale = ScaleSpec & {
  awardRecords: number
  dossierYears: number
  nomineesPerDossier: number
}

/** 100,000 people over 2,061 units, 1,000,000 award records, 5 years of everything, 1,000,000 journal rows. */
export const PROVINCE: HttpScale = {
  ...SCALES.medium,
  people: 100_000,
  planYears: 5,
  auditEvents: 1_000_000,
  awardRecords: 1_000_000,
  dossierYears: 5,
  nomineesPerDossier: 4,
}

/** The second tenant: small, so that row-level security has other rows to filter out. */
export const NEIGHBOUR: HttpScale = {
  ...SCALES.small,
  planYears: 2,
  auditEvents: 20_000,
  awardRecords: 20_000,
  dossierYears: 2,
  nomineesPerDossier: 3,
}

export type BenchAccount = BenchUser & { role: Role; organizationId: string }

export type HttpTenant = {
  id: string
  code: string
  root: Unit
  district: Unit
  commune: Unit
  accounts: BenchAccount[]
  /** sample ids the detail pages are driven with */
  samples: { planId: string; personId: string; dossierId: string; decisionId: string; districtPlanId: string }
  counts: Record<string, number>
}

const INDIVIDUAL_AWARDS = AWARDS.filter((a) => a.recipient !== 'COLLECTIVE').map((a) => a.code)
const ACHIEVEMENTS = [
  'Hoàn thành xuất sắc nhiệm vụ được giao, có sáng kiến được công nhận ở cấp cơ sở.',
  'Có thành tích tiêu biểu trong phong trào thi đua chung sức xây dựng nông thôn mới.',
  'Nhiều năm liền hoàn thành tốt nhiệm vụ, gương mẫu chấp hành chủ trương, chính sách.',
]

export async function generateHttpTenant(
  db: pg.Client,
  input: { code: string; provinceName: string; scale: HttpScale; passwordHash: string; year: number; seed: number },
  log: (m: string) => void,
): Promise<HttpTenant> {
  const { scale, year } = input
  const random = seededRandom(input.seed)
  const tenantId = randomUUID()
  await db.query(`INSERT INTO "Tenant" (id, code, name, "hasDistricts") VALUES ($1, $2, $3, $4)`, [
    tenantId,
    input.code,
    `Tỉnh ${input.provinceName}`,
    scale.districts > 0,
  ])
  const counts: Record<string, number> = {}
  const write = async (table: string, rows: readonly object[]) => {
    counts[table] = (counts[table] ?? 0) + (await writeRows(db, table, rows))
  }

  const tree = buildTree(tenantId, input.provinceName, scale, new Date(Date.UTC(2020, 0, 1)))
  await write('Organization', tree.rows)
  const accounts = buildAccounts(tenantId, input.code, tree, input.passwordHash, random)
  const extra = extraAccounts(tenantId, input.code, tree, input.passwordHash, random)
  await write('User', [...accounts.users, ...extra.users])
  await write('Membership', [...accounts.memberships, ...extra.memberships])
  log(`${input.code}: ${tree.rows.length} đơn vị, ${accounts.users.length + extra.users.length} tài khoản`)

  const people = buildPeople(tenantId, tree.all, scale.people, random)
  await write('Person', people.people)
  await write('PersonYearRecord', people.records)
  log(`${input.code}: ${people.people.length} cán bộ`)

  const plans = buildPlans(tenantId, tree.committees, input.provinceName, scale, year, random)
  await write('Plan', plans.plans)
  await write('PlanTask', plans.tasks)
  await write('PlanLegalBasis', plans.legalBases)
  await write('PlanRecipient', plans.recipients)
  log(`${input.code}: ${plans.plans.length} kế hoạch, ${plans.tasks.length} nhiệm vụ`)

  for (let y = 0; y < scale.dossierYears; y++) {
    const regs = buildRegistrations(tenantId, tree, people.byUnit, year - y)
    await write('RegistrationRound', regs.rounds)
    await write('Registration', regs.registrations)
    await write('RegistrationEntry', regs.entries)
  }
  const dossiers = buildDossiers(tenantId, tree, people, scale, year, accounts.secretariat.id, random)
  for (const [table, rows] of Object.entries(dossiers.rows)) await write(table, rows)
  log(`${input.code}: ${counts.Dossier ?? 0} hồ sơ, ${counts.AwardDecision ?? 0} quyết định`)

  counts.AwardRecord = await generateAwardRecords(db, tenantId, scale.awardRecords, year)
  counts.AuditEvent = await generateJournal(db, tenantId, scale.auditEvents)
  log(`${input.code}: ${counts.AwardRecord} bản ghi khen thưởng, ${counts.AuditEvent} dòng nhật ký`)

  const district = tree.districts[0] ?? tree.root
  const commune = tree.communes.find((c) => c.parentId === district.id) ?? tree.communes[0]
  const districtPlan = plans.plans.find((p) => p.organizationId === district.id && p.status === 'ISSUED')
  const rootPlan = plans.plans.find((p) => p.organizationId === tree.root.id && p.status === 'ISSUED')
  const personId = people.byUnit.get(commune.id)![2] ?? people.byUnit.get(commune.id)![0]
  return {
    id: tenantId,
    code: input.code,
    root: tree.root,
    district,
    commune,
    accounts: [
      { ...accounts.admin, role: 'TENANT_ADMIN', organizationId: tree.root.id },
      { ...accounts.secretariat, role: 'SECRETARIAT', organizationId: tree.root.id },
      ...extra.accounts,
      { username: `${input.code}.noivu.h1`, id: '', role: 'SECRETARIAT', organizationId: district.id },
      { ...accounts.unitHead, role: 'UNIT_HEAD', organizationId: commune.id },
    ],
    samples: {
      planId: (rootPlan ?? plans.plans[0]).id!,
      districtPlanId: (districtPlan ?? plans.plans[0]).id!,
      personId,
      dossierId: dossiers.sampleDossierId,
      decisionId: dossiers.sampleDecisionId,
    },
    counts,
  }
}

/** A leader, a council member and a viewer at the province. */
function extraAccounts(tenantId: string, code: string, tree: Tree, passwordHash: string, random: Random) {
  const users: object[] = []
  const memberships: object[] = []
  const accounts: BenchAccount[] = []
  for (const [suffix, role] of [
    ['lanhdao', 'LEADER'],
    ['hoidong', 'COUNCIL_MEMBER'],
    ['xem', 'VIEWER'],
  ] as const) {
    const id = randomUUID()
    const username = `${code}.${suffix}`
    users.push({ id, tenantId, username, fullName: personName(random, 'NAM'), passwordHash })
    memberships.push({ tenantId, userId: id, organizationId: tree.root.id, role })
    accounts.push({ id, username, role, organizationId: tree.root.id })
  }
  return { users, memberships, accounts }
}

/**
 * Every commune proposes a dossier each year with a few of its people, submitted to its district.
 * Past years' nominees were awarded by one issued decision per district and year; this year's are
 * under review at the district.
 */
function buildDossiers(
  tenantId: string,
  tree: Tree,
  people: ReturnType<typeof buildPeople>,
  scale: HttpScale,
  year: number,
  actorId: string,
  random: Random,
) {
  const rows = {
    Dossier: [] as object[],
    DossierNominee: [] as object[],
    DossierEvent: [] as object[],
    AwardDecision: [] as object[],
    AwardDecisionItem: [] as object[],
  }
  const names = new Map(people.people.map((p) => [p.id!, p.fullName]))
  let sampleDossierId = ''
  let sampleDecisionId = ''
  const districts = tree.districts.length ? tree.districts : [tree.root]
  for (let y = 0; y < scale.dossierYears; y++) {
    const dossierYear = year - y
    const current = y === 0
    districts.forEach((district, d) => {
      const decisionId = randomUUID()
      let decisionItems = 0
      const communes = tree.communes.filter((c) => c.parentId === district.id)
      for (const commune of communes) {
        const dossierId = randomUUID()
        const submittedAt = new Date(Date.UTC(dossierYear, 10, 1 + random.int(0, 27)))
        if (!sampleDossierId && current && commune.parentId === tree.districts[0]?.id) sampleDossierId = dossierId
        rows.Dossier.push({
          id: dossierId,
          tenantId,
          proposingOrgId: commune.id,
          kind: 'THUONG_XUYEN',
          year: dossierYear,
          title: `Đề nghị khen thưởng năm ${dossierYear} của ${commune.name}`,
          submittedAt,
          createdById: actorId,
          createdAt: submittedAt,
        })
        rows.DossierEvent.push({
          tenantId,
          dossierId,
          actorId,
          orgId: commune.id,
          action: 'submit',
          toOrgId: district.id,
          createdAt: submittedAt,
        })
        const ids = (people.byUnit.get(commune.id) ?? []).slice(0, scale.nomineesPerDossier)
        for (const personId of ids) {
          const nomineeId = randomUUID()
          const award = random.pick(INDIVIDUAL_AWARDS)
          rows.DossierNominee.push({
            id: nomineeId,
            tenantId,
            dossierId,
            personId,
            displayName: names.get(personId),
            award,
            achievement: random.pick(ACHIEVEMENTS),
            status: current ? 'IN_REVIEW' : 'AWARDED',
            holderOrgId: district.id,
            pathOrgIds: [commune.id, district.id],
            decidingOrgId: district.id,
            councilPassed: current ? null : true,
          })
          if (!current) {
            decisionItems++
            rows.AwardDecisionItem.push({
              tenantId,
              decisionId,
              nomineeId,
              personId,
              displayName: names.get(personId),
              award,
              amount: 1_755_000,
            })
          }
        }
      }
      if (!current && decisionItems > 0) {
        if (!sampleDecisionId && d === 0) sampleDecisionId = decisionId
        rows.AwardDecision.push({
          id: decisionId,
          tenantId,
          organizationId: district.id,
          symbol: 'QĐ-UBND',
          numberSeq: 100 + d,
          documentNumber: `${100 + d}/QĐ-UBND`,
          decidedOn: new Date(Date.UTC(dossierYear, 11, 20)),
          title: `Quyết định về việc khen thưởng năm ${dossierYear}`,
          signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
          signerPosition: 'CHỦ TỊCH',
          signerName: 'Nguyễn Văn Ký',
          createdAt: new Date(Date.UTC(dossierYear, 11, 20)),
        })
      }
    })
  }
  return { rows, sampleDossierId, sampleDecisionId }
}

/**
 * `total` award records over the people (and a tenth for their units), spread over the last ten years, as
 * the app writes them: an individual record carries the person's unit too (the register joins on it).
 * Record g goes to person g mod N in year `year - (g div N) mod 10`, so a person holds at most one record
 * a year, and collective records take only forms that are not yearly titles: the ledger's
 * one-title-per-year indexes (`AwardRecord_title_person_key` / `_unit_key`, migration
 * *_evidence_ledger_rules) would refuse the insert otherwise (`npm run bench:stats` had the same fix).
 * The search text is computed set-based by the trigger's own fold, with the per-row trigger off.
 */
async function generateAwardRecords(db: pg.Client, tenantId: string, total: number, year: number) {
  const individual = AWARDS.filter((a) => a.recipient !== 'COLLECTIVE').map((a) => a.code)
  const collective = AWARDS.filter((a) => a.recipient !== 'INDIVIDUAL' && a.kind !== 'DANH_HIEU').map((a) => a.code)
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Person" WHERE "tenantId" = $1`, [
    tenantId,
  ])
  const persons = rows[0].n
  if (!persons) return 0
  await db.query(`ALTER TABLE "AwardRecord" DISABLE TRIGGER award_record_search_text`)
  try {
    // The person count is inlined as a constant: a join on "g % <column>" is planned as a nested loop
    // over every pair and never finishes.
    const result = await db.query(
      `WITH p AS (SELECT p.id, p."organizationId", p."fullName", o.name AS unit, row_number() OVER (ORDER BY p.id) - 1 AS k
                    FROM "Person" p JOIN "Organization" o ON o."tenantId" = p."tenantId" AND o.id = p."organizationId"
                   WHERE p."tenantId" = $1)
       INSERT INTO "AwardRecord" (id, "tenantId", "personId", "organizationId", year, award, thematic,
                                  "decisionNumber", "decidedOn", "decidedBy", "searchText")
       SELECT gen_random_uuid(), $1::uuid,
              CASE WHEN g % 10 = 0 THEN NULL ELSE p.id END,
              p."organizationId",
              $3::int - (g / ${persons}) % 10,
              CASE WHEN g % 10 = 0 THEN ($5::text[])[1 + (g / 10) % array_length($5::text[], 1)]
                   ELSE ($4::text[])[1 + (g / 10) % array_length($4::text[], 1)] END,
              g % 7 = 0,
              (100 + g % 900) || '/QĐ-UBND',
              make_date($3::int - (g / ${persons}) % 10, 12, 1 + g % 28),
              'Chủ tịch Ủy ban nhân dân tỉnh',
              tdkt_fold(concat_ws(' ', CASE WHEN g % 10 = 0 THEN NULL ELSE p."fullName" END, p.unit,
                                  (100 + g % 900) || '/QĐ-UBND', 'Chủ tịch Ủy ban nhân dân tỉnh'))
       FROM generate_series(0, $2::int - 1) g
       JOIN p ON p.k = g % ${persons}
       ON CONFLICT DO NOTHING`,
      [tenantId, total, year, individual, collective],
    )
    return result.rowCount ?? 0
  } finally {
    await db.query(`ALTER TABLE "AwardRecord" ENABLE TRIGGER award_record_search_text`)
  }
}

const JOURNAL_ACTIONS = ['auth.login', 'organization.rename', 'user.reset_password', 'membership.add', 'plan.update']

/** `total` journal rows over five years: logins (tenant-wide) and changes at units, by the tenant's accounts. */
async function generateJournal(db: pg.Client, tenantId: string, total: number) {
  const result = await db.query(
    `WITH u AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "User" WHERE "tenantId" = $1),
          o AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Organization" WHERE "tenantId" = $1),
          c AS (SELECT (SELECT count(*) FROM u) AS u, (SELECT count(*) FROM o) AS o)
     INSERT INTO "AuditEvent" (id, "tenantId", "actorId", "organizationId", action, "targetType", "targetId", "createdAt")
     SELECT gen_random_uuid(), $1::uuid, u.id,
            CASE WHEN g % 5 = 0 THEN NULL ELSE o.id END,
            ($3::text[])[1 + (g % 5)],
            CASE g % 5 WHEN 0 THEN 'User' WHEN 1 THEN 'Organization' WHEN 2 THEN 'User' WHEN 3 THEN 'Membership' ELSE 'Plan' END,
            CASE WHEN g % 5 IN (0, 2) THEN u.id::text ELSE gen_random_uuid()::text END,
            now() - make_interval(secs => (g::float8 / $2::int) * 5 * 365 * 86400)
     FROM generate_series(1, $2::int) g CROSS JOIN c
     JOIN u ON u.n = 1 + (g % c.u)
     JOIN o ON o.n = 1 + ((g::bigint * 7919) % c.o)`,
    [tenantId, total, JOURNAL_ACTIONS],
  )
  return result.rowCount ?? 0
}
