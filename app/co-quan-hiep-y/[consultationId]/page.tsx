import Link from 'next/link'
import { BodyAnswerForm } from '@/components/consultation/body-answer-form'
import { LetterDeadline } from '@/components/consultation/deadline-badge'
import { awardName } from '@/components/dossiers/labels'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { loadOr404, requireActor } from '@/lib/auth/session'
import { loadBodyLetter } from '@/lib/consultation/body-letters'
import { withTenant } from '@/lib/db/tenant'
import { vnDate, vnDateTime } from '@/lib/shared/dates'
import { answerAsBodyAction } from '../actions'

export const metadata = { title: 'Văn bản xin ý kiến hiệp y' }

export default async function BodyLetterPage({
  params,
  searchParams,
}: {
  params: Promise<{ consultationId: string }>
  searchParams: Promise<{ trang?: string }>
}) {
  const { consultationId } = await params
  const page = pageParam((await searchParams).trang)
  const actor = await requireActor()
  const data = await loadOr404(() =>
    withTenant(actor.tenantId, (tx) => loadBodyLetter(tx, actor, consultationId, page)),
  )
  const { letter } = data
  return (
    <div className="space-y-6">
      <Link className="link text-sm" href="/co-quan-hiep-y">
        ← Văn bản xin ý kiến hiệp y
      </Link>
      <div>
        <h1 className="text-2xl font-bold">{letter.title}</h1>
        <p className="mt-1 text-slate-700">
          {letter.sender} gửi {data.body.name} ngày {vnDate(letter.sentOn)}. Hạn trả lời:{' '}
          <LetterDeadline deadline={letter.deadline} />. Đã cho ý kiến {letter.answered}/{letter.nominees} trường hợp.
        </p>
        {!letter.open ? (
          <p role="status" className="mt-2 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm">
            Văn bản đã quá hạn trả lời: chỉ xem. Ý kiến sau hạn gửi bằng văn bản để Thường trực Hội đồng ghi nhận.
          </p>
        ) : null}
      </div>
      <section className="space-y-3" aria-labelledby="nominees-title">
        <h2 id="nominees-title" className="text-lg font-semibold">
          Người, tập thể được đề nghị
        </h2>
        <ol className="space-y-3" data-testid="body-letter-nominees">
          {data.nominees.map((n) => (
            <li key={n.id} className="card space-y-2">
              <h3 id={`nominee-${n.id}`} className="font-semibold">
                {n.name}
              </h3>
              <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
                <dt className="text-slate-600">{n.collective ? 'Trực thuộc' : 'Chức vụ, đơn vị'}</dt>
                <dd>{[n.position, n.unit].filter(Boolean).join(', ') || '—'}</dd>
                <dt className="text-slate-600">Hình thức đề nghị</dt>
                <dd>{awardName(n.award)}</dd>
              </dl>
              {n.reply ? (
                <p className="text-sm" data-testid="body-reply">
                  Ý kiến đã gửi ngày {vnDateTime(n.reply.recordedAt)}:{' '}
                  {n.reply.objection ? (
                    <>
                      <span className="badge bg-red-100 text-red-900">Có vấn đề</span> — {n.reply.reason}
                      {n.reply.reference ? ` (${n.reply.reference})` : null}
                    </>
                  ) : (
                    <span className="badge bg-emerald-100 text-emerald-900">Không có ý kiến / Đồng ý</span>
                  )}
                </p>
              ) : letter.open ? (
                <BodyAnswerForm action={answerAsBodyAction} consultationId={letter.id} nomineeId={n.id} name={n.name} />
              ) : (
                <p className="text-sm text-slate-700">Chưa cho ý kiến trước hạn.</p>
              )}
            </li>
          ))}
        </ol>
        <Pagination
          page={data.page}
          pageCount={data.pageCount}
          href={(n) => `/co-quan-hiep-y/${letter.id}?trang=${n}`}
        />
      </section>
    </div>
  )
}
