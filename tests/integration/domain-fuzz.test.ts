// Issue 10: the schema fuzz (action-fuzz.test.ts) stops at validation; this one goes through to the domain.
// Seeded, bounded rounds of random-but-plausible and hostile inputs — ids of other tenants, sessions and
// dossiers, closed and paper sessions, wrong actors, bad files, counts that do not add up — go through the
// door an action uses (handleForm → domain function) or straight to the domain function (a typed caller).
// Asserted after every call: it either succeeded or was refused with a DomainError (never another error,
// which would be the generic 500 page), and a refusal left every row count — and the versions and files — as
// they were: no partial write.
import { mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadActor, type Actor } from '../../lib/auth/actor'
import { seedDemoCouncils } from '../../lib/council/demo'
import { openSession } from '../../lib/council/open-session'
import { recordAttendance } from '../../lib/council/attendance'
import { castBallot } from '../../lib/council/vote'
import { closeSession } from '../../lib/council/close-session'
import { recordPaperCount } from '../../lib/council/paper-count'
import { ballotSchema, paperCountSchema } from '../../lib/council/schemas'
import { uploadAttachment } from '../../lib/dossiers/attachments'
import { createDossier } from '../../lib/dossiers/draft'
import { createDossierSchema } from '../../lib/dossiers/schemas'
import { DomainError } from '../../lib/shared/errors'
import { handleForm } from '../../lib/shared/form'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

process.env.BALLOT_SECRET = 'kiem-thu-khoa-phieu-kin-0123456789abcdef'

const SEED = 20_261_203
const ROUNDS = 60

/** mulberry32: small, seeded, reproducible. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1')
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const EXE = Buffer.concat([Buffer.from('MZ\x90\0', 'latin1'), Buffer.alloc(64, 0x41)])
const HTML = Buffer.from('<html><script>alert(1)</script></html>')
const RANDOM_UUID = '3f1b6a52-9d1e-4c7a-8f0e-5b2d6c7e8a90'
const TEXTS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  'x'.repeat(600),
  '<script>alert(1)</script>',
  'Hồ sơ đề nghị khen thưởng năm 2025',
]
const NUMBERS = ['', '-1', '0', '1', '3', '8', '2025', '1999', '2147483648', '1e309', 'NaN', 'abc', '2.5']

let uploads: string
let previous: string | undefined
let dn: Awaited<ReturnType<typeof createTenant>>
let lc: Awaited<ReturnType<typeof createTenant>>
let actors: Actor[]
let present: Actor[] // council members present at the open session
let ids: {
  units: string[]
  dossiers: string[]
  nominees: string[]
  sessions: string[]
  items: string[]
}
let paper: { sessionId: string; itemIds: string[] }

const u = (key: string) => dn.units.get(key)!

/** Every row count, version sum and stored file the calls below could touch. */
async function snapshot() {
  const [row] = await ownerDb().$queryRaw<Record<string, number>[]>`
    SELECT
      (SELECT count(*)::int FROM "Dossier") AS dossiers,
      (SELECT coalesce(sum("version"), 0)::int FROM "Dossier") AS "dossierVersions",
      (SELECT count(*)::int FROM "DossierNominee") AS nominees,
      (SELECT count(*)::int FROM "DossierAttachment") AS attachments,
      (SELECT count(*)::int FROM "DossierEvent") AS events,
      (SELECT count(*)::int FROM "AuditEvent") AS audit,
      (SELECT count(*)::int FROM "BallotCast") AS casts,
      (SELECT count(*)::int FROM "BallotChoice") AS choices,
      (SELECT count(*)::int FROM "PaperCount") AS "paperCounts",
      (SELECT coalesce(sum("version"), 0)::int FROM "CouncilSession") AS "sessionVersions",
      (SELECT count(*)::int FROM "SessionItem" WHERE "passed" IS NOT NULL) AS results`
  const files = existsSync(uploads)
    ? readdirSync(uploads).reduce((n, t) => n + readdirSync(path.join(uploads, t)).length, 0)
    : 0
  return { ...row, files }
}

