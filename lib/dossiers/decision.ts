// The deciding level issues the award decision (quyết định khen thưởng) for approved nominees of one form
// of award: the number given by the office's register (văn thư), unique per issuer, symbol and year; the
// amount of each award from the province's cash rates in force on the decision date; the award history
// (sổ vàng) that every later eligibility check reads, and a notice to each awardee's unit.
import { assertCan, type Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { AWARD_CODES, acceptsRecipient, awardLabel, isAwardCode } from '../awards/catalog'
import { issuerOfUnit, type Issuer } from '../awards/authority'
import { cashAward, type CashRate } from '../awards/cash'
import { cashRatesOf } from '../cash/rates'
import { withTenant } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { formatDocumentNumber } from '../plans/numbering'
import { applyDecisionEvidence, assertTitlesFree } from '../decisions/evidence'
import { DomainError } from '../shared/errors'
import { isoDay, todayInVietnam } from '../shared/dates'
import { claimRegisterNumber, decisionSymbol, registerClash, suggestDecisionNumber } from './decision-number'
import type { DecisionInput } from './schemas'
import { methodOf } from '../stats/categories'

export { DECISION_SYMBOL } from './decision-number'

const byCatalogOrder = (a: string, b: string) =>
  (AWARD_CODES as readonly string[]).indexOf(a) - (AWARD_CODES as readonly string[]).indexOf(b)

/**
 * The cash of one awardee of a decision dated `onDate`, by the province's dated rates (lib/awards/cash.ts).
 * An award that carries money must have an amount in force on that date: never 0 đ silently.
 */
export function itemAmount(
  item: { award: string; personId: string | null; displayName: string },
  onDate: string,
  rates: readonly CashRate[],
  field?: string,
  /** the deciding unit's head (issuerOfUnit): a Giấy khen is priced by whose it is */
  issuer: Issuer | null = null,
): number {
  const recipient = item.personId ? 'INDIVIDUAL' : 'COLLECTIVE'
  const cash =
    isAwardCode(item.award) && acceptsRecipient(item.award, recipient)
      ? cashAward(item.award, recipient, onDate, rates, item.award === 'GIAY_KHEN' ? issuer : null)
      : null
  if (cash?.ok) return cash.amount
  const why = cash && !cash.ok ? cash.message : 'hình thức không hợp với đối tượng'
  throw new DomainError(`${item.displayName}: ${why}. Quản trị của tỉnh bổ sung mức tại Quản trị → Tiền thưởng.`, field)
}

export async function issueDecision(actor: Actor, input: DecisionInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const unit = await findOrganizationForActor(tx, actor, input.organizationId, 'decision.sign')
    assertCan(actor, 'decision.sign', unit)
    // Two decisions on the same nominee at once: the second waits on these row locks (taken in id order,
    // so two overlapping decisions cannot deadlock), then finds the nominee awarded and gets the message below.
    await tx.$queryRaw`
      SELECT "id" FROM "DossierNominee"
      WHERE "tenantId" = ${actor.tenantId}::uuid AND "id" = ANY(${input.nomineeIds}::uuid[])
      ORDER BY "id" FOR UPDATE`
    const nominees = await tx.dossierNominee.findMany({
      where: {
        tenantId: actor.tenantId,
        id: { in: input.nomineeIds },
        status: 'APPROVED',
        decidingOrgId: unit.id,
        holderOrgId: unit.id,
      },
      include: { dossier: { select: { id: true, year: true, kind: true } } },
    })
    if (nominees.length !== new Set(input.nomineeIds).size) {
      throw new DomainError(
        'Có người được đề nghị chưa được phê duyệt tại cấp này hoặc đã có quyết định (có thể vừa được người khác ban hành). Hãy tải lại trang.',
        'nomineeIds',
      )
    }
    // One decision per form of award, as offices issue them (the wording of Điều 1 follows the form).
    const forms = [...new Set(nominees.map((n) => n.award))].sort(byCatalogOrder) // names in a stable order
    if (forms.length > 1) {
      const names = forms.map((f) => (isAwardCode(f) ? awardLabel(f) : f)).join(', ')
      throw new DomainError(
        `Mỗi quyết định chỉ cho một hình thức khen thưởng; danh sách đang có: ${names}. Hãy ra quyết định riêng cho từng hình thức.`,
        'nomineeIds',
      )
    }
    const award = forms[0]
    const earliest = Math.min(...nominees.map((n) => n.dossier.year))
    if (input.decidedOn.getUTCFullYear() < earliest || input.decidedOn > todayInVietnam()) {
      throw new DomainError(`Ngày quyết định phải từ năm ${earliest} (năm thành tích) đến hôm nay.`, 'decidedOn')
    }
    const year = input.decidedOn.getUTCFullYear()
    const symbol = decisionSymbol(unit.kind)
    const register = { tenantId: actor.tenantId, organizationId: unit.id, symbol, year }
    const seq = input.numberSeq ?? (await suggestDecisionNumber(tx, register))
    await claimRegisterNumber(tx, register, seq)
    const documentNumber = formatDocumentNumber(seq, symbol)
    const onDate = isoDay(input.decidedOn)
    const rates = await cashRatesOf(tx, actor.tenantId)
    const people = await tx.person.findMany({
      where: { tenantId: actor.tenantId, id: { in: nominees.flatMap((n) => (n.personId ? [n.personId] : [])) } },
      select: { id: true, organizationId: true },
    })
    const homeOf = new Map(people.map((p) => [p.id, p.organizationId]))
    // Whose Giấy khen: the deciding unit's head (the commune chairman's own has its own rate).
    const issuer = issuerOfUnit(unit)
    const items = nominees.map((n) => ({
      nominee: n,
      amount: itemAmount(n, onDate, rates, 'decidedOn', issuer),
    }))
    const decision = await tx.awardDecision
      .create({
        data: {
          tenantId: actor.tenantId,
          organizationId: unit.id,
          award,
          symbol,
          numberSeq: seq,
          documentNumber,
          decidedOn: input.decidedOn,
          title: input.title,
          signerAuthority: input.signerAuthority,
          signerPosition: input.signerPosition,
          signerName: input.signerName,
        },
        select: { id: true },
      })
      .catch((error: unknown) => {
        throw registerClash(error, register, seq) ?? error
      })
    // Claim the nominees: a concurrent decision on the same nominee fails the unique (tenant, nominee).
    await tx.awardDecisionItem.createMany({
      data: items.map(({ nominee: n, amount }) => ({
        tenantId: actor.tenantId,
        decisionId: decision.id,
        nomineeId: n.id,
        personId: n.personId,
        organizationId: n.organizationId,
        displayName: n.displayName,
        award: n.award,
        amount,
      })),
    })
    const { count } = await tx.dossierNominee.updateMany({
      where: { tenantId: actor.tenantId, id: { in: nominees.map((n) => n.id) }, status: 'APPROVED' },
      data: { status: 'AWARDED', version: { increment: 1 } },
    })
    if (count !== nominees.length)
      throw new DomainError('Có người được đề nghị vừa được xử lý bởi người khác. Hãy tải lại trang.')
    await assertTitlesFree(tx, actor.tenantId, nominees)
    await tx.awardRecord.createMany({
      data: nominees.map((n) => ({
        tenantId: actor.tenantId,
        personId: n.personId,
        organizationId: n.personId ? (homeOf.get(n.personId) ?? null) : n.organizationId,
        year: n.dossier.year,
        award: n.award,
        thematic: n.dossier.kind !== 'THUONG_XUYEN',
        method: methodOf(n.method, n.dossier.kind),
        decisionNumber: documentNumber,
        decidedOn: input.decidedOn,
        decidedBy: unit.name,
      })),
    })
    // Số sổ vàng, history links, and the initiatives each appraisal relied on (lib/decisions/evidence.ts).
    await applyDecisionEvidence(tx, { tenantId: actor.tenantId, decisionId: decision.id, documentNumber, nominees })
    const noticeUnits = new Map<string, string[]>()
    for (const n of nominees) {
      const home = n.personId ? homeOf.get(n.personId) : n.organizationId
      if (home)
        noticeUnits.set(home, [
          ...(noticeUnits.get(home) ?? []),
          `${n.displayName} (${isAwardCode(n.award) ? awardLabel(n.award) : n.award})`,
        ])
    }
    await tx.notification.createMany({
      data: [...noticeUnits].map(([organizationId, names]) => ({
        tenantId: actor.tenantId,
        organizationId,
        text: `Quyết định số ${documentNumber} của ${unit.name} khen thưởng: ${names.join('; ')}.`,
        link: `/ho-so-khen-thuong/quyet-dinh/${decision.id}`,
      })),
    })
    await tx.dossierEvent.createMany({
      data: nominees.map((n) => ({
        tenantId: actor.tenantId,
        dossierId: n.dossier.id,
        nomineeId: n.id,
        actorId: actor.userId,
        orgId: unit.id,
        action: 'decision',
        reason: `Quyết định số ${documentNumber}`,
      })),
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: 'decision.issue',
      targetType: 'AwardDecision',
      targetId: decision.id,
      after: { documentNumber, award, awardees: nominees.length, total: items.reduce((t, i) => t + i.amount, 0) },
    })
    return { id: decision.id, documentNumber }
  })
}
