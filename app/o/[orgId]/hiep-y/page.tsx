import Link from 'next/link'
import { ConsultationAnswers } from '@/components/consultation/answers'
import { DefaultBodiesForm, ReplyForm, SendConsultationForm } from '@/components/consultation/consultation-forms'
import { awardName } from '@/components/dossiers/labels'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { SENDABLE_LIMIT, consultationPage } from '@/lib/consultation/consultation'
import { withTenant } from '@/lib/db/tenant'
import { vnDate } from '@/lib/shared/dates'
import { addDefaultBodiesAction, recordReplyAction, sendConsultationAction } from './actions'

export const metadata = { title: 'Hiệp y khen thưởng' }

export default async function ConsultationPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<{ trang?: string }>
}) {
  const { orgId } = await params
  const page = pageParam((await searchParams).trang)
  const { actor, organization } = await requireWorkspacePermission(orgId, 'dossier.appraise')
  const data = await withTenant(actor.tenantId, (tx) => consultationPage(tx, actor, organization, page))
  return (
    <div className="space-y-6">
      <Link className="link text-sm" href={`/o/${orgId}/ho-so-khen-thuong`}>
        ← Hồ sơ khen thưởng
      </Link>
      <h1 className="text-2xl font-bold">Hiệp y (xin ý kiến các cơ quan)</h1>
      <section className="card space-y-3" aria-labelledby="send-title">
        <h2 id="send-title" className="text-lg font-semibold">
          Gửi văn bản xin ý kiến
        </h2>
        {data.bodies.length === 0 ? (
          <DefaultBodiesForm action={addDefaultBodiesAction} />
        ) : data.sendable.length === 0 ? (
          <p className="text-sm text-slate-700">Không có người được đề nghị nào đang chờ đơn vị xử lý.</p>
        ) : (
          <SendConsultationForm
            action={sendConsultationAction}
            organizationId={organization.id}
            bodies={data.bodies.map((b) => ({ id: b.id, label: b.name }))}
            nominees={data.sendable.map((n) => ({ id: n.id, label: `${n.displayName} — ${awardName(n.award)}` }))}
          />
        )}
        {data.sendable.length === SENDABLE_LIMIT ? (
          <p className="text-sm text-slate-700">Danh sách hiện {SENDABLE_LIMIT} người đầu; gửi làm nhiều đợt.</p>
        ) : null}
      </section>
      {data.letters.map((l) => (
        <section key={l.id} className="card space-y-3" aria-labelledby={`letter-${l.id}`}>
          <h2 id={`letter-${l.id}`} className="text-lg font-semibold">
            {l.title}
          </h2>
          <p className="text-sm text-slate-700">
            Gửi ngày {vnDate(l.sentOn)}, hạn trả lời {vnDate(l.deadline)}; {l.bodies.length} cơ quan,{' '}
            {l.nominees.length} người được đề nghị.
          </p>
          {l.nominees.map(({ nominee: n }) => {
            const answers = data.status.get(n.id) ?? []
            return (
              <article key={n.id} className="space-y-2 rounded-md border border-slate-200 p-3">
                <h3 className="font-semibold">
                  {n.displayName} <span className="text-sm font-normal">({awardName(n.award)})</span>
                </h3>
                <ConsultationAnswers answers={answers} />
                <div className="flex flex-wrap gap-4">
                  {l.bodies
                    .filter(({ body }) =>
                      answers.some((a) => a.body === body.name && (a.state === 'PENDING' || a.state === 'LATE')),
                    )
                    .map(({ body }) => (
                      <div key={body.id} className="rounded border border-slate-200 p-2">
                        <p className="text-sm font-medium">{body.name}</p>
                        <ReplyForm
                          action={recordReplyAction}
                          consultationId={l.id}
                          bodyId={body.id}
                          nomineeId={n.id}
                          label={`${body.name} về ${n.displayName}`}
                        />
                      </div>
                    ))}
                </div>
              </article>
            )
          })}
        </section>
      ))}
      <Pagination page={data.page} pageCount={data.pageCount} href={(n) => `/o/${orgId}/hiep-y?trang=${n}`} />
    </div>
  )
}
