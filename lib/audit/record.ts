// Audit entries are written inside the same transaction as the change they describe.
import type { Tx } from '../db/tenant'
import type { Prisma } from '../generated/prisma/client'
import type { AuditAction, AuditTarget } from './actions'

export type AuditInput = {
  tenantId: string
  actorId: string | null
  organizationId?: string | null
  action: AuditAction
  targetType: AuditTarget
  targetId?: string | null
  before?: Prisma.InputJsonValue
  after?: Prisma.InputJsonValue
  /** when the entry must not be finer than an earlier moment (a ballot: the session's opening) */
  at?: Date
}

export async function recordAudit(tx: Tx, { at, ...input }: AuditInput) {
  await tx.auditEvent.create({
    data: {
      ...input,
      organizationId: input.organizationId ?? null,
      targetId: input.targetId ?? null,
      ...(at ? { createdAt: at } : {}),
    },
  })
}
