// Roles map to permissions here and nowhere else. A role the map does not know grants nothing.
import type { Role } from '../generated/prisma/enums'

export const PERMISSIONS = [
  'workspace.view', // see the organisation's workspace
  'org.manage', // organisation tree: add, rename, move, deactivate units
  'user.manage', // accounts and roles
  'grant.confirm', // confirm or refuse, as the second person, a decision or council role asked for someone else
  'audit.view', // the audit journal
  'plan.view',
  'plan.draft', // draft and edit plans
  'plan.approve', // issue or return plans
  'plan.report', // report progress on assigned tasks
  'registration.manage', // emulation registration of a unit and its people
  'registration.review', // set registration deadlines, accept or return registrations of units below
  'people.manage', // the people registry of a unit: add, edit, move, import, yearly records
  'movement.manage', // launch emulation movements to the units below
  'block.manage', // create emulation blocks, their members, covenant and criteria; record agreed scores
  'block.score', // accept the covenant and self-score for one's own unit
  'dossier.propose', // submit award dossiers
  'dossier.appraise', // receive and appraise dossiers, prepare council sessions
  'council.vote',
  'decision.sign', // approve and sign award decisions
  'consultation.answer', // a consulted body answers the hiệp y letters sent to it (and sees nothing else)
] as const
export type Permission = (typeof PERMISSIONS)[number]

export const ROLES = [
  'TENANT_ADMIN',
  'SECRETARIAT',
  'UNIT_HEAD',
  'COUNCIL_MEMBER',
  'LEADER',
  'VIEWER',
  'CONSULTED_BODY',
] as const satisfies readonly Role[]

/**
 * The roles the generic account forms grant. A consulted body's account names its body, so it is made
 * only by its own form (lib/users/create-consulted-body-account.ts).
 */
export const ASSIGNABLE_ROLES = ROLES.filter((r) => r !== 'CONSULTED_BODY') as Exclude<
  (typeof ROLES)[number],
  'CONSULTED_BODY'
>[]

export const ROLE_LABELS = {
  TENANT_ADMIN: 'Quản trị',
  SECRETARIAT: 'Cán bộ Nội vụ (Thường trực Hội đồng)',
  UNIT_HEAD: 'Thủ trưởng đơn vị',
  COUNCIL_MEMBER: 'Thành viên Hội đồng TĐKT',
  LEADER: 'Lãnh đạo',
  VIEWER: 'Người xem',
  CONSULTED_BODY: 'Cơ quan được xin ý kiến hiệp y',
} as const satisfies Record<Role, string>

export const ROLE_PERMISSIONS = {
  TENANT_ADMIN: ['workspace.view', 'org.manage', 'user.manage', 'grant.confirm', 'audit.view', 'plan.view'],
  SECRETARIAT: [
    'workspace.view',
    'plan.view',
    'plan.draft',
    'registration.manage',
    'registration.review',
    'people.manage',
    'movement.manage',
    'block.manage',
    'dossier.appraise',
    'audit.view',
  ],
  UNIT_HEAD: [
    'workspace.view',
    'plan.view',
    'plan.report',
    'registration.manage',
    'people.manage',
    'block.score',
    'dossier.propose',
  ],
  COUNCIL_MEMBER: ['workspace.view', 'plan.view', 'council.vote'],
  LEADER: [
    'workspace.view',
    'plan.view',
    'plan.approve',
    'decision.sign',
    'council.vote',
    'grant.confirm',
    'audit.view',
  ],
  VIEWER: ['workspace.view', 'plan.view'],
  // no workspace: only the letters sent to its own body (lib/consultation/body-letters.ts)
  CONSULTED_BODY: ['consultation.answer'],
} as const satisfies Record<Role, readonly Permission[]>

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** Does this role grant the permission? Unknown roles (e.g. from an old token or a bad row) grant nothing. */
export function roleHas(role: unknown, permission: Permission): boolean {
  if (!isRole(role) || !Object.hasOwn(ROLE_PERMISSIONS, role)) return false
  return (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission)
}
