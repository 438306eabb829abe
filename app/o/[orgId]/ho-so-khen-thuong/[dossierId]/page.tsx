import Link from 'next/link'
import { SearchBox } from '@/components/ui/search-box'
import { AddNomineeForm, RemoveNomineeForm, SubmitDossierForm } from '@/components/dossiers/dossier-forms'
import { DeleteAttachmentForm, UploadAttachmentForm } from '@/components/dossiers/attachment-forms'
import { AttachmentList } from '@/components/dossiers/attachment-list'
import {
  KIND_LABELS,
  STATUS_BADGE,
  awardName,
  statusSummary,
  statusText,
  vnDateTime,
} from '@/components/dossiers/labels'
import { NomineeCard } from '@/components/dossiers/nominee-card'
import { BulkPanel } from '@/components/dossiers/bulk-panel'
import { bulkOffers } from '@/lib/dossiers/bulk'
import { BULK_LIMIT } from '@/lib/dossiers/schemas'
import { BANG_KHEN_TINH_ROUTES } from '@/lib/awards/eligibility'
import { giayKhenOptionsFor } from '@/lib/dossiers/workflow'
import { EvaluationMinutes } from '@/components/evaluation/evaluation-minutes'
import { evaluationOfDossier } from '@/lib/evaluation/queries'
import { DeadlineList } from '@/components/calendar/deadline-list'
import { EditNomineeForm, WithdrawDossierForm } from '@/components/dossiers/return-forms'
import { returnNotices } from '@/lib/dossiers/returns'
import { ConsultationAnswers } from '@/components/consultation/answers'
import { consultationStatus } from '@/lib/consultation/consultation'
import { editNomineeAction, withdrawDossierAction } from './return-actions'
import { nomineeDeadlines, submissionDeadline } from '@/lib/calendar/cycle-deadlines'
import { AppraiseForm, ApproveForm, ForwardForm, RejectForm, ReturnForm } from '@/components/dossiers/nominee-forms'
import { DossierTimeline } from '@/components/dossiers/timeline'
import { MinistryPackage } from '@/components/ministry/ministry-package'
import { ministryPackageCount } from '@/lib/ministry/package'
import { loadOr404, requireWorkspace } from '@/lib/auth/session'
import { parseAppraisal } from '@/lib/dossiers/appraisal'
import { dossierActions, mayPropose, nomineeActions } from '@/lib/dossiers/transitions'
import { withTenant } from '@/lib/db/tenant'
import { CANDIDATE_LIMIT, loadDossier, nomineeCandidates } from '@/lib/dossiers/queries'
import { publicCommentsForDossier } from '@/lib/dossiers/public'
import { mayRecordPartyOpinion, partyOpinions } from '@/lib/dossiers/party-opinion'
import { PartyOpinionForm } from '@/components/dossiers/party-opinion-form'
import { vnDate } from '@/lib/shared/dates'
import {
  addNomineeAction,
  bulkNomineeAction,
  deleteAttachmentAction,
  nomineeActionAction,
  partyOpinionAction,
  removeNomineeAction,
  submitDossierAction,
  uploadAttachmentAction,
} from '../actions'

export const metadata = { title: 'Hồ sơ đề nghị khen thưởng' }

