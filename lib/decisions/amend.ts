// An amending (sửa đổi, bổ sung) or replacing (thay thế) decision for a content error of an issued award
// decision (NĐ 30/2020 Art. 18(3)): a wrong form of award, a wrong amount or name, an awardee who should
// not be there. Form errors go by a correction letter (./correct.ts), the revocation of an award on a
// ground of Luật 2022 Art. 93(2) by ./revoke.ts. The amending decision has its own number from the office's
// register, date, signer and reason. Each item it re-issues supersedes the old item (supersededAt; the new
// item's replacesItemId): the award now stands by the new decision, so the history row, the initiative-use
// ledger, the cash total and the certificates follow the new item only. One transaction, one audit entry.
// docs/decisions/0017-amending-decisions.md.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { acceptsRecipient, awardLabel, isAwardCode } from '../awards/catalog'
import { cashRatesOf } from '../cash/rates'
import { withTenant } from '../db/tenant'
import { issuerOfUnit } from '../awards/authority'
import { itemAmount } from '../dossiers/decision'
import { chainOf, consideredOn, pathFor } from '../dossiers/workflow'
import { claimRegisterNumber, decisionSymbol, registerClash, suggestDecisionNumber } from '../dossiers/decision-number'
import { formatDocumentNumber } from '../plans/numbering'
import { isoDay, todayInVietnam, vnDate } from '../shared/dates'
import { DomainError } from '../shared/errors'
import { methodOf } from '../stats/categories'
import { decisionForSigner } from './access'
import { applyDecisionEvidence, assertTitlesFree } from './evidence'
import { REMOVE_ITEM, type AmendDecisionInput } from './schemas'

const awardText = (code: string) => (isAwardCode(code) ? awardLabel(code) : code)

/** "Quyết định số 05/QĐ-UBND ngày 15/01/2025": how the new decision names the one it amends. */
export const decisionReference = (d: { documentNumber: string | null; decidedOn: Date | null }) =>
  `Quyết định số ${d.documentNumber ?? '(chưa có số)'} ngày ${vnDate(d.decidedOn)}`

