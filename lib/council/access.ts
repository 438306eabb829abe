// Who does what with a council. Pure, over the actor's memberships.
//  - The secretariat (dossier.appraise held at the council's organisation or above) manages the
//    council, opens sessions, records attendance and written votes, and closes sessions.
//  - Members are chosen among users holding COUNCIL_MEMBER or LEADER at exactly the council's
//    organisation (the chair is usually the leader of the unit). A member votes while they still
//    hold such a role there: taking the role away takes the vote away at once.
//  - The council, its sessions and the results are visible to the unit and the levels above it, and
//    to the council's own members.
import type { Actor } from '../auth/actor'
import type { Role } from '../generated/prisma/enums'
import { canAt, holdsAt, isWithin } from '../auth/scope'

export type CouncilOrg = { id: string; path: string }

/** Roles whose holders may sit on the council of the unit where they hold them. */
export const COUNCIL_ROLES = ['COUNCIL_MEMBER', 'LEADER'] as const satisfies readonly Role[]

export function canManageCouncil(actor: Actor, organization: CouncilOrg) {
  return canAt(actor.memberships, 'dossier.appraise', organization)
}

/** Holds a council role at exactly this unit: council.vote, which every role of COUNCIL_ROLES grants. */
export function holdsCouncilRole(actor: Actor, organizationId: string) {
  return holdsAt(actor, 'council.vote', organizationId)
}

export function canViewCouncil(actor: Actor, organization: CouncilOrg, isMember: boolean) {
  return isMember || canAt(actor.memberships, 'workspace.view', organization)
}

/**
 * The dossier and achievement report of a nominee on a session open to the members of that session's
 * council (active membership), for the nominees on that session only: what they vote on, nothing more.
 */
export const canReadSessionDossiers = (isMember: boolean) => isMember

/** A session page makes sense in a workspace at or above the council, or anywhere for its members. */
export function concernsWorkspace(organization: CouncilOrg, workspace: { path: string }, isMember: boolean) {
  return isMember || isWithin(organization.path, workspace.path)
}
