// A dossier's nominees climb the organisation tree one level at a time to the level with authority
// (lib/awards/authority.ts, rules in force on the day of submission). At each level: appraise, then
// forward up, return down with reasons, or — at the deciding level — approve or reject. Nominees move
// separately. Each step is allowed only to the right role at the unit holding the nominee, claims the
// nominee's version (a double click or a second person loses with a clear message) and is recorded.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { approvalPath, isIssuer, issuerOptions, type ApprovalStep } from '../awards/authority'
import { criteriaDay } from '../awards/legal-bases'
import { isAwardCode } from '../awards/catalog'
import { isUuid, withTenant, type Tx } from '../db/tenant'
import { Prisma } from '../generated/prisma/client'
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from '../shared/errors'
import { isoDay, todayInVietnam, vnDate } from '../shared/dates'
import { addWorkingDays } from '../calendar/working-days'
import { deadlineSettings } from '../calendar/settings'
import { appraiseNominee, assertApprovable, parseAppraisal } from './appraisal'
import type { DossierEventAction } from './events'
import { findDossierForActor } from './queries'
import type { NomineeActionInput } from './schemas'
import { partyOpinions } from './party-opinion'
import { mayPropose, NOMINEE_MOVES, nomineeMoveError, partyOpinionBlock, placeOf } from './transitions'

/** National-level awards: the nominee list is published for public comment before the council. */
export const PUBLIC_COMMENT = {
  awards: ['BANG_KHEN_TTG', 'CSTD_TOAN_QUOC', 'HUAN_CHUONG', 'ANH_HUNG'] as readonly string[],
  /** default length; the tenant's setting in force (lib/calendar/deadlines.ts) is what counts */
  workingDays: 10,
}

/**
 * The day a dossier is considered for the rules in force: today, but never after the end of its year.
 * Annual dossiers are due in the same year (e.g. 10 December), so a 2020 dossier entered now is judged
 * by the 2020 rules and tree, not today's.
 */
export function consideredOn(dossier: { year: number }, today = todayInVietnam()) {
  const endOfYear = new Date(Date.UTC(dossier.year, 11, 31))
  return isoDay(today < endOfYear ? today : endOfYear)
}

/**
 * The day whose texts give a dossier's criteria (docs/domain.md §2): the day considered, unless a transition
 * clause keeps the texts in force on the day the complete dossier was received (`submittedAt`: the level
 * above received it; reset when it is returned to the proposing unit and submitted again).
 */
export function criteriaOn(dossier: { year: number; submittedAt: Date | null }, today = todayInVietnam()) {
  const receivedOn = dossier.submittedAt ? isoDay(todayInVietnam(dossier.submittedAt)) : null
  return criteriaDay({ consideredOn: consideredOn(dossier, today), receivedOn })
}

/** The proposing unit then its ancestors, as the authority rules read the tree. */
export async function chainOf(tx: Tx, tenantId: string, unitId: string) {
  const unit = await tx.organization.findFirstOrThrow({ where: { tenantId, id: unitId }, select: { path: true } })
  const ids = unit.path.split('/').filter(Boolean)
  const orgs = await tx.organization.findMany({
    where: { tenantId, id: { in: ids } },
    select: { id: true, name: true, level: true, kind: true, depth: true },
  })
  return orgs.sort((a, b) => b.depth - a.depth)
}

type Chain = Awaited<ReturnType<typeof chainOf>>

/** The path of one nominee; `issuer`: whose Giấy khen it asks for (null: the default path). */
export function pathFor(chain: Chain, award: string, onDate: string, issuer: string | null = null) {
  if (!isAwardCode(award)) throw new DomainError(`Hình thức khen thưởng không hợp lệ: ${award}.`)
  if (issuer !== null && !isIssuer(issuer)) throw new DomainError(`Cấp tặng Giấy khen không hợp lệ: ${issuer}.`)
  return approvalPath({ award, onDate, decisionOn: isoDay(todayInVietnam()), chain, issuer }) // lib/awards/authority.ts
}

