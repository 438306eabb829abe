// A plan imported from text (lib/plans/parse-plan.ts) as the document the Word export renders.
import type { PlanDocument } from '../document'
import type { ParsedPlan } from '../parse-plan'

/** Imported plans are always "KẾ HOẠCH"; the parser does not keep the preamble sentence or movements. */
export function planDocumentFromParsed(parsed: ParsedPlan): PlanDocument {
  return {
    documentType: 'KẾ HOẠCH',
    documentNumber: parsed.documentNumber,
    issuer: parsed.issuer,
    parentIssuer: parsed.parentIssuer,
    place: parsed.place,
    issuedOn: parsed.issuedOn,
    title: parsed.title,
    legalBases: [...parsed.legalBases],
    preamble: null,
    purposes: [...parsed.purposes],
    requirements: [...parsed.requirements],
    focusTasks: [...parsed.focusTasks],
    movements: [],
    periods: parsed.periods.map((period) => ({ label: period.label, tasks: [...period.tasks] })),
    implementation: parsed.implementation.map((unit) => ({ unit: unit.unit, duties: [...unit.duties] })),
    recipients: [...parsed.recipients],
    signer: parsed.signer
      ? { authority: parsed.signer.authority, position: parsed.signer.position, name: parsed.signer.name }
      : null,
  }
}
