// Who sees and acts on an emulation block. Pure, over the actor's memberships.
//  - The managing level (block.manage held at the managing unit or above: its Nội vụ / Thường trực
//    Hội đồng) creates the block, edits members, covenant and criteria, and records agreed scores.
//  - The head of a member unit (block.score held at exactly that unit, not at a unit above it) signs
//    the covenant and self-scores that unit.
//  - Agreed scores: the managing level for every member; the head of the leader unit (trưởng khối) for
//    every member except the leader unit itself, whose agreed score the managing level or the head of
//    the deputy unit (phó khối) records — nobody fixes the agreed score of their own unit.
import type { Actor } from '../auth/actor'
import { canAt, holdsAt, isWithin } from '../auth/scope'

export type BlockAccessRef = {
  organization: { id: string; path: string }
  leaderOrgId: string
  deputyOrgId: string | null
  memberIds: readonly string[]
}

export function canManageBlock(actor: Actor, block: Pick<BlockAccessRef, 'organization'>) {
  return canAt(actor.memberships, 'block.manage', block.organization)
}

/** The head of a unit: block.score at exactly that unit (a role at a unit above does not make one its head). */
export const isHeadOf = (actor: Actor, organizationId: string) => holdsAt(actor, 'block.score', organizationId)

export function canViewBlock(actor: Actor, block: BlockAccessRef) {
  return (
    canAt(actor.memberships, 'workspace.view', block.organization) ||
    block.memberIds.some((id) => holdsAt(actor, 'workspace.view', id))
  )
}

export function canRecordAgreed(actor: Actor, block: BlockAccessRef, unitId: string) {
  if (canManageBlock(actor, block)) return true
  if (unitId !== block.leaderOrgId) return isHeadOf(actor, block.leaderOrgId)
  return block.deputyOrgId !== null && isHeadOf(actor, block.deputyOrgId)
}

/** The member units whose own score sheet the actor may fill in, and how. */
export function scoringModes(actor: Actor, block: BlockAccessRef, unitId: string) {
  return { self: isHeadOf(actor, unitId), agreed: canRecordAgreed(actor, block, unitId) }
}

/** A block shows in a workspace that manages it (or is above its managing unit) or is one of its members. */
export function concernsWorkspace(
  block: Pick<BlockAccessRef, 'organization' | 'memberIds'>,
  workspace: { id: string; path: string },
) {
  return isWithin(block.organization.path, workspace.path) || block.memberIds.includes(workspace.id)
}

/** Puts the agreed scores to the members (and withdraws them to revise): the block head or the managing level. */
export function canProposeScores(actor: Actor, block: BlockAccessRef) {
  return canManageBlock(actor, block) || isHeadOf(actor, block.leaderOrgId)
}

/** Creates the Cờ thi đua dossier of a leading unit: who proposes awards at exactly that unit (its head). */
export const mayProposeFlagFor = (actor: Actor, organizationId: string) =>
  holdsAt(actor, 'dossier.propose', organizationId)
