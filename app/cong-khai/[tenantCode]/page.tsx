// Public comment page (no login): nominees of this tenant open for comment today, with only their name,
// award, proposing unit and achievement summary. An unknown code is a 404.
import { notFound } from 'next/navigation'
import { PublicCommentForm } from '@/components/dossiers/public-comment-form'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { listPublicNominees } from '@/lib/dossiers/public'
import { addPublicCommentAction } from './actions'

export const dynamic = 'force-dynamic'
export const metadata = { title: 'Lấy ý kiến nhân dân về đề nghị khen thưởng', robots: { index: true, follow: false } }

export default async function PublicCommentPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantCode: string }>
  searchParams: Promise<{ trang?: string }>
}) {
  const { tenantCode } = await params
  const page = pageParam((await searchParams).trang)
  const list = await listPublicNominees(tenantCode, page)
  if (!list) notFound()
  const action = addPublicCommentAction.bind(null, tenantCode)
  return (
    <main id="noi-dung" className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <header className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">{list.tenantName}</p>
        <h1 className="text-2xl font-bold">Lấy ý kiến nhân dân về đề nghị khen thưởng</h1>
        <p className="text-sm text-slate-700">
          Theo quy định, danh sách cá nhân, tập thể được đề nghị khen thưởng cấp Nhà nước được công khai để lấy ý kiến
          trước khi Hội đồng Thi đua - Khen thưởng xét. Mọi người có thể góp ý; ý kiến được chuyển tới cơ quan thẩm định
          hồ sơ.
        </p>
      </header>
      {list.nominees.length === 0 ? (
        <p className="card text-sm text-slate-700">Hiện không có đề nghị khen thưởng nào đang lấy ý kiến.</p>
      ) : (
        <ul className="space-y-4" data-testid="public-nominees">
          {list.nominees.map((n) => (
            <li key={n.id} className="card space-y-3">
              <div>
                <h2 className="text-lg font-semibold">{n.name}</h2>
                <p className="text-sm">
                  Đề nghị: <strong>{n.award}</strong> · Đơn vị đề nghị: {n.proposingUnit}
                </p>
              </div>
              <p className="whitespace-pre-line text-sm text-slate-800">{n.achievement}</p>
              <details className="rounded-md border border-slate-200 p-3">
                <summary className="cursor-pointer text-sm font-medium">Góp ý về {n.name}</summary>
                <div className="relative mt-3">
                  <PublicCommentForm action={action} nomineeId={n.id} name={n.name} />
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        href={(n) => `/cong-khai/${encodeURIComponent(tenantCode)}?trang=${n}`}
      />
    </main>
  )
}
