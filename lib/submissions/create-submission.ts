// The compiling level makes one submission (tờ trình kèm danh sách) from nominees waiting at it: exactly
// the ones selected (or every one the filters match), all held there now, all going to the same place —
// the level above, or this level's own leader and council when it decides them — and none already in
// another submission of this level since it arrived. The nominees do not move here: sending does.
import type { Actor } from '../auth/actor'
import { holdsAt } from '../auth/scope'
import { recordAudit } from '../audit/record'
import { AWARD_CODES } from '../awards/catalog'
import { withTenant, type Tx } from '../db/tenant'
import type { Prisma } from '../generated/prisma/client'
import { placeOf } from '../dossiers/transitions'
import { findOrganizationForActor } from '../organizations/queries'
import { DomainError, ForbiddenError } from '../shared/errors'
import { waitingWhere } from './queries'
import { SUBMISSION_MAX_NOMINEES, type CompileFilters, type CreateSubmissionInput } from './schemas'

export type SubmissionSelection = Omit<CreateSubmissionInput, 'nomineeIds'> &
  ({ nomineeIds: string[] } | { filters: CompileFilters })

const names = (list: { displayName: string }[]) =>
  list.length > 3
    ? `${list
        .slice(0, 3)
        .map((n) => n.displayName)
        .join(', ')} và ${list.length - 3} người khác`
    : list.map((n) => n.displayName).join(', ')

/** Where a nominee held here goes next: this level (it decides, or submits to the central level) or the one above. */
const destinationOf = (n: { pathOrgIds: string[]; holderOrgId: string; decidingOrgId: string | null }) => {
  const place = placeOf(n)
  return place.isDeciding || place.toCentral ? n.holderOrgId : place.up
}

async function lockNominees(tx: Tx, ids: string[]) {
  if (ids.length)
    await tx.$queryRaw`SELECT id FROM "DossierNominee" WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`
}