export async function amendDecision(actor: Actor, input: AmendDecisionInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const tenantId = actor.tenantId
    const { decision: found, unit } = await decisionForSigner(tx, actor, input.decisionId)
    // Two amendments of the same decision at once: the second waits on these row locks, then reads the
    // items the first superseded and gets the message below.
    await tx.$queryRaw`
      SELECT "id" FROM "AwardDecisionItem"
      WHERE "tenantId" = ${tenantId}::uuid AND "decisionId" = ${found.id}::uuid
      ORDER BY "id" FOR UPDATE`
    const old = await tx.awardDecision.findFirstOrThrow({
      where: { tenantId, id: found.id },
      select: {
        id: true,
        documentNumber: true,
        decidedOn: true,
        amendments: { where: { amendKind: 'THAY_THE' }, select: { documentNumber: true }, take: 1 },
        items: {
          select: {
            id: true,
            nomineeId: true,
            personId: true,
            organizationId: true,
            displayName: true,
            award: true,
            amount: true,
            revokedAt: true,
            revocationDocument: true,
            supersededAt: true,
            replacedBy: { select: { decision: { select: { documentNumber: true } } }, take: 1 },
          },
          orderBy: [{ goldBookNo: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
        },
      },
    })
    const replaced = old.amendments[0]
    if (replaced)
      throw new DomainError(
        `${decisionReference(old)} đã được thay thế bởi Quyết định số ${replaced.documentNumber}; hãy sửa đổi trên quyết định thay thế.`,
      )
    const oldDay = old.decidedOn ?? new Date(0)
    if (input.decidedOn < oldDay || input.decidedOn > todayInVietnam())
      throw new DomainError(
        `Ngày quyết định sửa đổi, thay thế phải từ ngày ${vnDate(oldDay)} (ngày của quyết định được sửa) đến hôm nay.`,
        'decidedOn',
      )

    // What the new decision re-issues: the listed items (SUA_DOI), or every standing item (THAY_THE).
    const byId = new Map(old.items.map((i) => [i.id, i]))
    const changeOf = new Map(input.changes.map((c) => [c.itemId, c]))
    for (const c of input.changes) {
      const item = byId.get(c.itemId)
      if (!item)
        throw new DomainError('Người được khen thưởng không có trong quyết định này. Hãy tải lại trang.', 'changes')
      if (item.supersededAt)
        throw new DomainError(
          `${item.displayName}: khen thưởng đã được sửa đổi, thay thế bởi Quyết định số ${item.replacedBy[0]?.decision.documentNumber ?? '…'}; hãy sửa đổi trên quyết định đó.`,
          `award.${item.id}`,
        )
      if (item.revokedAt)
        throw new DomainError(
          `${item.displayName}: khen thưởng đã bị hủy bỏ (${item.revocationDocument}); không sửa đổi được.`,
          `award.${item.id}`,
        )
    }
    const standing = old.items.filter((i) => !i.supersededAt && !i.revokedAt)
    const targets = input.kind === 'THAY_THE' ? standing : standing.filter((i) => changeOf.has(i.id))
    const addIds = [...new Set(input.addNomineeIds ?? [])]
    if (!targets.length && !(input.kind === 'SUA_DOI' && addIds.length))
      throw new DomainError(
        input.kind === 'THAY_THE'
          ? 'Quyết định không còn khen thưởng nào còn hiệu lực để thay thế.'
          : 'Chọn ít nhất một người được khen thưởng cần sửa đổi hoặc bổ sung.',
        'changes',
      )
    const plan = targets.map((item) => {
      const change = changeOf.get(item.id)
      const award = change?.award ?? item.award
      const remove = award === REMOVE_ITEM
      if (!remove && !(isAwardCode(award) && acceptsRecipient(award, item.personId ? 'INDIVIDUAL' : 'COLLECTIVE')))
        throw new DomainError(
          `${item.displayName}: hình thức khen thưởng không hợp với ${item.personId ? 'cá nhân' : 'tập thể'}.`,
          `award.${item.id}`,
        )
      return { item, remove, award, displayName: change?.displayName ?? item.displayName }
    })
    const kept = plan.filter((p) => !p.remove)
    const [nominees, people] = await Promise.all([
      tx.dossierNominee.findMany({
        where: { tenantId, id: { in: targets.map((t) => t.nomineeId) } },
        select: {
          id: true,
          method: true,
          appraisal: true,
          dossier: { select: { id: true, year: true, kind: true, proposingOrgId: true } },
        },
      }),
      tx.person.findMany({
        where: { tenantId, id: { in: targets.flatMap((t) => (t.personId ? [t.personId] : [])) } },
        select: { id: true, organizationId: true },
      }),
    ])
    const nomineeOf = new Map(nominees.map((n) => [n.id, n]))
    const homeOf = new Map<string, string>(people.map((p) => [p.id, p.organizationId]))
    // A new form of award must be one this level decides (lib/awards/authority.ts, by the dossier's chain).
    for (const p of kept.filter((k) => k.award !== k.item.award)) {
      const { dossier } = nomineeOf.get(p.item.nomineeId)!
      const chain = await chainOf(tx, tenantId, dossier.proposingOrgId)
      const path = pathFor(chain, p.award, consideredOn(dossier, input.decidedOn))
      if (!path.ok || path.decidingOrganizationId !== unit.id)
        throw new DomainError(
          `${p.item.displayName}: “${awardText(p.award)}” không thuộc thẩm quyền quyết định của ${unit.name}` +
            (path.ok ? '.' : ` (${path.message})`),
          `award.${p.item.id}`,
        )
    }
    if (input.kind === 'THAY_THE' && !kept.length)
      throw new DomainError(
        'Quyết định thay thế phải còn ít nhất một người được khen thưởng; để bỏ toàn bộ khen thưởng, hãy hủy bỏ từng khen thưởng.',
        'changes',
      )

    // The amount of each re-issued award by the dated cash rates in force on the new decision's date.
    const onDate = isoDay(input.decidedOn)
    const rates = await cashRatesOf(tx, tenantId)
    const amounts = new Map(
      kept.map((p) => [
        p.item.id,
        itemAmount({ ...p, personId: p.item.personId }, onDate, rates, `award.${p.item.id}`, issuerOfUnit(unit)),
      ]),
    )

    // Awardees the new decision adds (bổ sung): approved at this level and not yet decided, taken as a new
    // decision takes them (the same row locks, amount rule, history and evidence).
    if (addIds.length)
      await tx.$queryRaw`
        SELECT "id" FROM "DossierNominee"
        WHERE "tenantId" = ${tenantId}::uuid AND "id" = ANY(${addIds}::uuid[])
        ORDER BY "id" FOR UPDATE`
    const added = addIds.length
      ? await tx.dossierNominee.findMany({
          where: { tenantId, id: { in: addIds }, status: 'APPROVED', decidingOrgId: unit.id, holderOrgId: unit.id },
          select: {
            id: true,
            personId: true,
            organizationId: true,
            displayName: true,
            award: true,
            method: true,
            appraisal: true,
            dossier: { select: { id: true, year: true, kind: true } },
          },
          orderBy: { id: 'asc' },
        })
      : []
    if (added.length !== addIds.length)
      throw new DomainError(
        'Có người được đề nghị chưa được phê duyệt tại cấp này hoặc đã có quyết định (có thể vừa được người khác ban hành). Hãy tải lại trang.',
        'addNomineeIds',
      )
    const earliest = Math.min(...added.map((n) => n.dossier.year))
    if (added.length && input.decidedOn.getUTCFullYear() < earliest)
      throw new DomainError(
        `Ngày quyết định phải từ năm ${earliest} (năm thành tích của người được bổ sung).`,
        'decidedOn',
      )
    const addedAmount = new Map(
      added.map((n) => [n.id, itemAmount(n, onDate, rates, 'addNomineeIds', issuerOfUnit(unit))]),
    )
    const addedPeople = await tx.person.findMany({
      where: { tenantId, id: { in: added.flatMap((n) => (n.personId ? [n.personId] : [])) } },
      select: { id: true, organizationId: true },
    })
    for (const p of addedPeople) homeOf.set(p.id, p.organizationId)

    // The old items no longer count; only if still standing (a concurrent revocation or amendment loses).
    const now = new Date()
    const { count } = await tx.awardDecisionItem.updateMany({
      where: { tenantId, id: { in: targets.map((t) => t.id) }, supersededAt: null, revokedAt: null },
      data: { supersededAt: now },
    })
    if (count !== targets.length)
      throw new DomainError('Có khen thưởng vừa được người khác sửa đổi hoặc hủy bỏ. Hãy tải lại trang.')

    const year = input.decidedOn.getUTCFullYear()
    const symbol = decisionSymbol(unit.kind)
    const register = { tenantId, organizationId: unit.id, symbol, year }
    const seq = input.numberSeq ?? (await suggestDecisionNumber(tx, register))
    await claimRegisterNumber(tx, register, seq)
    const documentNumber = formatDocumentNumber(seq, symbol)
    const forms = [...new Set([...kept.map((p) => p.award), ...added.map((n) => n.award)])]
    const decision = await tx.awardDecision
      .create({
        data: {
          tenantId,
          organizationId: unit.id,
          award: forms.length === 1 ? forms[0] : null,
          symbol,
          numberSeq: seq,
          documentNumber,
          decidedOn: input.decidedOn,
          title: input.title,
          signerAuthority: input.signerAuthority,
          signerPosition: input.signerPosition,
          signerName: input.signerName,
          amendsId: old.id,
          amendKind: input.kind,
          amendReason: input.reason,
        },
        select: { id: true },
      })
      .catch((error: unknown) => {
        throw registerClash(error, register, seq) ?? error
      })
    if (kept.length) {
      await tx.awardDecisionItem.createMany({
        data: kept.map((p) => ({
          tenantId,
          decisionId: decision.id,
          nomineeId: p.item.nomineeId,
          personId: p.item.personId,
          organizationId: p.item.organizationId,
          displayName: p.displayName,
          award: p.award,
          amount: amounts.get(p.item.id)!,
          replacesItemId: p.item.id,
        })),
      })
    }
    if (added.length)
      await tx.awardDecisionItem.createMany({
        data: added.map((n) => ({
          tenantId,
          decisionId: decision.id,
          nomineeId: n.id,
          personId: n.personId,
          organizationId: n.organizationId,
          displayName: n.displayName,
          award: n.award,
          amount: addedAmount.get(n.id)!,
        })),
      })
    const created = await tx.awardDecisionItem.findMany({
      where: { tenantId, decisionId: decision.id },
      select: { id: true, replacesItemId: true },
    })
    const successor = new Map(created.flatMap((i) => (i.replacesItemId ? [[i.replacesItemId, i.id] as const] : [])))

    // The history: the old rows go, a row for each re-issued award points at its new item.
    const targetIds = targets.map((t) => t.id)
    const records = await tx.awardRecord.findMany({
      where: { tenantId, decisionItemId: { in: targetIds } },
      select: { decisionItemId: true, organizationId: true, year: true, thematic: true, method: true },
    })
    const recordOf = new Map(records.map((r) => [r.decisionItemId!, r]))
    const removed = await tx.awardRecord.deleteMany({ where: { tenantId, decisionItemId: { in: targetIds } } })
    const decided = kept.map((p) => {
      const n = nomineeOf.get(p.item.nomineeId)!
      return {
        id: n.id,
        personId: p.item.personId,
        organizationId: p.item.organizationId,
        displayName: p.displayName,
        award: p.award,
        appraisal: n.appraisal,
        dossier: n.dossier,
      }
    })
    await assertTitlesFree(tx, tenantId, [...decided, ...added])
    await tx.awardRecord.createMany({
      data: kept.map((p) => {
        const before = recordOf.get(p.item.id)
        const n = nomineeOf.get(p.item.nomineeId)!
        return {
          tenantId,
          personId: p.item.personId,
          organizationId:
            before?.organizationId ?? (p.item.personId ? (homeOf.get(p.item.personId) ?? null) : p.item.organizationId),
          year: before?.year ?? n.dossier.year,
          award: p.award,
          thematic: before?.thematic ?? n.dossier.kind !== 'THUONG_XUYEN',
          method: before?.method ?? methodOf(n.method, n.dossier.kind),
          decisionNumber: documentNumber,
          decidedOn: input.decidedOn,
          decidedBy: unit.name,
          decisionItemId: successor.get(p.item.id)!,
        }
      }),
    })
    if (added.length) {
      const { count: awarded } = await tx.dossierNominee.updateMany({
        where: { tenantId, id: { in: added.map((n) => n.id) }, status: 'APPROVED' },
        data: { status: 'AWARDED', version: { increment: 1 } },
      })
      if (awarded !== added.length)
        throw new DomainError('Có người được đề nghị vừa được xử lý bởi người khác. Hãy tải lại trang.')
      await tx.awardRecord.createMany({
        data: added.map((n) => ({
          tenantId,
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
    }
    // Số sổ vàng of the new decision; the added awardees' history links and the initiatives their appraisal
    // relied on (the re-issued items' rows are linked above and their initiatives carried below).
    await applyDecisionEvidence(tx, { tenantId, decisionId: decision.id, documentNumber, nominees: added })

    // The initiative-use ledger: the old item's uses are released; the new item consumes the same
    // initiatives when the award stands unchanged (the appraisal's evidence was for that award), none otherwise.
    const reference = `${input.kind === 'THAY_THE' ? 'Thay thế' : 'Sửa đổi'} bởi Quyết định số ${documentNumber}`
    const uses = await tx.initiativeUse.findMany({
      where: { tenantId, decisionItemId: { in: targetIds }, releasedAt: null },
      select: { initiativeId: true, personId: true, award: true, year: true, decisionItemId: true },
    })
    if (uses.length) {
      await tx.initiativeUse.updateMany({
        where: { tenantId, decisionItemId: { in: targetIds }, releasedAt: null },
        data: { releasedAt: now, releaseReason: reference },
      })
      const carried = uses.flatMap((u) => {
        const p = kept.find((k) => k.item.id === u.decisionItemId)
        return p && p.award === p.item.award ? [{ ...u, tenantId, decisionItemId: successor.get(p.item.id)! }] : []
      })
      if (carried.length) await tx.initiativeUse.createMany({ data: carried })
    }

    // An awardee taken out of the decision is no longer awarded.
    const out = plan.filter((p) => p.remove).map((p) => p.item.nomineeId)
    if (out.length)
      await tx.dossierNominee.updateMany({
        where: { tenantId, id: { in: out }, status: 'AWARDED' },
        data: { status: 'REVOKED', version: { increment: 1 } },
      })

    const how = input.kind === 'THAY_THE' ? 'thay thế' : 'sửa đổi, bổ sung'
    const notices = new Map<string, string[]>()
    for (const p of plan) {
      const home = p.item.personId ? homeOf.get(p.item.personId) : p.item.organizationId
      if (!home) continue
      const what = p.remove ? `${p.item.displayName}: bỏ khỏi quyết định` : `${p.displayName}: ${awardText(p.award)}`
      notices.set(home, [...(notices.get(home) ?? []), what])
    }
    for (const n of added) {
      const home = n.personId ? homeOf.get(n.personId) : n.organizationId
      if (home) notices.set(home, [...(notices.get(home) ?? []), `bổ sung ${n.displayName}: ${awardText(n.award)}`])
    }
    await tx.notification.createMany({
      data: [...notices].map(([organizationId, lines]) => ({
        tenantId,
        organizationId,
        text: `Quyết định số ${documentNumber} của ${unit.name} ${how} ${decisionReference(old)}: ${lines.join('; ')}.`,
        link: `/ho-so-khen-thuong/quyet-dinh/${decision.id}`,
      })),
    })
    await tx.dossierEvent.createMany({
      data: plan.map((p) => ({
        tenantId,
        dossierId: nomineeOf.get(p.item.nomineeId)!.dossier.id,
        nomineeId: p.item.nomineeId,
        actorId: actor.userId,
        orgId: unit.id,
        action: 'decision',
        reason: `Quyết định số ${documentNumber} ${how} Quyết định số ${old.documentNumber}${p.remove ? ' (bỏ khỏi quyết định)' : ''}`,
      })),
    })
    if (added.length)
      await tx.dossierEvent.createMany({
        data: added.map((n) => ({
          tenantId,
          dossierId: n.dossier.id,
          nomineeId: n.id,
          actorId: actor.userId,
          orgId: unit.id,
          action: 'decision',
          reason: `Quyết định số ${documentNumber} (bổ sung vào Quyết định số ${old.documentNumber})`,
        })),
      })
    const total =
      kept.reduce((sum, p) => sum + amounts.get(p.item.id)!, 0) +
      added.reduce((sum, n) => sum + addedAmount.get(n.id)!, 0)
    await recordAudit(tx, {
      tenantId,
      actorId: actor.userId,
      organizationId: unit.id,
      action: input.kind === 'THAY_THE' ? 'decision.replace' : 'decision.amend',
      targetType: 'AwardDecision',
      targetId: decision.id,
      before: {
        decision: old.documentNumber,
        items: targets.map((t) => ({ id: t.id, name: t.displayName, award: t.award, amount: t.amount })),
      },
      after: {
        documentNumber,
        reason: input.reason,
        items: kept.map((p) => ({ name: p.displayName, award: p.award, amount: amounts.get(p.item.id) })),
        removed: plan.length - kept.length,
        added: added.map((n) => ({ name: n.displayName, award: n.award, amount: addedAmount.get(n.id) })),
        total,
        historyRemoved: removed.count,
        initiativesReleased: uses.length,
      },
    })
    return { id: decision.id, documentNumber, total }
  })
}
