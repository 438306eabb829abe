import type { Actor } from '../auth/actor'
import { hashPassword } from '../auth/password'
import { recordAudit } from '../audit/record'
import { withTenant, type Tx } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { DomainError } from '../shared/errors'
import type { CreateUserInput } from './schemas'
import { needsSecondPerson, requestGrant } from './role-grants'

/** Login names are unique across tenants; asked through the login lookup, which sees past RLS. */
export async function assertUsernameFree(tx: Tx, username: string) {
  const taken = await tx.$queryRaw<{ tenant: string | null }[]>`SELECT app_login_tenant(${username})::text AS tenant`
  if (taken[0]?.tenant) throw new DomainError('Tên đăng nhập này đã được sử dụng.', 'username')
}

export async function createUser(actor: Actor, input: CreateUserInput) {
  const passwordHash = await hashPassword(input.password) // slow: outside the transaction
  return withTenant(actor.tenantId, async (tx) => {
    const organization = await findOrganizationForActor(tx, actor, input.organizationId, 'user.manage')
    if (!organization.active) throw new DomainError('Đơn vị này đã ngừng hoạt động.', 'organizationId')
    await assertUsernameFree(tx, input.username)
    const user = await tx.user.create({
      data: {
        tenantId: actor.tenantId,
        username: input.username,
        fullName: input.fullName,
        email: input.email,
        passwordHash,
      },
      select: { id: true, username: true },
    })
    // A decision or council role waits for a second person's confirmation (role-grants.ts).
    if (needsSecondPerson(input.role))
      await requestGrant(tx, actor, { userId: user.id, organizationId: organization.id, role: input.role })
    else
      await tx.membership.create({
        data: { tenantId: actor.tenantId, userId: user.id, organizationId: organization.id, role: input.role },
      })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: organization.id,
      action: 'user.create',
      targetType: 'User',
      targetId: user.id,
      after: { username: user.username, fullName: input.fullName, role: input.role, organizationId: organization.id },
    })
    return user
  })
}
