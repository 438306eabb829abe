// Public comment without login: a tenant's page lists only its own nominees open for comment today and
// only their public fields; a comment is stored and reaches the appraisers, never another tenant.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { addNominee, createDossier } from '../../lib/dossiers/draft'
import { actOnNominee, submitDossier } from '../../lib/dossiers/workflow'
import {
  addPublicComment,
  listPublicNominees,
  publicCommentSchema,
  publicCommentsForDossier,
  tenantIdByCode,
} from '../../lib/dossiers/public'
import { todayInVietnam } from '../../lib/shared/dates'
import { DomainError, NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let lc: Awaited<ReturnType<typeof createTenant>>
let province: Actor
let head: Actor
let dossierId: string
let openId: string
let otherTenantOpenId: string
const closedIds: string[] = []

const day = (offset: number) => new Date(todayInVietnam().getTime() + offset * 86_400_000)
const nominee = (id: string) => ownerDb().dossierNominee.findUniqueOrThrow({ where: { id } })

/** Nominees placed directly (past RLS): the states a window can be in, in tenant `t`. */
async function placed(
  t: typeof dn,
  name: string,
  window: { from: number; to: number } | null,
  status: 'IN_REVIEW' | 'REJECTED' = 'IN_REVIEW',
) {
  const db = ownerDb()
  const tinh = t.units.get('tinh')!
  const dossier = await db.dossier.create({
    data: {
      tenantId: t.id,
      proposingOrgId: tinh,
      kind: 'THUONG_XUYEN',
      year: 2026,
      title: `Hồ sơ bí mật ${name}`,
      submittedAt: new Date(),
    },
    select: { id: true },
  })
  const n = await db.dossierNominee.create({
    data: {
      tenantId: t.id,
      dossierId: dossier.id,
      organizationId: tinh,
      displayName: name,
      award: 'BANG_KHEN_TTG',
      achievement: `Thành tích của ${name}.`,
      status,
      holderOrgId: tinh,
      pathOrgIds: [tinh],
      decidingOrgId: tinh,
      publicFrom: window ? day(window.from) : null,
      publicTo: window ? day(window.to) : null,
      overrideReason: 'Ghi chú nội bộ không được công khai',
    },
    select: { id: true },
  })
  return n.id
}

beforeAll(async () => {
  ;[dn, lc] = await Promise.all([createTenant(0), createTenant(1)])
  ;[province, head] = await Promise.all([actorFor(dn, 'noivu.dongnai'), actorFor(dn, 'thutruong.anphuoc')])
  const district = await actorFor(dn, 'noivu.longthanh')
  const person = await ownerDb().person.create({
    data: { tenantId: dn.id, organizationId: dn.units.get('an-phuoc')!, fullName: 'Lê Thị Mai', gender: 'NU' },
    select: { id: true },
  })
  // The real way a window opens: the province (the last level before the centre) appraises a
  // national-level nominee.
  const year = todayInVietnam().getUTCFullYear()
  ;({ id: dossierId } = await createDossier(head, {
    organizationId: dn.units.get('an-phuoc')!,
    kind: 'THUONG_XUYEN',
    year,
    title: 'Đề nghị Bằng khen Thủ tướng',
    movementId: null,
  }))
  const v = async () => (await ownerDb().dossier.findUniqueOrThrow({ where: { id: dossierId } })).version
  ;({ id: openId } = await addNominee(head, {
    dossierId,
    version: await v(),
    personId: person.id,
    organizationId: null,
    award: 'BANG_KHEN_TTG',
    achievement: 'Năm năm liền hoàn thành xuất sắc nhiệm vụ, có sáng kiến cấp tỉnh.',
  }))
  await submitDossier(head, { dossierId, version: await v() })
  const act = async (actor: Actor, action: 'appraise' | 'forward', reason: string | null = null) =>
    actOnNominee(actor, { nomineeId: openId, version: (await nominee(openId)).version, action, reason })
  await act(district, 'appraise', 'Đối chiếu hồ sơ gốc: đủ điều kiện đề nghị.')
  await act(district, 'forward')
  await act(province, 'appraise', 'Đối chiếu hồ sơ gốc: đủ điều kiện đề nghị.')
  closedIds.push(await placed(dn, 'Đã hết hạn lấy ý kiến', { from: -20, to: -1 }))
  closedIds.push(await placed(dn, 'Chưa đến hạn lấy ý kiến', { from: 1, to: 10 }))
  closedIds.push(await placed(dn, 'Không lấy ý kiến', null))
  closedIds.push(await placed(dn, 'Đã không phê duyệt', { from: -2, to: 5 }, 'REJECTED'))
  otherTenantOpenId = await placed(lc, 'Người của tỉnh khác', { from: -1, to: 3 })
})

describe('public comment page', () => {
  it('opens a window of 10 working days when the province appraises a national-level nominee', async () => {
    const n = await nominee(openId)
    expect(n.publicFrom?.toISOString().slice(0, 10)).toBe(todayInVietnam().toISOString().slice(0, 10))
    expect(n.publicTo!.getTime()).toBeGreaterThan(n.publicFrom!.getTime())
  })

  it('lists only the tenant’s nominees open today, with only their public fields', async () => {
    const list = await listPublicNominees(dn.code, 1)
    expect(list?.tenantName).toMatch(/Đồng Nai/)
    expect(list?.nominees.map((n) => n.id)).toEqual([openId])
    expect(list?.nominees[0]).toEqual({
      id: openId,
      name: 'Lê Thị Mai',
      award: 'Bằng khen của Thủ tướng Chính phủ',
      proposingUnit: 'Ủy ban nhân dân xã An Phước',
      achievement: 'Năm năm liền hoàn thành xuất sắc nhiệm vụ, có sáng kiến cấp tỉnh.',
    })
    expect(JSON.stringify(list)).not.toMatch(/Hồ sơ bí mật|Ghi chú nội bộ|Đề nghị Bằng khen Thủ tướng/)
    const other = await listPublicNominees(lc.code, 1)
    expect(other?.nominees.map((n) => n.id)).toEqual([otherTenantOpenId])
  })

  it('answers an unknown or malformed code with nothing', async () => {
    expect(await listPublicNominees('khong-co-tinh-nay', 1)).toBeNull()
    expect(await listPublicNominees("x' OR '1'='1", 1)).toBeNull()
    expect(await tenantIdByCode(dn.code)).toBe(dn.id)
  })

  it('stores a comment, shows it to the appraiser only, and refuses it through another tenant or outside the window', async () => {
    const input = publicCommentSchema.parse({
      nomineeId: openId,
      authorName: ' Nguyễn Văn Dân ',
      content: 'Bà Mai rất tận tụy với công việc của xã.',
      website: '',
    })
    let n = 0
    const fresh = () => `192.0.2.${++n}` // each call from its own address: the rate limit is tested below
    expect(await addPublicComment(dn.code, input, fresh())).toBe(true)
    const stored = await ownerDb().publicComment.findMany({ where: { nomineeId: openId } })
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({
      tenantId: dn.id,
      authorName: 'Nguyễn Văn Dân',
      content: 'Bà Mai rất tận tụy với công việc của xã.',
    })
    expect(
      await ownerDb().auditEvent.count({
        where: { tenantId: dn.id, action: 'public_comment.create', targetId: openId },
      }),
    ).toBe(1)

    const seen = await withTenant(dn.id, (tx) => publicCommentsForDossier(tx, province, dossierId))
    expect(seen.get(openId)?.map((c) => c.content)).toEqual(['Bà Mai rất tận tụy với công việc của xã.'])
    const proposer = await withTenant(dn.id, (tx) => publicCommentsForDossier(tx, head, dossierId))
    expect(proposer.get(openId)).toBeUndefined()

    await expect(
      addPublicComment(lc.code, { ...input, content: 'Góp ý gửi qua trang của tỉnh khác.' }, fresh()),
    ).rejects.toBeInstanceOf(NotFoundError)
    await expect(addPublicComment('khong-co-tinh-nay', input, fresh())).rejects.toBeInstanceOf(NotFoundError)
    for (const id of closedIds)
      await expect(addPublicComment(dn.code, { ...input, nomineeId: id }, fresh())).rejects.toBeInstanceOf(
        NotFoundError,
      )
    await expect(addPublicComment(dn.code, { ...input, nomineeId: otherTenantOpenId }, fresh())).rejects.toBeInstanceOf(
      NotFoundError,
    )
    expect(await ownerDb().publicComment.count({ where: { tenantId: { in: [dn.id, lc.id] } } })).toBe(1)
  })

  it('validates length, drops what a bot sends through the hidden field, and limits a flood from one address', async () => {
    expect(publicCommentSchema.safeParse({ nomineeId: openId, content: 'ngắn' }).success).toBe(false)
    expect(publicCommentSchema.safeParse({ nomineeId: openId, content: 'x'.repeat(2001) }).success).toBe(false)
    const before = await ownerDb().publicComment.count({ where: { nomineeId: openId } })
    expect(
      await addPublicComment(dn.code, {
        nomineeId: openId,
        authorName: null,
        content: 'Mua thuốc giá rẻ tại đây!!!',
        website: 'http://spam.example',
      }),
    ).toBe(false)
    expect(await ownerDb().publicComment.count({ where: { nomineeId: openId } })).toBe(before)
    const address = '203.0.113.7'
    for (let i = 0; i < 5; i++)
      await addPublicComment(
        dn.code,
        { nomineeId: openId, authorName: null, content: `Ý kiến số ${i + 1} về đề nghị.` },
        address,
      )
    await expect(
      addPublicComment(
        dn.code,
        { nomineeId: openId, authorName: null, content: 'Ý kiến thứ sáu về đề nghị.' },
        address,
      ),
    ).rejects.toBeInstanceOf(DomainError)
    await addPublicComment(
      dn.code,
      { nomineeId: openId, authorName: null, content: 'Ý kiến từ một địa chỉ khác.' },
      '198.51.100.1',
    )
    expect(await ownerDb().publicComment.count({ where: { nomineeId: openId } })).toBe(before + 6)
  })
})
