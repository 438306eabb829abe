// The unit's evaluation meeting of a dossier, as the dossier page shows it (the caller has loaded the
// dossier for the actor, so it is theirs to see).
import type { Tx } from '../db/tenant'

export async function evaluationOfDossier(tx: Tx, tenantId: string, dossierId: string) {
  return tx.unitEvaluation.findFirst({
    where: { tenantId, dossierId },
    select: {
      meetingOn: true,
      membersTotal: true,
      membersPresent: true,
      chairName: true,
      secretaryName: true,
      votes: { select: { nomineeId: true, agree: true, disagree: true } },
    },
  })
}
export type DossierEvaluation = NonNullable<Awaited<ReturnType<typeof evaluationOfDossier>>>
