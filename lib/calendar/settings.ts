// A tenant's deadline settings: read the overrides in force (one query), and let the tenant's
// administrator record a new value from a date, with its source.
import { z } from 'zod'
import type { Actor } from '../auth/actor'
import { assertCan } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant, type Tx } from '../db/tenant'
import { DomainError } from '../shared/errors'
import { isoDate } from '../shared/zod'
import { DEADLINE_KEYS, settingsOn } from './deadlines'

export async function deadlineSettings(tx: Tx, tenantId: string, onDate: string) {
  const overrides = await tx.deadlineSetting.findMany({
    where: { tenantId, validFrom: { lte: new Date(`${onDate}T00:00:00Z`) } },
    select: { key: true, value: true, validFrom: true, source: true },
  })
  return settingsOn(onDate, overrides)
}

export const deadlineSettingSchema = z.object({
  key: z.enum(DEADLINE_KEYS, { error: 'Chọn thời hạn cần đặt.' }),
  value: z.coerce
    .number({ error: 'Giá trị phải là số.' })
    .int('Giá trị phải là số nguyên.')
    .min(1, 'Giá trị phải lớn hơn 0.')
    .max(1231, 'Giá trị quá lớn.'),
  validFrom: isoDate('Ngày áp dụng không hợp lệ.')
    .refine((d) => d !== null, 'Vui lòng chọn ngày áp dụng.')
    .transform((d) => d!),
  source: z.string().trim().min(5, 'Ghi văn bản làm căn cứ (số, ngày, cơ quan ban hành).').max(500, 'Quá dài.'),
})
export type DeadlineSettingInput = z.infer<typeof deadlineSettingSchema>

const isMonthDay = (v: number) => {
  const month = Math.floor(v / 100)
  const day = v % 100
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(2024, month, 0)).getUTCDate()
}

export async function saveDeadlineSetting(actor: Actor, input: DeadlineSettingInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const root = await tx.organization.findFirstOrThrow({
      where: { tenantId: actor.tenantId, parentId: null },
      select: { id: true, path: true },
      orderBy: { depth: 'asc' },
    })
    assertCan(actor, 'org.manage', root)
    if ((input.key === 'annualSubmission' || input.key === 'schoolSubmission') && !isMonthDay(input.value))
      throw new DomainError('Ngày/tháng ghi dạng MMDD, ví dụ 1210 là ngày 10/12.', 'value')
    if (input.key.endsWith('WorkingDays') && input.value > 90)
      throw new DomainError('Số ngày làm việc không quá 90.', 'value')
    const saved = await tx.deadlineSetting.upsert({
      where: { tenantId_key_validFrom: { tenantId: actor.tenantId, key: input.key, validFrom: input.validFrom } },
      create: { tenantId: actor.tenantId, ...input, createdById: actor.userId },
      update: { value: input.value, source: input.source },
      select: { id: true },
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: root.id,
      action: 'tenant.deadline_setting',
      targetType: 'DeadlineSetting',
      targetId: saved.id,
      after: { key: input.key, value: input.value, validFrom: input.validFrom.toISOString().slice(0, 10) },
    })
  })
}
