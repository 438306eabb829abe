// Public comment (lấy ý kiến nhân dân) on nominees for national-level awards, without login: the page
// finds its tenant by code (app_tenant_by_code, the only thing it may ask past row-level security),
// then reads that tenant only, and only nominees whose window (publicFrom..publicTo) includes today,
// and of them only name, award, proposing unit and achievement. Comments are shown to the appraisers.
import { z } from 'zod'
import type { Actor } from '../auth/actor'
import { canAt } from '../auth/scope'
import { recordAudit } from '../audit/record'
import { awardLabel, isAwardCode } from '../awards/catalog'
import { appClient } from '../db/client'
import { withTenant, type Tx } from '../db/tenant'
import { todayInVietnam } from '../shared/dates'
import { DomainError, NotFoundError } from '../shared/errors'
import { findDossierForActor } from './queries'
import { hit, minutesUntil, RATE_LIMITS } from '../security/rate-limit'

export const PUBLIC_PAGE_SIZE = 20

export const publicCommentSchema = z.object({
  nomineeId: z.uuid({ error: 'Người được lấy ý kiến không hợp lệ.' }),
  authorName: z
    .string()
    .trim()
    .max(100, 'Họ tên không được dài quá 100 ký tự.')
    .optional()
    .transform((v) => v || null),
  content: z
    .string({ error: 'Vui lòng nhập nội dung góp ý.' })
    .trim()
    .min(10, 'Nội dung góp ý cần ít nhất 10 ký tự.')
    .max(2000, 'Nội dung góp ý không được dài quá 2000 ký tự.'),
  /** honeypot: hidden from people, filled by bots */
  website: z.string().optional(),
})
export type PublicCommentInput = z.infer<typeof publicCommentSchema>

const CODE = /^[a-z0-9][a-z0-9._-]{0,99}$/i

/** The tenant with this code, or null. */
export async function tenantIdByCode(code: string): Promise<string | null> {
  if (typeof code !== 'string' || !CODE.test(code)) return null
  const rows = await appClient().$queryRaw<{ id: string | null }[]>`SELECT app_tenant_by_code(${code})::text AS id`
  return rows[0]?.id ?? null
}

/** Open for comment today: inside the window, and still being considered. */
const openToday = (tenantId: string) => {
  const today = todayInVietnam()
  return {
    tenantId,
    publicFrom: { lte: today },
    publicTo: { gte: today },
    status: { in: ['IN_REVIEW' as const, 'APPROVED' as const] },
  }
}

/** The public list of one tenant, or null for an unknown code. */
export async function listPublicNominees(tenantCode: string, page: number) {
  const tenantId = await tenantIdByCode(tenantCode)
  if (!tenantId) return null
  return withTenant(tenantId, async (tx) => {
    const tenant = await tx.tenant.findFirstOrThrow({ where: { id: tenantId }, select: { name: true } })
    const where = openToday(tenantId)
    const [total, rows] = await Promise.all([
      tx.dossierNominee.count({ where }),
      tx.dossierNominee.findMany({
        where,
        select: {
          id: true,
          displayName: true,
          award: true,
          achievement: true,
          dossier: { select: { proposingOrgId: true } },
        },
        orderBy: [{ publicTo: 'asc' }, { displayName: 'asc' }, { id: 'asc' }],
        skip: (page - 1) * PUBLIC_PAGE_SIZE,
        take: PUBLIC_PAGE_SIZE,
      }),
    ])
    const units = await tx.organization.findMany({
      where: { tenantId, id: { in: [...new Set(rows.map((r) => r.dossier.proposingOrgId))] } },
      select: { id: true, name: true },
    })
    const unitName = new Map(units.map((u) => [u.id, u.name]))
    return {
      tenantName: tenant.name,
      nominees: rows.map((r) => ({
        id: r.id,
        name: r.displayName,
        award: isAwardCode(r.award) ? awardLabel(r.award) : r.award,
        proposingUnit: unitName.get(r.dossier.proposingOrgId) ?? '',
        achievement: r.achievement,
      })),
      total,
      page,
      pageCount: Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE)),
    }
  })
}

