// Amending (sửa đổi, bổ sung) and replacing (thay thế) an issued award decision for a content error (NĐ
// 30/2020 Art. 18(3); issue 9 bullet 6), through the use cases on a real Postgres: the superseded item no
// longer counts in the person's history, the cash totals, the certificates, the register or the initiative
// ledger; the new decision has its own register number; a revoked or superseded item cannot be amended; two
// amendments of one item at once: one wins, the other is told; another tenant gets a 404.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { cashAward } from '../../lib/awards/cash'
import { cashRatesOf } from '../../lib/cash/rates'
import { certificatePagesInTx } from '../../lib/certificates/certificates'
import { withTenant } from '../../lib/db/tenant'
import { amendDecision } from '../../lib/decisions/amend'
import { standingTotal } from '../../lib/decisions/queries'
import { revokeDecisionItem } from '../../lib/decisions/revoke'
import { amendDecisionSchema, type AmendDecisionInput } from '../../lib/decisions/schemas'
import { issueDecision } from '../../lib/dossiers/decision'
import { decisionDocumentOf, renderDecisionDocx } from '../../lib/dossiers/decision-docx'
import { addNominee, createDossier } from '../../lib/dossiers/draft'
import { awardHistory } from '../../lib/dossiers/history'
import { findDecisionForActor } from '../../lib/dossiers/queries'
import { actOnNominee, submitDossier } from '../../lib/dossiers/workflow'
import { registerPageInTx } from '../../lib/stats/register'
import { DomainError, ForbiddenError, NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { docxParagraphs } from '../support/docx'
import { actorFor, createTenant } from '../support/factories'

type Tenant = Awaited<ReturnType<typeof createTenant>>
let dn: Tenant
let head: Actor
let secretariat: Actor
let leader: Actor
let longThanh: string
const db = () => ownerDb()
const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

async function person(name: string) {
  const { id } = await db().person.create({
    data: { tenantId: dn.id, organizationId: dn.units.get('an-phuoc')!, fullName: name, gender: 'NU' },
    select: { id: true },
  })
  await db().personYearRecord.create({ data: { tenantId: dn.id, personId: id, year: 2024, rating: 'HTT' } })
  return id
}
const nomineeRow = (id: string) => db().dossierNominee.findUniqueOrThrow({ where: { id } })
const dossierVersion = async (id: string) => (await db().dossier.findUniqueOrThrow({ where: { id } })).version

/** Approved at the district (huyện Long Thành decides Giấy khen and CSTĐ cơ sở of 2024): the nominee ids. */
async function approved(entries: { personId: string; award: 'GIAY_KHEN' | 'CSTD_CO_SO' }[], numberSeq: number) {
  const { id: dossierId } = await createDossier(head, {
    organizationId: dn.units.get('an-phuoc')!,
    kind: 'THUONG_XUYEN',
    year: 2024,
    title: `Đề nghị khen thưởng năm 2024 (${numberSeq})`,
    movementId: null,
  })
  const ids: string[] = []
  for (const e of entries) {
    const added = await addNominee(head, {
      dossierId,
      version: await dossierVersion(dossierId),
      personId: e.personId,
      organizationId: null,
      award: e.award,
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2024.',
    })
    ids.push(added.id)
  }
  await submitDossier(head, { dossierId, version: await dossierVersion(dossierId) })
  for (const id of ids) {
    await actOnNominee(secretariat, {
      nomineeId: id,
      version: (await nomineeRow(id)).version,
      action: 'appraise',
      reason: 'Đã đối chiếu hồ sơ gốc.',
    })
    await db().dossierNominee.update({ where: { id }, data: { councilPassed: true } })
    await actOnNominee(leader, {
      nomineeId: id,
      version: (await nomineeRow(id)).version,
      action: 'approve',
      reason: null,
    })
  }
  return ids
}

/** Approved at the district, then decided with the number given. */
async function decided(
  entries: { personId: string; award: 'GIAY_KHEN' | 'CSTD_CO_SO' }[],
  numberSeq: number,
  decidedOn = '2025-01-15',
) {
  const ids = await approved(entries, numberSeq)
  const decision = await issueDecision(leader, {
    organizationId: longThanh,
    nomineeIds: ids,
    numberSeq,
    title: 'Về việc tặng Giấy khen',
    decidedOn: day(decidedOn),
    signerAuthority: 'KT. CHỦ TỊCH',
    signerPosition: 'PHÓ CHỦ TỊCH',
    signerName: 'Đặng Văn Hùng',
  })
  const items = await db().awardDecisionItem.findMany({ where: { decisionId: decision.id } })
  const itemOf = (personId: string) => items.find((i) => i.personId === personId)!
  return { ...decision, itemOf }
}

const amend = (actor: Actor, input: Partial<AmendDecisionInput> & Pick<AmendDecisionInput, 'decisionId' | 'changes'>) =>
  amendDecision(actor, {
    kind: 'SUA_DOI',
    decidedOn: day('2025-02-10'),
    title: 'Về việc sửa đổi, bổ sung quyết định khen thưởng',
    reason: 'Ghi sai hình thức khen thưởng của một cá nhân.',
    signerAuthority: 'KT. CHỦ TỊCH',
    signerPosition: 'PHÓ CHỦ TỊCH',
    signerName: 'Đặng Văn Hùng',
    ...input,
  })

const found = (actor: Actor, id: string) => withTenant(dn.id, (tx) => findDecisionForActor(tx, actor, id))
const history = (personId: string) => withTenant(dn.id, (tx) => awardHistory(tx, leader, { personId }))

beforeAll(async () => {
  dn = await createTenant(0)
  ;[head, secretariat, leader] = await Promise.all(
    ['thutruong.anphuoc', 'noivu.longthanh', 'lanhdao.longthanh'].map((u) => actorFor(dn, u)),
  )
  longThanh = dn.units.get('long-thanh')!
})

describe('an amending decision changes one item; only the new one counts', () => {
  let a: string
  let b: string
  let first: Awaited<ReturnType<typeof decided>>
  let second: { id: string; documentNumber: string }

  it('supersedes the item, numbers the new decision, pays by the dated rate of its date', async () => {
    a = await person('Nguyễn Thị Sửa Đổi')
    b = await person('Trần Thị Giữ Nguyên')
    first = await decided(
      [
        { personId: a, award: 'GIAY_KHEN' },
        { personId: b, award: 'GIAY_KHEN' },
      ],
      40,
    )
    const old = first.itemOf(a)
    second = await amend(leader, {
      decisionId: first.id,
      numberSeq: 41,
      changes: [{ itemId: old.id, award: 'CSTD_CO_SO', displayName: null }],
    })
    expect(second.documentNumber).toBe('41/QĐ-UBND')
    const rates = await withTenant(dn.id, (tx) => cashRatesOf(tx, dn.id))
    const cash = cashAward('CSTD_CO_SO', 'INDIVIDUAL', '2025-02-10', rates)
    expect(cash.ok).toBe(true)
    const newAmount = cash.ok ? cash.amount : -1
    expect(newAmount).not.toBe(old.amount)

    const before = await db().awardDecisionItem.findUniqueOrThrow({ where: { id: old.id } })
    expect(before.supersededAt).not.toBeNull()
    const [item] = await db().awardDecisionItem.findMany({ where: { decisionId: second.id } })
    expect(item).toMatchObject({ replacesItemId: old.id, award: 'CSTD_CO_SO', amount: newAmount, goldBookNo: 1 })
    const row = await db().awardDecision.findUniqueOrThrow({ where: { id: second.id } })
    expect(row).toMatchObject({ amendsId: first.id, amendKind: 'SUA_DOI', award: 'CSTD_CO_SO' })
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { tenantId: dn.id, action: 'decision.amend', targetId: second.id },
    })
    expect(audit.after).toMatchObject({ documentNumber: '41/QĐ-UBND', total: newAmount })

    // Cash totals: the old decision pays only what still stands by it; the new one pays the new award.
    const oldPage = await found(leader, first.id)
    expect(standingTotal(oldPage.items)).toBe(first.itemOf(b).amount)
    const newPage = await found(leader, second.id)
    expect(standingTotal(newPage.items)).toBe(newAmount)
    // Both ways on the decision pages.
    expect(oldPage.decision.amendments).toEqual([expect.objectContaining({ id: second.id, amendKind: 'SUA_DOI' })])
    expect(oldPage.items.find((i) => i.id === old.id)!.replacedBy[0].decision.documentNumber).toBe('41/QĐ-UBND')
    expect(newPage.decision.amends).toMatchObject({ id: first.id, documentNumber: '40/QĐ-UBND' })
  })

  it('the person’s history, the register and the certificates follow the new item only', async () => {
    const rows = (await history(a)).rows
    expect(rows.map((r) => [r.award, r.decisionNumber, r.decisionId])).toEqual([
      ['CSTD_CO_SO', '41/QĐ-UBND', second.id],
    ])
    expect((await history(b)).rows.map((r) => r.decisionNumber)).toEqual(['40/QĐ-UBND'])
    const register = await withTenant(dn.id, (tx) =>
      registerPageInTx(tx, leader, { unitId: longThanh, q: 'Sua Doi', year: 2024 }),
    )
    expect(register.rows.map((r) => [r.award, r.decisionNumber])).toEqual([['CSTD_CO_SO', '41/QĐ-UBND']])
    const oldCerts = await withTenant(dn.id, (tx) => certificatePagesInTx(tx, leader, first.id))
    expect(oldCerts.pages.map((p) => p.page.recipient)).toEqual(['Trần Thị Giữ Nguyên'])
    const newCerts = await withTenant(dn.id, (tx) => certificatePagesInTx(tx, leader, second.id))
    expect(newCerts.pages.map((p) => [p.page.recipient, p.page.decisionRef])).toEqual([
      ['Nguyễn Thị Sửa Đổi', expect.stringContaining('41/QĐ-UBND')],
    ])
  })

  it('the amending decision’s .docx says what it amends', async () => {
    const paragraphs = docxParagraphs(await renderDecisionDocx(decisionDocumentOf(await found(leader, second.id))))
    const text = paragraphs.join('\n')
    expect(text).toContain('Sửa đổi, bổ sung Quyết định số 40/QĐ-UBND ngày 15/01/2025')
    expect(text).toMatch(/Các nội dung khác của Quyết định số 40\/QĐ-UBND/)
  })

  it('refuses to amend a superseded item or a revoked one, naming why; nor to revoke the superseded one', async () => {
    await expect(
      amend(leader, {
        decisionId: first.id,
        changes: [{ itemId: first.itemOf(a).id, award: 'GIAY_KHEN', displayName: null }],
      }),
    ).rejects.toMatchObject({
      field: `award.${first.itemOf(a).id}`,
      message: expect.stringContaining('đã được sửa đổi, thay thế bởi Quyết định số 41/QĐ-UBND'),
    })
    await expect(
      revokeDecisionItem(leader, {
        decisionId: first.id,
        itemId: first.itemOf(a).id,
        ground: 'GIAN_DOI',
        document: 'QĐ 50/QĐ-UBND',
        note: 'Hủy nhầm quyết định cũ',
      }),
    ).rejects.toThrow(/Quyết định số 41\/QĐ-UBND/)
    await revokeDecisionItem(leader, {
      decisionId: first.id,
      itemId: first.itemOf(b).id,
      ground: 'SAI_SU_THAT',
      document: 'QĐ 51/QĐ-UBND',
      note: 'Hồ sơ không đúng sự thật',
    })
    await expect(
      amend(leader, {
        decisionId: first.id,
        changes: [{ itemId: first.itemOf(b).id, award: 'GIAY_KHEN', displayName: null }],
      }),
    ).rejects.toThrow(/đã bị hủy bỏ \(QĐ 51\/QĐ-UBND\)/)
    expect(await db().awardDecision.count({ where: { tenantId: dn.id, amendsId: first.id } })).toBe(1) // nothing new
  })

  it('refuses a number the register already gave that year; without one, suggests the next of the chosen year', async () => {
    const c = await person('Lê Văn Số Hiệu')
    const third = await decided([{ personId: c, award: 'GIAY_KHEN' }], 42)
    const change = [{ itemId: third.itemOf(c).id, award: 'GIAY_KHEN', displayName: 'Lê Văn Số Hiệu (sửa)' }]
    await expect(amend(leader, { decisionId: third.id, numberSeq: 40, changes: change })).rejects.toMatchObject({
      field: 'numberSeq',
      message: expect.stringContaining('Số 40/QĐ-UBND năm 2025 đã được dùng'),
    })
    expect(
      (await db().awardDecisionItem.findUniqueOrThrow({ where: { id: third.itemOf(c).id } })).supersededAt,
    ).toBeNull()
    // In 2026 the register starts over: the suggestion is that year's first free number.
    const next = await amend(leader, { decisionId: third.id, decidedOn: day('2026-01-05'), changes: change })
    expect(next.documentNumber).toBe('01/QĐ-UBND')
    const [item] = await db().awardDecisionItem.findMany({ where: { decisionId: next.id } })
    expect(item.displayName).toBe('Lê Văn Số Hiệu (sửa)')
  })
})

