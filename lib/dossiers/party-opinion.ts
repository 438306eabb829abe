// The Party committee's written opinion (ý kiến của cấp ủy) before the province submits a nominee to the
// central level, for the awards the tenant configures (docs/domain.md §9, docs/decisions/0027). The
// configuration is dated data; the opinion is a record on the nominee; the rule itself lives in
// transitions.ts (`partyOpinionBlock`) and is enforced by workflow.ts `actOnNomineeIn`.
import { z } from 'zod'
import type { Actor } from '../auth/actor'
import { holdsAt } from '../auth/scope'
import { recordAudit } from '../audit/record'
import { isUuid, withTenant, type Tx } from '../db/tenant'
import { ForbiddenError, NotFoundError } from '../shared/errors'
import { isoDay, todayInVietnam } from '../shared/dates'
import { requiredDate, uuid } from '../shared/zod'
import { findDossierForActor } from './queries'
import type { PartyOpinionState } from './transitions'

/** The default the demo tenants are seeded with: the state-level awards (lib/awards/catalog.ts). */
export const DEFAULT_PARTY_OPINION_AWARDS = ['HUAN_CHUONG', 'ANH_HUNG', 'CSTD_TOAN_QUOC', 'BANG_KHEN_TTG'] as const
export const DEFAULT_PARTY_OPINION_SOURCE =
  'Quy định của cấp ủy về công tác cán bộ và khen thưởng (cấu hình của tỉnh; chưa xác nhận với văn bản gốc)'

/** From when the demo tenants' configuration applies (before their oldest demo dossier). */
export const DEFAULT_PARTY_OPINION_FROM = '2020-01-01'

type SettingRow = { award: string; required: boolean; validFrom: Date }

/** Pure: does `award` need the opinion on `onDate` (yyyy-mm-dd)? The latest row on or before the day counts. */
export function partyOpinionRequiredOn(rows: readonly SettingRow[], award: string, onDate: string): boolean {
  let best: SettingRow | null = null
  for (const row of rows) {
    if (row.award !== award || isoDay(row.validFrom) > onDate) continue
    if (!best || row.validFrom > best.validFrom) best = row
  }
  return best?.required ?? false
}

/** Pure: the state of one nominee from whether its award needs the opinion and the latest one recorded. */
export function opinionState(required: boolean, latest: { agreed: boolean } | null): PartyOpinionState {
  if (!required) return latest ? (latest.agreed ? 'agreed' : 'disagreed') : 'not_needed'
  return latest === null ? 'missing' : latest.agreed ? 'agreed' : 'disagreed'
}

export type PartyOpinionView = {
  committee: string
  documentNo: string
  documentDate: Date
  agreed: boolean
  note: string | null
  createdAt: Date
}

/**
 * For many nominees at once (two queries): whether their award needs the opinion on `onDate` and the
 * latest opinion recorded on each.
 */
