// The package to the Ministry (hồ sơ trình khen thưởng cấp Nhà nước): for the nominees of a dossier that
// the province has submitted to the central level, one .zip with every document of the dossier as .docx
// and as .pdf, named so that a clerk uploads the files as they are (lib/ministry/naming.ts):
//   01 tờ trình (kèm danh sách) — the caller's, or else that of the compiled submission (lib/submissions) of
//      this province holding the dossier's nominees, when there is one;
//   02 danh sách — the caller's, or, only when none is given, the list of this dossier's nominees written here;
//   03 báo cáo thành tích, one per nominee in the list's order, in the decree's form (documents.ts);
//   04 biên bản of the council of the province with the vote counts (lib/council/minutes.ts), one per session.
// Who: a user of the province holding those nominees who may see the dossier; anyone else gets "not found".
import { zipSync, type Zippable } from 'fflate'
import type { Actor } from '../auth/actor'
import { AWARD_BY_CODE, awardLabel, isAwardCode } from '../awards/catalog'
import { INITIATIVE_LEVEL_LABELS } from '../awards/eligibility/common'
import { sessionMinutes } from '../council/minutes'
import { withTenant, type Tx } from '../db/tenant'
import { actorUnitIds, findDossierForActor } from '../dossiers/queries'
import { RATING_LABELS } from '../people/labels'
import { placeOf } from '../plans/contents'
import { NotFoundError } from '../shared/errors'
import { isoDay, todayInVietnam, vnDate } from '../shared/dates'
import { renderSubmissionDocx } from '../submissions/docx'
import { submissionDocumentOf } from '../submissions/document'
import { loadSubmission } from '../submissions/queries'
import { docxToPdf } from './convert'
import {
  achievementReportDocx,
  nomineeListDocx,
  type AchievementReport,
  type AwardLine,
  type ListRow,
} from './documents'
import { baseNames, packageFileName, SECTION_ORDER, SECTIONS, type Section } from './naming'

/** A document of the package: its Word file, and for a danh sách possibly its Excel twin (kept as is). */
export type PackageDocument = {
  section: Section
  /** how the progress and the errors name it */
  label: string
  docx: Uint8Array
  xlsx?: Uint8Array
  stt?: number
  name?: string
}

/** Where the build is: writing the Word files, converting them to PDF, zipping. */
export type PackageProgress = { phase: 'word' | 'pdf' | 'zip'; done: number; total: number; message: string }
export type ProgressListener = (progress: PackageProgress) => void

/** Years of ratings a báo cáo thành tích lists (the consecutive-year rules read up to five). */
export const REPORT_YEARS = 5

/** Nominees that went up to the central level from this unit: approved at the top of a central path. */
const centralWhere = (tenantId: string, dossierId: string, unitId: string) => ({
  tenantId,
  dossierId,
  decidingOrgId: null,
  holderOrgId: unitId,
  status: 'APPROVED' as const,
})

/** The list order: collectives first, then individuals, each by name as Vietnamese sorts it. */
const byListOrder = (a: { personId: string | null; displayName: string }, b: typeof a) =>
  Number(Boolean(a.personId)) - Number(Boolean(b.personId)) || a.displayName.localeCompare(b.displayName, 'vi')

const decisionText = (r: { decisionNumber: string | null; decidedOn: Date | null; decidedBy: string | null }) =>
  [
    r.decisionNumber ? `Quyết định số ${r.decisionNumber}` : 'Quyết định',
    r.decidedOn ? `ngày ${vnDate(r.decidedOn)}` : '',
    r.decidedBy ? `của ${r.decidedBy}` : '',
  ]
    .filter(Boolean)
    .join(' ')

/** Whether this workspace may build a package for the dossier: it holds nominees submitted to the central level. */
export async function ministryPackageCount(tx: Tx, actor: Actor, workspace: { id: string }, dossierId: string) {
  if (!actorUnitIds(actor).includes(workspace.id)) return 0
  return tx.dossierNominee.count({ where: centralWhere(actor.tenantId, dossierId, workspace.id) })
}

