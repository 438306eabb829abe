// The tenant's administrator sets, from a date and with its source, whether an award needs the Party
// committee's written opinion before the province submits it to the central level (docs/decisions/0027).
// History is never rewritten: a new setting must start after the latest one of the same award.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { provinceAdminUnit } from '../organizations/queries'
import { isoDay, vnDateOfIso } from '../shared/dates'
import { DomainError } from '../shared/errors'
import type { AddPartyOpinionSettingInput } from './party-opinion-settings'

export async function addPartyOpinionSetting(actor: Actor, input: AddPartyOpinionSettingInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const unit = await provinceAdminUnit(
      tx,
      actor,
      input.organizationId,
      'Chỉ quản trị của tỉnh (đơn vị cấp cao nhất) mới đặt cấu hình ý kiến cấp ủy.',
      { lock: true },
    )
    const latest = await tx.partyOpinionSetting.findFirst({
      where: { tenantId: actor.tenantId, award: input.award },
      orderBy: { validFrom: 'desc' },
      select: { validFrom: true },
    })
    const from = isoDay(input.validFrom)
    if (latest && from <= isoDay(latest.validFrom))
      throw new DomainError(
        `Ngày áp dụng phải sau ngày áp dụng của cấu hình gần nhất cho hình thức này (${vnDateOfIso(isoDay(latest.validFrom))}); cấu hình đã áp dụng không sửa lùi được.`,
        'validFrom',
      )
    const row = await tx.partyOpinionSetting.create({
      data: {
        tenantId: actor.tenantId,
        award: input.award,
        required: input.required,
        validFrom: input.validFrom,
        source: input.source,
        createdById: actor.userId,
      },
      select: { id: true },
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'tenant.party_opinion_setting',
      targetType: 'PartyOpinionSetting',
      targetId: row.id,
      after: { award: input.award, required: input.required, validFrom: from, source: input.source },
    })
    return row
  })
}
