// The issued decision as its issuer may act on it after issue (correct, revoke, amend or replace): the
// level that decided is the level that corrects or revokes (Luật 2022 Art. 93(3) as read in docs/domain.md
// §6). Loaded by (tenant, id); 404 for those who cannot see the issuer, 403 for those who see it but do not
// sign there.
import type { Actor } from '../auth/actor'
import { roleHas } from '../auth/permissions'
import { isUuid, type Tx } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { DomainError, ForbiddenError, NotFoundError } from '../shared/errors'

/** Holds `decision.sign` through a role at exactly the issuing unit (not above it). */
export const signsAt = (actor: Actor, organizationId: string) =>
  actor.memberships.some((m) => m.organizationId === organizationId && roleHas(m.role, 'decision.sign'))

export async function decisionForSigner(tx: Tx, actor: Actor, decisionId: string) {
  if (!isUuid(decisionId)) throw new NotFoundError('Không tìm thấy quyết định.')
  const decision = await tx.awardDecision.findFirst({
    where: { tenantId: actor.tenantId, id: decisionId },
    select: { id: true, organizationId: true, documentNumber: true, title: true, signerName: true },
  })
  if (!decision) throw new NotFoundError('Không tìm thấy quyết định.')
  const unit = await findOrganizationForActor(tx, actor, decision.organizationId, 'workspace.view').catch(() => {
    throw new NotFoundError('Không tìm thấy quyết định.')
  })
  if (!signsAt(actor, unit.id))
    throw new ForbiddenError(
      `Chỉ người có thẩm quyền ký quyết định của ${unit.name} mới đính chính, sửa đổi, thay thế, hủy bỏ được.`,
    )
  return { decision, unit }
}

/** An item a later decision amended or replaced: it is acted on there, not here (lib/decisions/amend.ts). */
export const supersededError = (item: {
  displayName: string
  replacedBy: readonly { decision: { documentNumber: string | null } }[]
}) =>
  new DomainError(
    `${item.displayName}: khen thưởng đã được sửa đổi, thay thế bởi Quyết định số ${item.replacedBy[0]?.decision.documentNumber ?? '…'}; hãy thực hiện trên quyết định đó.`,
  )
