// Writing a draft's contents: header lists, legal bases, implementation units, recipients; and the
// folded search text. Shared by create, update, import, revise and cascade.
import type { Tx } from '../db/tenant'
import { searchKey } from './periods'
import type { UnitDuties } from './units-block'
import type { PlanHeaderInput } from './schemas'

export type DraftContents = {
  legalBases: { text: string; linkedPlanId: string | null }[]
  units: UnitDuties[]
  recipients: string[]
}

/** Units of the tenant by folded name, to link "Phòng Nội vụ huyện Long Thành" to its record. */
async function organizationsByName(tx: Tx, tenantId: string, names: string[]) {
  const wanted = new Set(names.map(searchKey).filter(Boolean))
  if (wanted.size === 0) return new Map<string, string>()
  const orgs = await tx.organization.findMany({
    where: { tenantId, active: true, name: { in: [...new Set(names)], mode: 'insensitive' } },
    select: { id: true, name: true },
  })
  return new Map(orgs.map((o) => [searchKey(o.name), o.id]))
}

export async function replaceContents(tx: Tx, tenantId: string, planId: string, contents: DraftContents) {
  await Promise.all([
    tx.planLegalBasis.deleteMany({ where: { tenantId, planId } }),
    tx.planImplementationUnit.deleteMany({ where: { tenantId, planId } }),
    tx.planRecipient.deleteMany({ where: { tenantId, planId } }),
  ])
  const orgIds = await organizationsByName(tx, tenantId, [
    ...contents.units.map((u) => u.unit),
    ...contents.recipients.map((r) => r.replace(/[;.]$/, '')),
  ])
  await tx.planLegalBasis.createMany({
    data: contents.legalBases.map((b, position) => ({
      tenantId,
      planId,
      position,
      text: b.text,
      linkedPlanId: b.linkedPlanId,
    })),
  })
  await tx.planImplementationUnit.createMany({
    data: contents.units.map((u, position) => ({
      tenantId,
      planId,
      position,
      unitName: u.unit,
      duties: u.duties,
      organizationId: orgIds.get(searchKey(u.unit)) ?? null,
    })),
  })
  await tx.planRecipient.createMany({
    data: contents.recipients.map((text, position) => ({
      tenantId,
      planId,
      position,
      text,
      organizationId: orgIds.get(searchKey(text.replace(/[;.]$/, ''))) ?? null,
    })),
  })
}

/** Keeps the link of a legal basis whose text did not change when a draft is saved. */
export function keepLinks(texts: string[], previous: { text: string; linkedPlanId: string | null }[]) {
  return texts.map((text) => ({ text, linkedPlanId: previous.find((p) => p.text === text)?.linkedPlanId ?? null }))
}

export async function refreshPlanSearch(tx: Tx, tenantId: string, planId: string) {
  const plan = await tx.plan.findFirstOrThrow({
    where: { tenantId, id: planId },
    select: { title: true, documentNumber: true, issuerName: true, year: true },
  })
  await tx.plan.update({
    where: { id: planId },
    data: {
      searchText: searchKey(
        [plan.documentNumber ?? '', 'kế hoạch', plan.title, plan.issuerName, String(plan.year)].join(' '),
      ),
    },
  })
}

/** The place name of a unit for the date line: "Ủy ban nhân dân xã An Phước" → "An Phước". */
export function placeOf(name: string): string | null {
  const match = /^(?:ủy ban nhân dân|ubnd)\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+(.+)$/iu.exec(
    name.trim(),
  )
  return match ? match[1].trim() : null
}

/** The plan's own columns from the header form (the window only for a campaign). */
export function headerData(input: PlanHeaderInput) {
  return {
    kind: input.kind,
    year: input.year,
    symbol: input.symbol,
    issuerName: input.issuerName,
    parentIssuerName: input.parentIssuerName,
    place: input.place,
    title: input.title,
    preamble: input.preamble,
    purposes: input.purposes,
    requirements: input.requirements,
    focusTasks: input.focusTasks,
    movements: input.movements,
    windowFrom: input.kind === 'CAMPAIGN' ? input.windowFrom : null,
    windowTo: input.kind === 'CAMPAIGN' ? input.windowTo : null,
    signerAuthority: input.signerAuthority,
    signerPosition: input.signerPosition,
    signerName: input.signerName,
  }
}
