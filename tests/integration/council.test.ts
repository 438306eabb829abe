// The council and its voting sessions against the real database: members, quorum, ballots (changed,
// concurrent, written), who may vote, closing once under a true race, thresholds on the whole
// membership (9 members: 7 agree on CSTĐ cơ sở fails, 8 passes), results on the nominees, the minutes.
import { beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import { loadActor, type Actor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { seedDemoCouncils } from '../../lib/council/demo'
import { addMember, changeMember } from '../../lib/council/members'
import { createCouncil } from '../../lib/council/save-council'
import { openSession } from '../../lib/council/open-session'
import { recordAttendance } from '../../lib/council/attendance'
import { castBallot, recordWrittenBallot } from '../../lib/council/vote'
import { closeSession } from '../../lib/council/close-session'
import { allowReconsideration } from '../../lib/council/reconsider'
import { sessionMinutes } from '../../lib/council/minutes'
import { loadSessionView } from '../../lib/council/views'
import { SESSION_CLOSED } from '../../lib/council/queries'
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from '../../lib/shared/errors'
import { databaseUrl, ownerDb } from '../support/db'
import { docxParagraphs } from '../support/docx'
import { actorFor, addUser, createTenant } from '../support/factories'

process.env.BALLOT_SECRET = 'kiem-thu-khoa-phieu-kin-0123456789abcdef'

let dn: Awaited<ReturnType<typeof createTenant>>
let lc: Awaited<ReturnType<typeof createTenant>>
let secretariat: Actor
let council: { id: string; organizationId: string }
let members: { id: string; actor: Actor }[] // the 9 members of the provincial council, chair first

const u = (key: string) => dn.units.get(key)!
const actorOf = async (userId: string, tenantId = dn.id) => (await loadActor({ userId, tenantId, sessionVersion: 1 }))!
const version = async (sessionId: string) =>
  (await ownerDb().councilSession.findUniqueOrThrow({ where: { id: sessionId } })).version
const itemsOf = (sessionId: string) => ownerDb().sessionItem.findMany({ where: { sessionId } })

async function nominees(specs: [string, string][]) {
  const dossier = await ownerDb().dossier.create({
    data: {
      tenantId: dn.id,
      proposingOrgId: u('so-noi-vu'),
      kind: 'THUONG_XUYEN',
      year: 2025,
      title: 'Đề nghị khen thưởng năm 2025',
    },
  })
  const ids: string[] = []
  for (const [displayName, award] of specs) {
    // each nominee is a person of their own: a title of a year is live in one dossier per person
    // (DossierNominee_title_person_key), so nominees of several sessions must not share a subject
    const person = await ownerDb().person.create({
      data: { tenantId: dn.id, organizationId: u('so-noi-vu'), fullName: displayName, gender: 'NAM' },
    })
    const n = await ownerDb().dossierNominee.create({
      data: {
        tenantId: dn.id,
        dossierId: dossier.id,
        personId: person.id,
        displayName,
        award,
        achievement: 'Hoàn thành xuất sắc nhiệm vụ',
        status: 'IN_REVIEW',
        holderOrgId: u('tinh'),
      },
    })
    ids.push(n.id)
  }
  return ids
}

/** Opens a session on new nominees and takes the roll call: the first `present` members are present. */
async function sessionWith(specs: [string, string][], present: number) {
  const ids = await nominees(specs)
  const session = await openSession(secretariat, {
    councilId: council.id,
    title: 'Phiên họp xét khen thưởng năm 2025',
    nomineeIds: ids,
  })
  await recordAttendance(secretariat, {
    sessionId: session.id,
    version: await version(session.id),
    presentIds: members.slice(0, present).map((m) => m.id),
  })
  const items = await itemsOf(session.id)
  const itemOf = (nomineeId: string) => items.find((i) => i.nomineeId === nomineeId)!.id
  return { sessionId: session.id, nomineeIds: ids, itemIds: ids.map(itemOf) }
}

beforeAll(async () => {
  dn = await createTenant(0)
  lc = await createTenant(1)
  const created = await seedDemoCouncils(ownerDb(), dn, 'x')
  expect(created).toHaveLength(11)
  // The demo province council has 10 seats; these tests count on 9 active members, so one steps down.
  await ownerDb().councilMember.updateMany({
    where: {
      tenantId: dn.id,
      userId: (await ownerDb().user.findUniqueOrThrow({ where: { username: `hoidong7.dongnai.${dn.suffix}` } })).id,
    },
    data: { active: false },
  })
  expect(await seedDemoCouncils(ownerDb(), lc, 'x')).toEqual([]) // no chair account there: no council
  secretariat = await actorFor(dn, 'noivu.dongnai')
  council = await ownerDb().council.findFirstOrThrow({ where: { tenantId: dn.id, organizationId: u('tinh') } })
  const rows = await ownerDb().councilMember.findMany({
    where: { councilId: council.id, active: true },
    orderBy: [{ isChair: 'desc' }, { fullName: 'asc' }],
  })
  members = await Promise.all(rows.map(async (r) => ({ id: r.id, actor: await actorOf(r.userId) })))
})

describe('council', () => {
  it('is seeded with 9 members and a chair, and managed only by the secretariat of its unit or above', async () => {
    expect(members).toHaveLength(9)
    expect(members[0].actor.username).toBe(`lanhdao.dongnai.${dn.suffix}`)
    await expect(
      createCouncil(secretariat, { organizationId: u('tinh'), name: 'Hội đồng thứ hai', quorumPercent: 67 }),
    ).rejects.toThrow(/đã có Hội đồng/)
    const district = await actorFor(dn, 'noivu.longthanh')
    const lt = await ownerDb().council.findFirstOrThrow({ where: { tenantId: dn.id, organizationId: u('long-thanh') } })
    // another unit's council is not found; a member is not the secretariat
    await expect(
      changeMember(district, { councilId: council.id, memberId: members[1].id, action: 'chair' }),
    ).rejects.toBeInstanceOf(NotFoundError)
    await expect(
      changeMember(members[1].actor, { councilId: council.id, memberId: members[1].id, action: 'chair' }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    // members are chosen among council members and leaders of the unit itself
    await expect(
      addMember(district, {
        councilId: lt.id,
        userId: dn.users.get(`xem.dongnai.${dn.suffix}`)!,
        position: null,
        chair: false,
      }),
    ).rejects.toMatchObject({ field: 'userId' })
    const newcomer = await addUser(dn, 'long-thanh', 'COUNCIL_MEMBER', `hoidong9.longthanh.${dn.suffix}`)
    const added = await addMember(district, { councilId: lt.id, userId: newcomer, position: 'Ủy viên', chair: true })
    const chairs = await ownerDb().councilMember.findMany({ where: { councilId: lt.id, isChair: true } })
    expect(chairs.map((c) => c.id)).toEqual([added.id])
    await changeMember(district, { councilId: lt.id, memberId: added.id, action: 'remove' })
    expect(await ownerDb().councilMember.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({
      active: false,
      isChair: false,
    })
    const actions = (await ownerDb().auditEvent.findMany({ where: { targetId: added.id } })).map((a) => a.action).sort()
    expect(actions).toEqual(['council.member.add', 'council.member.remove'])
  })

  it('accepts no vote without quorum, and none from an absent member', async () => {
    const { sessionId, itemIds } = await sessionWith([['Nguyễn Văn Quorum', 'LDTT']], 5)
    const vote = (m: number) =>
      castBallot(members[m].actor, { sessionId, votes: [{ itemId: itemIds[0], choice: 'AGREE' }] })
    await expect(vote(0)).rejects.toThrow(
      'Phiên họp chưa đủ số thành viên dự họp: 5/9 thành viên có mặt, cần tối thiểu 6 (2/3 tổng số thành viên). Chưa nhận phiếu biểu quyết.',
    )
    await expect(
      recordWrittenBallot(secretariat, {
        sessionId,
        memberId: members[8].id,
        votes: [{ itemId: itemIds[0], choice: 'AGREE' }],
      }),
    ).rejects.toThrow(/chưa đủ số thành viên/)
    await expect(closeSession(secretariat, { sessionId, version: await version(sessionId) })).rejects.toThrow(
      /Chưa thể kết thúc phiên họp/,
    )
    expect(await ownerDb().ballotCast.count({ where: { itemId: itemIds[0] } })).toBe(0)
    await recordAttendance(secretariat, {
      sessionId,
      version: await version(sessionId),
      presentIds: members.slice(0, 6).map((m) => m.id),
    })
    await vote(0)
    await expect(vote(7)).rejects.toThrow(/đang được ghi nhận vắng mặt/)
    // the roll call cannot contradict the ballots
    await expect(
      recordAttendance(secretariat, {
        sessionId,
        version: await version(sessionId),
        presentIds: members.slice(1, 7).map((m) => m.id),
      }),
    ).rejects.toMatchObject({
      field: 'presentIds',
    })
    // one ballot in: closing now would publish it (issue 10, finding 1)
    await expect(closeSession(secretariat, { sessionId, version: await version(sessionId) })).rejects.toThrow(
      /còn 5 thành viên có mặt chưa bỏ phiếu/,
    )
    const { votingEndsAt } = await ownerDb().councilSession.findUniqueOrThrow({ where: { id: sessionId } })
    const [result] = await closeSession(
      secretariat,
      { sessionId, version: await version(sessionId) },
      new Date(votingEndsAt!.getTime() + 1000),
    )
    expect(result).toMatchObject({ agree: 0, disagree: 0, withheld: true, passed: false })
    const item = await ownerDb().sessionItem.findUniqueOrThrow({ where: { id: itemIds[0] } })
    expect(item).toMatchObject({ agree: null, disagree: null, countsWithheld: true, passed: false })

    // re-consideration (xét lại): not by the secretariat alone; the chair allows it, recorded, once
    const nomineeIds = [(await ownerDb().sessionItem.findUniqueOrThrow({ where: { id: itemIds[0] } })).nomineeId]
    const again = () => openSession(secretariat, { councilId: council.id, title: 'Phiên họp xét lại', nomineeIds })
    await expect(again()).rejects.toThrow(/Chủ tịch Hội đồng cần cho phép/)
    const reason = 'Có thêm minh chứng thành tích sau phiên họp trước.'
    await expect(
      allowReconsideration(secretariat, { councilId: council.id, nomineeId: nomineeIds[0], reason }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    await expect(
      allowReconsideration(members[1].actor, { councilId: council.id, nomineeId: nomineeIds[0], reason }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    await allowReconsideration(members[0].actor, { councilId: council.id, nomineeId: nomineeIds[0], reason })
    expect(
      await ownerDb().auditEvent.count({
        where: {
          tenantId: dn.id,
          action: 'council.reconsider',
          targetId: nomineeIds[0],
          actorId: members[0].actor.userId,
        },
      }),
    ).toBe(1)
    const reopened = await again()
    const leave = await ownerDb().councilReconsideration.findFirstOrThrow({ where: { nomineeId: nomineeIds[0] } })
    expect(leave).toMatchObject({ usedBySessionId: reopened.id, reason })
    await ownerDb().councilSession.update({ where: { id: reopened.id }, data: { status: 'CLOSED' } })
    await expect(again()).rejects.toThrow(/Chủ tịch Hội đồng cần cho phép/) // the leave was used
  })

  it('keeps out whoever is not a member of this council', async () => {
    const { sessionId, itemIds } = await sessionWith([['Trần Thị Người Ngoài', 'LDTT']], 9)
    const votes = [{ itemId: itemIds[0], choice: 'AGREE' as const }]
    await expect(castBallot(secretariat, { sessionId, votes })).rejects.toBeInstanceOf(ForbiddenError)
    await expect(castBallot(await actorFor(dn, 'xem.dongnai'), { sessionId, votes })).rejects.toBeInstanceOf(
      ForbiddenError,
    )
    const districtMember = await actorOf(
      (await ownerDb().user.findUniqueOrThrow({ where: { username: `hoidong1.longthanh.${dn.suffix}` } })).id,
    )
    await expect(castBallot(districtMember, { sessionId, votes })).rejects.toBeInstanceOf(NotFoundError)
    await expect(castBallot(await actorFor(lc, 'lanhdao.laocai'), { sessionId, votes })).rejects.toBeInstanceOf(
      NotFoundError,
    )
    await expect(
      recordWrittenBallot(members[1].actor, { sessionId, memberId: members[1].id, votes }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    await expect(
      withTenant(dn.id, (tx) =>
        loadSessionView(tx, districtMember, { path: `/${u('tinh')}/${u('long-thanh')}/` }, sessionId, 1),
      ),
    ).rejects.toBeInstanceOf(NotFoundError)
    expect(await ownerDb().ballotCast.count({ where: { itemId: itemIds[0] } })).toBe(0)
  })

  it('counts concurrent ballots once each, the last choice of a changed vote, and written votes; 7 of 9 fail CSTĐ cơ sở, 8 pass', async () => {
    const { sessionId, nomineeIds, itemIds } = await sessionWith(
      [
        ['Lê Văn Bảy', 'CSTD_CO_SO'],
        ['Phạm Thị Tám', 'CSTD_CO_SO'],
      ],
      8,
    )
    const [seven, eight] = itemIds
    // members[0] first agrees on "seven", then changes to disagree; a double submission counts once
    await castBallot(members[0].actor, { sessionId, votes: [{ itemId: seven, choice: 'AGREE' }] })
    const twice = await Promise.allSettled(
      [0, 1].map(() => castBallot(members[1].actor, { sessionId, votes: [{ itemId: seven, choice: 'DISAGREE' }] })),
    )
    expect(twice.every((r) => r.status === 'fulfilled')).toBe(true)
    // all 8 present members at once: "seven" gets 6 agree + 2 disagree, "eight" 8 agree
    await Promise.all(
      members.slice(0, 8).map((m, i) =>
        castBallot(m.actor, {
          sessionId,
          votes: [
            { itemId: seven, choice: i < 2 ? 'DISAGREE' : 'AGREE' },
            { itemId: eight, choice: 'AGREE' },
          ],
        }),
      ),
    )
    // the absent member's written votes: agree on "seven" (7/9), disagree on "eight" (8/9)
    await expect(
      recordWrittenBallot(secretariat, {
        sessionId,
        memberId: members[0].id,
        votes: [{ itemId: seven, choice: 'AGREE' }],
      }),
    ).rejects.toMatchObject({ field: 'memberId' })
    await recordWrittenBallot(secretariat, {
      sessionId,
      memberId: members[8].id,
      votes: [
        { itemId: seven, choice: 'AGREE' },
        { itemId: eight, choice: 'DISAGREE' },
      ],
    })
    for (const itemId of itemIds) {
      expect(await ownerDb().ballotCast.count({ where: { itemId } })).toBe(9)
      expect(await ownerDb().ballotChoice.count({ where: { itemId } })).toBe(9)
    }
    // while open: counts of who voted, the member's own choice, never a tally
    const view = await withTenant(dn.id, (tx) => loadSessionView(tx, members[0].actor, null, sessionId, 1))
    const row = view.items.find((i) => i.id === seven)!
    expect(row).toMatchObject({
      castCount: 9,
      agree: null,
      disagree: null,
      passed: null,
      mine: { choice: 'DISAGREE', written: false },
    })
    // the member cannot rewrite an absent member's written vote, nor the secretariat a vote cast in the room
    await expect(
      castBallot(members[8].actor, { sessionId, votes: [{ itemId: seven, choice: 'DISAGREE' }] }),
    ).rejects.toThrow(/vắng mặt/)

    // a true race between two closings: one wins, the other is told the session is closed
    const v = await version(sessionId)
    const blocker = new pg.Client({ connectionString: databaseUrl() })
    await blocker.connect()
    await blocker.query('BEGIN')
    await blocker.query('SELECT 1 FROM "CouncilSession" WHERE id = $1 FOR UPDATE', [sessionId])
    const racing = Promise.allSettled([0, 1].map(() => closeSession(secretariat, { sessionId, version: v })))
    await new Promise((resolve) => setTimeout(resolve, 300))
    await blocker.query('COMMIT')
    await blocker.end()
    const results = await racing
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(lost.reason).toBeInstanceOf(ConflictError)
    expect(lost.reason.message).toMatch(/đã được kết thúc/)
    await expect(closeSession(secretariat, { sessionId, version: v + 1 })).rejects.toThrow(/đã được kết thúc trước đó/)
    await expect(
      castBallot(members[2].actor, { sessionId, votes: [{ itemId: eight, choice: 'DISAGREE' }] }),
    ).rejects.toThrow(SESSION_CLOSED)

    const items = await itemsOf(sessionId)
    expect(items.find((i) => i.id === seven)).toMatchObject({ required: 8, agree: 7, disagree: 2, passed: false })
    expect(items.find((i) => i.id === eight)).toMatchObject({ required: 8, agree: 8, disagree: 1, passed: true })
    const nomineeRows = await ownerDb().dossierNominee.findMany({ where: { id: { in: nomineeIds } } })
    expect(nomineeRows.find((n) => n.id === nomineeIds[0])!.councilPassed).toBe(false)
    expect(nomineeRows.find((n) => n.id === nomineeIds[1])!.councilPassed).toBe(true)
    const events = await ownerDb().dossierEvent.findMany({ where: { nomineeId: { in: nomineeIds } } })
    expect(events).toHaveLength(2)
    expect(events.find((e) => e.nomineeId === nomineeIds[0])).toMatchObject({
      action: 'council.result',
      actorId: secretariat.userId,
      orgId: u('tinh'),
      reason: 'Không đạt: 7/9 thành viên đồng ý, cần tối thiểu 8 (80% tổng số thành viên)',
    })
    expect(events.find((e) => e.nomineeId === nomineeIds[1])!.reason).toBe(
      'Đạt: 8/9 thành viên đồng ý, cần tối thiểu 8 (80% tổng số thành viên)',
    )

    // the journal says who voted on what, never how
    const votesLogged = await ownerDb().auditEvent.findMany({
      where: { action: 'council.vote', targetId: { in: itemIds } },
    })
    expect(votesLogged.length).toBeGreaterThanOrEqual(18)
    for (const entry of votesLogged) {
      expect(Object.keys(entry.after as object).sort()).toEqual(['memberId', 'sessionId', 'written'])
      expect(JSON.stringify(entry)).not.toMatch(/AGREE|DISAGREE|đồng ý/i)
    }
    expect(await ownerDb().auditEvent.count({ where: { action: 'council.session.close', targetId: sessionId } })).toBe(
      1,
    )

    // the minutes: members with attendance and written votes, the result per nominee, the signatures
    const workspace = { path: (await ownerDb().organization.findUniqueOrThrow({ where: { id: u('tinh') } })).path }
    const { buffer } = await sessionMinutes(secretariat, workspace, sessionId)
    const text = docxParagraphs(buffer).join('\n')
    expect(text).toContain('BIÊN BẢN')
    expect(text).toContain(
      'Tổng số thành viên Hội đồng: 9; có mặt: 8; vắng mặt: 1 (trong đó 1 thành viên gửi phiếu bằng văn bản)',
    )
    expect(text).toMatch(/Lê Văn Bảy\s*Chiến sĩ thi đua cơ sở\s*7\s*2\s*8\s*Không đạt/)
    expect(text).toMatch(/Phạm Thị Tám\s*Chiến sĩ thi đua cơ sở\s*8\s*1\s*8\s*Đạt/)
    expect(text).toContain('CHỦ TỊCH HỘI ĐỒNG')
    expect(text).toContain('Lê Minh Đức')
    expect(text).toContain('Trần Thị Hương')
    const district = await actorFor(dn, 'noivu.longthanh')
    await expect(
      sessionMinutes(district, { path: `/${u('tinh')}/${u('long-thanh')}/` }, sessionId),
    ).rejects.toBeInstanceOf(NotFoundError)
  })

  it('puts a nominee on one open session at a time, and has no minutes before closing', async () => {
    const { sessionId, nomineeIds } = await sessionWith([['Đỗ Thị Một Lần', 'GIAY_KHEN']], 6)
    await expect(
      openSession(secretariat, { councilId: council.id, title: 'Phiên họp bổ sung', nomineeIds }),
    ).rejects.toMatchObject({ field: 'nomineeIds' })
    const workspace = { path: (await ownerDb().organization.findUniqueOrThrow({ where: { id: u('tinh') } })).path }
    await expect(sessionMinutes(secretariat, workspace, sessionId)).rejects.toBeInstanceOf(DomainError)
    await expect(
      changeMember(secretariat, { councilId: council.id, memberId: members[3].id, action: 'remove' }),
    ).rejects.toThrow(/chưa kết thúc/)
  })
})
