import { randomUUID } from 'node:crypto'
import { assertCan, type Actor } from '../auth/actor'
import { childPath } from '../auth/scope'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { DomainError } from '../shared/errors'
import { findOrganizationForActor, organizationSelect } from './queries'
import { resolvePlacement } from './rules'
import type { CreateOrganizationInput } from './schemas'
import type { Tx } from '../db/tenant'

export async function assertNoActiveSiblingNamed(
  tx: Tx,
  tenantId: string,
  parentId: string,
  name: string,
  exceptId?: string,
) {
  const clash = await tx.organization.findFirst({
    where: {
      tenantId,
      parentId,
      active: true,
      name: { equals: name, mode: 'insensitive' },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true },
  })
  if (clash) throw new DomainError('Đã có đơn vị cùng tên trực thuộc đơn vị cấp trên này.', 'name')
}

export async function createOrganization(actor: Actor, input: CreateOrganizationInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const parent = await findOrganizationForActor(tx, actor, input.parentId, 'org.manage')
    assertCan(actor, 'org.manage', parent)
    const tenant = await tx.tenant.findFirstOrThrow({ where: { id: actor.tenantId }, select: { hasDistricts: true } })
    const placement = resolvePlacement(parent, input.kind, tenant.hasDistricts)
    if (!placement.ok) throw new DomainError(placement.message, 'kind')
    await assertNoActiveSiblingNamed(tx, actor.tenantId, parent.id, input.name)

    const id = randomUUID()
    const created = await tx.organization.create({
      data: {
        id,
        tenantId: actor.tenantId,
        parentId: parent.id,
        name: input.name,
        shortName: input.shortName,
        kind: input.kind,
        level: placement.level,
        path: childPath(parent.path, id),
        depth: parent.depth + 1,
        validFrom: new Date(),
      },
      select: organizationSelect,
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: parent.id,
      action: 'organization.create',
      targetType: 'Organization',
      targetId: id,
      after: { name: created.name, kind: created.kind, level: created.level, parentId: parent.id },
    })
    return created
  })
}
