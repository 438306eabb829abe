// Consulted bodies with accounts of their own (hiệp y, issue #11): Công an tỉnh signs in and sees only the
// letters sent to its body in its tenant, answers each nominee through the same write as the
// secretariat's record of a written reply (an objection becomes a ConductRecord, with its journal entry),
// cannot answer after the deadline nor twice, gets "not found" for another body's or tenant's letter, and
// reaches none of the workspace's loaders. The database holds the role and its body together (CHECK).
import { beforeAll, describe, expect, it } from 'vitest'
import { actorOrganizations, consultedBodyOf, loadActor, type Actor } from '../../lib/auth/actor'
import { hashPassword } from '../../lib/auth/password'
import { answerAsBody, listBodyLetters, loadBodyLetter } from '../../lib/consultation/body-letters'
import { consultationStatus, recordReply, sendConsultation } from '../../lib/consultation/consultation'
import { CONSULTATION_DEMO_BODY, seedConsultationDemo } from '../../lib/consultation/demo'
import { bodyAnswerSchema, replySchema, sendConsultationSchema } from '../../lib/consultation/schemas'
import { withTenant } from '../../lib/db/tenant'
import { findDossierForActor, loadDossier } from '../../lib/dossiers/queries'
import { findOrganizationForActor, listChildren } from '../../lib/organizations/queries'
import { listPeople, loadPersonDetail } from '../../lib/people/queries'
import { seedDemoPeople } from '../../lib/people/demo'
import { canViewPlan } from '../../lib/plans/access'
import { createConsultedBodyAccount } from '../../lib/users/create-consulted-body-account'
import { addMembership } from '../../lib/users/memberships'
import { addMembershipSchema, createConsultedBodyAccountSchema } from '../../lib/users/schemas'
import { ConflictError, NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant, TEST_PASSWORD, usernameOf } from '../support/factories'

type Tenant = Awaited<ReturnType<typeof createTenant>>
let lc: Tenant
let dn: Tenant
let police: Actor
let secretariat: Actor
let letterId: string
let dnLetterId: string
let nominees: { id: string; personId: string | null; organizationId: string | null; displayName: string }[]
let bodies: { id: string; name: string }[]

/** A demo tenant copy with its people and the consultation demo (letter, Công an tỉnh's account). */
async function seeded(template: 0 | 1) {
  const tenant = await createTenant(template)
  await seedDemoPeople(ownerDb(), tenant)
  expect(await seedConsultationDemo(ownerDb(), tenant, await hashPassword(TEST_PASSWORD))).toBe(true)
  return tenant
}

const asActor = async (userId: string, tenantId: string) => (await loadActor({ userId, tenantId, sessionVersion: 1 }))!

beforeAll(async () => {
  ;[lc, dn] = await Promise.all([seeded(1), seeded(0)])
  police = await asActor(lc.users.get(usernameOf(lc, 'congan.laocai'))!, lc.id)
  secretariat = await actorFor(lc, 'noivu.laocai')
  const letter = await ownerDb().consultation.findFirstOrThrow({
    where: { tenantId: lc.id },
    select: { id: true, nominees: { select: { nominee: true } } },
  })
  letterId = letter.id
  nominees = letter.nominees.map((n) => n.nominee).sort((a, b) => a.displayName.localeCompare(b.displayName))
  dnLetterId = (await ownerDb().consultation.findFirstOrThrow({ where: { tenantId: dn.id }, select: { id: true } })).id
  bodies = await ownerDb().consultedBody.findMany({ where: { tenantId: lc.id }, select: { id: true, name: true } })
})

const answer = (actor: Actor, values: Record<string, string>) =>
  answerAsBody(actor, bodyAnswerSchema.parse({ consultationId: letterId, ...values }))

