import { Pagination, pageParam } from '@/components/ui/pagination'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { listAuditEvents } from '@/lib/audit/list'
import { vnDateTime } from '@/lib/shared/dates'

export const metadata = { title: 'Nhật ký hệ thống' }

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<{ trang?: string }>
}) {
  const { orgId } = await params
  const { actor } = await requireWorkspacePermission(orgId, 'audit.view')
  const page = pageParam((await searchParams).trang)
  const journal = await withTenant(actor.tenantId, (tx) => listAuditEvents(tx, actor, page))
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Nhật ký hệ thống</h1>
      <section className="card overflow-x-auto">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Thời gian</th>
              <th scope="col">Người thực hiện</th>
              <th scope="col">Hành động</th>
              <th scope="col">Đối tượng</th>
              <th scope="col">Chi tiết</th>
            </tr>
          </thead>
          <tbody>
            {journal.events.map((e) => (
              <tr key={e.id}>
                <td className="whitespace-nowrap">{vnDateTime(e.createdAt)}</td>
                <td>{e.actorName ?? '—'}</td>
                <td>{e.actionLabel}</td>
                <td>{e.targetLabel}</td>
                <td className="max-w-md break-words font-mono text-xs">{e.details}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pagination
          page={journal.page}
          pageCount={journal.pageCount}
          more={journal.more}
          href={(p) => `/o/${orgId}/quan-tri/nhat-ky?trang=${p}`}
        />
      </section>
    </div>
  )
}