export async function createSubmission(actor: Actor, input: SubmissionSelection) {
  return withTenant(actor.tenantId, async (tx) => {
    const unit = await findOrganizationForActor(tx, actor, input.organizationId, 'dossier.appraise')
    if (!holdsAt(actor, 'dossier.appraise', unit.id))
      throw new ForbiddenError('Chỉ Thường trực Hội đồng (cán bộ Nội vụ) của đơn vị mới lập được tờ trình tổng hợp.')
    const waiting = waitingWhere(actor.tenantId, unit.id, 'filters' in input ? input.filters : {})
    const select = {
      id: true,
      displayName: true,
      award: true,
      personId: true,
      pathOrgIds: true,
      holderOrgId: true,
      decidingOrgId: true,
      dossier: { select: { year: true, proposingOrgId: true } },
    } as const
    let nominees
    if ('filters' in input) {
      nominees = await tx.dossierNominee.findMany({ where: waiting, select, take: SUBMISSION_MAX_NOMINEES + 1 })
      if (nominees.length === 0) throw new DomainError('Không có người được đề nghị nào khớp bộ lọc.', 'nomineeIds')
      if (nominees.length > SUBMISSION_MAX_NOMINEES)
        throw new DomainError(
          `Bộ lọc khớp hơn ${SUBMISSION_MAX_NOMINEES} người: hãy lọc hẹp hơn (theo hình thức, đơn vị).`,
          'nomineeIds',
        )
      await lockNominees(
        tx,
        nominees.map((n) => n.id),
      )
    } else {
      await lockNominees(tx, input.nomineeIds)
      nominees = await tx.dossierNominee.findMany({ where: { ...waiting, id: { in: input.nomineeIds } }, select })
      if (nominees.length !== input.nomineeIds.length)
        throw new DomainError(
          `${input.nomineeIds.length - nominees.length} người đã chọn không còn chờ xử lý tại đơn vị (đã được chuyển, trả lại hoặc quyết định). Hãy tải lại trang.`,
          'nomineeIds',
        )
    }
    const ids = nominees.map((n) => n.id)

    const years = [...new Set(nominees.map((n) => n.dossier.year))]
    if (years.length > 1)
      throw new DomainError(
        `Một tờ trình cho một năm thi đua; danh sách đã chọn có các năm ${years.sort().join(', ')}: hãy lọc theo năm.`,
        'nomineeIds',
      )
    const destinations = new Map<string | null, typeof nominees>()
    for (const n of nominees) {
      const to = destinationOf(n)
      destinations.set(to, [...(destinations.get(to) ?? []), n])
    }
    if (destinations.has(null)) throw new DomainError('Có người được đề nghị không còn trên trình tự xét duyệt.')
    if (destinations.size > 1) {
      const here = destinations.get(unit.id) ?? []
      const up = nominees.filter((n) => destinationOf(n) !== unit.id)
      throw new DomainError(
        `Một tờ trình gửi một nơi: ${here.length} người (${names(here)}) do cấp này quyết định, ${up.length} người (${names(up)}) phải trình cấp trên. Hãy lọc theo hình thức khen thưởng.`,
        'nomineeIds',
      )
    }
    const toOrgId = [...destinations.keys()][0]!

    // Already in a submission of this level made after the nominee last arrived here: not twice.
    const [arrivals, earlier] = await Promise.all([
      tx.dossierEvent.groupBy({
        by: ['nomineeId'],
        where: { tenantId: actor.tenantId, nomineeId: { in: ids }, toOrgId: unit.id },
        _max: { createdAt: true },
      }),
      tx.submissionNominee.findMany({
        where: { tenantId: actor.tenantId, nomineeId: { in: ids }, submission: { organizationId: unit.id } },
        select: { nomineeId: true, submission: { select: { createdAt: true, title: true, documentNumber: true } } },
      }),
    ])
    const arrived = new Map(arrivals.map((a) => [a.nomineeId, a._max.createdAt]))
    const twice = earlier.filter((e) => {
      const at = arrived.get(e.nomineeId)
      return !at || e.submission.createdAt >= at
    })
    if (twice.length) {
      const list = nominees.filter((n) => twice.some((t) => t.nomineeId === n.id))
      const first = twice[0].submission
      throw new DomainError(
        `${names(list)} đã có trong tờ trình “${first.documentNumber ?? first.title}” của đơn vị.`,
        'nomineeIds',
      )
    }

    // The danh sách's order: by form of award as the catalog lists them, then unit, individuals first, name.
    const unitNames = new Map(
      (
        await tx.organization.findMany({
          where: { tenantId: actor.tenantId, id: { in: [...new Set(nominees.map((n) => n.dossier.proposingOrgId))] } },
          select: { id: true, name: true },
        })
      ).map((o) => [o.id, o.name]),
    )
    const rank = (award: string) => {
      const i = (AWARD_CODES as readonly string[]).indexOf(award)
      return i < 0 ? AWARD_CODES.length : i
    }
    const ordered = [...nominees].sort(
      (a, b) =>
        rank(a.award) - rank(b.award) ||
        (unitNames.get(a.dossier.proposingOrgId) ?? '').localeCompare(
          unitNames.get(b.dossier.proposingOrgId) ?? '',
          'vi',
        ) ||
        Number(!a.personId) - Number(!b.personId) ||
        a.displayName.localeCompare(b.displayName, 'vi') ||
        a.id.localeCompare(b.id),
    )
    const submission = await tx.submission.create({
      data: {
        tenantId: actor.tenantId,
        organizationId: unit.id,
        toOrgId,
        year: years[0],
        title: input.title,
        documentNumber: input.documentNumber,
        createdById: actor.userId,
      },
      select: { id: true },
    })
    await tx.submissionNominee.createMany({
      data: ordered.map((n, i) => ({
        tenantId: actor.tenantId,
        submissionId: submission.id,
        nomineeId: n.id,
        position: i + 1,
      })),
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'submission.create',
      targetType: 'Submission',
      targetId: submission.id,
      after: { title: input.title, toOrgId, nominees: ids.length } satisfies Prisma.InputJsonValue,
    })
    return { id: submission.id, nominees: ids.length, toOrgId }
  })
}
