// Consultation (hiệp y) on the real database: the province sends its nominees to the consulted bodies
// with a deadline, records the written replies; an objection becomes a dated ConductRecord (source
// CONSULTATION) with its reason for the eligibility checks, and a body that has not answered by the
// deadline shows as late, not as having no objection.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import {
  addConsultedBodies,
  consultationStatus,
  recordReply,
  sendConsultation,
} from '../../lib/consultation/consultation'
import { replySchema, sendConsultationSchema } from '../../lib/consultation/schemas'
import { withTenant } from '../../lib/db/tenant'
import { ConflictError, ForbiddenError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let lc: Awaited<ReturnType<typeof createTenant>>
let province: Actor
const nominees: { id: string; personId: string }[] = []
let bodies: { id: string; name: string }[]

/** Two nominees of phường Cam Đường held by the province for Bằng khen tỉnh. */
async function held(name: string) {
  const db = ownerDb()
  const [tinh, camDuong] = [lc.units.get('tinh')!, lc.units.get('cam-duong')!]
  const person = await db.person.create({
    data: { tenantId: lc.id, organizationId: camDuong, fullName: name, gender: 'NAM' },
    select: { id: true },
  })
  const dossier = await db.dossier.create({
    data: {
      tenantId: lc.id,
      proposingOrgId: camDuong,
      kind: 'THUONG_XUYEN',
      year: 2026,
      title: 'Đề nghị Bằng khen',
      submittedAt: new Date(),
    },
    select: { id: true },
  })
  const n = await db.dossierNominee.create({
    data: {
      tenantId: lc.id,
      dossierId: dossier.id,
      personId: person.id,
      displayName: name,
      award: 'BANG_KHEN_TINH',
      achievement: 'Hai năm liền CSTĐ cơ sở.',
      status: 'IN_REVIEW',
      holderOrgId: tinh,
      pathOrgIds: [camDuong, tinh],
      decidingOrgId: tinh,
    },
    select: { id: true },
  })
  return { id: n.id, personId: person.id }
}

const send = (deadline: string, bodyIds: string[]) =>
  sendConsultation(
    province,
    sendConsultationSchema.parse({
      organizationId: lc.units.get('tinh')!,
      title: 'Xin ý kiến hiệp y khen thưởng tổng kết năm 2026',
      deadline,
      bodyIds: bodyIds.join(','),
      nomineeIds: nominees.map((n) => n.id).join(','),
    }),
  )

beforeAll(async () => {
  lc = await createTenant(1)
  province = await actorFor(lc, 'noivu.laocai')
  nominees.push(await held('Hoàng Văn Tâm'), await held('Lý Văn Pao'))
  expect(await addConsultedBodies(province)).toBe(6)
  bodies = await ownerDb().consultedBody.findMany({ where: { tenantId: lc.id }, select: { id: true, name: true } })
})

describe('consultation', () => {
  it('is sent by the province’s secretariat only, about nominees it holds', async () => {
    const head = await actorFor(lc, 'thutruong.camduong')
    await expect(addConsultedBodies(head, ['Cơ quan lạ'])).rejects.toThrow(ForbiddenError)
    const outsider = sendConsultation(
      head,
      sendConsultationSchema.parse({
        organizationId: lc.units.get('tinh')!,
        title: 'Xin ý kiến',
        deadline: '2026-12-10',
        bodyIds: bodies[0].id,
        nomineeIds: nominees[0].id,
      }),
    )
    await expect(outsider).rejects.toThrow()
    expect(await ownerDb().consultation.count({ where: { tenantId: lc.id } })).toBe(0)
  })

  it('turns an objection into a ConductRecord with its reason and shows it, and shows a silent body as late', async () => {
    const police = bodies.find((b) => b.name === 'Công an tỉnh')!
    const tax = bodies.find((b) => b.name === 'Thuế tỉnh')!
    // a deadline before the day it is sent is refused; sent now, then dated back as a letter of last month
    await expect(send('2026-01-10', [police.id, tax.id])).rejects.toThrow('Hạn trả lời không được trước ngày gửi')
    const { id: consultationId } = await send('2099-12-10', [police.id, tax.id])
    await ownerDb().consultation.update({
      where: { id: consultationId },
      data: { sentOn: new Date('2026-11-20'), deadline: new Date('2026-11-30') },
    })
    const reason = 'Đang bị điều tra về hành vi vi phạm quy định về quản lý đất đai (Cơ quan CSĐT Công an tỉnh).'
    await recordReply(
      province,
      replySchema.parse({
        consultationId,
        bodyId: police.id,
        nomineeId: nominees[0].id,
        answer: 'OBJECTION',
        kind: 'INVESTIGATION',
        reason,
        reference: 'Công văn 1234/CAT-PV01 ngày 05/12/2026',
      }),
    )
    await recordReply(
      province,
      replySchema.parse({ consultationId, bodyId: police.id, nomineeId: nominees[1].id, answer: 'NO_OBJECTION' }),
    )
    const record = await ownerDb().conductRecord.findFirstOrThrow({
      where: { tenantId: lc.id, personId: nominees[0].personId },
    })
    expect(record).toMatchObject({
      kind: 'INVESTIGATION',
      summary: reason,
      source: 'CONSULTATION',
      sourceBody: 'Công an tỉnh',
      endedOn: null,
    })
    expect(record.consultationReplyId).not.toBeNull()
    expect(await ownerDb().conductRecord.count({ where: { tenantId: lc.id, personId: nominees[1].personId } })).toBe(0)

    const status = await withTenant(lc.id, (tx) =>
      consultationStatus(
        tx,
        lc.id,
        nominees.map((n) => n.id),
      ),
    )
    expect(status.get(nominees[0].id)!.map((a) => [a.body, a.state, a.reason])).toEqual([
      ['Công an tỉnh', 'OBJECTION', reason],
      ['Thuế tỉnh', 'LATE', null],
    ])
    expect(status.get(nominees[1].id)!.map((a) => [a.body, a.state])).toEqual([
      ['Công an tỉnh', 'NO_OBJECTION'],
      ['Thuế tỉnh', 'LATE'],
    ])

    // a second reply of the same body about the same nominee is refused; a body not consulted too
    await expect(
      recordReply(
        province,
        replySchema.parse({ consultationId, bodyId: police.id, nomineeId: nominees[1].id, answer: 'NO_OBJECTION' }),
      ),
    ).rejects.toThrow(ConflictError)
    const insurance = bodies.find((b) => b.name === 'Bảo hiểm xã hội tỉnh')!
    await expect(
      recordReply(
        province,
        replySchema.parse({ consultationId, bodyId: insurance.id, nomineeId: nominees[1].id, answer: 'NO_OBJECTION' }),
      ),
    ).rejects.toThrow('không được xin ý kiến')
  })

  it('asks an objection for its reason and reference, next to the fields', () => {
    const bad = replySchema.safeParse({
      consultationId: nominees[0].id,
      bodyId: nominees[0].id,
      nomineeId: nominees[0].id,
      answer: 'OBJECTION',
    })
    expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual(['reason', 'reference'])
  })
})
