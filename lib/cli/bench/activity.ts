// Accounts, a registration round per district with registrations of half its communes, and an audit
// journal spread over the last year.
import { randomUUID } from 'node:crypto'
import type { Prisma } from '../../generated/prisma/client'
import type { RegistrationStatus, Role } from '../../generated/prisma/enums'
import { personName, type Random } from './random'
import type { Tree, Unit } from './tree'

export type BenchUser = { id: string; username: string }

export type AccountRows = {
  users: Prisma.UserCreateManyInput[]
  memberships: Prisma.MembershipCreateManyInput[]
  admin: BenchUser
  secretariat: BenchUser
  unitHead: BenchUser
}

/**
 * A tenant administrator and a secretariat at the root, a secretariat per district and a unit head
 * per commune. The first district's secretariat and the first commune's head are the measured ones.
 */
export function buildAccounts(
  tenantId: string,
  code: string,
  tree: Tree,
  passwordHash: string,
  random: Random,
): AccountRows {
  const rows: Omit<AccountRows, 'admin' | 'secretariat' | 'unitHead'> = { users: [], memberships: [] }
  const add = (username: string, unit: Unit, role: Role): BenchUser => {
    const id = randomUUID()
    rows.users.push({
      id,
      tenantId,
      username,
      fullName: personName(random, random.next() < 0.5 ? 'NU' : 'NAM'),
      passwordHash,
    })
    rows.memberships.push({ tenantId, userId: id, organizationId: unit.id, role })
    return { id, username }
  }
  const admin = add(`${code}.quantri`, tree.root, 'TENANT_ADMIN')
  add(`${code}.noivu`, tree.root, 'SECRETARIAT')
  const secretaries = tree.districts.map((district, d) => add(`${code}.noivu.h${d + 1}`, district, 'SECRETARIAT'))
  const heads = tree.communes.map((commune, c) => add(`${code}.thutruong.x${c + 1}`, commune, 'UNIT_HEAD'))
  return { ...rows, admin, secretariat: secretaries[0], unitHead: heads[0] }
}

export type RegistrationRows = {
  rounds: Prisma.RegistrationRoundCreateManyInput[]
  registrations: Prisma.RegistrationCreateManyInput[]
  entries: Prisma.RegistrationEntryCreateManyInput[]
}

const STATUSES: RegistrationStatus[] = ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'SUBMITTED', 'RETURNED']

/** Rounds opened by every district for `year`; every other commune has registered, with three people. */
export function buildRegistrations(
  tenantId: string,
  tree: Tree,
  peopleByUnit: Map<string, string[]>,
  year: number,
): RegistrationRows {
  const rows: RegistrationRows = { rounds: [], registrations: [], entries: [] }
  const roundOf = new Map<string, string>()
  for (const district of tree.districts) {
    const id = randomUUID()
    roundOf.set(district.id, id)
    rows.rounds.push({
      id,
      tenantId,
      organizationId: district.id,
      year,
      deadline: new Date(Date.UTC(year, 2, 31)),
      note: 'Các đơn vị gửi bản đăng ký thi đua.',
    })
  }
  tree.communes.forEach((commune, c) => {
    const roundId = commune.parentId ? roundOf.get(commune.parentId) : undefined
    if (!roundId || c % 2 !== 0) return
    const id = randomUUID()
    const status = STATUSES[(c / 2) % STATUSES.length]
    const handedIn = status !== 'DRAFT'
    rows.registrations.push({
      id,
      tenantId,
      roundId,
      organizationId: commune.id,
      year,
      status,
      collectiveTitle: c % 4 === 0 ? 'TAP_THE_LDXS' : 'TAP_THE_LDTT',
      commitments: 'Hoàn thành xuất sắc các chỉ tiêu kinh tế - xã hội được giao.',
      submittedAt: handedIn ? new Date(Date.UTC(year, 2, 1 + (c % 40))) : null,
      decidedAt: status === 'ACCEPTED' || status === 'RETURNED' ? new Date(Date.UTC(year, 3, 10)) : null,
      returnComment: status === 'RETURNED' ? 'Bổ sung danh sách cá nhân đăng ký.' : null,
    })
    for (const [i, personId] of (peopleByUnit.get(commune.id) ?? []).slice(0, 3).entries()) {
      rows.entries.push({ tenantId, registrationId: id, personId, title: i === 0 ? 'CSTD_CO_SO' : 'LDTT' })
    }
  })
  return rows
}

const ACTIONS: [string, string, boolean][] = [
  // action, target type, tenant-wide (no organisation)
  ['auth.login', 'User', true],
  ['auth.login', 'User', true],
  ['auth.login', 'User', true],
  ['auth.login_failed', 'User', true],
  ['plan.create', 'Plan', false],
  ['plan.update', 'Plan', false],
  ['plan.task_report', 'PlanTask', false],
  ['person.import', 'Organization', false],
  ['registration.save', 'Registration', false],
  ['registration.submit', 'Registration', false],
  ['organization.rename', 'Organization', false],
  ['membership.add', 'Membership', false],
  ['user.create', 'User', false],
]

export function buildAuditEvents(
  tenantId: string,
  units: readonly Unit[],
  users: readonly BenchUser[],
  count: number,
  random: Random,
) {
  const now = Date.now()
  const rows: Prisma.AuditEventCreateManyInput[] = []
  for (let i = 0; i < count; i++) {
    const [action, targetType, tenantWide] = random.pick(ACTIONS)
    const actor = random.pick(users)
    const unit = random.pick(units)
    rows.push({
      tenantId,
      actorId: actor.id,
      organizationId: tenantWide ? null : unit.id,
      action,
      targetType,
      targetId: targetType === 'User' ? actor.id : randomUUID(),
      before: action === 'organization.rename' ? { name: unit.name.replace('Ủy ban nhân dân', 'UBND') } : undefined,
      after:
        action === 'organization.rename'
          ? { name: unit.name }
          : action === 'plan.update'
            ? { version: random.int(2, 9) }
            : undefined,
      createdAt: new Date(now - Math.floor(random.next() * 365 * 24 * 3600_000)),
    })
  }
  return rows
}
