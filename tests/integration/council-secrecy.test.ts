// Vote secrecy against the real database (docs/decisions/0006-secret-ballot.md): the schema has no
// column linking a choice to a voter; while open, casts and choices cannot be paired on any column but
// the item; after closing, no key is left and the choices were all rewritten in another transaction.
import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadActor, type Actor } from '../../lib/auth/actor'
import { seedDemoCouncils } from '../../lib/council/demo'
import { openSession } from '../../lib/council/open-session'
import { recordAttendance } from '../../lib/council/attendance'
import { castBallot, recordWrittenBallot } from '../../lib/council/vote'
import { closeSession } from '../../lib/council/close-session'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

process.env.BALLOT_SECRET = 'kiem-thu-khoa-phieu-kin-secrecy-0123456789'

let dn: Awaited<ReturnType<typeof createTenant>>
let secretariat: Actor
let members: { id: string; actor: Actor }[]
let sessionId: string
let itemIds: string[]

const columnsOf = async (table: string) =>
  (
    await ownerDb().$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY column_name`
  ).map((c) => c.column_name)

beforeAll(async () => {
  dn = await createTenant(0)
  await seedDemoCouncils(ownerDb(), dn, 'x')
  secretariat = await actorFor(dn, 'noivu.dongnai')
  const council = await ownerDb().council.findFirstOrThrow({
    where: { tenantId: dn.id, organizationId: dn.units.get('tinh')! },
  })
  const rows = await ownerDb().councilMember.findMany({
    where: { councilId: council.id },
    orderBy: { fullName: 'asc' },
  })
  members = await Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      actor: (await loadActor({ userId: r.userId, tenantId: dn.id, sessionVersion: 1 }))!,
    })),
  )
  const dossier = await ownerDb().dossier.create({
    data: {
      tenantId: dn.id,
      proposingOrgId: dn.units.get('ban-kcn')!,
      kind: 'THUONG_XUYEN',
      year: 2025,
      title: 'Đề nghị khen thưởng',
    },
  })
  const nomineeIds: string[] = []
  for (const [displayName, award] of [
    ['Hồ Thị Kín', 'CSTD_CO_SO'],
    ['Mai Văn Mật', 'BANG_KHEN_TINH'],
  ]) {
    const n = await ownerDb().dossierNominee.create({
      data: {
        tenantId: dn.id,
        dossierId: dossier.id,
        organizationId: dn.units.get('ban-kcn')!,
        displayName,
        award,
        achievement: 'Thành tích',
        status: 'IN_REVIEW',
        holderOrgId: dn.units.get('tinh')!,
      },
    })
    nomineeIds.push(n.id)
  }
  const session = await openSession(secretariat, {
    councilId: council.id,
    title: 'Phiên họp xét khen thưởng',
    nomineeIds,
  })
  sessionId = session.id
  const { version } = await ownerDb().councilSession.findUniqueOrThrow({ where: { id: sessionId } })
  await recordAttendance(secretariat, { sessionId, version, presentIds: members.slice(0, 8).map((m) => m.id) })
  itemIds = (await ownerDb().sessionItem.findMany({ where: { sessionId }, orderBy: { id: 'asc' } })).map((i) => i.id)
  await Promise.all(
    members.slice(0, 8).map((m, i) =>
      castBallot(m.actor, {
        sessionId,
        votes: itemIds.map((itemId, k) => ({ itemId, choice: (i + k) % 3 === 0 ? 'DISAGREE' : 'AGREE' })),
      }),
    ),
  )
  await recordWrittenBallot(secretariat, {
    sessionId,
    memberId: members[8].id,
    votes: [{ itemId: itemIds[0], choice: 'AGREE' }],
  })
})

describe('secret ballot', () => {
  it('(a) has no column naming a voter in BallotChoice and no choice in BallotCast', async () => {
    const choice = await columnsOf('BallotChoice')
    const cast = await columnsOf('BallotCast')
    expect(choice).toEqual(['ballotKey', 'choice', 'id', 'itemId', 'tenantId'])
    expect(choice.filter((c) => /member|user|actor|voter|cast/i.test(c))).toEqual([])
    expect(cast.filter((c) => /choice|vote|agree|key/i.test(c))).toEqual([])
    // and no foreign key from BallotChoice to anything but the item and the tenant
    const references = await ownerDb().$queryRaw<{ target: string }[]>`
      SELECT confrelid::regclass::text AS target FROM pg_constraint WHERE contype = 'f' AND conrelid = '"BallotChoice"'::regclass ORDER BY 1`
    expect(references.map((r) => r.target).sort()).toEqual(['"SessionItem"', '"Tenant"'])
  })

  it('(c) while open, cannot pair a cast with a choice on any shared column but the item', async () => {
    const choiceColumns = await columnsOf('BallotChoice')
    const common = (await columnsOf('BallotCast')).filter((c) => choiceColumns.includes(c)).sort()
    expect(common).toEqual(['id', 'itemId', 'tenantId'])
    const db = ownerDb()
    const casts = await db.ballotCast.count({ where: { itemId: { in: itemIds } } })
    const choices = await db.ballotChoice.count({ where: { itemId: { in: itemIds } } })
    expect(casts).toBe(17)
    expect(choices).toBe(17)
    const [byId] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "BallotCast" c JOIN "BallotChoice" ch ON ch."id" = c."id" WHERE c."itemId" = ANY(${itemIds}::uuid[])`
    expect(Number(byId.n)).toBe(0)
    // the tenant pairs every cast with every choice: no pairing at all
    const [byTenant] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "BallotCast" c JOIN "BallotChoice" ch ON ch."tenantId" = c."tenantId"
      WHERE c."itemId" = ANY(${itemIds}::uuid[]) AND ch."itemId" = ANY(${itemIds}::uuid[])`
    expect(Number(byTenant.n)).toBe(casts * choices)
    // the key is keyed with the server secret: the bare hash of item and member does not find it
    const keys = new Set(
      (await db.ballotChoice.findMany({ where: { itemId: { in: itemIds } } })).map((c) => c.ballotKey),
    )
    expect(keys.size).toBe(17)
    for (const m of members)
      for (const itemId of itemIds)
        expect(keys.has(createHash('sha256').update(`${itemId}:${m.id}`).digest('hex'))).toBe(false)
  })

  it('(d) journals and casts carry no time finer than the session, and a changed vote adds no entry', async () => {
    const db = ownerDb()
    const { openedAt } = await db.councilSession.findUniqueOrThrow({ where: { id: sessionId } })
    const casts = await db.ballotCast.findMany({ where: { itemId: { in: itemIds } } })
    expect(new Set(casts.map((c) => c.castAt.getTime()))).toEqual(new Set([openedAt.getTime()]))
    await castBallot(members[0].actor, { sessionId, votes: [{ itemId: itemIds[0], choice: 'AGREE' }] })
    await castBallot(members[0].actor, { sessionId, votes: [{ itemId: itemIds[0], choice: 'DISAGREE' }] })
    await castBallot(members[0].actor, { sessionId, votes: [{ itemId: itemIds[0], choice: 'AGREE' }] })
    const entries = await db.auditEvent.findMany({ where: { tenantId: dn.id, action: 'council.vote' } })
    expect(entries).toHaveLength(17) // one per cast, none for the changes
    expect(new Set(entries.map((e) => e.createdAt.getTime()))).toEqual(new Set([openedAt.getTime()]))
  })

  it('(b) after closing keeps the counts and no key, all choices rewritten in one other transaction', async () => {
    const db = ownerDb()
    const before = await db.ballotChoice.groupBy({
      by: ['itemId', 'choice'],
      where: { itemId: { in: itemIds } },
      _count: { _all: true },
      orderBy: [{ itemId: 'asc' }, { choice: 'asc' }],
    })
    const { version } = await db.councilSession.findUniqueOrThrow({ where: { id: sessionId } })
    await closeSession(secretariat, { sessionId, version })
    const after = await db.ballotChoice.groupBy({
      by: ['itemId', 'choice'],
      where: { itemId: { in: itemIds } },
      _count: { _all: true },
      orderBy: [{ itemId: 'asc' }, { choice: 'asc' }],
    })
    expect(after).toEqual(before)
    expect(await db.ballotChoice.count({ where: { itemId: { in: itemIds }, ballotKey: { not: null } } })).toBe(0)
    expect(await db.ballotChoice.count({ where: { ballotKey: { not: null }, item: { sessionId } } })).toBe(0)
    const choiceTx = await db.$queryRaw<
      { x: string }[]
    >`SELECT DISTINCT xmin::text AS x FROM "BallotChoice" WHERE "itemId" = ANY(${itemIds}::uuid[])`
    const castTx = await db.$queryRaw<
      { x: string }[]
    >`SELECT DISTINCT xmin::text AS x FROM "BallotCast" WHERE "itemId" = ANY(${itemIds}::uuid[])`
    expect(choiceTx).toHaveLength(1)
    expect(castTx.map((c) => c.x)).not.toContain(choiceTx[0].x)
    // the results: counts only, on the items
    const items = await db.sessionItem.findMany({ where: { sessionId } })
    expect(items.every((i) => i.agree !== null && i.disagree !== null && i.passed !== null)).toBe(true)
    expect(items.reduce((sum, i) => sum + i.agree! + i.disagree!, 0)).toBe(17)
  })
})
