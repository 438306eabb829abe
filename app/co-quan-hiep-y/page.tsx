import Link from 'next/link'
import { LetterDeadline } from '@/components/consultation/deadline-badge'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { loadOr404, requireActor } from '@/lib/auth/session'
import { listBodyLetters } from '@/lib/consultation/body-letters'
import { withTenant } from '@/lib/db/tenant'
import { vnDate } from '@/lib/shared/dates'

export const metadata = { title: 'Văn bản xin ý kiến hiệp y' }

export default async function BodyLettersPage({ searchParams }: { searchParams: Promise<{ trang?: string }> }) {
  const page = pageParam((await searchParams).trang)
  const actor = await requireActor()
  const data = await loadOr404(() => withTenant(actor.tenantId, (tx) => listBodyLetters(tx, actor, page)))
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Văn bản xin ý kiến hiệp y</h1>
        <p className="mt-1 text-slate-700">
          Các văn bản gửi <strong>{data.body.name}</strong> xin ý kiến về người, tập thể được đề nghị khen thưởng. Mở
          từng văn bản để cho ý kiến về từng trường hợp trước hạn trả lời.
        </p>
      </div>
      <section className="card" aria-labelledby="letters-title">
        <h2 id="letters-title" className="sr-only">
          Danh sách văn bản
        </h2>
        {data.letters.length === 0 ? (
          <p className="text-sm text-slate-700">Chưa có văn bản nào gửi cơ quan.</p>
        ) : (
          <table className="table" data-testid="body-letters">
            <thead>
              <tr>
                <th scope="col">Văn bản</th>
                <th scope="col">Cơ quan gửi</th>
                <th scope="col">Ngày gửi</th>
                <th scope="col">Hạn trả lời</th>
                <th scope="col">Đã cho ý kiến</th>
              </tr>
            </thead>
            <tbody>
              {data.letters.map((l) => (
                <tr key={l.id}>
                  <td>
                    <Link className="link" href={`/co-quan-hiep-y/${l.id}`}>
                      {l.title}
                    </Link>
                  </td>
                  <td>{l.sender}</td>
                  <td>{vnDate(l.sentOn)}</td>
                  <td>
                    <LetterDeadline deadline={l.deadline} />
                  </td>
                  <td>
                    {l.answered}/{l.nominees}
                    {l.answered === l.nominees ? (
                      <span className="badge ml-1 bg-emerald-100 text-emerald-900">Đã trả lời đủ</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination
          page={data.page}
          pageCount={data.pageCount}
          more={data.more}
          href={(n) => `/co-quan-hiep-y?trang=${n}`}
        />
      </section>
    </div>
  )
}
