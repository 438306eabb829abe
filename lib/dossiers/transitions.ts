// The moves of a dossier and of its nominees, as a table (like lib/plans/workflow.ts): who may make each
// move and where on the approval path it is allowed. `workflow.ts` enforces the table; the dossier page
// asks `dossierActions` / `nomineeActions` what to offer and never recomputes a rule.
//
// A nominee climbs its path (proposing unit → … → deciding unit) one level at a time and is handled
// only by the unit holding it (docs/domain.md, section 1): the secretariat there appraises it, forwards
// it one level up or returns it one level down; the leader of the deciding unit approves or rejects it.
// At the top of a central award's path (decidingOrgId null) "approve" submits it to the central level.
import type { Permission } from '../auth/permissions'
import { canAt, holdsAt, type OrgRef, type ScopedMembership } from '../auth/scope'
import type { NomineeStatus } from '../generated/prisma/enums'

export const NOMINEE_ACTIONS = ['appraise', 'forward', 'return', 'approve', 'reject'] as const
export type NomineeAction = (typeof NOMINEE_ACTIONS)[number]

/** Where a nominee stands on its path (pathOrgIds and holderOrgId as stored). */
export type NomineePlace = { pathOrgIds: readonly string[]; holderOrgId: string; decidingOrgId: string | null }

export function placeOf(nominee: NomineePlace) {
  const index = nominee.pathOrgIds.indexOf(nominee.holderOrgId)
  const isLast = index === nominee.pathOrgIds.length - 1
  return {
    index,
    isLast,
    /** The holder decides this award. */
    isDeciding: nominee.decidingOrgId === nominee.holderOrgId,
    /** The holder is the last level of a central award: it submits to the central level. */
    toCentral: nominee.decidingOrgId === null && isLast,
    up: index >= 0 && !isLast ? nominee.pathOrgIds[index + 1] : null,
    down: index > 0 ? nominee.pathOrgIds[index - 1] : null,
  }
}
export type Place = ReturnType<typeof placeOf>

type NomineeRule = {
  /** Held at exactly the unit holding the nominee (holdsAt): a level above may not act before it arrives. */
  permission: Permission
  /** The nominee's states the move starts from. */
  from: readonly NomineeStatus[]
  /** Why the move is impossible at this place on the path, or null. */
  blockedAt: (place: Place) => string | null
  /** Needs a written reason. */
  reason?: true
  /** Needs a current appraisal (and what follows from it: public comment, council, overrides). */
  appraised?: true
  /** Where the nominee goes. */
  to?: (place: Place) => string | null
}

const DECIDES = 'Cấp này có thẩm quyền quyết định: hãy phê duyệt hoặc không phê duyệt, không chuyển tiếp.'
const NOT_DECIDING = 'Cấp này không có thẩm quyền quyết định hình thức này: hãy chuyển lên cấp trên.'

export const NOMINEE_MOVES: Record<NomineeAction, NomineeRule> = {
  appraise: { permission: 'dossier.appraise', from: ['IN_REVIEW'], blockedAt: () => null },
  forward: {
    permission: 'dossier.appraise',
    from: ['IN_REVIEW'],
    appraised: true,
    blockedAt: (p) =>
      p.toCentral
        ? 'Hình thức này do Trung ương quyết định: dùng thao tác "Trình Trung ương".'
        : p.isDeciding || p.up === null
          ? DECIDES
          : null,
    to: (p) => p.up,
  },
  return: {
    permission: 'dossier.appraise',
    from: ['IN_REVIEW'],
    reason: true,
    blockedAt: (p) => (p.down === null ? 'Không có cấp dưới để trả lại.' : null),
    to: (p) => p.down,
  },
  approve: {
    permission: 'decision.sign',
    from: ['IN_REVIEW'],
    appraised: true,
    blockedAt: (p) => (p.isDeciding || p.toCentral ? null : NOT_DECIDING),
  },
  reject: {
    permission: 'decision.sign',
    from: ['IN_REVIEW'],
    reason: true,
    blockedAt: (p) =>
      p.isDeciding || p.toCentral ? null : 'Cấp này không có thẩm quyền quyết định: hãy trả lại cấp dưới.',
  },
}

/**
 * The Party committee's opinion on a nominee (lib/dossiers/party-opinion.ts): not needed for its award on
 * the day, agreed, not yet recorded, or recorded as not agreeing.
 */
