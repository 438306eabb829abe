// Import: the pasted text of an existing plan becomes a draft to review and correct. Parsing is pure
// (parse-plan.ts); this turns its result into a draft, mapping periods and refusing nothing silently.
import type { Actor } from '../auth/actor'
import { withTenant } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { recordAudit } from '../audit/record'
import { assertCan } from '../auth/actor'
import { DomainError } from '../shared/errors'
import { refreshPlanSearch, replaceContents } from './contents'
import { defaultSymbol, parseDocumentNumber } from './numbering'
import type { ParsedPlan } from './parse-plan'
import { quartersLabel, searchKey } from './periods'
import { currentYear } from './schemas'

const MAX = 5000
const clip = (items: string[]) => items.map((s) => s.slice(0, MAX)).slice(0, 200)

export async function importPlan(actor: Actor, organizationId: string, parsed: ParsedPlan) {
  if (!parsed.title && parsed.periods.length === 0 && parsed.purposes.length === 0) {
    throw new DomainError(
      'Không nhận ra nội dung kế hoạch trong văn bản đã dán (không thấy trích yếu, mục đích hay nhiệm vụ).',
      'text',
    )
  }
  return withTenant(actor.tenantId, async (tx) => {
    const issuer = await findOrganizationForActor(tx, actor, organizationId, 'plan.draft')
    assertCan(actor, 'plan.draft', issuer)
    const year = parsed.year ?? currentYear()
    const number = parsed.documentNumber ? parseDocumentNumber(parsed.documentNumber) : null
    const windowPeriod = parsed.periods.find((p) => p.from && p.to)
    const isCampaign = parsed.periods.length > 0 && parsed.periods.every((p) => p.quarters.length === 0)
    const plan = await tx.plan.create({
      data: {
        tenantId: actor.tenantId,
        organizationId: issuer.id,
        kind: isCampaign ? 'CAMPAIGN' : 'ANNUAL',
        year,
        symbol: number?.symbol ?? defaultSymbol(issuer),
        issuerName: (parsed.issuer ?? issuer.name).toUpperCase().slice(0, 300),
        parentIssuerName: parsed.parentIssuer?.slice(0, 300) ?? null,
        place: (parsed.place ?? '').slice(0, 100),
        title: (parsed.title ?? 'Kế hoạch nhập từ văn bản').slice(0, 500),
        purposes: clip(parsed.purposes),
        requirements: clip(parsed.requirements),
        focusTasks: clip(parsed.focusTasks),
        windowFrom: isCampaign && windowPeriod?.from ? new Date(`${windowPeriod.from}T00:00:00Z`) : null,
        windowTo: isCampaign && windowPeriod?.to ? new Date(`${windowPeriod.to}T00:00:00Z`) : null,
        signerAuthority: parsed.signer?.authority?.slice(0, 100) ?? null,
        signerPosition: parsed.signer?.position?.slice(0, 100) ?? null,
        signerName: parsed.signer?.name?.slice(0, 100) ?? null,
        createdById: actor.userId,
      },
      select: { id: true },
    })
    await replaceContents(tx, actor.tenantId, plan.id, {
      legalBases: clip(parsed.legalBases).map((text) => ({ text, linkedPlanId: null })),
      units: parsed.implementation.map((u) => ({ unit: u.unit.slice(0, 300), duties: clip(u.duties) })),
      recipients: clip(parsed.recipients),
    })
    let position = 0
    const tasks = parsed.periods.flatMap((period) =>
      period.tasks.map((text) => {
        const label = period.label || (period.quarters.length ? quartersLabel(period.quarters) : 'Cả năm')
        return {
          tenantId: actor.tenantId,
          planId: plan.id,
          position: position++,
          periodLabel: label.slice(0, 200),
          quarters: period.quarters,
          periodFrom: period.from ? new Date(`${period.from}T00:00:00Z`) : null,
          periodTo: period.to ? new Date(`${period.to}T00:00:00Z`) : null,
          text: text.slice(0, MAX),
          searchText: searchKey(`${label} ${text}`),
        }
      }),
    )
    await tx.planTask.createMany({ data: tasks })
    await refreshPlanSearch(tx, actor.tenantId, plan.id)
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: issuer.id,
      action: 'plan.import',
      targetType: 'Plan',
      targetId: plan.id,
      after: { title: parsed.title, tasks: tasks.length },
    })
    return plan
  })
}
