// One step from the year-end table to a dossier: the unit's evaluation meeting (biên bản bình xét) with
// the vote counts per nominee, and every selected row as a nominee. Every row is checked again here
// with the same rules as the table; if one is refused, nothing is created and each refused row says why
// (the user unticks it or fixes the record, then tries again).
import { randomUUID } from 'node:crypto'
import type { Actor } from '../auth/actor'
import { assertCan } from '../auth/actor'
import { isWithin } from '../auth/scope'
import { recordAudit } from '../audit/record'
import { awardLabel, type AwardCode } from '../awards/catalog'
import { withTenant } from '../db/tenant'
import { individualRecords } from '../dossiers/record'
import { consideredOn } from '../dossiers/workflow'
import { findOrganizationForActor } from '../organizations/queries'
import { DomainError } from '../shared/errors'
import { refusalOf, rowChecks } from './checks'
import { rowKey, type BulkProposalInput } from './schemas'
import { existingProposals } from './table'

/** Some rows were refused: messages by row key (see rowKey), nothing was created. */
export class RowsRefusedError extends DomainError {
  constructor(readonly rows: Record<string, string>) {
    const n = Object.keys(rows).length
    super(`${n} dòng chưa đạt nên chưa tạo hồ sơ: bỏ chọn hoặc sửa các dòng được đánh dấu rồi thử lại.`)
    this.name = 'RowsRefusedError'
  }
}

export async function createEvaluationDossier(actor: Actor, input: BulkProposalInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const tenantId = actor.tenantId
    const unit = await findOrganizationForActor(tx, actor, input.organizationId, 'dossier.propose')
    assertCan(actor, 'dossier.propose', unit)
    const ids = [...new Set(input.rows.map((r) => r.personId))]
    const [people, records, existing] = await Promise.all([
      tx.person.findMany({
        where: { tenantId, id: { in: ids }, active: true },
        select: { id: true, fullName: true, organization: { select: { path: true } } },
      }),
      individualRecords(tx, tenantId, ids, input.year),
      existingProposals(tx, tenantId, ids, input.year),
    ])
    const byId = new Map(people.map((p) => [p.id, p]))
    const onDate = consideredOn({ year: input.year })
    const refused: Record<string, string> = {}
    const seen = new Set<string>()
    for (const row of input.rows) {
      const key = rowKey(row)
      const person = byId.get(row.personId)
      if (!person || !isWithin(person.organization.path, unit.path)) {
        refused[key] = 'Người này không thuộc đơn vị hoặc đã nghỉ.'
        continue
      }
      if (seen.has(key)) {
        refused[key] = `${person.fullName} được chọn hai lần cho ${awardLabel(row.award)}.`
        continue
      }
      seen.add(key)
      const { checks, eligible } = rowChecks(
        row.award as AwardCode,
        records.get(row.personId)!,
        onDate,
        existing.get(row.personId) ?? [],
      )
      if (!eligible) refused[key] = `${person.fullName} — ${awardLabel(row.award)}: ${refusalOf(checks)}.`
    }
    if (Object.keys(refused).length) throw new RowsRefusedError(refused)

    const dossier = await tx.dossier.create({
      data: {
        tenantId,
        proposingOrgId: unit.id,
        kind: 'THUONG_XUYEN',
        year: input.year,
        title: input.title,
        createdById: actor.userId,
      },
      select: { id: true },
    })
    const nominees = input.rows.map((row) => ({ id: randomUUID(), row }))
    await tx.dossierNominee.createMany({
      data: nominees.map(({ id, row }) => ({
        id,
        tenantId,
        dossierId: dossier.id,
        personId: row.personId,
        displayName: byId.get(row.personId)!.fullName,
        award: row.award,
        achievement: row.achievement,
        holderOrgId: unit.id,
      })),
    })
    const evaluation = await tx.unitEvaluation.create({
      data: {
        tenantId,
        dossierId: dossier.id,
        organizationId: unit.id,
        year: input.year,
        meetingOn: input.meetingOn,
        membersTotal: input.membersTotal,
        membersPresent: input.membersPresent,
        chairName: input.chairName,
        secretaryName: input.secretaryName,
        createdById: actor.userId,
      },
      select: { id: true },
    })
    await tx.evaluationVote.createMany({
      data: nominees.map(({ id, row }) => ({
        tenantId,
        evaluationId: evaluation.id,
        nomineeId: id,
        agree: row.agree,
        disagree: row.disagree,
      })),
    })
    await recordAudit(tx, {
      tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'dossier.create_from_evaluation',
      targetType: 'Dossier',
      targetId: dossier.id,
      after: {
        title: input.title,
        nominees: nominees.length,
        meetingOn: input.meetingOn.toISOString().slice(0, 10),
        membersPresent: input.membersPresent,
        membersTotal: input.membersTotal,
      },
    })
    return { id: dossier.id, nominees: nominees.length }
  })
}