export async function partyOpinions(
  tx: Tx,
  tenantId: string,
  nominees: readonly { id: string; award: string }[],
  onDate = isoDay(todayInVietnam()),
) {
  const result = new Map<string, { required: boolean; state: PartyOpinionState; latest: PartyOpinionView | null }>()
  if (nominees.length === 0) return result
  const [settings, opinions] = await Promise.all([
    tx.partyOpinionSetting.findMany({
      where: {
        tenantId,
        award: { in: [...new Set(nominees.map((n) => n.award))] },
        validFrom: { lte: new Date(`${onDate}T00:00:00Z`) },
      },
      select: { award: true, required: true, validFrom: true },
    }),
    tx.partyOpinion.findMany({
      where: { tenantId, nomineeId: { in: nominees.map((n) => n.id) } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: {
        nomineeId: true,
        committee: true,
        documentNo: true,
        documentDate: true,
        agreed: true,
        note: true,
        createdAt: true,
      },
    }),
  ])
  const latest = new Map<string, PartyOpinionView>()
  for (const { nomineeId, ...o } of opinions) if (!latest.has(nomineeId)) latest.set(nomineeId, o)
  for (const n of nominees) {
    const required = partyOpinionRequiredOn(settings, n.award, onDate)
    const last = latest.get(n.id) ?? null
    result.set(n.id, { required, state: opinionState(required, last), latest: last })
  }
  return result
}

const text = (max: number, missing: string) =>
  z.string({ error: missing }).trim().min(1, missing).max(max, `Không quá ${max} ký tự.`)

export const partyOpinionSchema = z.object({
  nomineeId: uuid('Không tìm thấy người được đề nghị.'),
  committee: text(200, 'Ghi tên cấp ủy cho ý kiến (ví dụ: Ban Thường vụ Tỉnh ủy).'),
  documentNo: text(100, 'Ghi số văn bản của cấp ủy.'),
  documentDate: requiredDate('Chọn ngày của văn bản.', 'Ngày văn bản không hợp lệ.').refine(
    (d) => d <= new Date(`${isoDay(todayInVietnam())}T00:00:00Z`),
    'Ngày văn bản không được sau ngày hôm nay.',
  ),
  agreed: z.enum(['yes', 'no'], { error: 'Chọn cấp ủy đồng ý hay không đồng ý.' }).transform((v) => v === 'yes'),
  note: z
    .string()
    .trim()
    .max(1000, 'Không quá 1000 ký tự.')
    .optional()
    .transform((v) => v || null),
})
export type PartyOpinionInput = z.infer<typeof partyOpinionSchema>

/** May the actor record the committee's opinion on the nominee now? (the secretariat holding it) */
export const mayRecordPartyOpinion = (
  actor: Pick<Actor, 'memberships'>,
  nominee: { status: string; holderOrgId: string },
) => nominee.status === 'IN_REVIEW' && holdsAt(actor, 'dossier.appraise', nominee.holderOrgId)

/**
 * The secretariat of the unit holding the nominee (dossier.appraise there) records the committee's
 * written opinion; with its audit entry in one transaction. A later record supersedes an earlier one.
 */
export async function recordPartyOpinion(actor: Actor, input: PartyOpinionInput) {
  return withTenant(actor.tenantId, async (tx) => {
    if (!isUuid(input.nomineeId)) throw new NotFoundError('Không tìm thấy người được đề nghị.')
    const nominee = await tx.dossierNominee.findFirst({
      where: { tenantId: actor.tenantId, id: input.nomineeId },
      select: { id: true, dossierId: true, holderOrgId: true, status: true },
    })
    if (!nominee) throw new NotFoundError('Không tìm thấy người được đề nghị.')
    await findDossierForActor(tx, actor, nominee.dossierId) // 404 when the dossier is not seen from here
    if (!holdsAt(actor, 'dossier.appraise', nominee.holderOrgId)) {
      throw new ForbiddenError('Chỉ bộ phận thẩm định tại cấp đang giữ hồ sơ mới ghi ý kiến cấp ủy.')
    }
    if (nominee.status !== 'IN_REVIEW') throw new ForbiddenError('Người được đề nghị không còn chờ xử lý tại cấp này.')
    const saved = await tx.partyOpinion.create({
      data: {
        tenantId: actor.tenantId,
        nomineeId: nominee.id,
        committee: input.committee,
        documentNo: input.documentNo,
        documentDate: input.documentDate,
        agreed: input.agreed,
        note: input.note,
        createdById: actor.userId,
      },
      select: { id: true },
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: nominee.holderOrgId,
      action: 'dossier.party_opinion',
      targetType: 'DossierNominee',
      targetId: nominee.id,
      after: {
        opinionId: saved.id,
        committee: input.committee,
        documentNo: input.documentNo,
        documentDate: isoDay(input.documentDate),
        agreed: input.agreed,
      },
    })
    return saved
  })
}

/** Seeds the default configuration (the state-level awards) for a demo tenant; owner client, idempotent. */
export async function seedPartyOpinionSettings(
  db: { partyOpinionSetting: { createMany: Tx['partyOpinionSetting']['createMany'] } },
  tenantId: string,
) {
  await db.partyOpinionSetting.createMany({
    data: DEFAULT_PARTY_OPINION_AWARDS.map((award) => ({
      tenantId,
      award,
      required: true,
      validFrom: new Date(`${DEFAULT_PARTY_OPINION_FROM}T00:00:00Z`),
      source: DEFAULT_PARTY_OPINION_SOURCE,
    })),
    skipDuplicates: true,
  })
}