type Outcome = { ok: true } | { ok: false; error: unknown }
const outcomes = { ok: 0, refused: 0 }

/** Runs one call and checks it: success, or a DomainError that changed nothing. */
async function check(label: string, call: () => Promise<{ ok?: boolean } | unknown>) {
  const before = await snapshot()
  let outcome: Outcome
  try {
    const result = await call()
    // handleForm answers a refusal with { ok: false } rather than throwing
    outcome =
      result && typeof result === 'object' && 'ok' in result && result.ok === false
        ? { ok: false, error: new DomainError(String((result as { message?: string }).message ?? 'refused')) }
        : { ok: true }
  } catch (error) {
    outcome = { ok: false, error }
  }
  if (outcome.ok) {
    outcomes.ok++
    return
  }
  outcomes.refused++
  expect(outcome.error, `${label}: ${String(outcome.error)}`).toBeInstanceOf(DomainError)
  expect(await snapshot(), `${label}: a refusal wrote something`).toEqual(before)
}

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return data
}

beforeAll(async () => {
  previous = process.env.TDKT_UPLOAD_DIR
  uploads = mkdtempSync(path.join(os.tmpdir(), 'tdkt-fuzz-'))
  process.env.TDKT_UPLOAD_DIR = uploads
  dn = await createTenant(0)
  lc = await createTenant(1)
  await seedDemoCouncils(ownerDb(), dn, 'x')
  const secretariat = await actorFor(dn, 'noivu.dongnai')
  const council = await ownerDb().council.findFirstOrThrow({ where: { tenantId: dn.id, organizationId: u('tinh') } })
  const members = await ownerDb().councilMember.findMany({
    where: { councilId: council.id, active: true },
    orderBy: [{ isChair: 'desc' }, { fullName: 'asc' }],
  })
  const memberActors = await Promise.all(
    members.map(async (m) => (await loadActor({ userId: m.userId, tenantId: dn.id, sessionVersion: 1 }))!),
  )
  present = memberActors.slice(0, 8)

  // dossiers: a draft of An Phước (its head may attach files), and nominees under review at the province
  const head = await actorFor(dn, 'thutruong.anphuoc')
  const draft = await createDossier(head, {
    organizationId: u('an-phuoc'),
    kind: 'THUONG_XUYEN',
    year: 2025,
    title: 'Hồ sơ nháp để thử',
    movementId: null,
  })
  const reviewed = await ownerDb().dossier.create({
    data: { tenantId: dn.id, proposingOrgId: u('so-noi-vu'), kind: 'THUONG_XUYEN', year: 2025, title: 'Đề nghị 2025' },
  })
  const nomineeIds: string[] = []
  for (let i = 0; i < 4; i++) {
    const person = await ownerDb().person.create({
      data: { tenantId: dn.id, organizationId: u('so-noi-vu'), fullName: `Người Thử ${i}`, gender: 'NAM' },
    })
    const n = await ownerDb().dossierNominee.create({
      data: {
        tenantId: dn.id,
        dossierId: reviewed.id,
        personId: person.id,
        displayName: `Người Thử ${i}`,
        award: 'GIAY_KHEN',
        achievement: 'Hoàn thành xuất sắc nhiệm vụ',
        status: 'IN_REVIEW',
        holderOrgId: u('tinh'),
      },
    })
    nomineeIds.push(n.id)
  }
  const open = async (nominees: string[], voteMode: 'ELECTRONIC' | 'PAPER', n: number) => {
    const s = await openSession(secretariat, {
      councilId: council.id,
      title: 'Phiên họp thử',
      nomineeIds: nominees,
      voteMode,
    })
    const v = (await ownerDb().councilSession.findUniqueOrThrow({ where: { id: s.id } })).version
    await recordAttendance(secretariat, {
      sessionId: s.id,
      version: v,
      presentIds: members.slice(0, n).map((m) => m.id),
    })
    const items = await ownerDb().sessionItem.findMany({ where: { sessionId: s.id } })
    return { sessionId: s.id, itemIds: items.map((i) => i.id) }
  }
  const electronic = await open(nomineeIds.slice(0, 2), 'ELECTRONIC', 8)
  paper = await open([nomineeIds[2]], 'PAPER', 8)
  // a closed session (window over: closes with no ballot, nothing published)
  const closed = await open([nomineeIds[3]], 'ELECTRONIC', 8)
  await closeSession(
    secretariat,
    {
      sessionId: closed.sessionId,
      version: (await ownerDb().councilSession.findUniqueOrThrow({ where: { id: closed.sessionId } })).version,
    },
    new Date(Date.now() + 24 * 3600_000),
  )
  const foreignOrg = lc.units.get('tinh')!
  ids = {
    units: [u('an-phuoc'), u('tinh'), u('long-thanh'), foreignOrg, RANDOM_UUID, 'not-a-uuid'],
    dossiers: [draft.id, reviewed.id, RANDOM_UUID, 'not-a-uuid'],
    nominees: [...nomineeIds, RANDOM_UUID, ''],
    sessions: [electronic.sessionId, paper.sessionId, closed.sessionId, RANDOM_UUID],
    items: [...electronic.itemIds, ...paper.itemIds, ...closed.itemIds, RANDOM_UUID],
  }
  actors = [
    head,
    secretariat,
    ...present.slice(0, 2),
    memberActors[9], // absent
    await actorFor(dn, 'xem.dongnai'),
    await actorFor(lc, 'noivu.laocai'),
  ]
})

