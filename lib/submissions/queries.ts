// What the compiling level reads: the table of every nominee waiting at it (filtered, searched without
// accents through the trigram index on DossierNominee.searchText, paginated), its submissions, and one
// submission with its nominees as the danh sách prints them. A fixed number of queries per page.
import type { Actor } from '../auth/actor'
import { roleHas } from '../auth/permissions'
import { awardLabel, AWARDS, isAwardCode } from '../awards/catalog'
import { isUuid, type Tx } from '../db/tenant'
import type { Prisma } from '../generated/prisma/client'
import { searchKey } from '../plans/periods'
import { NotFoundError } from '../shared/errors'
import type { CompileFilters } from './schemas'

export const COMPILE_PAGE_SIZE = 50
export const SUBMISSION_PAGE_SIZE = 10

/** Nominees a level holds and can still compile: under review there, or approved and waiting for the decision. */
export function waitingWhere(tenantId: string, unitId: string, filters: CompileFilters) {
  const terms = searchKey(filters.q ?? '')
    .split(' ')
    .filter((t) => t.length > 0)
    .slice(0, 5)
  const state: Prisma.DossierNomineeWhereInput =
    filters.state === 'CHO_THAM_DINH'
      ? { status: 'IN_REVIEW', appraisedAt: null }
      : filters.state === 'DA_THAM_DINH'
        ? { status: 'IN_REVIEW', appraisedAt: { not: null } }
        : filters.state === 'DA_PHE_DUYET'
          ? { status: 'APPROVED' }
          : { status: { in: ['IN_REVIEW', 'APPROVED'] } }
  return {
    tenantId,
    holderOrgId: unitId,
    NOT: { pathOrgIds: { isEmpty: true } },
    ...state,
    ...(filters.award ? { award: filters.award } : {}),
    ...(filters.unit || filters.year
      ? {
          dossier: {
            ...(filters.unit ? { proposingOrgId: filters.unit } : {}),
            ...(filters.year ? { year: filters.year } : {}),
          },
        }
      : {}),
    ...(terms.length ? { AND: terms.map((t) => ({ searchText: { contains: t } })) } : {}),
  } satisfies Prisma.DossierNomineeWhereInput
}

const ORDER: Prisma.DossierNomineeOrderByWithRelationInput[] = [{ award: 'asc' }, { displayName: 'asc' }, { id: 'asc' }]