describe('a replacing decision, the initiative ledger and concurrency', () => {
  it('replaces the whole decision: every standing item re-issued, the initiative carried over, a removal', async () => {
    const q = await person('Phạm Văn Sáng Kiến')
    const r = await person('Võ Thị Bỏ Ra')
    const initiative = await db().initiative.create({
      data: { tenantId: dn.id, personId: q, year: 2024, title: 'Sáng kiến số hóa hồ sơ', level: 'CO_SO' },
      select: { id: true },
    })
    const old = await decided(
      [
        { personId: q, award: 'CSTD_CO_SO' },
        { personId: r, award: 'CSTD_CO_SO' },
      ],
      60,
    )
    const use = await db().initiativeUse.findFirstOrThrow({ where: { initiativeId: initiative.id, releasedAt: null } })
    expect(use.decisionItemId).toBe(old.itemOf(q).id)
    const parsed = amendDecisionSchema.parse({
      decisionId: old.id,
      kind: 'THAY_THE',
      numberSeq: '61',
      decidedOn: '2025-03-01',
      title: 'Về việc thay thế Quyết định số 60/QĐ-UBND',
      reason: 'Quyết định ghi sai đối tượng được khen thưởng.',
      signerName: 'Đặng Văn Hùng',
      signerPosition: 'PHÓ CHỦ TỊCH',
      [`award.${old.itemOf(q).id}`]: 'CSTD_CO_SO',
      [`name.${old.itemOf(q).id}`]: 'Phạm Văn Sáng Kiến',
      [`award.${old.itemOf(r).id}`]: 'REMOVE',
      [`name.${old.itemOf(r).id}`]: 'Võ Thị Bỏ Ra',
    })
    const replaced = await amendDecision(leader, parsed)
    expect(replaced.documentNumber).toBe('61/QĐ-UBND')
    const items = await db().awardDecisionItem.findMany({ where: { decisionId: replaced.id } })
    expect(items.map((i) => [i.personId, i.award, i.replacesItemId])).toEqual([[q, 'CSTD_CO_SO', old.itemOf(q).id]])
    // Both old items superseded; the removed awardee has no award left, nor a history row.
    const olds = await db().awardDecisionItem.findMany({ where: { decisionId: old.id } })
    expect(olds.every((i) => i.supersededAt)).toBe(true)
    expect(await db().awardRecord.count({ where: { tenantId: dn.id, personId: r } })).toBe(0)
    expect((await nomineeRow(old.itemOf(r).nomineeId)).status).toBe('REVOKED')
    // The ledger: the old use released, the same initiative now serves the new item (one live use).
    const live = await db().initiativeUse.findMany({ where: { initiativeId: initiative.id, releasedAt: null } })
    expect(live.map((u) => u.decisionItemId)).toEqual([items[0].id])
    expect(await db().initiativeUse.count({ where: { initiativeId: initiative.id } })).toBe(2)
    expect(standingTotal((await found(leader, old.id)).items)).toBe(0)
    const paragraphs = docxParagraphs(await renderDecisionDocx(decisionDocumentOf(await found(leader, replaced.id))))
    expect(paragraphs.join('\n')).toContain('thay thế Quyết định số 60/QĐ-UBND ngày 15/01/2025')

    // A replaced decision is replaced once; its items are acted on in the replacing decision.
    await expect(amendDecision(leader, { ...parsed, numberSeq: 62 })).rejects.toThrow(
      /đã được thay thế bởi Quyết định số 61\/QĐ-UBND/,
    )
  })

  it('two amendments of one item at once: one is issued, the other is told clearly', async () => {
    const s = await person('Đỗ Thị Đồng Thời')
    const old = await decided([{ personId: s, award: 'GIAY_KHEN' }], 70)
    const change = [{ itemId: old.itemOf(s).id, award: 'CSTD_CO_SO', displayName: null }]
    const results = await Promise.allSettled([
      amend(leader, { decisionId: old.id, numberSeq: 71, changes: change }),
      amend(leader, { decisionId: old.id, numberSeq: 72, changes: change }),
    ])
    const done = results.filter((x) => x.status === 'fulfilled')
    const refused = results.flatMap((x) => (x.status === 'rejected' ? [x.reason as unknown] : []))
    expect(done).toHaveLength(1)
    expect(refused).toHaveLength(1)
    expect(refused[0]).toBeInstanceOf(DomainError)
    expect((refused[0] as Error).message).toMatch(/đã được sửa đổi, thay thế bởi Quyết định số 7[12]\/QĐ-UBND/)
    expect(
      await db().awardDecisionItem.count({ where: { nomineeId: old.itemOf(s).nomineeId, supersededAt: null } }),
    ).toBe(1)
    expect(await db().awardRecord.count({ where: { tenantId: dn.id, personId: s } })).toBe(1)
  })

  it('the database keeps one standing item per nominee around the use case', async () => {
    const t = await person('Hồ Văn Ràng Buộc')
    const old = await decided([{ personId: t, award: 'GIAY_KHEN' }], 80)
    const item = old.itemOf(t)
    await expect(
      db().awardDecisionItem.create({
        data: {
          tenantId: dn.id,
          decisionId: old.id,
          nomineeId: item.nomineeId,
          personId: t,
          displayName: 'Chép thẳng',
          award: 'GIAY_KHEN',
          amount: 0,
        },
      }),
    ).rejects.toThrow(/Unique constraint|unique/i)
  })
})

