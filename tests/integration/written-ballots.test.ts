// Paper (written) ballots, issue 10 finding 7: a session that votes on paper is decided by the counting
// committee's record, entered with its scan and the committee's names; counts must add up, the scan is
// checked by content, the record is entered once (a repeat is idempotent, a different one refused) and
// never changed after closing; the result, the record and the journal commit together.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { seedDemoCouncils } from '../../lib/council/demo'
import { openSession } from '../../lib/council/open-session'
import { recordAttendance } from '../../lib/council/attendance'
import { castBallot, recordWrittenBallot } from '../../lib/council/vote'
import { closeSession, PAPER_CLOSE } from '../../lib/council/close-session'
import { allowReconsideration } from '../../lib/council/reconsider'
import { ALREADY_COUNTED, paperScanForDownload, recordPaperCount } from '../../lib/council/paper-count'
import { PAPER_SESSION } from '../../lib/council/queries'
import { paperCountSchema } from '../../lib/council/schemas'
import { handleForm } from '../../lib/shared/form'
import { NUL_MESSAGE } from '../../lib/shared/zod'
import { ConflictError, DomainError, NotFoundError } from '../../lib/shared/errors'
import { sessionMinutes } from '../../lib/council/minutes'
import { ownerDb } from '../support/db'
import { docxParagraphs } from '../support/docx'
import { actorFor, createTenant } from '../support/factories'

process.env.BALLOT_SECRET = 'kiem-thu-khoa-phieu-kin-0123456789abcdef'

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
)
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('\0\x10JFIF\0kiem-phieu', 'latin1')])
const EXE = Buffer.concat([Buffer.from('MZ\x90\0\x03\0\0\0', 'latin1'), Buffer.alloc(200, 0x41)])
// a Word file: accepted for dossiers, not as a scan
const DOCX = (() => {
  const names = ['[Content_Types].xml', 'word/document.xml']
  const central = names.map((n) => {
    const b = Buffer.alloc(46 + n.length)
    b.writeUInt32LE(0x02014b50, 0)
    b.writeUInt16LE(n.length, 28)
    b.write(n, 46, 'latin1')
    return b
  })
  const body = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26)])
  const dir = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(names.length, 10)
  end.writeUInt32LE(body.length, 16)
  return Buffer.concat([body, dir, end])
})()

let uploads: string
let previous: string | undefined
let dn: Awaited<ReturnType<typeof createTenant>>
let lc: Awaited<ReturnType<typeof createTenant>>
let secretariat: Actor
let council: { id: string; organizationId: string }
let members: { id: string; userId: string }[]

const u = (key: string) => dn.units.get(key)!
const version = async (sessionId: string) =>
  (await ownerDb().councilSession.findUniqueOrThrow({ where: { id: sessionId } })).version

