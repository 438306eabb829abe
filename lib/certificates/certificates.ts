// Certificates of an issued decision (one page per awardee) and the tenant's print offsets per template.
import type { Actor } from '../auth/actor'
import { assertCan } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { awardLabel, isAwardCode } from '../awards/catalog'
import { withTenant, type Tx } from '../db/tenant'
import { findDecisionForActor } from '../dossiers/queries'
import { stands } from '../decisions/queries'
import { findOrganizationForActor } from '../organizations/queries'
import { ConflictError, DomainError } from '../shared/errors'
import { renderCertificates, renderTestPage, type CertificatePage } from './render'
import {
  deciderTitle,
  goldBookNumbers,
  offsetsSchema,
  placeDate,
  placeOf,
  templateFor,
  TEMPLATES,
  type Offsets,
} from './templates'

const vnDay = (d: Date) => d.toISOString().slice(0, 10).split('-').reverse().join('/')

export async function layoutsOf(tx: Tx, tenantId: string) {
  const rows = await tx.certificateLayout.findMany({
    where: { tenantId },
    select: { template: true, offsets: true, version: true },
  })
  const parsed = new Map<string, { offsets: Offsets; version: number }>()
  for (const r of rows) {
    const ok = offsetsSchema.safeParse(r.offsets)
    parsed.set(r.template, { offsets: ok.success ? ok.data : {}, version: r.version })
  }
  return parsed
}

/** The pages of a decision's certificates, in the decision's order. */
export async function certificatePagesInTx(tx: Tx, actor: Actor, decisionId: string) {
  const found = await findDecisionForActor(tx, actor, decisionId)
  const { decision, issuer } = found
  // A revoked award (thu hồi) gets no certificate; an amended or replaced one gets it from the new decision.
  const items = found.items.filter(stands)
  const nominees = await tx.dossierNominee.findMany({
    where: { tenantId: actor.tenantId, id: { in: items.map((i) => i.nomineeId) } },
    select: { id: true, achievement: true },
  })
  const achievementOf = new Map(nominees.map((n) => [n.id, n.achievement]))
  const numbers = goldBookNumbers(items)
  const decidedOn = decision.decidedOn ?? new Date()
  const pages = items.map((item) => {
    const template = templateFor(item.award)
    const awardText = template?.awardText ?? (isAwardCode(item.award) ? awardLabel(item.award) : item.award)
    const achievement = achievementOf.get(item.nomineeId)?.trim() ?? ''
    const page: CertificatePage = {
      national: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
      decider: deciderTitle(issuer, decision.signerPosition),
      verb: template?.verb ?? 'TẶNG',
      award: awardText.toLocaleUpperCase('vi-VN'),
      recipient: item.displayName,
      unit: item.personId && item.unitName ? item.unitName : '',
      achievement: achievement ? (/^đã/i.test(achievement) ? achievement : `Đã có thành tích: ${achievement}`) : '',
      decisionRef: [
        `Quyết định số: ${decision.documentNumber ?? ''}`,
        `Ngày ${vnDay(decidedOn)}`,
        `Số sổ vàng: ${numbers.get(item.id)}`,
      ].join('\n'),
      placeDate: placeDate(placeOf(issuer.name), decidedOn),
      signerTitle: [decision.signerAuthority, decision.signerPosition]
        .filter(Boolean)
        .join('\n')
        .toLocaleUpperCase('vi-VN'),
      signerName: decision.signerName ?? '',
    }
    return { template: template?.code ?? item.award, page }
  })
  return { decision, pages }
}

/** One PDF per decision. Each page uses the offsets saved for its template. */
export async function decisionCertificatesPdf(actor: Actor, decisionId: string) {
  const { decision, pages, layouts } = await withTenant(actor.tenantId, async (tx) => ({
    ...(await certificatePagesInTx(tx, actor, decisionId)),
    layouts: await layoutsOf(tx, actor.tenantId),
  }))
  const title = `Bằng, giấy khen theo Quyết định số ${decision.documentNumber ?? ''}`
  return renderCertificates(
    title,
    pages.map((p) => ({ fields: p.page, offsets: layouts.get(p.template)?.offsets ?? {} })),
  )
}

export function testPrintPdf(actor: Actor, template: string) {
  const def = templateFor(template)
  if (!def) throw new DomainError('Không có mẫu này.', 'template')
  return withTenant(actor.tenantId, async (tx) => {
    const layouts = await layoutsOf(tx, actor.tenantId)
    return renderTestPage(def.label, layouts.get(def.code)?.offsets ?? {})
  })
}

export type SaveLayoutInput = { workspaceId: string; template: string; offsets: Offsets; version: number | null }

/** Saves a template's offsets for the tenant (secretariat of a unit), optimistic on the version read. */
export async function saveCertificateLayout(actor: Actor, input: SaveLayoutInput) {
  const def = templateFor(input.template)
  if (!def) throw new DomainError('Không có mẫu này.', 'template')
  const offsets = offsetsSchema.parse(input.offsets)
  return withTenant(actor.tenantId, async (tx) => {
    const unit = await findOrganizationForActor(tx, actor, input.workspaceId, 'dossier.appraise')
    assertCan(actor, 'dossier.appraise', unit)
    const existing = await tx.certificateLayout.findUnique({
      where: { tenantId_template: { tenantId: actor.tenantId, template: def.code } },
      select: { id: true, version: true, offsets: true },
    })
    if ((existing?.version ?? null) !== input.version)
      throw new ConflictError('Vị trí in vừa được người khác thay đổi. Hãy tải lại trang.')
    const saved = existing
      ? await tx.certificateLayout.update({
          where: { id: existing.id },
          data: { offsets, version: { increment: 1 } },
          select: { id: true, version: true },
        })
      : await tx.certificateLayout.create({
          data: { tenantId: actor.tenantId, template: def.code, offsets },
          select: { id: true, version: true },
        })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'certificate.layout',
      targetType: 'CertificateLayout',
      targetId: saved.id,
      before: existing ? { offsets: existing.offsets } : undefined,
      after: { template: def.code, offsets },
    })
    return saved
  })
}

export { TEMPLATES }
