// Blocks are found by (tenant, id) and must be visible to the actor; otherwise "not found". A block's
// page loads in a fixed number of queries, whatever the number of members and criteria.
import type { Actor } from '../auth/actor'
import { isUuid, type Tx } from '../db/tenant'
import { NotFoundError } from '../shared/errors'
import { canViewBlock, concernsWorkspace } from './access'
import { toHundredths } from './points'
import { agreementOf, isFinal, type Agreement } from './agreement'
import { candidatesOf, rankBlock, type BlockProposal, type BlockRanking, type Candidate } from './ranking'
import { todayInVietnam, isoDay } from '../shared/dates'

export const blockSelect = {
  id: true,
  tenantId: true,
  organizationId: true,
  year: true,
  name: true,
  leaderOrgId: true,
  deputyOrgId: true,
  covenant: true,
  flagQuota: true,
  scoresProposedAt: true,
  scoresProposedById: true,
  scoresDeadline: true,
  version: true,
  createdAt: true,
} as const

const NOT_FOUND = 'Không tìm thấy khối thi đua.'

/** The block with its managing unit and member ids (3 queries), if the actor may see it. */
export async function findBlockForActor(tx: Tx, actor: Actor, blockId: string) {
  if (!isUuid(blockId)) throw new NotFoundError(NOT_FOUND)
  const block = await tx.emulationBlock.findFirst({
    where: { tenantId: actor.tenantId, id: blockId },
    select: blockSelect,
  })
  if (!block) throw new NotFoundError(NOT_FOUND)
  const [organization, members] = await Promise.all([
    tx.organization.findFirst({
      where: { tenantId: actor.tenantId, id: block.organizationId },
      select: { id: true, name: true, path: true, active: true },
    }),
    tx.blockMember.findMany({
      where: { tenantId: actor.tenantId, blockId: block.id },
      select: { organizationId: true },
    }),
  ])
  if (!organization) throw new NotFoundError(NOT_FOUND)
  const found = { ...block, organization, memberIds: members.map((m) => m.organizationId) }
  if (!canViewBlock(actor, found)) throw new NotFoundError(NOT_FOUND)
  return found
}
export type BlockRow = Awaited<ReturnType<typeof findBlockForActor>>

/** Active people and women per unit, in one grouped query. */
export async function femaleShares(tx: Tx, tenantId: string, organizationIds: readonly string[]) {
  const shares = new Map<string, { women: number; people: number }>(
    organizationIds.map((id) => [id, { women: 0, people: 0 }]),
  )
  if (organizationIds.length === 0) return shares
  const groups = await tx.person.groupBy({
    by: ['organizationId', 'gender'],
    where: { tenantId, organizationId: { in: [...organizationIds] }, active: true },
    _count: { _all: true },
  })
  for (const g of groups) {
    const share = shares.get(g.organizationId)!
    share.people += g._count._all
    if (g.gender === 'NU') share.women += g._count._all
  }
  return shares
}

type SheetBlock = {
  id: string
  organizationId: string
  leaderOrgId: string
  deputyOrgId: string | null
  year: number
  flagQuota: number
  scoresDeadline: Date | null
}