export type PartyOpinionState = 'not_needed' | 'agreed' | 'missing' | 'disagreed'

/**
 * The one home of the rule (docs/domain.md §9): for the awards the tenant configures, the province's
 * "approve" that submits a nominee to the central level waits for the committee's agreeing opinion.
 */
export function partyOpinionBlock(action: NomineeAction, place: Place, state: PartyOpinionState): string | null {
  if (action !== 'approve' || !place.toCentral) return null
  if (state === 'missing')
    return 'Chờ ý kiến cấp ủy: hình thức này cần ý kiến bằng văn bản của cấp ủy trước khi trình Trung ương.'
  if (state === 'disagreed')
    return 'Chờ ý kiến cấp ủy: văn bản của cấp ủy đã ghi là không đồng ý, chưa trình Trung ương được.'
  return null
}

type Holder = { memberships: readonly ScopedMembership[] }

/** May this actor make the move at the unit holding the nominee? (permission there, state, place) */
export function nomineeMoveError(
  actor: Holder,
  action: NomineeAction,
  nominee: NomineePlace & { status: NomineeStatus },
): string | null {
  const rule = NOMINEE_MOVES[action]
  if (!holdsAt(actor, rule.permission, nominee.holderOrgId)) return 'forbidden'
  if (!rule.from.includes(nominee.status)) return 'Người được đề nghị không còn chờ xử lý tại cấp này.'
  return rule.blockedAt(placeOf(nominee))
}

export type NomineeOffer = {
  action: NomineeAction
  /** The unit the nominee goes to (forward, return). */
  toOrgId: string | null
  /** At the top of a central award's path, approving submits to the central level. */
  central: boolean
  /** The move waits for something first (an appraisal, the Party committee's opinion): the page says so instead of offering it. */
  waiting: string | null
  /** Appraising again (the nominee already has an appraisal at this level). */
  again: boolean
}

/** The moves the actor may make on the nominee now, in the order the page shows them. */
export function nomineeActions(
  actor: Holder,
  nominee: NomineePlace & { status: NomineeStatus; appraised: boolean; partyOpinion?: PartyOpinionState },
): NomineeOffer[] {
  const place = placeOf(nominee)
  const offers: NomineeOffer[] = []
  for (const action of NOMINEE_ACTIONS) {
    if (nomineeMoveError(actor, action, nominee) !== null) continue
    const rule = NOMINEE_MOVES[action]
    const waiting =
      rule.appraised && !nominee.appraised
        ? action === 'approve'
          ? 'Chờ thẩm định trước khi phê duyệt.'
          : 'Chờ thẩm định trước khi chuyển lên cấp trên.'
        : partyOpinionBlock(action, place, nominee.partyOpinion ?? 'not_needed')
    offers.push({
      action,
      toOrgId: rule.to?.(place) ?? null,
      central: action === 'approve' && place.toCentral,
      waiting,
      again: action === 'appraise' && nominee.appraised,
    })
  }
  return offers
}

const PENDING: readonly NomineeStatus[] = ['DRAFT', 'RETURNED']
export const isPending = (nominee: { status: NomineeStatus }) => PENDING.includes(nominee.status)

/** Who may propose for the unit: dossier.propose at the proposing unit or above (the dossier is seen only there). */
export const mayPropose = (actor: Holder, proposing: OrgRef) => canAt(actor.memberships, 'dossier.propose', proposing)

export function dossierActions(
  actor: Holder,
  dossier: { submittedAt: Date | null },
  proposing: OrgRef,
  nominees: readonly { status: NomineeStatus }[],
) {
  const proposes = mayPropose(actor, proposing)
  const draft = dossier.submittedAt === null
  const pending = nominees.filter(isPending).length
  return {
    /** Add and remove nominees, delete files. */
    edit: proposes && draft,
    /** Upload files. */
    attach: proposes && (draft || nominees.some((n) => n.status === 'RETURNED')),
    /** Submit, with the number of nominees it sends. */
    submit: proposes && draft && pending > 0 ? { pending } : null,
    /** A nominee may be removed only from a draft, and only while it is not on its way. */
    removeNominee: (n: { status: NomineeStatus }) => proposes && draft && isPending(n),
  }
}
