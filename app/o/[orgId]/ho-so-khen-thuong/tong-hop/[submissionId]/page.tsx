import Link from 'next/link'
import { SendSubmissionForm } from '@/components/submissions/compile-form'
import { awardName, vnDate } from '@/components/dossiers/labels'
import { holdsAt } from '@/lib/auth/scope'
import { loadOr404, requireWorkspace } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { listGroups } from '@/lib/submissions/document'
import { loadSubmission } from '@/lib/submissions/queries'
import { sendSubmissionAction } from '../actions'

export const metadata = { title: 'Tờ trình tổng hợp' }

export default async function SubmissionPage({ params }: { params: Promise<{ orgId: string; submissionId: string }> }) {
  const { orgId, submissionId } = await params
  const { actor } = await requireWorkspace(orgId)
  const loaded = await loadOr404(() => withTenant(actor.tenantId, (tx) => loadSubmission(tx, actor, submissionId)))
  const { submission, issuer, recipient, nominees } = loaded
  const base = `/o/${orgId}/ho-so-khen-thuong`
  const files = `${base}/tong-hop/${submission.id}`
  const canSend = !submission.sentAt && holdsAt(actor, 'dossier.appraise', submission.organizationId)
  const groups = listGroups(nominees)
  return (
    <div className="space-y-4">
      <Link className="link text-sm" href={`${base}/tong-hop`}>
        ← Tổng hợp đề nghị
      </Link>
      <h1 className="text-2xl font-bold">
        Tờ trình {submission.documentNumber ? `số ${submission.documentNumber}` : '(chưa có số)'}: {submission.title}
      </h1>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Đơn vị lập</dt>
        <dd>{issuer.name}</dd>
        <dt className="font-medium">Gửi tới</dt>
        <dd>{recipient.name}</dd>
        <dt className="font-medium">Tình trạng</dt>
        <dd>{submission.sentAt ? `Đã gửi ngày ${vnDate(submission.sentAt)}` : 'Chưa gửi'}</dd>
        <dt className="font-medium">Số người (tập thể)</dt>
        <dd>
          {nominees.length}
          {groups.length ? ` — ${groups.map((g) => `${g.label}: ${g.rows.length}`).join('; ')}` : ''}
        </dd>
      </dl>
      <p className="flex flex-wrap gap-3">
        <a className="btn btn-secondary" href={`${files}/docx`} download>
          Tải tờ trình kèm danh sách (.docx)
        </a>
        <a className="btn btn-secondary" href={`${files}/xlsx`} download>
          Tải danh sách đề nghị (.xlsx)
        </a>
      </p>
      {canSend ? (
        <SendSubmissionForm action={sendSubmissionAction} submission={submission} recipient={recipient.name} />
      ) : null}
      <div className="overflow-x-auto">
        <table className="table" data-testid="submission-nominees">
          <caption className="sr-only">Danh sách đề nghị của tờ trình</caption>
          <thead>
            <tr>
              <th scope="col">STT</th>
              <th scope="col">Họ và tên / Tên tập thể</th>
              <th scope="col">Chức vụ</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Hình thức đề nghị</th>
              <th scope="col">Đang ở</th>
            </tr>
          </thead>
          <tbody>
            {nominees.map((n, i) => (
              <tr key={n.id}>
                <td>{i + 1}</td>
                <td>
                  <Link className="link" href={`${base}/${n.dossier.id}`}>
                    {n.displayName}
                  </Link>
                </td>
                <td>{n.position ?? ''}</td>
                <td>{n.unit}</td>
                <td>{awardName(n.award)}</td>
                <td>{n.inPackage ? n.holderName : `${n.holderName} (đã tách khỏi gói)`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-slate-600">
        Cấp nhận tờ trình trả lại từng người tại trang hồ sơ của người đó; người bị trả lại về hộp việc của đơn vị đề
        nghị, những người khác vẫn ở trong gói.
      </p>
    </div>
  )
}