export default async function DossierPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string; dossierId: string }>
  searchParams: Promise<{ tim?: string }>
}) {
  const { orgId, dossierId } = await params
  const search = ((await searchParams).tim ?? '').slice(0, 100)
  const { actor, organization } = await requireWorkspace(orgId)
  const data = await loadOr404(() =>
    withTenant(actor.tenantId, async (tx) => {
      const loaded = await loadDossier(tx, actor, dossierId)
      const may = dossierActions(actor, loaded.dossier, loaded.proposing, loaded.nominees)
      const candidates = may.edit ? await nomineeCandidates(tx, actor, loaded.proposing, search) : null
      // Whose Giấy khen the dossier may ask for on its date and tree (the default first)
      const issuers = may.edit ? await giayKhenOptionsFor(tx, actor.tenantId, loaded.dossier) : []
      const comments = await publicCommentsForDossier(tx, actor, dossierId)
      const movement = loaded.dossier.movementId
        ? await tx.movement.findFirst({
            where: { tenantId: actor.tenantId, id: loaded.dossier.movementId },
            select: { name: true },
          })
        : null
      const evaluation = await evaluationOfDossier(tx, actor.tenantId, dossierId)
      const deadlines = await nomineeDeadlines(tx, actor.tenantId, loaded.nominees)
      const consulted = await consultationStatus(
        tx,
        actor.tenantId,
        loaded.nominees.map((n) => n.id),
      )
      const submission =
        loaded.dossier.kind === 'THUONG_XUYEN' && !loaded.dossier.submittedAt
          ? await submissionDeadline(tx, actor.tenantId, loaded.proposing, loaded.dossier.year)
          : null
      const proposes = mayPropose(actor, loaded.proposing)
      // the Party committee's opinion before the central level, for the awards the tenant configures
      const party = await partyOpinions(tx, actor.tenantId, loaded.nominees)
      const central = await ministryPackageCount(tx, actor, organization, dossierId) // the package to the Ministry
      return {
        ...loaded,
        may,
        proposes,
        candidates,
        issuers: issuers.map((o) => ({ value: o.issuer, label: o.label })),
        comments,
        movement,
        evaluation,
        deadlines,
        submission,
        consulted,
        party,
        central,
      }
    }),
  )
  const { dossier, proposing, nominees, events, attachments, may, proposes, candidates, comments } = data
  const base = `/o/${orgId}/ho-so-khen-thuong`
  const orgName = (id: string) => data.orgName.get(id) ?? (id === proposing.id ? proposing.name : 'Đơn vị khác')
  const fileHref = (id: string) => `${base}/${dossier.id}/tep/${id}`
  const removeFile = may.edit
    ? (a: { id: string; fileName: string }) => (
        <DeleteAttachmentForm
          action={deleteAttachmentAction}
          dossierId={dossier.id}
          attachmentId={a.id}
          fileName={a.fileName}
        />
      )
    : undefined
  const nomineeName = new Map(nominees.map((n) => [n.id, n.displayName]))
  const returned = returnNotices(nominees, events)

  // Many nominees held here at once (the year-end list): the domain says which moves each one allows.
  const partyOf = (id: string) => data.party.get(id)
  const bulk = bulkOffers(
    actor,
    nominees.map((n) => ({ ...n, partyOpinion: partyOf(n.id)?.state })),
  )
  const bulkTargets = [...new Set(bulk.map((b) => b.toOrgId).filter((id) => id !== null))]
  const bulkRows = bulk.map((b) => {
    const n = nominees.find((x) => x.id === b.id)!
    return {
      id: b.id,
      version: b.version,
      displayName: n.displayName,
      awardLabel: awardName(n.award),
      moves: b.moves,
      passed: b.passed,
      appraisal: !b.appraised
        ? 'Chưa thẩm định'
        : b.failed === 0
          ? 'Đạt'
          : `${b.failed} tiêu chí chưa đạt${n.overrideReason ? ' (có lý do)' : ''}`,
    }
  })

  const formsFor = (n: (typeof nominees)[number]) => {
    const forms: React.ReactNode[] = []
    const common = { action: nomineeActionAction, nomineeId: n.id, version: n.version, name: n.displayName }
    // The domain says which moves this user may make here (only at the unit holding the nominee).
    const party = partyOf(n.id)
    const offered = nomineeActions(actor, {
      ...n,
      appraised: parseAppraisal(n.appraisal) !== null,
      partyOpinion: party?.state,
    })
    for (const offer of offered) {
      const key = offer.action
      if (offer.waiting) {
        forms.push(
          <p key={key} className="text-sm text-slate-700">
            {offer.waiting}
          </p>,
        )
        continue
      }
      const toName = offer.toOrgId ? orgName(offer.toOrgId) : ''
      // Bằng khen tỉnh has several legal routes: the appraiser picks one
      // (their id and label only: the check functions stay on the server)
      const routes =
        n.award === 'BANG_KHEN_TINH' && n.personId
          ? BANG_KHEN_TINH_ROUTES.map(({ id, label }) => ({ id, label }))
          : undefined
      if (key === 'appraise') forms.push(<AppraiseForm key={key} {...common} again={offer.again} routes={routes} />)
      if (key === 'forward') forms.push(<ForwardForm key={key} {...common} toName={toName} />)
      if (key === 'return') forms.push(<ReturnForm key={key} {...common} toName={toName} />)
      if (key === 'approve') forms.push(<ApproveForm key={key} {...common} central={offer.central} />)
      if (key === 'reject') forms.push(<RejectForm key={key} {...common} />)
    }
    // The secretariat holding a nominee that needs the committee's opinion records it here.
    if (party?.required && mayRecordPartyOpinion(actor, n))
      forms.push(<PartyOpinionForm key="party" action={partyOpinionAction} nomineeId={n.id} name={n.displayName} />)
    if (proposes && (n.status === 'DRAFT' || n.status === 'RETURNED') && n.holderOrgId === proposing.id)
      forms.push(
        <EditNomineeForm
          key="edit"
          action={editNomineeAction}
          nomineeId={n.id}
          version={n.version}
          name={n.displayName}
          achievement={n.achievement}
        />,
      )
    if (may.removeNominee(n)) {
      forms.push(
        <RemoveNomineeForm
          key="remove"
          action={removeNomineeAction}
          dossierId={dossier.id}
          version={dossier.version}
          nomineeId={n.id}
          name={n.displayName}
        />,
      )
    }
    return forms.length ? forms : null
  }

  return (
    <div className="space-y-6">
      <Link className="link text-sm" href={base}>
        ← Danh sách hồ sơ
      </Link>
      <section className="card space-y-2">
        <h1 className="text-2xl font-bold">{dossier.title}</h1>
        <dl className="grid gap-x-8 gap-y-1 text-sm sm:grid-cols-2">
          <div>
            <dt className="inline text-slate-600">Đơn vị đề nghị: </dt>
            <dd className="inline font-medium">{proposing.name}</dd>
          </div>
          <div>
            <dt className="inline text-slate-600">Loại hồ sơ: </dt>
            <dd className="inline font-medium">
              {KIND_LABELS[dossier.kind]}
              {data.movement ? ` — ${data.movement.name}` : ''}
            </dd>
          </div>
          <div>
            <dt className="inline text-slate-600">Năm: </dt>
            <dd className="inline font-medium">{dossier.year}</dd>
          </div>
          <div>
            <dt className="inline text-slate-600">Tình trạng: </dt>
            <dd className="inline font-medium" data-testid="dossier-status">
              {!dossier.submittedAt ? 'Chưa trình' : `Đã trình ${vnDateTime(dossier.submittedAt!)}`} ·{' '}
              {statusSummary(nominees)}
            </dd>
          </div>
        </dl>
        {may.submit ? (
          <SubmitDossierForm
            action={submitDossierAction}
            dossierId={dossier.id}
            version={dossier.version}
            pending={may.submit.pending}
          />
        ) : null}
        {proposes && dossier.submittedAt ? (
          <WithdrawDossierForm action={withdrawDossierAction} dossierId={dossier.id} version={dossier.version} />
        ) : null}
      </section>

      {bulkRows.length >= 2 ? (
        <section className="card space-y-4" aria-labelledby="bulk-title">
          <h2 id="bulk-title" className="text-lg font-semibold">
            Xử lý nhiều người cùng lúc ({bulkRows.length})
          </h2>
          <BulkPanel
            action={bulkNomineeAction}
            rows={bulkRows}
            forwardTo={bulkTargets.length === 1 ? orgName(bulkTargets[0]) : 'cấp trên'}
            limit={BULK_LIMIT}
          />
        </section>
      ) : null}

      <section className="card space-y-4" aria-labelledby="nominees-title">
        <h2 id="nominees-title" className="text-lg font-semibold">
          Người (tập thể) được đề nghị ({nominees.length})
        </h2>
        {nominees.length === 0 ? (
          <p className="text-sm text-slate-700">Hồ sơ chưa có người được đề nghị.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Họ tên / tập thể</th>
                <th scope="col">Hình thức đề nghị</th>
                <th scope="col">Đơn vị đang xử lý</th>
                <th scope="col">Tình trạng</th>
              </tr>
            </thead>
            <tbody>
              {nominees.map((n) => (
                <tr key={n.id}>
                  <td>
                    <a className="link" href={`#de-nghi-${n.id}`}>
                      {n.displayName}
                    </a>
                  </td>
                  <td>{awardName(n.award)}</td>
                  <td>{orgName(n.holderOrgId)}</td>
                  <td>
                    <span className={`badge ${STATUS_BADGE[n.status]}`}>
                      {statusText(n.status, orgName(n.holderOrgId))}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {nominees.map((n) => (
          <NomineeCard
            key={n.id}
            nominee={n}
            orgName={orgName}
            comments={comments.get(n.id)}
            files={
              <>
                <ConsultationAnswers answers={data.consulted.get(n.id)} />
                <PartyOpinionNote opinion={partyOf(n.id)} />
                <AttachmentList
                  attachments={attachments.filter((a) => a.nomineeId === n.id)}
                  href={fileHref}
                  remove={removeFile}
                />
              </>
            }
            forms={formsFor(n)}
            returned={returned.get(n.id)}
          />
        ))}
      </section>

      {data.submission || data.deadlines.size ? (
        <section className="card space-y-2" aria-labelledby="deadlines-title">
          <h2 id="deadlines-title" className="text-lg font-semibold">
            Thời hạn
          </h2>
          <DeadlineList
            items={[
              ...(data.submission ? [data.submission] : []),
              ...nominees.flatMap((n) =>
                (data.deadlines.get(n.id) ?? []).map((d) => ({ ...d, prefix: n.displayName })),
              ),
            ]}
          />
        </section>
      ) : null}

      {data.evaluation ? <EvaluationMinutes evaluation={data.evaluation} nominees={nominees} /> : null}

      {candidates ? (
        <section id="them-nguoi" className="card space-y-4" aria-labelledby="add-title">
          <h2 id="add-title" className="text-lg font-semibold">
            Thêm người (tập thể) được đề nghị
          </h2>
          <SearchBox
            action={`${base}/${dossier.id}#them-nguoi`}
            label="Tìm cá nhân theo tên (có dấu hoặc không dấu)"
            name="tim"
            value={search}
          />
          <AddNomineeForm
            action={addNomineeAction}
            dossierId={dossier.id}
            version={dossier.version}
            people={candidates.people.map((p) => ({ value: p.id, label: `${p.fullName} — ${p.organization.name}` }))}
            units={candidates.units.map((u) => ({ value: u.id, label: u.name }))}
            issuers={data.issuers}
            peopleNote={
              candidates.peopleTotal > CANDIDATE_LIMIT
                ? `Hiển thị ${CANDIDATE_LIMIT}/${candidates.peopleTotal} người đang công tác tại ${proposing.name} và đơn vị trực thuộc; tìm theo tên để thu hẹp danh sách.`
                : `${candidates.peopleTotal} người đang công tác tại ${proposing.name} và đơn vị trực thuộc${search ? ` khớp “${search}”` : ''}.`
            }
          />
        </section>
      ) : null}

      {data.central ? <MinistryPackage href={`${base}/${dossier.id}/goi-trung-uong`} nominees={data.central} /> : null}

      <section className="card space-y-4" aria-labelledby="files-title">
        <h2 id="files-title" className="text-lg font-semibold">
          Tài liệu của hồ sơ
        </h2>
        <AttachmentList
          attachments={attachments.filter((a) => !a.nomineeId)}
          href={fileHref}
          remove={removeFile}
          empty="Chưa có tài liệu chung của hồ sơ."
        />
        {attachments.some((a) => a.nomineeId) ? (
          <p className="text-sm text-slate-700">
            Báo cáo thành tích, minh chứng riêng của từng người được liệt kê cùng người đó ở trên.
          </p>
        ) : null}
        {may.attach ? (
          <UploadAttachmentForm
            action={uploadAttachmentAction}
            dossierId={dossier.id}
            nominees={nominees.map((n) => ({ value: n.id, label: `${n.displayName} — ${awardName(n.award)}` }))}
          />
        ) : null}
      </section>

      <section className="card space-y-3" aria-labelledby="timeline-title">
        <h2 id="timeline-title" className="text-lg font-semibold">
          Quá trình xử lý
        </h2>
        <DossierTimeline
          events={events}
          orgName={orgName}
          userName={(id) => data.userName.get(id) ?? 'Người dùng'}
          nomineeName={(id) => nomineeName.get(id)}
        />
      </section>
    </div>
  )
}

/** The Party committee's latest opinion on a nominee, or that it is still awaited. */
function PartyOpinionNote({
  opinion,
}: {
  opinion?: {
    required: boolean
    latest: { committee: string; documentNo: string; documentDate: Date; agreed: boolean; note: string | null } | null
  }
}) {
  if (!opinion || (!opinion.required && !opinion.latest)) return null
  const o = opinion.latest
  return (
    <p className="text-sm text-slate-700">
      <span className="font-medium">Ý kiến cấp ủy: </span>
      {o
        ? `${o.committee} ${o.agreed ? 'đồng ý' : 'không đồng ý'} (văn bản số ${o.documentNo} ngày ${vnDate(o.documentDate)})${o.note ? `. ${o.note}` : ''}.`
        : 'chưa có (cần trước khi trình Trung ương).'}
    </p>
  )
}
