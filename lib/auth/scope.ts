// Organisation scope: a role held at a unit reaches that unit and everything below it in the tree,
// never its parents or siblings. Units are compared by their materialised paths ("/root/…/id/").
import { roleHas, type Permission } from './permissions'

export type ScopedMembership = { organizationId: string; organizationPath: string; role: string }
export type OrgRef = { id: string; path: string }

/** Is `path` the unit at `ancestorPath` or below it? */
export function isWithin(path: string, ancestorPath: string): boolean {
  return ancestorPath.length > 0 && path.startsWith(ancestorPath)
}

/** May a holder of these memberships use `permission` on the unit? */
export function canAt(memberships: readonly ScopedMembership[], permission: Permission, target: OrgRef): boolean {
  return memberships.some((m) => roleHas(m.role, permission) && isWithin(target.path, m.organizationPath))
}

/**
 * Holds `permission` through a role at exactly this unit, not above it: the head of a unit, the
 * level holding a dossier, a council member. A role at a parent reaches the unit (canAt) but does not
 * make one act *as* it.
 */
export function holdsAt(
  holder: { memberships: readonly ScopedMembership[] },
  permission: Permission,
  organizationId: string,
): boolean {
  return holder.memberships.some((m) => m.organizationId === organizationId && roleHas(m.role, permission))
}

/** The fewest subtree roots (paths) in which the permission holds: a nested grant adds nothing. */
export function scopeRoots(memberships: readonly ScopedMembership[], permission: Permission): string[] {
  const paths = [...new Set(memberships.filter((m) => roleHas(m.role, permission)).map((m) => m.organizationPath))]
  paths.sort((a, b) => a.length - b.length)
  const roots: string[] = []
  for (const path of paths) if (!roots.some((root) => isWithin(path, root))) roots.push(path)
  return roots
}

/** Builds the path of a child unit. */
export const childPath = (parentPath: string | null, id: string) => `${parentPath ?? '/'}${id}/`
