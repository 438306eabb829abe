// One nominee of a dossier: award, state, the approval path with the current level highlighted, the
// appraisal checks, the council result, the public comments, and the workflow forms the viewer may use.
import type { ReactNode } from 'react'
import type { NomineeStatus } from '@/lib/generated/prisma/enums'
import { ISSUER_LABELS, isIssuer } from '@/lib/awards/authority'
import { parseAppraisal } from '@/lib/dossiers/appraisal'
import { vnDateOfIso } from '@/lib/shared/dates'
import { STATUS_BADGE, awardName, statusText, vnDate, vnDateTime } from './labels'

/** passed, passed with a warning, no data (never a tick), failed; a hard failure cannot be overridden. */
const MARK = {
  PASSED: { sign: '✓', sr: 'Đạt: ', tone: 'text-emerald-700' },
  WARNING: { sign: '!', sr: 'Đạt, cần lưu ý: ', tone: 'text-amber-700' },
  NO_DATA: { sign: '—', sr: 'Chưa có dữ liệu: ', tone: 'text-slate-500' },
  FAILED: { sign: '✗', sr: 'Chưa đạt: ', tone: 'text-red-700' },
} as const

export type NomineeView = {
  id: string
  displayName: string
  personId: string | null
  award: string
  /** whose Giấy khen was asked for (null: the default path) */
  issuer?: string | null
  achievement: string
  status: NomineeStatus
  holderOrgId: string
  pathOrgIds: string[]
  decidingOrgId: string | null
  appraisal: unknown
  appraisedAt: Date | null
  overrideReason: string | null
  publicFrom: Date | null
  publicTo: Date | null
  councilPassed: boolean | null
}

function ApprovalPath({ nominee, orgName }: { nominee: NomineeView; orgName: (id: string) => string }) {
  if (nominee.pathOrgIds.length === 0)
    return <p className="text-sm text-slate-600">Trình tự xét duyệt được xác định khi hồ sơ được trình.</p>
  const current = ['IN_REVIEW', 'APPROVED', 'RETURNED'].includes(nominee.status) ? nominee.holderOrgId : null
  return (
    <ol className="flex flex-wrap items-center gap-1 text-sm" aria-label="Trình tự xét duyệt">
      {nominee.pathOrgIds.map((id, index) => (
        <li key={id} className="flex items-center gap-1">
          {index > 0 ? <span aria-hidden="true">→</span> : null}
          <span
            aria-current={id === current ? 'step' : undefined}
            className={
              id === current
                ? 'rounded bg-sky-100 px-2 py-0.5 font-semibold text-sky-950 ring-1 ring-sky-400'
                : 'px-1 text-slate-700'
            }
          >
            {orgName(id)}
            {id === nominee.decidingOrgId ? ' (quyết định)' : ''}
          </span>
        </li>
      ))}
    </ol>
  )
}

/** The appraisal's checks (also on the council's page of a nominee's dossier). */
export function AppraisalChecks({
  nominee,
}: {
  nominee: Pick<NomineeView, 'appraisal' | 'appraisedAt' | 'overrideReason'>
}) {
  const appraisal = parseAppraisal(nominee.appraisal)
  if (!appraisal) return null
  const when = [
    nominee.appraisedAt ? vnDateTime(nominee.appraisedAt) : null,
    `theo quy định áp dụng ngày ${vnDateOfIso(appraisal.evaluatedOn)}`,
  ]
    .filter(Boolean)
    .join('; ')
  return (
    <div className="space-y-2">
      <h4 className="text-sm font-semibold">Kết quả thẩm định ({when})</h4>
      <ul className="space-y-1 text-sm">
        {appraisal.checks.map((c) => {
          const mark = MARK[c.status ?? (c.passed ? 'PASSED' : 'FAILED')]
          return (
            <li key={c.ruleId} className="flex gap-2" data-status={c.status}>
              <span aria-hidden="true" className={`font-bold ${mark.tone}`}>
                {mark.sign}
              </span>
              <span>
                <span className="sr-only">{mark.sr}</span>
                <strong>{c.label}</strong> — {c.message}
                {c.hard ? (
                  <span className="badge ml-2 bg-red-100 text-red-900">Không thể bỏ qua bằng lý do thẩm định</span>
                ) : null}
                <span className="block text-xs text-slate-600">Căn cứ: {c.source}</span>
              </span>
            </li>
          )
        })}
      </ul>
      {nominee.overrideReason ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <strong>Lý do vẫn đề nghị dù có tiêu chí chưa đạt:</strong> {nominee.overrideReason}
        </p>
      ) : null}
    </div>
  )
}