describe('an amending decision adds an awardee (bổ sung)', () => {
  it('takes an approved nominee of this level as a new decision would; the amended items stand', async () => {
    const x = await person('Lý Thị Đã Có')
    const y = await person('Lý Văn Bổ Sung')
    const old = await decided([{ personId: x, award: 'GIAY_KHEN' }], 100)
    const [pending] = await approved([{ personId: y, award: 'GIAY_KHEN' }], 101)
    const parsed = amendDecisionSchema.parse({
      decisionId: old.id,
      kind: 'SUA_DOI',
      numberSeq: '102',
      decidedOn: '2025-02-12',
      title: 'Về việc sửa đổi, bổ sung Quyết định số 100/QĐ-UBND',
      reason: 'Bỏ sót một cá nhân đã được phê duyệt.',
      signerName: 'Đặng Văn Hùng',
      [`award.${old.itemOf(x).id}`]: 'GIAY_KHEN',
      [`add.${pending}`]: 'on',
    })
    expect(parsed).toMatchObject({ changes: [], addNomineeIds: [pending] })
    const amended = await amendDecision(leader, parsed)
    const [item] = await db().awardDecisionItem.findMany({ where: { decisionId: amended.id } })
    expect(item).toMatchObject({ personId: y, award: 'GIAY_KHEN', replacesItemId: null, goldBookNo: 1 })
    expect(item.amount).toBeGreaterThan(0)
    expect((await nomineeRow(pending)).status).toBe('AWARDED')
    const rows = (await history(y)).rows
    expect(rows.map((r) => [r.award, r.decisionNumber])).toEqual([['GIAY_KHEN', '102/QĐ-UBND']])
    expect(await db().awardRecord.count({ where: { decisionItemId: item.id } })).toBe(1)
    const still = await db().awardDecisionItem.findUniqueOrThrow({ where: { id: old.itemOf(x).id } })
    expect(still.supersededAt).toBeNull()
    // Added once: a second amendment cannot take the same nominee again.
    await expect(amendDecision(leader, { ...parsed, numberSeq: 103 })).rejects.toMatchObject({
      field: 'addNomineeIds',
    })
  })
})

