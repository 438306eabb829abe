import { assertCan, type Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { ConflictError, DomainError } from '../shared/errors'
import { registrationWarnings } from './checks'
import { peopleForChecks, roundForUnit } from './queries'
import type { SaveRegistrationInput } from './schemas'

/**
 * Saves a unit's registration (collective title, commitments, each person's title) as a whole.
 * Only the unit's people can be registered; an accepted registration is locked; a stale form conflicts.
 * Returns the warnings, which never block saving.
 */
export async function saveRegistration(actor: Actor, input: SaveRegistrationInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const unit = await findOrganizationForActor(tx, actor, input.organizationId, 'registration.manage')
    assertCan(actor, 'registration.manage', unit)
    const round = await roundForUnit(tx, actor.tenantId, unit, input.year)
    if (!round) throw new DomainError(`Cấp quản lý chưa mở đăng ký thi đua năm ${input.year} cho đơn vị.`)
    const people = await peopleForChecks(tx, actor.tenantId, unit.id, input.year)
    const ours = new Set(people.map((p) => p.id))
    const stranger = input.entries.find((e) => !ours.has(e.personId))
    if (stranger)
      throw new DomainError(
        'Chỉ đăng ký được cho người của đơn vị mình (đang hoạt động).',
        `title:${stranger.personId}`,
      )
    const seen = new Set<string>()
    for (const e of input.entries) {
      if (seen.has(e.personId)) throw new DomainError('Một người chỉ đăng ký một danh hiệu.', `title:${e.personId}`)
      seen.add(e.personId)
    }

    const existing = await tx.registration.findFirst({
      where: { tenantId: actor.tenantId, organizationId: unit.id, year: input.year },
      select: { id: true, status: true, version: true },
    })
    if (existing?.status === 'ACCEPTED') throw new DomainError('Bản đăng ký đã được chấp nhận nên không sửa được.')
    if (existing?.status === 'SUBMITTED')
      throw new DomainError('Bản đăng ký đang chờ cấp quản lý xem xét nên không sửa được.')
    let registrationId: string
    if (existing) {
      if (existing.version !== input.version) throw new ConflictError()
      const { count } = await tx.registration.updateMany({
        where: {
          tenantId: actor.tenantId,
          id: existing.id,
          version: input.version,
          status: { in: ['DRAFT', 'RETURNED'] },
        },
        data: { collectiveTitle: input.collectiveTitle, commitments: input.commitments, version: { increment: 1 } },
      })
      if (count !== 1) throw new ConflictError()
      registrationId = existing.id
      await tx.registrationEntry.deleteMany({ where: { tenantId: actor.tenantId, registrationId } })
    } else {
      if (input.version !== 0) throw new ConflictError()
      const created = await tx.registration.create({
        data: {
          tenantId: actor.tenantId,
          roundId: round.id,
          organizationId: unit.id,
          year: input.year,
          collectiveTitle: input.collectiveTitle,
          commitments: input.commitments,
        },
        select: { id: true },
      })
      registrationId = created.id
    }
    await tx.registrationEntry.createMany({
      data: input.entries.map((e) => ({
        tenantId: actor.tenantId,
        registrationId,
        personId: e.personId,
        title: e.title,
      })),
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'registration.save',
      targetType: 'Registration',
      targetId: registrationId,
      after: { collectiveTitle: input.collectiveTitle, entries: input.entries.length },
    })
    return {
      registrationId,
      warnings: registrationWarnings({
        year: input.year,
        collectiveTitle: input.collectiveTitle,
        entries: input.entries,
        people,
      }),
    }
  })
}
