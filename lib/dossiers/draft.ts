// The proposing unit prepares its dossier: create it, add and remove nominees while it is a draft.
import { assertCan, type Actor } from '../auth/actor'
import { isWithin } from '../auth/scope'
import { recordAudit } from '../audit/record'
import { ISSUER_LABELS, type Issuer } from '../awards/authority'
import { acceptsRecipient, awardLabel } from '../awards/catalog'
import { withTenant, type Tx } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { ConflictError, DomainError, NotFoundError } from '../shared/errors'
import { assertTitleUnclaimed, certificateWarnings, explainTitleClash } from './achievement'
import { findDossierForActor } from './queries'
import { giayKhenOptionsFor } from './workflow'
import type { AddNomineeInput, CreateDossierInput } from './schemas'
import type { z } from 'zod'
import type { removeNomineeSchema } from './schemas'

export async function createDossier(actor: Actor, input: CreateDossierInput) {
  return withTenant(actor.tenantId, async (tx) =>
    createDossierIn(tx, actor, await proposingUnit(tx, actor, input), input),
  )
}

/** The unit a dossier is opened for, when the actor may propose for it (dossier.propose there): the one check. */
export async function proposingUnit(tx: Tx, actor: Actor, input: { organizationId: string }) {
  const unit = await findOrganizationForActor(tx, actor, input.organizationId, 'dossier.propose')
  assertCan(actor, 'dossier.propose', unit)
  return unit
}

/**
 * Creates the dossier of `unit` inside the caller's transaction; the caller has checked who may (the
 * unit's head above, or the receiving level recording its units' lists: lib/submissions/import-nominees.ts).
 */
export async function createDossierIn(
  tx: Tx,
  actor: Actor,
  unit: { id: string },
  input: Omit<CreateDossierInput, 'organizationId'>,
) {
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
  return dossier
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
    const draft = await draftForChange(tx, actor, input.dossierId, input.version)
    return addNomineeIn(tx, actor, draft, input)
  })
}

export type NomineeDraft = {
  dossier: { id: string; year: number; proposingOrgId: string }
  unit: { id: string; path: string }
}

/**
 * Adds a nominee to a draft dossier inside the caller's transaction, by every rule of a nominee (in the
 * unit's subtree, an award for that kind of recipient, once per dossier, a title once per year); the
 * caller has claimed the draft (draftForChange) or just created it.
 */
export async function addNomineeIn(
  tx: Tx,
  actor: Actor,
  { dossier, unit }: NomineeDraft,
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
  const issuer = await askedIssuer(tx, actor.tenantId, dossier, input)
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
        issuer,
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
    after: { nomineeId: nominee.id, award: input.award, displayName, ...(issuer ? { issuer } : {}) },
  })
  return { ...nominee, warnings }
}

/**
 * Whose Giấy khen the nominee asks for, checked against what the law allows on the dossier's date and tree
 * (lib/awards/authority.ts `issuerOptions`); null when none was asked (the default path). The head of a
 * committee does not give his own Giấy khen to his own committee as a collective.
 */
async function askedIssuer(
  tx: Tx,
  tenantId: string,
  dossier: { year: number; proposingOrgId: string },
  input: Pick<AddNomineeInput, 'award' | 'issuer' | 'organizationId' | 'personId'>,
): Promise<Issuer | null> {
  if (!input.issuer) return null
  if (input.award !== 'GIAY_KHEN')
    throw new DomainError('Chỉ chọn cấp tặng (Giấy khen của ai) khi đề nghị Giấy khen.', 'issuer')
  const options = await giayKhenOptionsFor(tx, tenantId, dossier)
  const chosen = options.find((o) => o.issuer === input.issuer)
  if (!chosen) {
    const allowed = options.map((o) => o.label).join('; ')
    throw new DomainError(
      `Theo quy định có hiệu lực cho hồ sơ năm ${dossier.year}, không đề nghị được “${ISSUER_LABELS[input.issuer]}”` +
        (allowed ? `; có thể đề nghị: ${allowed}.` : '.'),
      'issuer',
    )
  }
  if (!input.personId && input.organizationId && chosen.path.decidingOrganizationId === input.organizationId)
    throw new DomainError(`${chosen.label} không tặng cho chính cơ quan của người tặng; hãy chọn cấp trên.`, 'issuer')
  return chosen.issuer
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