async function nominees(specs: [string, string][]) {
  const dossier = await ownerDb().dossier.create({
    data: { tenantId: dn.id, proposingOrgId: u('so-noi-vu'), kind: 'THUONG_XUYEN', year: 2025, title: 'Đề nghị 2025' },
  })
  const ids: string[] = []
  for (const [displayName, award] of specs) {
    const person = await ownerDb().person.create({
      data: { tenantId: dn.id, organizationId: u('so-noi-vu'), fullName: displayName, gender: 'NU' },
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

/** A PAPER session on new nominees with the first `present` members present. */
async function paperSession(specs: [string, string][], present: number, nomineeIds?: string[]) {
  const ids = nomineeIds ?? (await nominees(specs))
  const session = await openSession(secretariat, {
    councilId: council.id,
    title: 'Phiên họp xét khen thưởng (phiếu giấy)',
    nomineeIds: ids,
    voteMode: 'PAPER',
  })
  await recordAttendance(secretariat, {
    sessionId: session.id,
    version: await version(session.id),
    presentIds: members.slice(0, present).map((m) => m.id),
  })
  const items = await ownerDb().sessionItem.findMany({ where: { sessionId: session.id } })
  return { sessionId: session.id, nomineeIds: ids, itemIds: ids.map((n) => items.find((i) => i.nomineeId === n)!.id) }
}

const counts = async (sessionId: string) => ({
  records: await ownerDb().paperCount.count({ where: { tenantId: dn.id } }),
  audit: await ownerDb().auditEvent.count({ where: { tenantId: dn.id } }),
  events: await ownerDb().dossierEvent.count({ where: { tenantId: dn.id } }),
  session: (await ownerDb().councilSession.findUniqueOrThrow({ where: { id: sessionId } })).status,
  results: await ownerDb().sessionItem.count({ where: { sessionId, passed: { not: null } } }),
  files: existsSync(path.join(uploads, dn.id)) ? readdirSync(path.join(uploads, dn.id)).length : 0,
})

const request = async (
  s: { sessionId: string; itemIds: string[] },
  rows: [number, number, number][],
  extra: Partial<{ ballotsIssued: number; ballotsReturned: number; bytes: Buffer; fileName: string }> = {},
) => ({
  sessionId: s.sessionId,
  version: await version(s.sessionId),
  ballotsIssued: extra.ballotsIssued ?? 8,
  ballotsReturned: extra.ballotsReturned ?? 8,
  committee: ['Nguyễn Văn Kiểm', 'Trần Thị Phiếu', 'Lê Văn Đếm'],
  counts: s.itemIds.map((itemId, i) => ({ itemId, agree: rows[i][0], disagree: rows[i][1], invalid: rows[i][2] })),
  fileName: extra.fileName ?? 'bien-ban-kiem-phieu.pdf',
  bytes: extra.bytes ?? PDF,
})

beforeAll(async () => {
  previous = process.env.TDKT_UPLOAD_DIR
  uploads = mkdtempSync(path.join(os.tmpdir(), 'tdkt-paper-'))
  process.env.TDKT_UPLOAD_DIR = uploads
  dn = await createTenant(0)
  lc = await createTenant(1)
  await seedDemoCouncils(ownerDb(), dn, 'x')
  secretariat = await actorFor(dn, 'noivu.dongnai')
  council = await ownerDb().council.findFirstOrThrow({ where: { tenantId: dn.id, organizationId: u('tinh') } })
  members = await ownerDb().councilMember.findMany({
    where: { councilId: council.id, active: true },
    orderBy: [{ isChair: 'desc' }, { fullName: 'asc' }],
    select: { id: true, userId: true },
  })
  expect(members).toHaveLength(10)
})

afterAll(() => {
  if (previous === undefined) delete process.env.TDKT_UPLOAD_DIR
  else process.env.TDKT_UPLOAD_DIR = previous
  rmSync(uploads, { recursive: true, force: true })
})

describe('paper ballots', () => {
  it('takes no ballot in the app and no electronic close on a paper session', async () => {
    const s = await paperSession([['Phạm Thị Giấy', 'GIAY_KHEN']], 8)
    const member = await actorFor(dn, 'lanhdao.dongnai')
    await expect(
      castBallot(member, { sessionId: s.sessionId, votes: [{ itemId: s.itemIds[0], choice: 'AGREE' }] }),
    ).rejects.toThrow(PAPER_SESSION)
    await expect(
      recordWrittenBallot(secretariat, {
        sessionId: s.sessionId,
        memberId: members[9].id,
        votes: [{ itemId: s.itemIds[0], choice: 'AGREE' }],
      }),
    ).rejects.toThrow(PAPER_SESSION)
    await expect(
      closeSession(secretariat, { sessionId: s.sessionId, version: await version(s.sessionId) }),
    ).rejects.toThrow(PAPER_CLOSE)
    expect(await ownerDb().ballotCast.count({ where: { itemId: { in: s.itemIds } } })).toBe(0)
  })

  it('refuses a scan that is empty, too large, or not a PDF/JPEG/PNG by its content, and writes nothing', async () => {
    const s = await paperSession([['Võ Thị Bản Chụp', 'GIAY_KHEN']], 8)
    const before = await counts(s.sessionId)
    const refused = async (bytes: Buffer, fileName: string) => {
      const error = await recordPaperCount(secretariat, await request(s, [[8, 0, 0]], { bytes, fileName })).catch(
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(DomainError)
      expect((error as DomainError).field).toBe('scan')
      return (error as DomainError).message
    }
    expect(await refused(EXE, 'bien-ban.pdf')).toMatch(/PDF, ảnh JPEG hoặc PNG/)
    expect(await refused(DOCX, 'bien-ban.docx')).toMatch(/PDF, ảnh JPEG hoặc PNG/)
    expect(await refused(Buffer.alloc(0), 'bien-ban.pdf')).toMatch(/Tệp rỗng/)
    expect(await refused(Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]), 'lon.pdf')).toMatch(
      /Tệp quá lớn \(tối đa 10 MB\)/,
    )
    expect(await counts(s.sessionId)).toEqual(before)
  })

  it('refuses counts that do not add up, next to the field, and writes nothing', async () => {
    const s = await paperSession(
      [
        ['Đặng Văn Cộng', 'GIAY_KHEN'],
        ['Bùi Thị Trừ', 'GIAY_KHEN'],
      ],
      8,
    )
    const before = await counts(s.sessionId)
    const fieldOf = async (req: Awaited<ReturnType<typeof request>>) => {
      const error = (await recordPaperCount(secretariat, req).catch((e: unknown) => e)) as DomainError
      expect(error).toBeInstanceOf(DomainError)
      return { field: error.field, message: error.message }
    }
    // a nominee's counts add up to 7 of 8 returned ballots
    expect(
      await fieldOf(
        await request(s, [
          [8, 0, 0],
          [5, 1, 1],
        ]),
      ),
    ).toEqual({
      field: `count_${s.itemIds[1]}`,
      message: 'Bùi Thị Trừ: đồng ý 5 + không đồng ý 1 + không hợp lệ 1 = 7, phải bằng số phiếu thu vào (8).',
    })
    // more than the members present
    expect(
      (
        await fieldOf(
          await request(
            s,
            [
              [9, 0, 0],
              [9, 0, 0],
            ],
            { ballotsIssued: 9, ballotsReturned: 9 },
          ),
        )
      ).field,
    ).toBe('ballotsIssued')
    expect(
      (
        await fieldOf(
          await request(
            s,
            [
              [7, 2, 0],
              [8, 1, 0],
            ],
            { ballotsIssued: 8, ballotsReturned: 8 },
          ),
        )
      ).message,
    ).toMatch(/đồng ý 7 \+ không đồng ý 2 \+ không hợp lệ 0 = 9, nhiều hơn số thành viên có mặt \(8\)/)
    expect(
      (
        await fieldOf(
          await request(
            s,
            [
              [8, 0, 0],
              [8, 0, 0],
            ],
            { ballotsIssued: 7 },
          ),
        )
      ).field,
    ).toBe('ballotsReturned')
    // a nominee left out, or one of another session
    const partial = await request(s, [
      [8, 0, 0],
      [8, 0, 0],
    ])
    expect((await fieldOf({ ...partial, counts: partial.counts.slice(0, 1) })).field).toBe('counts')
    expect(await counts(s.sessionId)).toEqual(before)
  })

  it('parses the form with a Vietnamese message next to each bad field, NUL bytes included', async () => {
    const form = (fields: Record<string, string>) => {
      const data = new FormData()
      for (const [k, v] of Object.entries(fields)) data.set(k, v)
      return handleForm(paperCountSchema, data, async () => 'ran', 'ok')
    }
    const itemId = '00000000-0000-4000-8000-000000000001'
    const good = {
      sessionId: '00000000-0000-4000-8000-000000000002',
      version: '1',
      ballotsIssued: '8',
      ballotsReturned: '8',
      committee: 'Nguyễn Văn Kiểm\nTrần Thị Phiếu',
      [`agree_${itemId}`]: '8',
      [`disagree_${itemId}`]: '0',
      [`invalid_${itemId}`]: '',
    }
    expect((await form(good)).result).toBe('ran')
    expect((await form({ ...good, committee: 'Nguyễn Văn Kiểm' })).fieldErrors?.committee).toMatch(/ít nhất 2 người/)
    expect((await form({ ...good, committee: 'An\nan' })).fieldErrors?.committee).toMatch(/trùng/)
    expect((await form({ ...good, committee: 'Nguyễn\0Văn\nTrần' })).fieldErrors?.committee).toBe(NUL_MESSAGE)
    expect((await form({ ...good, ballotsReturned: '2147483648' })).fieldErrors?.ballotsReturned).toMatch(/số nguyên/)
    expect((await form({ ...good, ballotsReturned: '0' })).fieldErrors?.ballotsReturned).toMatch(/ít nhất 1/)
    expect((await form({ ...good, [`agree_${itemId}`]: '-1' })).fieldErrors?.counts).toMatch(/Số phiếu đồng ý/)
  })

  it('closes the session with the counts, the scan and the committee, in one transaction with the journal', async () => {
    // 10 members: CSTĐ cơ sở needs 80% of 10 = 8 agree; Giấy khen more than half, 6
    const s = await paperSession(
      [
        ['Hoàng Thị Đủ Phiếu', 'CSTD_CO_SO'],
        ['Ngô Văn Thiếu Phiếu', 'GIAY_KHEN'],
      ],
      8,
    )
    const result = await recordPaperCount(
      secretariat,
      await request(
        s,
        [
          [8, 0, 0],
          [5, 2, 1],
        ],
        { fileName: 'bien ban.exe', bytes: PDF },
      ),
    )
    expect(result.repeated).toBe(false)
    const resultOf = (itemId: string) => result.results.find((r) => r.itemId === itemId)!
    expect(s.itemIds.map(resultOf).map((r) => [r.agree, r.disagree, r.invalid, r.passed])).toEqual([
      [8, 0, 0, true],
      [5, 2, 1, false],
    ])
    const session = await ownerDb().councilSession.findUniqueOrThrow({ where: { id: s.sessionId } })
    expect(session.status).toBe('CLOSED')
    const items = await ownerDb().sessionItem.findMany({ where: { sessionId: s.sessionId } })
    expect(items.find((i) => i.id === s.itemIds[1])).toMatchObject({ agree: 5, disagree: 2, invalid: 1, passed: false })
    const nominees = await ownerDb().dossierNominee.findMany({ where: { id: { in: s.nomineeIds } } })
    expect(nominees.find((n) => n.id === s.nomineeIds[0])!.councilPassed).toBe(true)
    expect(nominees.find((n) => n.id === s.nomineeIds[1])!.councilPassed).toBe(false)
    const record = await ownerDb().paperCount.findFirstOrThrow({ where: { sessionId: s.sessionId } })
    expect(record).toMatchObject({
      ballotsIssued: 8,
      ballotsReturned: 8,
      committee: ['Nguyễn Văn Kiểm', 'Trần Thị Phiếu', 'Lê Văn Đếm'],
      scanFileName: 'bien ban.exe.pdf',
      scanContentType: 'application/pdf',
      recordedById: secretariat.userId,
    })
    // the record, the close and the journal entries were written by the same transaction
    const xmins = await ownerDb().$queryRaw<{ xmin: string }[]>`
      SELECT xmin::text AS xmin FROM "PaperCount" WHERE "id" = ${record.id}::uuid
      UNION ALL SELECT xmin::text FROM "AuditEvent" WHERE "targetId" = ${s.sessionId} AND "action" IN ('council.paper.record', 'council.session.close')
      UNION ALL SELECT xmin::text FROM "CouncilSession" WHERE "id" = ${s.sessionId}::uuid`
    expect(xmins).toHaveLength(4)
    expect(new Set(xmins.map((x) => x.xmin)).size).toBe(1)
    // the minutes name the committee, the ballots and the invalid ones
    const tinh = await ownerDb().organization.findUniqueOrThrow({ where: { id: u('tinh') } })
    const text = docxParagraphs((await sessionMinutes(secretariat, tinh, s.sessionId)).buffer).join('\n')
    expect(text).toContain('Ban kiểm phiếu gồm: Nguyễn Văn Kiểm, Trần Thị Phiếu, Lê Văn Đếm')
    expect(text).toContain('Số phiếu phát ra: 8; số phiếu thu vào: 8')
    expect(text).toContain('Không hợp lệ')
    // anyone who sees the session downloads the scan; another tenant finds nothing
    const chair = await actorFor(dn, 'lanhdao.dongnai')
    const scan = await paperScanForDownload(chair, s.sessionId)
    expect(Buffer.compare(scan.bytes, PDF)).toBe(0)
    await expect(paperScanForDownload(await actorFor(lc, 'noivu.laocai'), s.sessionId)).rejects.toBeInstanceOf(
      NotFoundError,
    )

    // the same submission again is answered with what was recorded; a different one is refused
    const before = await counts(s.sessionId)
    const again = await recordPaperCount(secretariat, {
      ...(await request(
        s,
        [
          [8, 0, 0],
          [5, 2, 1],
        ],
        { bytes: PDF },
      )),
      version: session.version - 1,
    })
    expect(again).toMatchObject({ id: record.id, repeated: true })
    await expect(
      recordPaperCount(
        secretariat,
        await request(
          s,
          [
            [8, 0, 0],
            [6, 1, 1],
          ],
          { bytes: JPEG },
        ),
      ),
    ).rejects.toThrow(ALREADY_COUNTED)
    await expect(
      recordPaperCount(
        secretariat,
        await request(
          s,
          [
            [8, 0, 0],
            [5, 2, 1],
          ],
          { ballotsIssued: 9, bytes: PDF },
        ),
      ),
    ).rejects.toBeInstanceOf(ConflictError)
    expect(await counts(s.sessionId)).toEqual(before)

    // the result is final in the database too, for the app's own role
    await expect(
      withTenant(dn.id, (tx) => tx.sessionItem.updateMany({ where: { id: s.itemIds[1] }, data: { agree: 6 } })),
    ).rejects.toThrow()
    await expect(
      withTenant(dn.id, (tx) => tx.paperCount.updateMany({ where: { id: record.id }, data: { ballotsReturned: 7 } })),
    ).rejects.toThrow()

    // only the chair's leave brings a nominee back, on a new session
    await expect(paperSession([], 8, [s.nomineeIds[1]])).rejects.toThrow(/Chủ tịch Hội đồng cần cho phép/)
    await allowReconsideration(chair, {
      councilId: council.id,
      nomineeId: s.nomineeIds[1],
      reason: 'Biên bản kiểm phiếu ghi nhầm số phiếu không hợp lệ',
    })
    const again2 = await paperSession([], 8, [s.nomineeIds[1]])
    expect(again2.itemIds).toHaveLength(1)
  })

  it('keeps one record under concurrent identical submissions, and a JPEG scan is accepted', async () => {
    const s = await paperSession([['Lý Thị Đồng Thời', 'GIAY_KHEN']], 7)
    const req = await request(s, [[6, 1, 0]], { ballotsIssued: 7, ballotsReturned: 7, bytes: JPEG, fileName: 'a.jpg' })
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => recordPaperCount(secretariat, req)))
    const values = outcomes.filter((o) => o.status === 'fulfilled').map((o) => o.value)
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([])
    expect(values.filter((v) => !v.repeated)).toHaveLength(1)
    expect(await ownerDb().paperCount.count({ where: { sessionId: s.sessionId } })).toBe(1)
    expect(await ownerDb().auditEvent.count({ where: { targetId: s.sessionId, action: 'council.paper.record' } })).toBe(
      1,
    )
  })

  it('withholds the counts when so few ballots came back that they would tell how the few voted', async () => {
    // a council of 3 (2 present is its quorum): two sheets returned
    await ownerDb().councilMember.updateMany({
      where: { councilId: council.id, id: { in: members.slice(3).map((m) => m.id) } },
      data: { active: false },
    })
    try {
      const s = await paperSession([['Mai Thị Ít Phiếu', 'GIAY_KHEN']], 2)
      const r = await recordPaperCount(
        secretariat,
        await request(s, [[2, 0, 0]], { ballotsIssued: 2, ballotsReturned: 2 }),
      )
      expect(r.results[0]).toMatchObject({ withheld: true, passed: true })
      const item = await ownerDb().sessionItem.findUniqueOrThrow({ where: { id: s.itemIds[0] } })
      expect(item).toMatchObject({ agree: null, disagree: null, invalid: null, countsWithheld: true, passed: true })
      const entry = await ownerDb().auditEvent.findFirstOrThrow({
        where: { targetId: s.sessionId, action: 'council.paper.record' },
      })
      expect((entry.after as { counts: unknown }).counts).toBeNull()
    } finally {
      await ownerDb().councilMember.updateMany({ where: { councilId: council.id }, data: { active: true } })
    }
  })
})
