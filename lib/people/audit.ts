// Every change to a person or their records is journalled against the person, in the same transaction.
import type { Actor } from '../auth/actor'
import type { AuditAction } from '../audit/actions'
import { recordAudit } from '../audit/record'
import type { Tx } from '../db/tenant'
import type { Prisma } from '../generated/prisma/client'

export function auditPerson(
  tx: Tx,
  actor: Actor,
  person: { id: string; organizationId: string },
  action: AuditAction,
  change: { before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue } = {},
) {
  return recordAudit(tx, {
    tenantId: actor.tenantId,
    actorId: actor.userId,
    organizationId: person.organizationId,
    action,
    targetType: 'Person',
    targetId: person.id,
    ...change,
  })
}

/** JSON-safe snapshot of the editable fields. */
export const personSnapshot = (p: {
  fullName: string
  gender: string
  birthDate: Date | null
  position: string | null
  isLeader: boolean
}) => ({
  fullName: p.fullName,
  gender: p.gender,
  birthDate: p.birthDate ? p.birthDate.toISOString().slice(0, 10) : null,
  position: p.position,
  isLeader: p.isLeader,
})