/**
 * Stores a comment on a nominee open for comment in the tenant with this code. A filled honeypot is
 * accepted silently and stored nowhere. Returns whether a comment was stored.
 */
export async function addPublicComment(
  tenantCode: string,
  input: PublicCommentInput,
  address?: string | null,
): Promise<boolean> {
  if (input.website?.trim()) return false
  // Per address, counted in Postgres (every app server shares it). Without a trusted proxy the address is
  // unknown and all such senders share one budget: a forged X-Forwarded-For buys nothing.
  const limited = await hit(RATE_LIMITS.publicCommentPerAddress, address ?? 'unknown')
  if (!limited.allowed)
    throw new DomainError(
      `Bạn đã gửi nhiều góp ý trong thời gian ngắn. Vui lòng thử lại sau ${minutesUntil(limited.retryAt)} phút.`,
    )
  const tenantId = await tenantIdByCode(tenantCode)
  if (!tenantId) throw new NotFoundError('Không tìm thấy trang lấy ý kiến.')
  return withTenant(tenantId, async (tx) => {
    const nominee = await tx.dossierNominee.findFirst({
      where: { ...openToday(tenantId), id: input.nomineeId },
      select: { id: true, decidingOrgId: true },
    })
    if (!nominee)
      throw new NotFoundError('Không tìm thấy người được lấy ý kiến, hoặc thời gian lấy ý kiến đã kết thúc.')
    const comment = await tx.publicComment.create({
      data: { tenantId, nomineeId: nominee.id, authorName: input.authorName, content: input.content },
      select: { id: true },
    })
    await recordAudit(tx, {
      tenantId,
      actorId: null,
      organizationId: nominee.decidingOrgId,
      action: 'public_comment.create',
      targetType: 'DossierNominee',
      targetId: nominee.id,
      after: { commentId: comment.id, length: input.content.length },
    })
    return true
  })
}

export const COMMENT_LIMIT = 300

/**
 * Public comments on the dossier's nominees, for those who appraise or decide them (dossier.appraise
 * or decision.sign at the unit holding the nominee or at the deciding unit), newest first, by nominee.
 */
export async function publicCommentsForDossier(tx: Tx, actor: Actor, dossierId: string) {
  const dossier = await findDossierForActor(tx, actor, dossierId)
  const nominees = await tx.dossierNominee.findMany({
    where: { tenantId: actor.tenantId, dossierId: dossier.id, publicFrom: { not: null } },
    select: { id: true, holderOrgId: true, decidingOrgId: true },
  })
  const orgIds = [...new Set(nominees.flatMap((n) => [n.holderOrgId, ...(n.decidingOrgId ? [n.decidingOrgId] : [])]))]
  const orgs = orgIds.length
    ? await tx.organization.findMany({
        where: { tenantId: actor.tenantId, id: { in: orgIds } },
        select: { id: true, path: true },
      })
    : []
  const appraises = (id: string | null) => {
    const org = orgs.find((o) => o.id === id)
    return Boolean(
      org && (canAt(actor.memberships, 'dossier.appraise', org) || canAt(actor.memberships, 'decision.sign', org)),
    )
  }
  const allowed = nominees.filter((n) => appraises(n.holderOrgId) || appraises(n.decidingOrgId)).map((n) => n.id)
  const comments = allowed.length
    ? await tx.publicComment.findMany({
        where: { tenantId: actor.tenantId, nomineeId: { in: allowed } },
        select: { id: true, nomineeId: true, authorName: true, content: true, createdAt: true },
        orderBy: { createdAt: 'desc' },
        take: COMMENT_LIMIT,
      })
    : []
  const byNominee = new Map<string, typeof comments>(allowed.map((id) => [id, []]))
  for (const c of comments) byNominee.get(c.nomineeId)?.push(c)
  return byNominee
}
