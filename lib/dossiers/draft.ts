// The proposing unit prepares its dossier: create it, add and remove nominees while it is a draft.
import { assertCan, type Actor } from '../auth/actor'
import { isWithin } from '../auth/scope'
import { recordAudit } from '../audit/record'
import { acceptsRecipient, awardLabel } from '../awards/catalog'
import { withTenant, type Tx } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { ConflictError, DomainError, NotFoundError } from '../shared/errors'
import { assertTitleUnclaimed, certificateWarnings, explainTitleClash } from './achievement'
import { findDossierForActor } from './queries'
import type { AddNomineeInput, CreateDossierInput } from './schemas'
import type { z } from 'zod'
import type { removeNomineeSchema } from './schemas'

export async function createDossier(actor: Actor, input: CreateDossierInput) {
  return withTenant(actor.tenantId, async (tx) => ({ id: (await openDossier(tx, actor, input)).id }))
}

/**
 * Opens a dossier at the proposing unit inside the caller's transaction (the one home of who may open
 * one and of its audit entry): createDossier, and features that create a dossier as part of their own
 * change (the Cờ thi đua from an emulation block's ranking, lib/blocks/propose-flag.ts).
 */
export async function openDossier(tx: Tx, actor: Actor, input: CreateDossierInput) {
  const unit = await findOrganizationForActor(tx, actor, input.organizationId, 'dossier.propose')
  assertCan(actor, 'dossier.propose', unit)
  if (input.movementId) {
    const movement = await tx.movement.findFirst({
      where: {
        tenantId: actor.tenantId,
        id: input.movementId,
        OR: [{ organizationId: unit.id }, { targets: { some: { organizationId: unit.id } } }],
      },
      select: { id: true },
    })
    if (!movement) throw new DomainError('Phong trào không được phát động tới đơn vị.', 'movementId')
  }
  const dossier = await tx.dossier.create({
    data: {
      tenantId: actor.tenantId,
      proposingOrgId: unit.id,
      kind: input.kind,
      year: input.year,
      title: input.title,
      movementId: input.movementId,
      createdById: actor.userId,
    },
    select: { id: true },
  })
  await recordAudit(tx, {
    tenantId: actor.tenantId,
    actorId: actor.userId,
    organizationId: unit.id,
    action: 'dossier.create',
    targetType: 'Dossier',
    targetId: dossier.id,
    after: { title: input.title },
  })
  return { ...dossier, unit }
}

/** The dossier as its proposing unit may change it: still a draft, and the version the form was built on. */
async function draftForChange(tx: Tx, actor: Actor, dossierId: string, version: number) {
  const dossier = await findDossierForActor(tx, actor, dossierId)
  const unit = await tx.organization.findFirstOrThrow({
    where: { tenantId: actor.tenantId, id: dossier.proposingOrgId },
    select: { id: true, path: true },
  })
  assertCan(actor, 'dossier.propose', unit)
  if (dossier.submittedAt) throw new DomainError('Hồ sơ đã trình lên cấp trên nên không sửa được.')
  const { count } = await tx.dossier.updateMany({
    where: { tenantId: actor.tenantId, id: dossier.id, version },
    data: { version: { increment: 1 } },
  })
  if (count !== 1) throw new ConflictError()
  return { dossier, unit }
}

export async function addNominee(actor: Actor, input: AddNomineeInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const { dossier, unit } = await draftForChange(tx, actor, input.dossierId, input.version)
    return insertNominee(tx, actor, { dossier, unit }, input)
  })
}

/**
 * Adds a nominee to a draft dossier the caller has claimed (draftForChange, or one it just opened with
 * openDossier): the recipient checks, one title per year, the insert and its audit entry.
 */
export async function insertNominee(
  tx: Tx,
  actor: Actor,
  { dossier, unit }: { dossier: { id: string; year: number }; unit: { id: string; path: string } },
  input: Omit<AddNomineeInput, 'dossierId' | 'version'>,
) {
  let displayName: string
  if (input.personId) {
    const person = await tx.person.findFirst({
      where: { tenantId: actor.tenantId, id: input.personId, active: true },
      select: { fullName: true, organizationId: true },
    })
    const home = person
      ? await tx.organization.findFirst({
          where: { tenantId: actor.tenantId, id: person.organizationId },
          select: { path: true },
        })
      : null
    if (!person || !home || !isWithin(home.path, unit.path))
      throw new NotFoundError('Không tìm thấy cá nhân trong đơn vị.')
    if (!acceptsRecipient(input.award, 'INDIVIDUAL'))
      throw new DomainError(`${awardLabel(input.award)} không dành cho cá nhân.`, 'award')
    displayName = person.fullName
  } else {
    const org = await tx.organization.findFirst({
      where: { tenantId: actor.tenantId, id: input.organizationId!, active: true },
      select: { name: true, path: true },
    })
    if (!org || !isWithin(org.path, unit.path)) throw new NotFoundError('Không tìm thấy tập thể trong đơn vị.')
    if (!acceptsRecipient(input.award, 'COLLECTIVE'))
      throw new DomainError(`${awardLabel(input.award)} không dành cho tập thể.`, 'award')
    displayName = org.name
  }
  const duplicate = await tx.dossierNominee.findFirst({
    where: {
      tenantId: actor.tenantId,
      dossierId: dossier.id,
      award: input.award,
      personId: input.personId,
      organizationId: input.organizationId,
    },
    select: { id: true },
  })
  if (duplicate) throw new DomainError('Người (tập thể) này đã được đề nghị hình thức này trong hồ sơ.', 'award')
  const claim = {
    personId: input.personId ?? null,
    organizationId: input.personId ? null : (input.organizationId ?? null),
    award: input.award,
    year: dossier.year,
  }
  await assertTitleUnclaimed(tx, actor.tenantId, claim)
  const warnings = await certificateWarnings(tx, actor.tenantId, claim)
  const create = () =>
    tx.dossierNominee.create({
      data: {
        tenantId: actor.tenantId,
        dossierId: dossier.id,
        personId: input.personId,
        organizationId: input.organizationId,
        displayName,
        award: input.award,
        achievement: input.achievement,
        method: input.method ?? null,
        holderOrgId: unit.id,
      },
      select: { id: true },
    })
  // A concurrent proposal of the same title loses on the partial unique index; name the other dossier.
  const nominee = await explainTitleClash(claim, create)
  await recordAudit(tx, {
    tenantId: actor.tenantId,
    actorId: actor.userId,
    organizationId: unit.id,
    action: 'dossier.add_nominee',
    targetType: 'Dossier',
    targetId: dossier.id,
    after: { nomineeId: nominee.id, award: input.award, displayName },
  })
  return { ...nominee, warnings }
}

export async function removeNominee(actor: Actor, input: z.infer<typeof removeNomineeSchema>) {
  return withTenant(actor.tenantId, async (tx) => {
    const { dossier, unit } = await draftForChange(tx, actor, input.dossierId, input.version)
    // Only a nominee still with the proposing unit can be withdrawn; one under review above stays.
    const { count } = await tx.dossierNominee.deleteMany({
      where: {
        tenantId: actor.tenantId,
        dossierId: dossier.id,
        id: input.nomineeId,
        status: { in: ['DRAFT', 'RETURNED'] },
      },
    })
    if (count !== 1)
      throw new DomainError('Chỉ rút được người được đề nghị đang ở đơn vị (chưa trình hoặc bị trả lại).')
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'dossier.remove_nominee',
      targetType: 'Dossier',
      targetId: dossier.id,
      before: { nomineeId: input.nomineeId },
    })
  })
}
