// The managing level groups comparable units below it into a block for a year, with a leader unit
// (trưởng khối) and an optional deputy (phó khối) among the members.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant, type Tx } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { DomainError, NotFoundError } from '../shared/errors'
import { lockManagingYear } from './guard'
import type { CreateBlockInput } from './schemas'

type Managing = { id: string; path: string }
type Setup = { name: string; year: number; memberIds: string[]; leaderOrgId: string; deputyOrgId: string | null }

/**
 * Checks a block's setup against the database: members are active units strictly below the managing
 * unit (anything else, including ids of another tenant, is "not found"), the leader and deputy are
 * members, and neither the name nor a member is taken by another block of the same level and year.
 * Call with the managing unit and year locked (lockManagingYear).
 */
export async function checkSetup(tx: Tx, tenantId: string, managing: Managing, setup: Setup, exceptBlockId?: string) {
  const units = await tx.organization.findMany({
    where: { tenantId, id: { in: setup.memberIds } },
    select: { id: true, name: true, path: true, active: true },
  })
  const byId = new Map(units.map((u) => [u.id, u]))
  for (const id of setup.memberIds) {
    const unit = byId.get(id)
    if (!unit || unit.id === managing.id || !unit.path.startsWith(managing.path)) {
      throw new NotFoundError('Không tìm thấy đơn vị thành viên trong các đơn vị trực thuộc đơn vị quản lý khối.')
    }
    if (!unit.active)
      throw new DomainError(`${unit.name} đã ngừng hoạt động, không thể là thành viên của khối.`, 'memberIds')
  }
  if (!byId.has(setup.leaderOrgId) || !setup.memberIds.includes(setup.leaderOrgId)) {
    throw new DomainError('Đơn vị trưởng khối phải là một đơn vị thành viên của khối.', 'leaderOrgId')
  }
  if (setup.deputyOrgId !== null) {
    if (setup.deputyOrgId === setup.leaderOrgId)
      throw new DomainError('Đơn vị phó khối phải khác đơn vị trưởng khối.', 'deputyOrgId')
    if (!setup.memberIds.includes(setup.deputyOrgId))
      throw new DomainError('Đơn vị phó khối phải là một đơn vị thành viên của khối.', 'deputyOrgId')
  }
  const others = {
    tenantId,
    organizationId: managing.id,
    year: setup.year,
    ...(exceptBlockId ? { id: { not: exceptBlockId } } : {}),
  }
  const [sameName, taken] = await Promise.all([
    tx.emulationBlock.findFirst({
      where: { ...others, name: { equals: setup.name, mode: 'insensitive' } },
      select: { id: true },
    }),
    tx.blockMember.findFirst({
      where: { tenantId, organizationId: { in: setup.memberIds }, block: others },
      select: { organizationId: true, block: { select: { name: true } } },
    }),
  ])
  if (sameName) throw new DomainError(`Đã có khối thi đua cùng tên trong năm ${setup.year}.`, 'name')
  if (taken) {
    throw new DomainError(
      `${byId.get(taken.organizationId)!.name} đã thuộc ${taken.block.name} năm ${setup.year}: mỗi đơn vị thuộc một khối trong năm.`,
      'memberIds',
    )
  }
}

export async function createBlock(actor: Actor, input: CreateBlockInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const managing = await findOrganizationForActor(tx, actor, input.organizationId, 'block.manage')
    if (!managing.active) throw new DomainError('Đơn vị quản lý khối đã ngừng hoạt động.')
    await lockManagingYear(tx, actor.tenantId, managing.id, input.year)
    await checkSetup(tx, actor.tenantId, managing, input)
    const block = await tx.emulationBlock.create({
      data: {
        tenantId: actor.tenantId,
        organizationId: managing.id,
        year: input.year,
        name: input.name,
        leaderOrgId: input.leaderOrgId,
        deputyOrgId: input.deputyOrgId,
      },
      select: { id: true },
    })
    await tx.blockMember.createMany({
      data: input.memberIds.map((organizationId) => ({ tenantId: actor.tenantId, blockId: block.id, organizationId })),
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: managing.id,
      action: 'block.create',
      targetType: 'EmulationBlock',
      targetId: block.id,
      after: {
        name: input.name,
        year: input.year,
        memberIds: input.memberIds,
        leaderOrgId: input.leaderOrgId,
        deputyOrgId: input.deputyOrgId,
      },
    })
    return block
  })
}
