import Link from 'next/link'
import { AttachmentList } from '@/components/dossiers/attachment-list'
import { AppraisalChecks } from '@/components/dossiers/nominee-card'
import { loadOr404, requireWorkspace } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { loadSessionNomineeDossier } from '@/lib/council/nominee-dossier'
import { vnDate } from '@/lib/shared/dates'

export const metadata = { title: 'Hồ sơ người được đề nghị' }

export default async function SessionNomineeDossierPage({
  params,
}: {
  params: Promise<{ orgId: string; sessionId: string; nomineeId: string }>
}) {
  const { orgId, sessionId, nomineeId } = await params
  const { actor, organization } = await requireWorkspace(orgId)
  const view = await loadOr404(() =>
    withTenant(actor.tenantId, (tx) => loadSessionNomineeDossier(tx, actor, organization, sessionId, nomineeId)),
  )
  const { nominee, dossier } = view
  const base = `/o/${orgId}/hoi-dong/phien/${sessionId}`
  const file = (id: string) => `${base}/ho-so/${nominee.id}/tep/${id}`
  return (
    <div className="space-y-6">
      <div>
        <Link className="link text-sm" href={base}>
          ← {view.session.title}
        </Link>
        <h1 className="mt-2 text-2xl font-bold" data-testid="nominee-name">
          {nominee.displayName}
        </h1>
        <p className="text-sm text-slate-700">
          {nominee.collective ? 'Tập thể' : [nominee.position, nominee.unitName].filter(Boolean).join(', ')} · Đề nghị:{' '}
          <strong>{nominee.awardLabel}</strong>
        </p>
      </div>

      <section className="card space-y-2" aria-labelledby="dossier-title">
        <h2 id="dossier-title" className="text-lg font-semibold">
          Hồ sơ đề nghị
        </h2>
        <p className="text-sm">
          “{dossier.title}” của {dossier.proposingName}, năm {dossier.year}
          {dossier.submittedAt ? `, trình ngày ${vnDate(dossier.submittedAt)}` : ''}.
        </p>
        {view.evaluation ? (
          <p className="text-sm">
            Họp bình xét ngày {vnDate(view.evaluation.evaluation.meetingOn)}: {view.evaluation.agree}/
            {view.evaluation.evaluation.membersTotal} đồng ý, {view.evaluation.disagree} không đồng ý.
          </p>
        ) : null}
        <AttachmentList
          attachments={view.dossierFiles}
          href={file}
          empty="Hồ sơ chưa có tờ trình, biên bản đính kèm."
        />
      </section>

      <section className="card space-y-3" aria-labelledby="report-title">
        <h2 id="report-title" className="text-lg font-semibold">
          Báo cáo thành tích
        </h2>
        <p className="whitespace-pre-line text-sm" data-testid="achievement">
          {nominee.achievement}
        </p>
        <AttachmentList
          attachments={view.reports}
          href={file}
          empty="Chưa có tệp báo cáo thành tích đính kèm; nội dung tóm tắt ở trên."
        />
      </section>

      {view.appraisal ? (
        <section className="card" aria-label="Kết quả thẩm định">
          <AppraisalChecks nominee={view.appraisal} />
        </section>
      ) : null}
    </div>
  )
}