type Comment = { id: string; authorName: string | null; content: string; createdAt: Date }

function PublicComments({ nominee, comments }: { nominee: NomineeView; comments: Comment[] | undefined }) {
  if (!nominee.publicFrom) return null
  return (
    <div className="space-y-1 text-sm">
      <h4 className="font-semibold">
        Lấy ý kiến công khai từ {vnDate(nominee.publicFrom)} đến {vnDate(nominee.publicTo)}
      </h4>
      {comments === undefined ? null : comments.length === 0 ? (
        <p className="text-slate-600">Chưa có ý kiến nào.</p>
      ) : (
        <ul className="space-y-2" data-testid={`comments-${nominee.id}`}>
          {comments.map((c) => (
            <li key={c.id} className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2">
              <p className="text-xs text-slate-600">
                {c.authorName ?? 'Người dân không ghi tên'} · {vnDateTime(c.createdAt)}
              </p>
              <p className="whitespace-pre-line">{c.content}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

export function NomineeCard({
  nominee,
  orgName,
  comments,
  files,
  forms,
  returned,
}: {
  nominee: NomineeView
  orgName: (id: string) => string
  comments: Comment[] | undefined
  files: ReactNode
  forms: ReactNode
  /** the last return to the proposing unit, while the nominee is returned */
  returned?: { reason: string; fromOrgId: string; at: Date }
}) {
  return (
    <article
      id={`de-nghi-${nominee.id}`}
      className="space-y-3 rounded-lg border border-slate-200 p-4"
      aria-labelledby={`nominee-${nominee.id}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={`nominee-${nominee.id}`} className="text-base font-semibold">
            {nominee.displayName}{' '}
            <span className="text-sm font-normal text-slate-600">({nominee.personId ? 'cá nhân' : 'tập thể'})</span>
          </h3>
          <p className="text-sm">
            {isIssuer(nominee.issuer) ? ISSUER_LABELS[nominee.issuer] : awardName(nominee.award)}
          </p>
        </div>
        <span className={`badge ${STATUS_BADGE[nominee.status]}`} data-testid={`status-${nominee.id}`}>
          {statusText(nominee.status, orgName(nominee.holderOrgId), nominee.decidingOrgId === null)}
        </span>
      </div>
      {returned ? (
        <p
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          role="status"
          data-testid={`returned-${nominee.id}`}
        >
          <strong>
            {orgName(returned.fromOrgId)} trả lại ngày {vnDateTime(returned.at)}:
          </strong>{' '}
          {returned.reason}
        </p>
      ) : null}
      <p className="whitespace-pre-line text-sm text-slate-800">{nominee.achievement}</p>
      <ApprovalPath nominee={nominee} orgName={orgName} />
      <AppraisalChecks nominee={nominee} />
      {nominee.councilPassed !== null ? (
        <p className="text-sm">
          Hội đồng Thi đua - Khen thưởng:{' '}
          <strong className={nominee.councilPassed ? 'text-emerald-800' : 'text-red-800'}>
            {nominee.councilPassed ? 'Đạt' : 'Không đạt'}
          </strong>
        </p>
      ) : null}
      <PublicComments nominee={nominee} comments={comments} />
      {files}
      {forms ? <div className="flex flex-wrap items-start gap-4 border-t border-slate-200 pt-3">{forms}</div> : null}
    </article>
  )
}
