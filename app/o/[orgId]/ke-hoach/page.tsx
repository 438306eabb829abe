import Link from 'next/link'
import { todayInVietnam, vnDate } from '@/lib/shared/dates'
import { SearchBox } from '@/components/ui/search-box'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { listPlans } from '@/lib/plans/queries'
import { planNotices } from '@/lib/plans/follow-up'
import { STATUS_LABELS } from '@/lib/plans/workflow'

export const metadata = { title: 'Kế hoạch' }

export default async function PlansPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<{ q?: string; trang?: string }>
}) {
  const { orgId } = await params
  const query = await searchParams
  const { actor, organization, can } = await requireWorkspacePermission(orgId, 'plan.view')
  const q = (query.q ?? '').slice(0, 200)
  const [list, notices] = await withTenant(actor.tenantId, (tx) =>
    Promise.all([
      listPlans(tx, actor, organization, { page: pageParam(query.trang), query: q }),
      planNotices(tx, actor.tenantId, organization.id),
    ]),
  )
  const base = `/o/${orgId}/ke-hoach`
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Kế hoạch thi đua, khen thưởng</h1>
        {can('plan.draft') ? (
          <div className="flex gap-2">
            <Link className="btn btn-primary" href={`${base}/moi`}>
              Soạn kế hoạch mới
            </Link>
            <Link className="btn btn-secondary" href={`${base}/nhap`}>
              Nhập từ văn bản
            </Link>
          </div>
        ) : null}
      </div>
      {notices.length > 0 ? (
        <section className="card" aria-labelledby="thong-bao-ke-hoach">
          <h2 id="thong-bao-ke-hoach" className="text-lg font-semibold">
            Thông báo về kế hoạch
          </h2>
          <ul className="mt-2 space-y-2">
            {notices.map((n) => (
              <li key={n.id} className="text-sm" data-testid="plan-notice">
                <span className="text-slate-600">{vnDate(todayInVietnam(n.createdAt))} · </span>
                {n.link ? (
                  <Link className="link" href={`/o/${orgId}${n.link}`}>
                    {n.text}
                  </Link>
                ) : (
                  n.text
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card">
        <SearchBox action={base} label="Tìm kế hoạch, nhiệm vụ (gõ có dấu hoặc không dấu)" name="q" value={q} />
        {list.plans.length === 0 ? (
          <p className="mt-4 text-sm text-slate-700">{q ? 'Không có kế hoạch nào khớp.' : 'Chưa có kế hoạch nào.'}</p>
        ) : (
          <table className="table mt-4">
            <thead>
              <tr>
                <th scope="col">Kế hoạch</th>
                <th scope="col">Đơn vị ban hành</th>
                <th scope="col">Năm</th>
                <th scope="col">Trạng thái</th>
              </tr>
            </thead>
            <tbody>
              {list.plans.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link className="link" href={`${base}/${p.id}`}>
                      {p.documentNumber ? `${p.documentNumber} — ` : ''}
                      {p.title}
                    </Link>
                    <div className="text-xs text-slate-600">
                      {p.taskCount} nhiệm vụ{p.issuedOn ? ` · ban hành ${vnDate(p.issuedOn)}` : ''}
                      {p.revision > 1 ? ` · bản sửa đổi lần ${p.revision - 1}` : ''}
                    </div>
                    {list.matchingTasks
                      .filter((t) => t.planId === p.id)
                      .slice(0, 3)
                      .map((t) => (
                        <div key={t.id} className="mt-1 text-xs text-slate-700">
                          ↳ {t.periodLabel}: {t.text.slice(0, 160)}
                        </div>
                      ))}
                  </td>
                  <td>{p.organization.name}</td>
                  <td>{p.year}</td>
                  <td>{STATUS_LABELS[p.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination
          page={list.page}
          pageCount={list.pageCount}
          href={(n) => `${base}?q=${encodeURIComponent(q)}&trang=${n}`}
        />
      </section>
    </div>
  )
}
