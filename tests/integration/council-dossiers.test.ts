// Council members open each nominee's dossier and achievement report from the session: only the members
// of that session's council, only for the nominees on that session; everyone else gets "not found".
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadActor, type Actor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { seedDemoCouncils } from '../../lib/council/demo'
import { openSession } from '../../lib/council/open-session'
import { loadSessionNomineeDossier, sessionAttachmentForDownload } from '../../lib/council/nominee-dossier'
import { storeFile } from '../../lib/dossiers/storage'
import { NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

process.env.BALLOT_SECRET = 'kiem-thu-khoa-phieu-kin-0123456789abcdef'

let dn: Awaited<ReturnType<typeof createTenant>>
let other: Awaited<ReturnType<typeof createTenant>>
let member: Actor // of the provincial council
let districtMember: Actor // of the district council only
let secretariat: Actor // sees the session, is not a member
let sessionId: string
let onSession: string
let notOnSession: string
let reportId: string
let strangerFileId: string
let uploads: string
let previousUploads: string | undefined
const u = (key: string) => dn.units.get(key)!

async function nominee(dossierId: string, name: string, achievement: string) {
  const person = await ownerDb().person.create({
    data: { tenantId: dn.id, organizationId: u('so-noi-vu'), fullName: name, gender: 'NU', position: 'Chuyên viên' },
  })
  return ownerDb().dossierNominee.create({
    data: {
      tenantId: dn.id,
      dossierId,
      personId: person.id,
      displayName: name,
      award: 'CSTD_TINH',
      achievement,
      status: 'IN_REVIEW',
      holderOrgId: u('tinh'),
    },
  })
}

async function attach(dossierId: string, nomineeId: string | null, fileName: string, text: string) {
  const bytes = new TextEncoder().encode(`%PDF-1.4\n${text}\n%%EOF`)
  const stored = await storeFile(dn.id, bytes)
  const row = await ownerDb().dossierAttachment.create({
    data: {
      tenantId: dn.id,
      dossierId,
      nomineeId,
      kind: nomineeId ? 'BAO_CAO_THANH_TICH' : 'TO_TRINH',
      fileName,
      contentType: 'application/pdf',
      size: bytes.length,
      sha256: stored.sha256,
      storageKey: stored.storageKey,
      uploadedById: secretariat.userId,
    },
  })
  return row.id
}

beforeAll(async () => {
  uploads = await mkdtemp(path.join(os.tmpdir(), 'tdkt-council-files-'))
  previousUploads = process.env.TDKT_UPLOAD_DIR
  process.env.TDKT_UPLOAD_DIR = uploads
  dn = await createTenant(0)
  other = await createTenant(0)
  await seedDemoCouncils(ownerDb(), dn, 'x')
  secretariat = await actorFor(dn, 'noivu.dongnai')
  const council = await ownerDb().council.findFirstOrThrow({ where: { tenantId: dn.id, organizationId: u('tinh') } })
  const seat = await ownerDb().councilMember.findFirstOrThrow({
    where: { councilId: council.id, active: true, isChair: false },
  })
  member = (await loadActor({ userId: seat.userId, tenantId: dn.id, sessionVersion: 1 }))!
  const district = await ownerDb().user.findUniqueOrThrow({ where: { username: `hoidong1.longthanh.${dn.suffix}` } })
  districtMember = (await loadActor({ userId: district.id, tenantId: dn.id, sessionVersion: 1 }))!

  const dossier = await ownerDb().dossier.create({
    data: {
      tenantId: dn.id,
      proposingOrgId: u('so-noi-vu'),
      kind: 'THUONG_XUYEN',
      year: 2025,
      title: 'Đề nghị CSTĐ tỉnh',
    },
  })
  const a = await nominee(dossier.id, 'Nguyễn Thị Hạnh', 'Ba năm liền Chiến sĩ thi đua cơ sở; sáng kiến cấp tỉnh.')
  const b = await nominee(dossier.id, 'Trần Thị Liên', 'Không có trong phiên họp này.')
  onSession = a.id
  notOnSession = b.id
  reportId = await attach(dossier.id, a.id, 'Bao cao thanh tich Hanh.pdf', 'bao cao cua Hanh')
  await attach(dossier.id, null, 'To trinh.pdf', 'to trinh')
  strangerFileId = await attach(dossier.id, b.id, 'Bao cao thanh tich Lien.pdf', 'bao cao cua Lien')
  const session = await openSession(secretariat, {
    councilId: council.id,
    title: 'Phiên xét CSTĐ tỉnh',
    nomineeIds: [a.id],
  })
  sessionId = session.id
})

afterAll(async () => {
  if (previousUploads === undefined) delete process.env.TDKT_UPLOAD_DIR
  else process.env.TDKT_UPLOAD_DIR = previousUploads
  await rm(uploads, { recursive: true, force: true })
})

const open = (actor: Actor, nomineeId = onSession, session = sessionId) =>
  withTenant(actor.tenantId, (tx) => loadSessionNomineeDossier(tx, actor, null, session, nomineeId))

describe("a nominee's dossier from the council session", () => {
  it("shows a member the nominee's achievement report, its file and the dossier's files", async () => {
    const view = await open(member)
    expect(view.nominee).toMatchObject({ displayName: 'Nguyễn Thị Hạnh', position: 'Chuyên viên' })
    expect(view.nominee.achievement).toMatch(/sáng kiến cấp tỉnh/)
    expect(view.dossier.proposingName).toBe('Sở Nội vụ tỉnh Đồng Nai')
    expect(view.reports.map((f) => f.fileName)).toEqual(['Bao cao thanh tich Hanh.pdf'])
    expect(view.dossierFiles.map((f) => f.fileName)).toEqual(['To trinh.pdf'])
    const file = await sessionAttachmentForDownload(member, null, sessionId, onSession, reportId)
    expect(file.bytes.toString()).toContain('bao cao cua Hanh')
  })

  it('is not found for a member of another council, for a non-member who sees the session, and across tenants', async () => {
    await expect(open(districtMember)).rejects.toBeInstanceOf(NotFoundError)
    await expect(open(secretariat)).rejects.toBeInstanceOf(NotFoundError)
    await expect(
      sessionAttachmentForDownload(districtMember, null, sessionId, onSession, reportId),
    ).rejects.toBeInstanceOf(NotFoundError)
    const stranger = await actorFor(other, 'noivu.dongnai')
    await expect(open(stranger)).rejects.toBeInstanceOf(NotFoundError)
  })

  it('is not found for a nominee who is not on the session, or a file of another nominee', async () => {
    await expect(open(member, notOnSession)).rejects.toBeInstanceOf(NotFoundError)
    await expect(
      sessionAttachmentForDownload(member, null, sessionId, onSession, strangerFileId),
    ).rejects.toBeInstanceOf(NotFoundError)
    await expect(open(member, 'not-a-uuid')).rejects.toBeInstanceOf(NotFoundError)
  })

  it('is not found once the member leaves the council', async () => {
    await ownerDb().councilMember.updateMany({ where: { userId: member.userId }, data: { active: false } })
    await expect(open(member)).rejects.toBeInstanceOf(NotFoundError)
    await ownerDb().councilMember.updateMany({ where: { userId: member.userId }, data: { active: true } })
  })
})