/** Whose Giấy khen a dossier may ask for (its date and its proposing unit's tree), the default first. */
export async function giayKhenOptionsFor(tx: Tx, tenantId: string, dossier: { year: number; proposingOrgId: string }) {
  const chain = await chainOf(tx, tenantId, dossier.proposingOrgId)
  return issuerOptions({
    award: 'GIAY_KHEN',
    onDate: consideredOn(dossier),
    decisionOn: isoDay(todayInVietnam()),
    chain,
  })
}

/**
 * Where a nominee goes when its dossier is submitted: its path (proposing unit first), the first level
 * holding it (the one above, or the unit itself when it decides alone) and the deciding unit.
 */
export function submittedPlace(chain: Chain, award: string, onDate: string, issuer: string | null = null) {
  const path = pathFor(chain, award, onDate, issuer)
  if (!path.ok) return path
  const steps = path.steps.map((s) => s.organizationId)
  return {
    ok: true as const,
    steps,
    holder: steps.length > 1 ? steps[1] : steps[0],
    decidingOrgId: path.decidingOrganizationId /* null: decided at the central level */,
  }
}

export async function submitDossier(actor: Actor, input: { dossierId: string; version: number }) {
  return withTenant(actor.tenantId, async (tx) => {
    const dossier = await findDossierForActor(tx, actor, input.dossierId)
    const unit = await tx.organization.findFirstOrThrow({
      where: { tenantId: actor.tenantId, id: dossier.proposingOrgId },
      select: { id: true, path: true },
    })
    if (!mayPropose(actor, unit)) throw new ForbiddenError('Chỉ thủ trưởng đơn vị đề nghị mới trình hồ sơ.')
    await submitDossierIn(tx, actor, dossier, input.version)
  })
}

/**
 * Submits the dossier's pending nominees up their paths inside the caller's transaction, claiming the
 * dossier's version; the caller has checked who may (the proposing unit's head above, or the receiving
 * level recording its units' lists: lib/submissions/import-nominees.ts).
 */
export async function submitDossierIn(
  tx: Tx,
  actor: Actor,
  dossier: { id: string; year: number; proposingOrgId: string },
  version: number,
) {
  const pending = await tx.dossierNominee.findMany({
    where: { tenantId: actor.tenantId, dossierId: dossier.id, status: { in: ['DRAFT', 'RETURNED'] } },
  })
  if (pending.length === 0) throw new DomainError('Hồ sơ chưa có người được đề nghị nào để trình.')
  const { count } = await tx.dossier.updateMany({
    where: { tenantId: actor.tenantId, id: dossier.id, version },
    data: { submittedAt: new Date(), version: { increment: 1 } },
  })
  if (count !== 1) throw new ConflictError()
  const onDate = consideredOn(dossier)
  const chain = await chainOf(tx, actor.tenantId, dossier.proposingOrgId) // once for all nominees
  // Every nominee of one award (and, for a Giấy khen, one issuer) goes the same way: one update per way,
  // one insert of the events.
  const way = (n: { award: string; issuer: string | null }) => `${n.award}:${n.issuer ?? ''}`
  const places = new Map<string, { holder: string; steps: string[]; decidingOrgId: string | null }>()
  for (const nominee of pending) {
    if (places.has(way(nominee))) continue
    const place = submittedPlace(chain, nominee.award, onDate, nominee.issuer)
    if (!place.ok) throw new DomainError(`${nominee.displayName}: ${place.message}`)
    places.set(way(nominee), place)
  }
  for (const [key, { holder, steps, decidingOrgId }] of places)
    await tx.dossierNominee.updateMany({
      where: { tenantId: actor.tenantId, id: { in: pending.filter((n) => way(n) === key).map((n) => n.id) } },
      data: {
        status: 'IN_REVIEW',
        holderOrgId: holder,
        pathOrgIds: steps,
        decidingOrgId,
        appraisal: Prisma.DbNull,
        appraisedAt: null,
        overrideReason: null,
        councilPassed: null,
        version: { increment: 1 },
      },
    })
  await tx.dossierEvent.createMany({
    data: pending.map((nominee) => ({
      tenantId: actor.tenantId,
      dossierId: dossier.id,
      nomineeId: nominee.id,
      actorId: actor.userId,
      orgId: dossier.proposingOrgId,
      action: 'submit' satisfies DossierEventAction,
      toOrgId: places.get(way(nominee))!.holder,
    })),
  })
  await recordAudit(tx, {
    tenantId: actor.tenantId,
    actorId: actor.userId,
    organizationId: dossier.proposingOrgId,
    action: 'dossier.submit',
    targetType: 'Dossier',
    targetId: dossier.id,
    after: { nominees: pending.length },
  })
}