/** Everything the documents need, read in a fixed number of queries whatever the number of nominees. */
async function loadContents(tx: Tx, actor: Actor, workspace: { id: string }, dossierId: string) {
  const tenantId = actor.tenantId
  const dossier = await findDossierForActor(tx, actor, dossierId) // not found unless the actor may see it
  if (!actorUnitIds(actor).includes(workspace.id)) throw new NotFoundError('Không tìm thấy hồ sơ.')
  const nominees = (
    await tx.dossierNominee.findMany({
      where: centralWhere(tenantId, dossier.id, workspace.id),
      select: { id: true, personId: true, organizationId: true, displayName: true, award: true, achievement: true },
    })
  ).sort(byListOrder)
  if (nominees.length === 0)
    throw new NotFoundError('Hồ sơ không có người được đề nghị nào đã trình Trung ương từ đơn vị này.')
  const personIds = nominees.flatMap((n) => (n.personId ? [n.personId] : []))
  const unitIds = nominees.flatMap((n) => (!n.personId && n.organizationId ? [n.organizationId] : []))
  const fromYear = dossier.year - REPORT_YEARS + 1
  const [people, ratings, initiatives, history, staff, items] = await Promise.all([
    tx.person.findMany({
      where: { tenantId, id: { in: personIds } },
      select: { id: true, fullName: true, gender: true, birthDate: true, position: true, organizationId: true },
    }),
    tx.personYearRecord.findMany({
      where: {
        tenantId,
        personId: { in: personIds },
        year: { gte: fromYear, lte: dossier.year },
        rating: { not: null },
      },
      select: { personId: true, year: true, rating: true },
      orderBy: { year: 'asc' },
    }),
    tx.initiative.findMany({
      where: { tenantId, personId: { in: personIds } },
      select: { personId: true, year: true, title: true, level: true, recognizedBy: true },
      orderBy: { year: 'asc' },
    }),
    tx.awardRecord.findMany({
      where: { tenantId, OR: [{ personId: { in: personIds } }, { personId: null, organizationId: { in: unitIds } }] },
      select: {
        personId: true,
        organizationId: true,
        year: true,
        award: true,
        decisionNumber: true,
        decidedOn: true,
        decidedBy: true,
      },
      orderBy: [{ year: 'asc' }, { award: 'asc' }],
    }),
    tx.person.groupBy({
      by: ['organizationId'],
      where: { tenantId, organizationId: { in: unitIds }, active: true },
      _count: { _all: true },
    }),
    tx.sessionItem.findMany({
      where: {
        tenantId,
        nomineeId: { in: nominees.map((n) => n.id) },
        session: { status: 'CLOSED', council: { organizationId: workspace.id } },
      },
      select: { sessionId: true, session: { select: { closedAt: true } } },
    }),
  ])
  const orgIds = [
    ...new Set([dossier.proposingOrgId, workspace.id, ...unitIds, ...people.map((p) => p.organizationId)]),
  ]
  const orgs = await tx.organization.findMany({
    where: { tenantId, id: { in: orgIds } },
    select: { id: true, name: true, parentId: true },
  })
  const parentIds = [...new Set(orgs.flatMap((o) => (o.parentId ? [o.parentId] : [])))].filter(
    (id) => !orgs.some((o) => o.id === id),
  )
  const parents = parentIds.length
    ? await tx.organization.findMany({
        where: { tenantId, id: { in: parentIds } },
        select: { id: true, name: true, parentId: true },
      })
    : []
  const sessions = [...new Map(items.map((i) => [i.sessionId, i.session.closedAt?.getTime() ?? 0])).entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([id]) => id)
  const submission = await compiledSubmission(tx, actor, workspace, nominees)
  return {
    dossier,
    nominees,
    people,
    ratings,
    initiatives,
    history,
    staff,
    sessions,
    submission,
    orgs: [...orgs, ...parents],
  }
}

/**
 * The compiled submission (tờ trình kèm danh sách) that this level made with these nominees: the latest one
 * holding any of them, loaded as its own page reads it (lib/submissions/queries.ts), or null.
 */
async function compiledSubmission(tx: Tx, actor: Actor, workspace: { id: string }, nominees: { id: string }[]) {
  const link = await tx.submissionNominee.findFirst({
    where: {
      tenantId: actor.tenantId,
      nomineeId: { in: nominees.map((n) => n.id) },
      submission: { organizationId: workspace.id },
    },
    select: { submissionId: true },
    orderBy: { submission: { createdAt: 'desc' } },
  })
  return link ? loadSubmission(tx, actor, link.submissionId) : null
}