describe('consulted body accounts', () => {
  it('sees the letters sent to its own body only, never another body’s or another tenant’s', async () => {
    expect(consultedBodyOf(police)).toBe(bodies.find((b) => b.name === CONSULTATION_DEMO_BODY)!.id)
    // a second letter, to Thuế tỉnh alone, about the same nominees
    const tax = bodies.find((b) => b.name === 'Thuế tỉnh')!
    const { id: taxOnly } = await sendConsultation(
      secretariat,
      sendConsultationSchema.parse({
        organizationId: lc.units.get('tinh')!,
        title: 'Xin ý kiến riêng cơ quan Thuế',
        deadline: '2099-12-10',
        bodyIds: tax.id,
        nomineeIds: nominees[0].id,
      }),
    )
    const list = await withTenant(lc.id, (tx) => listBodyLetters(tx, police, 1))
    expect(list.body.name).toBe(CONSULTATION_DEMO_BODY)
    expect(list.letters.map((l) => l.id)).toEqual([letterId])
    expect(list.letters[0]).toMatchObject({ open: true, nominees: nominees.length, answered: 0 })
    expect(list.letters[0].deadline.left).toBeGreaterThan(0)

    const letter = await withTenant(lc.id, (tx) => loadBodyLetter(tx, police, letterId, 1))
    expect(letter.nominees.map((n) => n.name).sort()).toEqual(nominees.map((n) => n.displayName).sort())
    const person = letter.nominees.find((n) => !n.collective)!
    expect(person).toMatchObject({ award: 'BANG_KHEN_TINH', unit: 'Sở Nội vụ tỉnh Lào Cai', reply: null })
    expect(letter.nominees.find((n) => n.collective)?.unit).toBe('Ủy ban nhân dân tỉnh Lào Cai')

    await expect(withTenant(lc.id, (tx) => loadBodyLetter(tx, police, taxOnly, 1))).rejects.toThrow(NotFoundError)
    await expect(withTenant(lc.id, (tx) => loadBodyLetter(tx, police, dnLetterId, 1))).rejects.toThrow(NotFoundError)
    await expect(
      answer(police, { consultationId: taxOnly, nomineeId: nominees[0].id, answer: 'NO_OBJECTION' }),
    ).rejects.toThrow(NotFoundError)
    // Đồng Nai's police sees Đồng Nai's letter, not Lào Cai's
    const dnPolice = await asActor(dn.users.get(usernameOf(dn, 'congan.dongnai'))!, dn.id)
    const dnList = await withTenant(dn.id, (tx) => listBodyLetters(tx, dnPolice, 1))
    expect(dnList.letters.map((l) => l.id)).toEqual([dnLetterId])
    await expect(withTenant(dn.id, (tx) => loadBodyLetter(tx, dnPolice, letterId, 1))).rejects.toThrow(NotFoundError)
  })

  it('records its answers through the secretariat’s write: an objection becomes a ConductRecord, journalled', async () => {
    const [clear, objected] = nominees.filter((n) => n.personId)
    await answer(police, { nomineeId: clear.id, answer: 'NO_OBJECTION' })
    const reason = 'Đang bị Cơ quan Cảnh sát điều tra Công an tỉnh xác minh tin báo về vi phạm quản lý đất đai.'
    await answer(police, { nomineeId: objected.id, answer: 'OBJECTION', kind: 'INVESTIGATION', reason })

    const record = await ownerDb().conductRecord.findFirstOrThrow({
      where: { tenantId: lc.id, personId: objected.personId },
    })
    expect(record).toMatchObject({
      kind: 'INVESTIGATION',
      summary: reason,
      source: 'CONSULTATION',
      sourceBody: CONSULTATION_DEMO_BODY,
      endedOn: null,
      createdById: police.userId,
    })
    expect(await ownerDb().conductRecord.count({ where: { tenantId: lc.id, personId: clear.personId } })).toBe(0)
    const journal = await ownerDb().auditEvent.findMany({
      where: { tenantId: lc.id, action: 'consultation.reply', actorId: police.userId },
      select: { after: true },
    })
    const entries = journal.map((j) => j.after as { objection: boolean; by: string; body: string })
    expect(entries.map((e) => [e.body, e.by, e.objection]).sort()).toEqual([
      [CONSULTATION_DEMO_BODY, 'BODY', false],
      [CONSULTATION_DEMO_BODY, 'BODY', true],
    ])
    expect(record.consultationReplyId).not.toBeNull()

    // the secretariat reads the answers where it reads its written replies
    const status = await withTenant(lc.id, (tx) => consultationStatus(tx, lc.id, [clear.id, objected.id]))
    expect(status.get(objected.id)!.find((a) => a.body === CONSULTATION_DEMO_BODY)).toMatchObject({
      state: 'OBJECTION',
      reason,
    })
    expect(status.get(clear.id)!.find((a) => a.body === CONSULTATION_DEMO_BODY)?.state).toBe('NO_OBJECTION')
    expect(status.get(clear.id)!.find((a) => a.body === 'Thuế tỉnh')?.state).toBe('PENDING')

    // one answer per body and nominee, whoever enters the second
    await expect(answer(police, { nomineeId: clear.id, answer: 'OBJECTION', reason: 'Muộn' })).rejects.toThrow(
      ConflictError,
    )
    const policeBody = consultedBodyOf(police)!
    await expect(
      recordReply(
        secretariat,
        replySchema.parse({
          consultationId: letterId,
          bodyId: policeBody,
          nomineeId: clear.id,
          answer: 'NO_OBJECTION',
        }),
      ),
    ).rejects.toThrow(ConflictError)
    const letter = await withTenant(lc.id, (tx) => loadBodyLetter(tx, police, letterId, 1))
    expect(letter.letter.answered).toBe(2)
    expect(letter.nominees.find((n) => n.id === objected.id)?.reply).toMatchObject({ objection: true, reason })
  })

  it('asks for the content of a problem next to the field, and refuses a nominee not in the letter', async () => {
    const bad = bodyAnswerSchema.safeParse({ consultationId: letterId, nomineeId: nominees[0].id, answer: 'OBJECTION' })
    expect(bad.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['reason', 'Ghi nội dung vấn đề của người được đề nghị.'],
    ])
    expect(
      bodyAnswerSchema.safeParse({ consultationId: letterId, nomineeId: nominees[0].id }).error?.issues[0].path,
    ).toEqual(['answer'])
    const stranger = '00000000-0000-4000-8000-000000000000'
    await expect(answer(police, { nomineeId: stranger, answer: 'NO_OBJECTION' })).rejects.toThrow(
      'không có trong danh sách',
    )
  })

  it('is read-only once the deadline has passed', async () => {
    const collective = nominees.find((n) => !n.personId)!
    await ownerDb().consultation.update({
      where: { id: letterId },
      data: { sentOn: new Date('2026-11-02'), deadline: new Date('2026-11-16') },
    })
    const letter = await withTenant(lc.id, (tx) => loadBodyLetter(tx, police, letterId, 1))
    expect(letter.letter.open).toBe(false)
    expect(letter.letter.deadline.state).toBe('past')
    await expect(answer(police, { nomineeId: collective.id, answer: 'NO_OBJECTION' })).rejects.toThrow('quá hạn')
    expect(await ownerDb().consultationReply.count({ where: { tenantId: lc.id, nomineeId: collective.id } })).toBe(0)
  })

  it('reaches none of the workspace: no unit, dossier, person, plan or secretariat page', async () => {
    const root = lc.units.get('tinh')!
    expect(actorOrganizations(police)).toEqual([])
    const dossierId = (
      await ownerDb().dossierNominee.findUniqueOrThrow({ where: { id: nominees[0].id }, select: { dossierId: true } })
    ).dossierId
    const personId = nominees.find((n) => n.personId)!.personId!
    const rootRef = await ownerDb().organization.findUniqueOrThrow({
      where: { id: root },
      select: { id: true, path: true },
    })
    await withTenant(lc.id, async (tx) => {
      await expect(findOrganizationForActor(tx, police, root, 'workspace.view')).rejects.toThrow(NotFoundError)
      await expect(listChildren(tx, police, root, 1)).rejects.toThrow(NotFoundError)
      await expect(findDossierForActor(tx, police, dossierId)).rejects.toThrow(NotFoundError)
      await expect(loadDossier(tx, police, dossierId)).rejects.toThrow(NotFoundError)
      await expect(listPeople(tx, police, rootRef, { page: 1 })).rejects.toThrow(NotFoundError)
      await expect(loadPersonDetail(tx, police, personId, rootRef.path)).rejects.toThrow(NotFoundError)
      // and the staff's own pages are not the body's: the secretariat has no letters of a body
      await expect(listBodyLetters(tx, secretariat, 1)).rejects.toThrow(NotFoundError)
    })
    expect(canViewPlan(police, { status: 'ISSUED', organization: rootRef })).toBe(false)
    // the secretariat's own use case refuses the body's account (it records for any body)
    await expect(
      recordReply(
        police,
        replySchema.parse({
          consultationId: letterId,
          bodyId: consultedBodyOf(police)!,
          nomineeId: nominees[0].id,
          answer: 'NO_OBJECTION',
        }),
      ),
    ).rejects.toThrow(NotFoundError)
  })

  it('is made by the province’s administrator for one of the tenant’s bodies', async () => {
    const admin = await actorFor(lc, 'quantri.laocai')
    const insurance = bodies.find((b) => b.name === 'Bảo hiểm xã hội tỉnh')!
    const input = (values: Record<string, string>) =>
      createConsultedBodyAccountSchema.parse({
        fullName: 'Đỗ Thị Hạnh',
        username: `bhxh.laocai.${lc.suffix}`,
        password: 'Bhxh2026x',
        bodyId: insurance.id,
        ...values,
      })
    await expect(createConsultedBodyAccount(secretariat, input({}))).rejects.toThrow(NotFoundError)
    const dnBody = await ownerDb().consultedBody.findFirstOrThrow({ where: { tenantId: dn.id }, select: { id: true } })
    await expect(createConsultedBodyAccount(admin, input({ bodyId: dnBody.id }))).rejects.toMatchObject({
      field: 'bodyId',
    })
    await expect(
      createConsultedBodyAccount(admin, input({ username: usernameOf(lc, 'congan.laocai') })),
    ).rejects.toMatchObject({ field: 'username' })
    const user = await createConsultedBodyAccount(admin, input({}))
    const account = await asActor(user.id, lc.id)
    expect(consultedBodyOf(account)).toBe(insurance.id)
    expect(account.memberships.map((m) => [m.organizationId, m.role])).toEqual([
      [lc.units.get('tinh')!, 'CONSULTED_BODY'],
    ])
    expect(actorOrganizations(account)).toEqual([])
    // and it takes no staff role on top, which would give it a workspace
    await expect(
      addMembership(
        admin,
        addMembershipSchema.parse({ userId: user.id, organizationId: lc.units.get('tinh')!, role: 'VIEWER' }),
      ),
    ).rejects.toMatchObject({ field: 'role' })
    const list = await withTenant(lc.id, (tx) => listBodyLetters(tx, account, 1))
    expect(list.letters.map((l) => l.id)).toEqual([letterId])
    const journal = await ownerDb().auditEvent.findFirstOrThrow({
      where: { tenantId: lc.id, action: 'user.create', targetId: user.id },
      select: { after: true },
    })
    expect(journal.after).toMatchObject({ role: 'CONSULTED_BODY', consultedBody: 'Bảo hiểm xã hội tỉnh' })
  })

  it('is held together by the database: CONSULTED_BODY names a body, and only it does', async () => {
    const db = ownerDb()
    const user = await db.user.findUniqueOrThrow({ where: { username: usernameOf(lc, 'noivu.laocai') } })
    const base = { tenantId: lc.id, userId: user.id, organizationId: lc.units.get('tinh')! }
    await expect(db.membership.create({ data: { ...base, role: 'CONSULTED_BODY' } })).rejects.toThrow(
      /Membership_consulted_body/,
    )
    await expect(
      db.membership.create({ data: { ...base, role: 'VIEWER', consultedBodyId: bodies[0].id } }),
    ).rejects.toThrow(/Membership_consulted_body/)
    // the body is the tenant's own (compound foreign key)
    const dnBody = await db.consultedBody.findFirstOrThrow({ where: { tenantId: dn.id }, select: { id: true } })
    await expect(
      db.membership.create({ data: { ...base, role: 'CONSULTED_BODY', consultedBodyId: dnBody.id } }),
    ).rejects.toThrow(/Membership_tenantId_consultedBodyId_fkey|Foreign key/i)
  })
})