afterAll(() => {
  if (previous === undefined) delete process.env.TDKT_UPLOAD_DIR
  else process.env.TDKT_UPLOAD_DIR = previous
  rmSync(uploads, { recursive: true, force: true })
})

describe('domain fuzz: a refusal writes nothing', () => {
  it('createDossier through its form', async () => {
    const next = random(SEED ^ 1)
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]
    /** mostly the plausible value, else any of the others */
    const or = <T>(good: T, others: readonly T[]) => (next() < 0.7 ? good : pick(others))
    for (let round = 0; round < ROUNDS; round++) {
      const actor = or(actors[0], actors)
      const fields = {
        organizationId: or(ids.units[0], ids.units),
        kind: or('THUONG_XUYEN', ['CHUYEN_DE', 'DOT_XUAT', 'X', '']),
        year: or('2025', NUMBERS),
        title: or('Hồ sơ đề nghị khen thưởng năm 2025', TEXTS),
        movementId: or('', [RANDOM_UUID, 'nope']),
      }
      await check(`createDossier ${round} ${JSON.stringify(fields).slice(0, 200)}`, () =>
        handleForm(createDossierSchema, form(fields), (input) => createDossier(actor, input), 'ok'),
      )
    }
  })

  it('castBallot through its form', async () => {
    const next = random(SEED ^ 2)
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]
    /** mostly the plausible value, else any of the others */
    const or = <T>(good: T, others: readonly T[]) => (next() < 0.7 ? good : pick(others))
    for (let round = 0; round < ROUNDS; round++) {
      const actor = next() < 0.8 ? pick(present) : pick(actors)
      const fields: Record<string, string> = { sessionId: or(ids.sessions[0], ids.sessions) }
      for (let i = 0, n = Math.floor(next() * 3); i < n; i++)
        fields[`vote_${or(pick(ids.items.slice(0, 2)), ids.items)}`] = or(pick(['AGREE', 'DISAGREE']), [
          'MAYBE',
          '\u0000',
        ])
      await check(`castBallot ${round} ${JSON.stringify(fields)}`, () =>
        handleForm(ballotSchema, form(fields), (input) => castBallot(actor, input), 'ok'),
      )
    }
  })

  it('uploadAttachment, called directly with any file', async () => {
    const next = random(SEED ^ 3)
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]
    /** mostly the plausible value, else any of the others */
    const or = <T>(good: T, others: readonly T[]) => (next() < 0.7 ? good : pick(others))
    for (let round = 0; round < ROUNDS; round++) {
      const actor = or(actors[0], actors)
      const unique = Buffer.from(`\n% ${round}\n`)
      const bytes = or(Buffer.concat([PDF, unique]), [
        Buffer.concat([PNG, unique]),
        PDF, // the same content again: refused as already attached
        EXE,
        HTML,
        Buffer.alloc(0),
        Buffer.from([0x25, 0x50, 0x44]), // "%PD": cut short
        Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]), // a zip that is no Office file
      ])
      const input = {
        dossierId: or(ids.dossiers[0], ids.dossiers),
        kind: pick(['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN', 'MINH_CHUNG'] as const),
        nomineeId: next() < 0.5 ? null : pick(ids.nominees) || null,
        fileName: pick(['bien-ban.pdf', '../../etc/passwd', 'a\u0000b.pdf', 'x'.repeat(300), '']),
        bytes,
      }
      await check(`uploadAttachment ${round} ${input.dossierId} ${input.kind} ${bytes.length}B`, () =>
        uploadAttachment(actor, input),
      )
    }
    // too large, once
    await check('uploadAttachment too large', () =>
      uploadAttachment(actors[0], {
        dossierId: ids.dossiers[0],
        kind: 'TO_TRINH',
        nomineeId: null,
        fileName: 'lon.pdf',
        bytes: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]),
      }),
    )
  })

  it('recordPaperCount through its form, with counts that rarely add up', async () => {
    const next = random(SEED ^ 4)
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]
    /** mostly the plausible value, else any of the others */
    const or = <T>(good: T, others: readonly T[]) => (next() < 0.7 ? good : pick(others))
    for (let round = 0; round < ROUNDS; round++) {
      const actor = next() < 0.6 ? actors[1] : pick(actors)
      const version = (await ownerDb().councilSession.findUniqueOrThrow({ where: { id: paper.sessionId } })).version
      const sessionId = next() < 0.8 ? paper.sessionId : pick(ids.sessions)
      const fields: Record<string, string> = {
        sessionId,
        version: next() < 0.8 ? String(version) : pick(NUMBERS),
        ballotsIssued: pick(['8', '8', '7', '9', ...NUMBERS]),
        ballotsReturned: pick(['8', '7', ...NUMBERS]),
        committee: or('Nguyễn Văn Kiểm\nTrần Thị Phiếu', ['Một Người', '', 'A\u0000\nB', 'Lê Văn A;Lê Văn B']),
      }
      for (const itemId of next() < 0.8 ? paper.itemIds : [pick(ids.items)]) {
        fields[`agree_${itemId}`] = pick(['6', '8', '5', ...NUMBERS])
        fields[`disagree_${itemId}`] = pick(['1', '0', '2', ...NUMBERS])
        fields[`invalid_${itemId}`] = pick(['1', '0', '', '-1'])
      }
      const bytes = pick([Buffer.concat([PDF, Buffer.from(`% ${round}`)]), EXE, Buffer.alloc(0), PNG])
      await check(`recordPaperCount ${round} ${JSON.stringify(fields).slice(0, 300)}`, () =>
        handleForm(
          paperCountSchema,
          form(fields),
          (input) => recordPaperCount(actor, { ...input, fileName: 'bien-ban.pdf', bytes }),
          'ok',
        ),
      )
    }
  })

  it('exercised both outcomes (else it proves nothing)', () => {
    expect(outcomes.refused).toBeGreaterThan(100)
    expect(outcomes.ok).toBeGreaterThan(20)
  })
})