type Contents = Awaited<ReturnType<typeof loadContents>>

/** The danh sách and the báo cáo thành tích of the contents, in the list's order. */
function plannedDocuments(c: Contents, workspace: { id: string }, withList: boolean, today: string) {
  const org = new Map(c.orgs.map((o) => [o.id, o]))
  const nameOf = (id: string | null | undefined) => (id ? (org.get(id)?.name ?? '') : '')
  const parentOf = (id: string) => {
    const parentId = org.get(id)?.parentId
    return parentId ? nameOf(parentId) || null : null
  }
  const person = new Map(c.people.map((p) => [p.id, p]))
  const label = (code: string) => (isAwardCode(code) ? awardLabel(code) : code)
  const lines = (records: Contents['history'], kind: 'DANH_HIEU' | 'HINH_THUC'): AwardLine[] =>
    records
      .filter((r) => (isAwardCode(r.award) ? AWARD_BY_CODE[r.award].kind : 'HINH_THUC') === kind)
      .map((r) => ({ year: r.year, label: label(r.award), decision: decisionText(r) }))
  const proposing = c.dossier.proposingOrgId
  const reportHeader = {
    issuer: nameOf(proposing),
    parentIssuer: parentOf(proposing),
    place: placeOf(nameOf(proposing)) ?? placeOf(nameOf(workspace.id)),
    date: today,
  }
  const rows: ListRow[] = c.nominees.map((n, i) => {
    const p = n.personId ? person.get(n.personId) : undefined
    return {
      stt: i + 1,
      name: n.displayName,
      collective: !n.personId,
      position: p?.position ?? null,
      unit: p ? nameOf(p.organizationId) : nameOf(org.get(n.organizationId ?? '')?.parentId),
      award: label(n.award),
      achievement: n.achievement,
      note: null,
    }
  })
  const planned: { section: Section; label: string; stt?: number; name?: string; render: () => Promise<Buffer> }[] = []
  if (withList)
    planned.push({
      section: 'DANH_SACH',
      label: SECTIONS.DANH_SACH.label,
      render: () =>
        nomineeListDocx({
          issuer: nameOf(workspace.id),
          parentIssuer: parentOf(workspace.id),
          place: placeOf(nameOf(workspace.id)),
          date: today,
          title: `Cá nhân, tập thể đề nghị khen thưởng cấp Nhà nước năm ${c.dossier.year} (${nameOf(proposing)} đề nghị)`,
          rows,
        }),
    })
  c.nominees.forEach((n, i) => {
    const p = n.personId ? person.get(n.personId) : undefined
    const history = c.history.filter((r) =>
      p ? r.personId === p.id : !r.personId && r.organizationId === n.organizationId,
    )
    const common = {
      ...reportHeader,
      awardLabel: label(n.award),
      achievement: n.achievement,
      titles: lines(history, 'DANH_HIEU'),
      awards: lines(history, 'HINH_THUC'),
    }
    const report: AchievementReport = p
      ? {
          ...common,
          kind: 'INDIVIDUAL',
          fullName: p.fullName,
          birthDate: p.birthDate ? vnDate(p.birthDate) : null,
          gender: p.gender,
          unit: nameOf(p.organizationId),
          position: p.position,
          ratings: c.ratings
            .filter((r) => r.personId === p.id && r.rating)
            .map((r) => `Năm ${r.year}: ${RATING_LABELS[r.rating!]}`),
          initiatives: c.initiatives
            .filter((x) => x.personId === p.id)
            .map(
              (x) =>
                `Năm ${x.year}: “${x.title}” (${INITIATIVE_LEVEL_LABELS[x.level]}${x.recognizedBy ? `, ${x.recognizedBy} công nhận` : ''})`,
            ),
        }
      : {
          ...common,
          kind: 'COLLECTIVE',
          name: n.displayName,
          staff: c.staff.find((s) => s.organizationId === n.organizationId)?._count._all ?? 0,
        }
    planned.push({
      section: 'BAO_CAO',
      label: `${SECTIONS.BAO_CAO.label} — ${n.displayName}`,
      stt: i + 1,
      name: n.displayName,
      render: () => achievementReportDocx(report),
    })
  })
  return planned
}

