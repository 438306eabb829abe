// The tenant's administrator sets a deadline (a working-day period, a submission date) from a date, with
// its legal source. The value in force before that date stays as it was: history is never rewritten, so a
// new value must start after the latest one of the same deadline (the shipped default or the tenant's own).
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { provinceAdminUnit } from '../organizations/queries'
import { isoDay, vnDateOfIso } from '../shared/dates'
import { DomainError } from '../shared/errors'
import { DEADLINE_DEFAULTS } from './deadlines'
import type { AddDeadlineSettingInput } from './schemas'

export async function addDeadlineSetting(actor: Actor, input: AddDeadlineSettingInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const unit = await provinceAdminUnit(
      tx,
      actor,
      input.organizationId,
      'Chỉ quản trị của tỉnh (đơn vị cấp cao nhất) mới đặt thời hạn.',
      { lock: true },
    )
    const own = await tx.deadlineSetting.findFirst({
      where: { tenantId: actor.tenantId, key: input.key },
      orderBy: { validFrom: 'desc' },
      select: { validFrom: true },
    })
    const latest = [...DEADLINE_DEFAULTS[input.key].map((d) => d.from), ...(own ? [isoDay(own.validFrom)] : [])]
      .sort()
      .at(-1)!
    const from = isoDay(input.validFrom)
    if (from <= latest)
      throw new DomainError(
        `Ngày áp dụng phải sau ngày áp dụng của giá trị gần nhất (${vnDateOfIso(latest)}); giá trị đã áp dụng không sửa lùi được.`,
        'validFrom',
      )
    const row = await tx.deadlineSetting.create({
      data: {
        tenantId: actor.tenantId,
        key: input.key,
        value: input.value,
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
      action: 'tenant.deadline_setting',
      targetType: 'DeadlineSetting',
      targetId: row.id,
      after: { key: input.key, value: input.value, validFrom: from, source: input.source },
    })
    return row
  })
}