/** The compiled table of a level: one page of its waiting nominees, with the filters' choices. */
export async function compileTable(tx: Tx, actor: Actor, unit: { id: string }, filters: CompileFilters, page: number) {
  const tenantId = actor.tenantId
  const where = waitingWhere(tenantId, unit.id, filters)
  const all = waitingWhere(tenantId, unit.id, {})
  const [total, nominees, dossiers, awards] = await Promise.all([
    tx.dossierNominee.count({ where }),
    tx.dossierNominee.findMany({
      where,
      select: {
        id: true,
        displayName: true,
        award: true,
        status: true,
        appraisedAt: true,
        personId: true,
        organizationId: true,
        achievement: true,
        dossier: { select: { id: true, year: true, proposingOrgId: true, title: true } },
      },
      orderBy: ORDER,
      skip: (page - 1) * COMPILE_PAGE_SIZE,
      take: COMPILE_PAGE_SIZE,
    }),
    // the filters' choices: the proposing units and years of what waits here
    tx.dossier.findMany({
      where: { tenantId, nominees: { some: all } },
      select: { proposingOrgId: true, year: true },
      distinct: ['proposingOrgId', 'year'],
      take: 2000,
    }),
    tx.dossierNominee.groupBy({ by: ['award'], where: all, _count: { _all: true } }),
  ])
  const ids = nominees.map((n) => n.id)
  const unitIds = [
    ...new Set([...dossiers.map((d) => d.proposingOrgId), ...nominees.map((n) => n.dossier.proposingOrgId)]),
  ]
  const [people, orgs, compiled] = await Promise.all([
    tx.person.findMany({
      where: { tenantId, id: { in: nominees.flatMap((n) => (n.personId ? [n.personId] : [])) } },
      select: { id: true, position: true, organizationId: true },
    }),
    tx.organization.findMany({ where: { tenantId, id: { in: unitIds } }, select: { id: true, name: true } }),
    tx.submissionNominee.findMany({
      where: { tenantId, nomineeId: { in: ids }, submission: { organizationId: unit.id } },
      select: { nomineeId: true, submission: { select: { id: true, title: true, documentNumber: true } } },
      orderBy: { submission: { createdAt: 'desc' } },
    }),
  ])
  const position = new Map(people.map((p) => [p.id, p.position]))
  const orgName = new Map(orgs.map((o) => [o.id, o.name]))
  const inSubmission = new Map<string, { id: string; label: string }>()
  for (const c of compiled)
    if (!inSubmission.has(c.nomineeId))
      inSubmission.set(c.nomineeId, { id: c.submission.id, label: c.submission.documentNumber ?? c.submission.title })
  return {
    rows: nominees.map((n) => ({
      id: n.id,
      displayName: n.displayName,
      award: n.award,
      awardLabel: isAwardCode(n.award) ? awardLabel(n.award) : n.award,
      position: n.personId ? (position.get(n.personId) ?? null) : null,
      unit: orgName.get(n.dossier.proposingOrgId) ?? '',
      year: n.dossier.year,
      dossierId: n.dossier.id,
      state: n.status === 'APPROVED' ? 'DA_PHE_DUYET' : n.appraisedAt ? 'DA_THAM_DINH' : 'CHO_THAM_DINH',
      achievement: n.achievement,
      submission: inSubmission.get(n.id) ?? null,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / COMPILE_PAGE_SIZE)),
    choices: {
      units: [...new Set(dossiers.map((d) => d.proposingOrgId))]
        .map((id) => ({ id, name: orgName.get(id) ?? '' }))
        .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
      years: [...new Set(dossiers.map((d) => d.year))].sort((a, b) => b - a),
      awards: AWARDS.filter((a) => awards.some((g) => g.award === a.code)).map((a) => ({
        code: a.code,
        label: a.label,
        count: awards.find((g) => g.award === a.code)!._count._all,
      })),
    },
  }
}
export type CompileRow = Awaited<ReturnType<typeof compileTable>>['rows'][number]

/** Units the actor belongs to (with some workspace permission). */
const actorUnits = (actor: Actor) => [
  ...new Set(actor.memberships.filter((m) => roleHas(m.role, 'workspace.view')).map((m) => m.organizationId)),
]

/** The submissions of a workspace: made there, or sent to it. */
export async function listSubmissions(tx: Tx, actor: Actor, unit: { id: string }, page: number) {
  const where = {
    tenantId: actor.tenantId,
    OR: [{ organizationId: unit.id }, { toOrgId: unit.id, sentAt: { not: null } }],
  }
  const [total, submissions] = await Promise.all([
    tx.submission.count({ where }),
    tx.submission.findMany({
      where,
      select: {
        id: true,
        title: true,
        documentNumber: true,
        organizationId: true,
        toOrgId: true,
        year: true,
        sentAt: true,
        createdAt: true,
        _count: { select: { nominees: true } },
      },
      orderBy: { createdAt: 'desc' },
      skip: (page - 1) * SUBMISSION_PAGE_SIZE,
      take: SUBMISSION_PAGE_SIZE,
    }),
  ])
  return { submissions, total, page, pageCount: Math.max(1, Math.ceil(total / SUBMISSION_PAGE_SIZE)) }
}

/**
 * A submission as the actor may see it: the compiling level sees its own, the level it was sent to sees
 * it once sent. Anyone else: not found.
 */
export async function findSubmissionForActor(tx: Tx, actor: Actor, submissionId: string) {
  if (!isUuid(submissionId)) throw new NotFoundError('Không tìm thấy tờ trình.')
  const units = actorUnits(actor)
  const submission = await tx.submission.findFirst({
    where: {
      tenantId: actor.tenantId,
      id: submissionId,
      OR: [{ organizationId: { in: units } }, { toOrgId: { in: units }, sentAt: { not: null } }],
    },
  })
  if (!submission) throw new NotFoundError('Không tìm thấy tờ trình.')
  return submission
}

/** The submission with its nominees in danh sách order, and what each needs to print and to act on. */
export async function loadSubmission(tx: Tx, actor: Actor, submissionId: string) {
  const tenantId = actor.tenantId
  const submission = await findSubmissionForActor(tx, actor, submissionId)
  const links = await tx.submissionNominee.findMany({
    where: { tenantId, submissionId: submission.id },
    select: {
      position: true,
      nominee: {
        select: {
          id: true,
          displayName: true,
          award: true,
          status: true,
          holderOrgId: true,
          version: true,
          personId: true,
          organizationId: true,
          achievement: true,
          overrideReason: true,
          appraisedAt: true,
          dossier: { select: { id: true, proposingOrgId: true, year: true } },
        },
      },
    },
    orderBy: { position: 'asc' },
  })
  const nominees = links.map((l) => l.nominee)
  const [people, orgs] = await Promise.all([
    tx.person.findMany({
      where: { tenantId, id: { in: nominees.flatMap((n) => (n.personId ? [n.personId] : [])) } },
      select: { id: true, position: true, gender: true, organizationId: true },
    }),
    tx.organization.findMany({
      where: {
        tenantId,
        id: {
          in: [
            submission.organizationId,
            submission.toOrgId,
            ...nominees.flatMap((n) => [n.holderOrgId, n.dossier.proposingOrgId]),
          ],
        },
      },
      select: { id: true, name: true, kind: true, level: true, parentId: true },
    }),
  ])
  const person = new Map(people.map((p) => [p.id, p]))
  const org = new Map(orgs.map((o) => [o.id, o]))
  const issuer = org.get(submission.organizationId)!
  const parent = issuer.parentId
    ? await tx.organization.findFirst({ where: { tenantId, id: issuer.parentId }, select: { name: true } })
    : null
  return {
    submission,
    issuer,
    parentName: parent?.name ?? null,
    recipient: org.get(submission.toOrgId)!,
    nominees: nominees.map((n) => {
      const p = n.personId ? person.get(n.personId) : undefined
      return {
        ...n,
        position: p?.position ?? null,
        female: p?.gender === 'NU',
        unit: org.get(n.dossier.proposingOrgId)?.name ?? '',
        holderName: org.get(n.holderOrgId)?.name ?? '',
        /** still in the package: held where the package is now (the compiling level before sending, the recipient after) */
        inPackage: n.holderOrgId === (submission.sentAt ? submission.toOrgId : submission.organizationId),
      }
    }),
  }
}
export type LoadedSubmission = Awaited<ReturnType<typeof loadSubmission>>