/** Members (with names, acceptance, answers), criteria, every score and the female shares: 6 queries. */
export async function loadBlockSheet(tx: Tx, tenantId: string, block: SheetBlock) {
  const [members, criteria, scores] = await Promise.all([
    tx.blockMember.findMany({
      where: { tenantId, blockId: block.id },
      select: {
        id: true,
        organizationId: true,
        acceptedAt: true,
        acceptedById: true,
        scoreResponse: true,
        scoreRespondedAt: true,
        scoreObjection: true,
        flagDossierId: true,
      },
    }),
    tx.blockCriterion.findMany({
      where: { tenantId, blockId: block.id },
      orderBy: { position: 'asc' },
      select: { id: true, name: true, kind: true, maxPoints: true, position: true },
    }),
    tx.blockScore.findMany({
      where: { tenantId, criterion: { blockId: block.id } },
      select: {
        id: true,
        criterionId: true,
        organizationId: true,
        selfScore: true,
        evidence: true,
        agreedScore: true,
        version: true,
        updatedAt: true,
      },
    }),
  ])
  const orgIds = [
    ...new Set([
      block.organizationId,
      block.leaderOrgId,
      ...(block.deputyOrgId ? [block.deputyOrgId] : []),
      ...members.map((m) => m.organizationId),
    ]),
  ]
  const userIds = [...new Set(members.map((m) => m.acceptedById).filter((id): id is string => id !== null))]
  const [orgs, users, shares] = await Promise.all([
    tx.organization.findMany({ where: { tenantId, id: { in: orgIds } }, select: { id: true, name: true } }),
    userIds.length
      ? tx.user.findMany({ where: { tenantId, id: { in: userIds } }, select: { id: true, fullName: true } })
      : Promise.resolve([]),
    femaleShares(
      tx,
      tenantId,
      members.map((m) => m.organizationId),
    ),
  ])
  const orgName = new Map(orgs.map((o) => [o.id, o.name]))
  const userName = new Map(users.map((u) => [u.id, u.fullName]))
  const unitMembers = members
    .map((m) => ({
      ...m,
      name: orgName.get(m.organizationId) ?? '(đơn vị không còn)',
      acceptedByName: m.acceptedById ? (userName.get(m.acceptedById) ?? null) : null,
      ...shares.get(m.organizationId)!,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
  const sheetCriteria = criteria.map((c) => ({
    id: c.id,
    name: c.name,
    kind: c.kind,
    position: c.position,
    maxHundredths: toHundredths(c.maxPoints),
  }))
  const sheetScores = scores.map((s) => ({
    id: s.id,
    criterionId: s.criterionId,
    organizationId: s.organizationId,
    self: s.selfScore === null ? null : toHundredths(s.selfScore),
    evidence: s.evidence,
    agreed: s.agreedScore === null ? null : toHundredths(s.agreedScore),
    version: s.version,
    updatedAt: s.updatedAt,
  }))
  const rule = {
    year: block.year,
    flagQuota: block.flagQuota,
    deadline: block.scoresDeadline ? isoDay(block.scoresDeadline) : null,
  }
  return { members: unitMembers, criteria: sheetCriteria, scores: sheetScores, orgName, rule }
}
export type BlockSheet = Awaited<ReturnType<typeof loadBlockSheet>>

/** A block page: the block, visible to the actor and concerning the workspace, with its whole sheet. */
export async function loadBlockView(tx: Tx, actor: Actor, workspace: { id: string; path: string }, blockId: string) {
  const block = await findBlockForActor(tx, actor, blockId)
  if (!concernsWorkspace(block, workspace)) throw new NotFoundError(NOT_FOUND)
  const sheet = await loadBlockSheet(tx, actor.tenantId, block)
  return { block, sheet }
}

/** The score of each (unit, criterion), for lookups while rendering or ranking. */
export function scoreIndex(sheet: Pick<BlockSheet, 'scores'>) {
  const index = new Map<string, BlockSheet['scores'][number]>()
  for (const s of sheet.scores) index.set(`${s.organizationId}:${s.criterionId}`, s)
  return (organizationId: string, criterionId: string) => index.get(`${organizationId}:${criterionId}`)
}

export function rankingOf(sheet: BlockSheet): BlockRanking {
  const score = scoreIndex(sheet)
  return rankBlock(
    sheet.members.map((m) => ({
      organizationId: m.organizationId,
      name: m.name,
      signed: m.acceptedAt !== null,
      agreed: sheet.criteria.map((c) => score(m.organizationId, c.id)?.agreed ?? null),
      women: m.women,
      people: m.people,
    })),
    sheet.criteria,
    { year: sheet.rule.year },
  )
}

/** The members' agreement on the scoring, on `today` (Vietnam calendar day, "YYYY-MM-DD"). */
export function agreementOfSheet(sheet: BlockSheet, today = isoDay(todayInVietnam())): Agreement {
  return agreementOf(
    { deadline: sheet.rule.deadline },
    sheet.members.map((m) => ({
      organizationId: m.organizationId,
      name: m.name,
      signed: m.acceptedAt !== null,
      response: m.scoreResponse,
      objection: m.scoreObjection,
    })),
    today,
  )
}

export type BlockStanding = { ranking: BlockRanking; agreement: Agreement; proposal: BlockProposal }

/** Ranking, agreement and what the block proposes: the one computation the page and the dossiers read. */
export function standingOf(sheet: BlockSheet, today?: string): BlockStanding {
  const ranking = rankingOf(sheet)
  const agreement = agreementOfSheet(sheet, today)
  const proposal = candidatesOf(ranking, { flagQuota: sheet.rule.flagQuota, final: isFinal(agreement) })
  return { ranking, agreement, proposal }
}

async function sheetOf(tx: Tx, tenantId: string, blockId: string) {
  if (!isUuid(blockId)) throw new NotFoundError(NOT_FOUND)
  const block = await tx.emulationBlock.findFirst({
    where: { tenantId, id: blockId },
    select: {
      id: true,
      organizationId: true,
      leaderOrgId: true,
      deputyOrgId: true,
      year: true,
      flagQuota: true,
      scoresDeadline: true,
    },
  })
  if (!block) throw new NotFoundError(NOT_FOUND)
  return loadBlockSheet(tx, tenantId, block)
}

/** The ranking of a block from the database (for the page, the dossier feature and reports). */
export async function blockRanking(tx: Tx, tenantId: string, blockId: string): Promise<BlockRanking> {
  return rankingOf(await sheetOf(tx, tenantId, blockId))
}

/**
 * The units the block proposes: its leading units for the Cờ thi đua cấp tỉnh (as many as the block's
 * number of Cờ), the next two ranks for the Bằng khen tỉnh; empty until every signed member has an agreed
 * score on every criterion and the members agreed the scoring. `total` is in points (e.g. 85.5).
 * The caller checks that the actor may see the block (e.g. with findBlockForActor).
 */
export async function blockCandidates(tx: Tx, tenantId: string, blockId: string): Promise<Candidate[]> {
  return standingOf(await sheetOf(tx, tenantId, blockId)).proposal.candidates
}

/**
 * The units the block's final ranking puts forward for the Cờ thi đua, or null while there is no final
 * answer (not agreed yet, not every signed unit scored, or a tie the rule cannot settle).
 */
export async function blockFlagLeaders(tx: Tx, tenantId: string, blockId: string): Promise<string[] | null> {
  const { agreement, ranking, proposal } = standingOf(await sheetOf(tx, tenantId, blockId))
  if (!isFinal(agreement) || ranking.incomplete.length || proposal.undecided.length) return null
  return proposal.candidates.filter((c) => c.award === 'CO_THI_DUA_TINH').map((c) => c.organizationId)
}

export const BLOCK_PAGE_SIZE = 20

/** Blocks the workspace unit manages, and blocks it belongs to: two independent pages. */
export async function listBlocks(
  tx: Tx,
  actor: Actor,
  workspace: { id: string },
  pages: { managed: number; member: number },
) {
  const managedWhere = { tenantId: actor.tenantId, organizationId: workspace.id }
  const memberWhere = { tenantId: actor.tenantId, members: { some: { organizationId: workspace.id } } }
  const listSelect = { ...blockSelect, _count: { select: { members: true } } } as const
  const orderBy = [{ year: 'desc' as const }, { name: 'asc' as const }]
  const [managedTotal, managed, memberTotal, member] = await Promise.all([
    tx.emulationBlock.count({ where: managedWhere }),
    tx.emulationBlock.findMany({
      where: managedWhere,
      select: listSelect,
      orderBy,
      skip: (pages.managed - 1) * BLOCK_PAGE_SIZE,
      take: BLOCK_PAGE_SIZE,
    }),
    tx.emulationBlock.count({ where: memberWhere }),
    tx.emulationBlock.findMany({
      where: memberWhere,
      select: listSelect,
      orderBy,
      skip: (pages.member - 1) * BLOCK_PAGE_SIZE,
      take: BLOCK_PAGE_SIZE,
    }),
  ])
  const orgIds = [...new Set([...managed, ...member].flatMap((b) => [b.organizationId, b.leaderOrgId]))]
  const orgs = orgIds.length
    ? await tx.organization.findMany({
        where: { tenantId: actor.tenantId, id: { in: orgIds } },
        select: { id: true, name: true },
      })
    : []
  const name = new Map(orgs.map((o) => [o.id, o.name]))
  const named = (rows: typeof managed) =>
    rows.map((b) => ({
      ...b,
      managerName: name.get(b.organizationId) ?? '',
      leaderName: name.get(b.leaderOrgId) ?? '',
    }))
  const pageCount = (total: number) => Math.max(1, Math.ceil(total / BLOCK_PAGE_SIZE))
  return {
    managed: { rows: named(managed), total: managedTotal, page: pages.managed, pageCount: pageCount(managedTotal) },
    member: { rows: named(member), total: memberTotal, page: pages.member, pageCount: pageCount(memberTotal) },
  }
}

export const MEMBER_CHOICES = 500

/** Active units strictly below the managing unit, nearest first: the choices for members. */
export async function memberCandidates(tx: Tx, tenantId: string, managing: { id: string; path: string }) {
  return tx.organization.findMany({
    where: { tenantId, active: true, path: { startsWith: managing.path }, id: { not: managing.id } },
    select: { id: true, name: true },
    orderBy: [{ depth: 'asc' }, { name: 'asc' }],
    take: MEMBER_CHOICES,
  })
}
