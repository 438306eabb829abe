// Who sees and acts on a plan. A plan is seen by the staff of its issuing unit and of the levels above
// (scope reaches down the tree) and, once issued, by the units below the issuer, who implement it.
import type { Actor } from '../auth/actor'
import { canAt, isWithin } from '../auth/scope'
import { roleHas, type Permission } from '../auth/permissions'
import type { PlanStatus } from '../generated/prisma/enums'

export type PlanAccessRef = { status: PlanStatus; organization: { id: string; path: string } }

/** Holds `permission` at the plan's issuing unit or above it. */
export function canAtIssuer(actor: Actor, permission: Permission, plan: PlanAccessRef) {
  return canAt(actor.memberships, permission, plan.organization)
}

/** Belongs to a unit below the issuer (where the plan is implemented). */
export function isBelowIssuer(actor: Actor, plan: PlanAccessRef) {
  return actor.memberships.some(
    (m) =>
      roleHas(m.role, 'plan.view') &&
      m.organizationPath !== plan.organization.path &&
      isWithin(m.organizationPath, plan.organization.path),
  )
}

export function canViewPlan(actor: Actor, plan: PlanAccessRef) {
  if (canAtIssuer(actor, 'plan.view', plan)) return true
  return (plan.status === 'ISSUED' || plan.status === 'SUPERSEDED') && isBelowIssuer(actor, plan)
}
