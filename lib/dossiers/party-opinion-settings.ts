// The form and the listing of the tenant's Party-opinion configuration (app/o/[orgId]/quan-tri/y-kien-cap-uy):
// which awards need the Party committee's written opinion before the province submits them to the central
// level, from a date, with its source (docs/decisions/0027). The rule itself stays in transitions.ts.
import { z } from 'zod'
import { AUTHORITY } from '../awards/authority'
import { AWARD_CODES, AWARDS, type AwardCode } from '../awards/catalog'
import type { Tx } from '../db/tenant'
import { isoDay } from '../shared/dates'
import { isoDate, uuid } from '../shared/zod'

/** An award the central level decides (at any time in its history): listed first in the form. */
export const isCentralAward = (code: AwardCode) =>
  AUTHORITY[code].some((rule) => rule.value.decidingLevel === 'TRUNG_UONG')

/** Every award of the catalogue, central-level ones first (catalogue order within each group). */
export const PARTY_OPINION_AWARD_OPTIONS: readonly AwardCode[] = [
  ...AWARDS.filter((a) => isCentralAward(a.code)).map((a) => a.code),
  ...AWARDS.filter((a) => !isCentralAward(a.code)).map((a) => a.code),
]

export const addPartyOpinionSettingSchema = z
  .object({
    organizationId: uuid('Đơn vị không hợp lệ.'),
    award: z.enum(AWARD_CODES, { error: 'Vui lòng chọn hình thức khen thưởng.' }),
    required: z
      .enum(['yes', 'no'], { error: 'Vui lòng chọn có cần ý kiến cấp ủy hay không.' })
      .transform((v) => v === 'yes'),
    validFrom: isoDate('Ngày áp dụng không hợp lệ.'),
    source: z
      .string({ error: 'Vui lòng nhập căn cứ (số, ngày văn bản, cơ quan ban hành).' })
      .trim()
      .min(5, 'Vui lòng nhập căn cứ (số, ngày văn bản, cơ quan ban hành).')
      .max(500, 'Căn cứ không được dài quá 500 ký tự.'),
  })
  .transform((v, ctx) => {
    if (!v.validFrom) ctx.addIssue({ code: 'custom', path: ['validFrom'], message: 'Vui lòng chọn ngày áp dụng.' })
    return { ...v, validFrom: v.validFrom ?? new Date(0) }
  })

export type AddPartyOpinionSettingInput = z.infer<typeof addPartyOpinionSettingSchema>

export type PartyOpinionSettingRow = {
  award: string
  required: boolean
  from: string
  to?: string
  source: string
  state: 'past' | 'current' | 'future'
}

export const PARTY_OPINION_SETTINGS_PAGE_SIZE = 50

/** Every setting of the tenant, per award newest first, with the one in force on `today`; one query. */
export async function listPartyOpinionSettings(tx: Tx, tenantId: string, today: string, page: number) {
  const all = await tx.partyOpinionSetting.findMany({
    where: { tenantId },
    orderBy: [{ award: 'asc' }, { validFrom: 'asc' }],
    select: { award: true, required: true, validFrom: true, source: true },
    take: 2000,
  })
  const order = (award: string) => {
    const i = PARTY_OPINION_AWARD_OPTIONS.indexOf(award as AwardCode)
    return i < 0 ? PARTY_OPINION_AWARD_OPTIONS.length : i
  }
  const awards = [...new Set(all.map((s) => s.award))].sort((a, b) => order(a) - order(b))
  const rows: PartyOpinionSettingRow[] = []
  const current: PartyOpinionSettingRow[] = []
  for (const award of awards) {
    const values = all.filter((s) => s.award === award)
    const ofAward = values.map((v, i): PartyOpinionSettingRow => {
      const from = isoDay(v.validFrom)
      const next = values[i + 1]
      const to = next ? isoDay(next.validFrom) : undefined
      const state = from > today ? 'future' : to && to <= today ? 'past' : 'current'
      return { award, required: v.required, from, ...(to ? { to } : {}), source: v.source, state }
    })
    const inForce = ofAward.find((r) => r.state === 'current')
    if (inForce) current.push(inForce)
    rows.push(...ofAward.reverse())
  }
  const pageCount = Math.max(1, Math.ceil(rows.length / PARTY_OPINION_SETTINGS_PAGE_SIZE))
  const at = Math.min(page, pageCount)
  return {
    current,
    rows: rows.slice((at - 1) * PARTY_OPINION_SETTINGS_PAGE_SIZE, at * PARTY_OPINION_SETTINGS_PAGE_SIZE),
    total: rows.length,
    page: at,
    pageCount,
  }
}