/**
 * The zip of the documents: each as .docx (and .xlsx when it has one) and as .pdf, in the dossier's
 * order (section, then as given). Reports progress: each Word file written, each PDF converted, the zip.
 */
export async function assemblePackage(documents: readonly PackageDocument[], onProgress: ProgressListener = () => {}) {
  const ordered = SECTION_ORDER.flatMap((s) => documents.filter((d) => d.section === s))
  const pdfs = await docxToPdf(
    ordered.map((d) => ({ label: d.label, docx: d.docx })),
    (done) =>
      onProgress({
        phase: 'pdf',
        done,
        total: ordered.length,
        message: `Đã chuyển ${done}/${ordered.length} tài liệu sang PDF`,
      }),
  )
  const names = baseNames(ordered)
  const files: Zippable = {}
  ordered.forEach((d, i) => {
    // Word and Excel files are zips already: stored, not compressed again.
    files[`${names[i]}.docx`] = [d.docx, { level: 0 }]
    if (d.xlsx) files[`${names[i]}.xlsx`] = [d.xlsx, { level: 0 }]
    files[`${names[i]}.pdf`] = [pdfs[i], { level: 6 }]
  })
  const bytes = zipSync(files, { mtime: new Date() })
  onProgress({ phase: 'zip', done: 1, total: 1, message: 'Đã đóng gói' })
  return { bytes, entries: Object.keys(files) }
}

/**
 * Builds the package of a dossier at the workspace (the province that submitted its nominees to the
 * central level). `extra` are the documents the caller brings (a tờ trình, a danh sách); without a tờ
 * trình among them, the one of the compiled submission holding the dossier's nominees at this level goes
 * in (as its page downloads it: the letter and its danh sách). The dossier's own danh sách is generated
 * only when `extra` has none.
 */
export async function buildMinistryPackage(
  actor: Actor,
  workspace: { id: string; path: string },
  dossierId: string,
  options: { extra?: PackageDocument[]; onProgress?: ProgressListener } = {},
) {
  const extra = options.extra ?? []
  const onProgress = options.onProgress ?? (() => {})
  const contents = await withTenant(actor.tenantId, (tx) => loadContents(tx, actor, workspace, dossierId))
  const generatedList = !extra.some((d) => d.section === 'DANH_SACH')
  const planned = plannedDocuments(contents, workspace, generatedList, isoDay(todayInVietnam()))
  const letter = extra.some((d) => d.section === 'TO_TRINH') ? null : contents.submission
  const steps = planned.length + contents.sessions.length + (letter ? 1 : 0)
  let done = 0
  const step = (message: string) => onProgress({ phase: 'word', done: ++done, total: steps, message })
  const documents: PackageDocument[] = [...extra]
  if (letter) {
    const label = `${SECTIONS.TO_TRINH.label} ${letter.submission.documentNumber ?? letter.submission.title}`
    documents.push({ section: 'TO_TRINH', label, docx: await renderSubmissionDocx(submissionDocumentOf(letter)) })
    step(`Đã lập ${label}`)
  }
  for (const p of planned) {
    documents.push({ section: p.section, label: p.label, stt: p.stt, name: p.name, docx: await p.render() })
    step(`Đã lập ${p.label}`)
  }
  for (const sessionId of contents.sessions) {
    const { buffer } = await sessionMinutes(actor, workspace, sessionId) // the council's own minutes
    documents.push({ section: 'BIEN_BAN', label: SECTIONS.BIEN_BAN.label, docx: buffer })
    step(`Đã lập ${SECTIONS.BIEN_BAN.label}`)
  }
  const proposing = contents.orgs.find((o) => o.id === contents.dossier.proposingOrgId)?.name ?? 'Don-vi'
  const { bytes, entries } = await assemblePackage(documents, onProgress)
  return {
    fileName: packageFileName(proposing, contents.dossier.year),
    bytes,
    entries,
    generatedList,
    nominees: contents.nominees.map((n) => n.displayName),
  }
}