export async function actOnNominee(actor: Actor, input: NomineeActionInput) {
  return withTenant(actor.tenantId, (tx) => actOnNomineeIn(tx, actor, input))
}

/**
 * One move of one nominee inside the caller's transaction, so that a package (lib/submissions) moves
 * all its nominees by the same rules or none of them.
 */
export async function actOnNomineeIn(tx: Tx, actor: Actor, input: NomineeActionInput) {
  if (!isUuid(input.nomineeId)) throw new NotFoundError('Không tìm thấy người được đề nghị.')
  const nominee = await tx.dossierNominee.findFirst({ where: { tenantId: actor.tenantId, id: input.nomineeId } })
  if (!nominee) throw new NotFoundError('Không tìm thấy người được đề nghị.')
  const dossier = await findDossierForActor(tx, actor, nominee.dossierId)
  const holder = await tx.organization.findFirstOrThrow({
    where: { tenantId: actor.tenantId, id: nominee.holderOrgId },
    select: { id: true, path: true, name: true },
  })
  const rule = NOMINEE_MOVES[input.action]
  // Exactly at the unit holding the nominee: a level above may not act before it reaches it.
  const refused = nomineeMoveError(actor, input.action, nominee)
  if (refused === 'forbidden')
    throw new ForbiddenError(`Chỉ người có thẩm quyền tại ${holder.name} mới thực hiện được thao tác này.`)
  if (nominee.status !== 'IN_REVIEW') throw new DomainError('Người được đề nghị không còn chờ xử lý tại cấp này.')
  if (nominee.version !== input.version) throw new ConflictError('Hồ sơ vừa được người khác xử lý. Hãy tải lại trang.')
  if (rule.reason && !input.reason) throw new DomainError('Vui lòng ghi lý do.', 'reason')
  const place = placeOf(nominee)
  const { isDeciding, toCentral } = place // toCentral: the province forwards to the central level
  const onDate = consideredOn(dossier)
  const chain = await chainOf(tx, actor.tenantId, dossier.proposingOrgId)
  const path = pathFor(chain, nominee.award, onDate, nominee.issuer)
  const step: ApprovalStep | undefined = path.ok ? path.steps.find((s) => s.organizationId === holder.id) : undefined
  const appraisal = parseAppraisal(nominee.appraisal)

  const onOpenSession = await tx.sessionItem.count({
    where: { tenantId: actor.tenantId, nomineeId: nominee.id, session: { status: 'OPEN' } },
  })
  if (onOpenSession && input.action !== 'appraise')
    throw new DomainError('Hội đồng đang xét người này ở một phiên họp chưa kết thúc.')
  const requireAppraised = () => {
    if (!appraisal) throw new DomainError('Cần thẩm định trước khi chuyển tiếp hoặc phê duyệt.')
    // The council rule is read from the path as the tree is now; if the unit left the path (a merger,
    // a move), fail closed rather than skip the council.
    if (!step)
      throw new DomainError('Trình tự xét duyệt đã thay đổi theo cơ cấu tổ chức mới: hãy trả lại để đơn vị trình lại.')
    if (
      PUBLIC_COMMENT.awards.includes(nominee.award) &&
      (isDeciding || toCentral) &&
      !(nominee.publicTo && nominee.publicTo < todayInVietnam())
    ) {
      throw new DomainError(
        `Chưa hết thời gian lấy ý kiến công khai (đến hết ngày ${nominee.publicTo ? vnDate(nominee.publicTo) : '—'}).`,
      )
    }
    assertApprovable(appraisal, nominee.overrideReason)
    if (step?.council && nominee.councilPassed !== true) {
      throw new DomainError(
        nominee.councilPassed === false
          ? 'Hội đồng đã biểu quyết không đạt.'
          : 'Cần Hội đồng Thi đua - Khen thưởng biểu quyết trước.',
      )
    }
  }

  if (refused) throw new DomainError(refused) // not possible at this place on the path
  if (rule.appraised) requireAppraised()
  if (input.action === 'approve' && toCentral) {
    // the configuration in force on the day of the move (lib/dossiers/party-opinion.ts)
    const opinion = (await partyOpinions(tx, actor.tenantId, [nominee])).get(nominee.id)!
    const waits = partyOpinionBlock(input.action, place, opinion.state)
    if (waits) throw new DomainError(waits)
  }

  let data: Prisma.DossierNomineeUpdateManyMutationInput = {}
  const toOrgId = rule.to?.(place) ?? null // set for forward and return, which were refused otherwise
  switch (input.action) {
    case 'appraise': {
      // criteria by the transition rule (the day received, where a transition clause says so)
      const criteria = criteriaOn(dossier)
      const { appraisal, overrideReason } = await appraiseNominee(tx, actor.tenantId, nominee, dossier, criteria, input)
      const publish = PUBLIC_COMMENT.awards.includes(nominee.award) && (isDeciding || toCentral) && !nominee.publicFrom
      // the window counts working days (holidays included) and the tenant may set its own length
      const today = isoDay(todayInVietnam())
      const window = publish ? (await deadlineSettings(tx, actor.tenantId, today)).publicationWorkingDays.value : 0
      data = {
        appraisal,
        appraisedAt: new Date(),
        overrideReason,
        ...(publish
          ? { publicFrom: todayInVietnam(), publicTo: new Date(`${addWorkingDays(today, window)}T00:00:00Z`) }
          : {}),
      }
      break
    }
    case 'forward': {
      data = {
        holderOrgId: toOrgId!,
        appraisal: Prisma.DbNull,
        appraisedAt: null,
        overrideReason: null,
        councilPassed: null,
      }
      break
    }
    case 'return': {
      const toProposer = place.index - 1 === 0
      data = {
        holderOrgId: toOrgId!,
        status: toProposer ? 'RETURNED' : 'IN_REVIEW',
        appraisal: Prisma.DbNull,
        appraisedAt: null,
        overrideReason: null,
        councilPassed: null,
      }
      if (toProposer)
        await tx.dossier.update({ where: { id: dossier.id }, data: { submittedAt: null, version: { increment: 1 } } })
      break
    }
    case 'approve': {
      // At the last step of a central award, "approve" means the province submits it to the central level.
      data = { status: 'APPROVED' }
      break
    }
    case 'reject': {
      data = { status: 'REJECTED' }
      break
    }
  }
  const { count } = await tx.dossierNominee.updateMany({
    where: {
      tenantId: actor.tenantId,
      id: nominee.id,
      version: input.version,
      status: 'IN_REVIEW',
      holderOrgId: holder.id,
    },
    data: { ...data, version: { increment: 1 } },
  })
  if (count !== 1) throw new ConflictError('Hồ sơ vừa được người khác xử lý. Hãy tải lại trang.')
  await tx.dossierEvent.create({
    data: {
      tenantId: actor.tenantId,
      dossierId: dossier.id,
      nomineeId: nominee.id,
      actorId: actor.userId,
      orgId: holder.id,
      action: (toCentral && input.action === 'approve' ? 'forward_central' : input.action) satisfies DossierEventAction,
      toOrgId,
      reason: input.reason,
    },
  })
  await recordAudit(tx, {
    tenantId: actor.tenantId,
    actorId: actor.userId,
    organizationId: holder.id,
    action: `dossier.${input.action}`,
    targetType: 'DossierNominee',
    targetId: nominee.id,
    after: { toOrgId, reason: input.reason },
  })
}