describe('bad input changes nothing', () => {
  it('names the field: no awardee chosen, a form of award this level does not decide, a date before the decision', async () => {
    const v = await person('Mai Thị Kiểm Tra')
    const old = await decided([{ personId: v, award: 'GIAY_KHEN' }], 95)
    const item = old.itemOf(v)
    const none = amendDecisionSchema.safeParse({
      decisionId: old.id,
      kind: 'SUA_DOI',
      decidedOn: '',
      title: 'Sửa đổi',
      reason: 'Sai hình thức',
      signerName: 'Đặng Văn Hùng',
      [`award.${item.id}`]: 'CSTD_CO_SO',
    })
    expect(none.success).toBe(false)
    expect(none.error?.issues.map((i) => [i.path[0], i.message])).toEqual(
      expect.arrayContaining([
        ['changes', 'Chọn ít nhất một người được khen thưởng cần sửa đổi hoặc bổ sung.'],
        ['decidedOn', expect.stringContaining('Vui lòng chọn ngày quyết định')],
      ]),
    )
    // Bằng khen tỉnh is the province chairman's (Luật 2022 Art. 80): not the district's to give by amendment.
    await expect(
      amend(leader, { decisionId: old.id, changes: [{ itemId: item.id, award: 'BANG_KHEN_TINH', displayName: null }] }),
    ).rejects.toMatchObject({ field: `award.${item.id}`, message: expect.stringContaining('không thuộc thẩm quyền') })
    await expect(
      amend(leader, {
        decisionId: old.id,
        decidedOn: day('2025-01-10'),
        changes: [{ itemId: item.id, award: 'CSTD_CO_SO', displayName: null }],
      }),
    ).rejects.toMatchObject({ field: 'decidedOn' })
    expect((await db().awardDecisionItem.findUniqueOrThrow({ where: { id: item.id } })).supersededAt).toBeNull()
  })
})

describe('who may amend', () => {
  it('another tenant and another unit get a 404; a non-signer of the issuer a 403', async () => {
    const u = await person('Cao Thị Thẩm Quyền')
    const old = await decided([{ personId: u, award: 'GIAY_KHEN' }], 90)
    const change = [{ itemId: old.itemOf(u).id, award: 'CSTD_CO_SO', displayName: null }]
    const lc = await createTenant(1)
    const stranger = await actorFor(lc, 'noivu.laocai')
    await expect(amend(stranger, { decisionId: old.id, changes: change })).rejects.toBeInstanceOf(NotFoundError)
    const commune = await actorFor(dn, 'thutruong.anphuoc')
    await expect(amend(commune, { decisionId: old.id, changes: change })).rejects.toBeInstanceOf(NotFoundError)
    await expect(amend(secretariat, { decisionId: old.id, changes: change })).rejects.toBeInstanceOf(ForbiddenError)
    expect(await db().awardDecision.count({ where: { tenantId: dn.id, amendsId: old.id } })).toBe(0)
  })
})
