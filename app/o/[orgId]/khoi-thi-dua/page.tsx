import Link from 'next/link'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { requireWorkspace } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { listBlocks } from '@/lib/blocks/queries'

export const metadata = { title: 'Khối, cụm thi đua' }

type Page = Awaited<ReturnType<typeof listBlocks>>['managed']

function BlockTable({
  list,
  base,
  showManager,
  caption,
}: {
  list: Page
  base: string
  showManager: boolean
  caption: string
}) {
  return (
    <table className="table mt-3">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Khối thi đua</th>
          <th scope="col">Năm</th>
          {showManager ? <th scope="col">Đơn vị quản lý</th> : null}
          <th scope="col">Trưởng khối</th>
          <th scope="col">Số đơn vị</th>
        </tr>
      </thead>
      <tbody>
        {list.rows.map((b) => (
          <tr key={b.id}>
            <td>
              <Link className="link" href={`${base}/${b.id}`}>
                {b.name}
              </Link>
            </td>
            <td>{b.year}</td>
            {showManager ? <td>{b.managerName}</td> : null}
            <td>{b.leaderName}</td>
            <td>{b._count.members}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export default async function BlocksPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<{ trang?: string; 'trang-tv'?: string }>
}) {
  const { orgId } = await params
  const query = await searchParams
  const { actor, organization, can } = await requireWorkspace(orgId)
  const pages = { managed: pageParam(query.trang), member: pageParam(query['trang-tv']) }
  const lists = await withTenant(actor.tenantId, (tx) => listBlocks(tx, actor, organization, pages))
  const base = `/o/${orgId}/khoi-thi-dua`
  const href = (managed: number, member: number) => `${base}?trang=${managed}&trang-tv=${member}`
  const manages = can('block.manage')
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Khối, cụm thi đua</h1>
          <p className="text-sm text-slate-700">Giao ước thi đua, chấm điểm và xếp hạng các đơn vị trong khối.</p>
        </div>
        {manages ? (
          <Link className="btn btn-primary" href={`${base}/moi`}>
            Thành lập khối thi đua
          </Link>
        ) : null}
      </div>
      {manages || lists.managed.total > 0 ? (
        <section className="card" aria-labelledby="managed-title">
          <h2 id="managed-title" className="text-lg font-semibold">
            Khối do {organization.name} quản lý ({lists.managed.total})
          </h2>
          {lists.managed.rows.length ? (
            <BlockTable list={lists.managed} base={base} showManager={false} caption="Khối do đơn vị quản lý" />
          ) : (
            <p className="mt-3 text-sm text-slate-700">Chưa có khối thi đua nào.</p>
          )}
          <Pagination
            page={lists.managed.page}
            pageCount={lists.managed.pageCount}
            href={(n) => href(n, pages.member)}
          />
        </section>
      ) : null}
      <section className="card" aria-labelledby="member-title">
        <h2 id="member-title" className="text-lg font-semibold">
          Khối {organization.name} là thành viên ({lists.member.total})
        </h2>
        {lists.member.rows.length ? (
          <BlockTable list={lists.member} base={base} showManager caption="Khối đơn vị tham gia" />
        ) : (
          <p className="mt-3 text-sm text-slate-700">Đơn vị chưa thuộc khối thi đua nào.</p>
        )}
        <Pagination page={lists.member.page} pageCount={lists.member.pageCount} href={(n) => href(pages.managed, n)} />
      </section>
    </div>
  )
}
