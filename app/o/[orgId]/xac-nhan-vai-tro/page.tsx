import { ConfirmGrantForm, RefuseGrantForm } from '@/components/admin/user-forms'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { ROLE_LABELS } from '@/lib/auth/permissions'
import { withTenant } from '@/lib/db/tenant'
import { vnDate } from '@/lib/shared/dates'
import { listPendingGrants } from '@/lib/users/role-grants'
import { confirmPendingGrantAction, refusePendingGrantAction } from './actions'

export const metadata = { title: 'Xác nhận vai trò' }

export default async function PendingGrantsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<{ trang?: string }>
}) {
  const { orgId } = await params
  const page = pageParam((await searchParams).trang)
  const { actor } = await requireWorkspacePermission(orgId, 'grant.confirm')
  const list = await withTenant(actor.tenantId, (tx) => listPendingGrants(tx, actor, page))
  const base = `/o/${orgId}/xac-nhan-vai-tro`
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Xác nhận vai trò</h1>
      <section className="card space-y-3" aria-labelledby="pending-title">
        <h2 id="pending-title" className="text-lg font-semibold">
          Vai trò chờ xác nhận ({list.total})
        </h2>
        <p className="text-sm text-slate-700">
          Vai trò Lãnh đạo, Thường trực Hội đồng và Thành viên Hội đồng chỉ có hiệu lực khi một người thứ hai xác nhận.
          Danh sách gồm các đề nghị tại đơn vị của bạn và các đơn vị trực thuộc, trừ đề nghị do bạn lập hoặc cấp cho
          chính bạn. Việc xác nhận hay từ chối được ghi vào nhật ký hệ thống.
        </p>
        {list.rows.length ? (
          <table className="table">
            <caption className="sr-only">Đề nghị cấp vai trò đang chờ người thứ hai xác nhận</caption>
            <thead>
              <tr>
                <th scope="col">Tài khoản</th>
                <th scope="col">Vai trò</th>
                <th scope="col">Đơn vị</th>
                <th scope="col">Người đề nghị</th>
                <th scope="col">Ngày đề nghị</th>
                <th scope="col">
                  <span className="sr-only">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((p) => {
                const label = `${ROLE_LABELS[p.role]} cho ${p.user?.fullName ?? ''}`
                return (
                  <tr key={p.id} data-testid="pending-grant">
                    <td>{p.user ? `${p.user.fullName} (${p.user.username})` : ''}</td>
                    <td>{ROLE_LABELS[p.role]}</td>
                    <td>{p.organizationName}</td>
                    <td>{p.requestedBy}</td>
                    <td>{vnDate(p.createdAt)}</td>
                    <td>
                      <ConfirmGrantForm action={confirmPendingGrantAction} requestId={p.id} label={label} />
                      <RefuseGrantForm action={refusePendingGrantAction} requestId={p.id} label={label} />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        ) : (
          <p className="text-sm">Không có đề nghị nào đang chờ bạn xác nhận.</p>
        )}
        <Pagination page={list.page} pageCount={list.pageCount} href={(n) => `${base}?trang=${n}`} />
      </section>
    </div>
  )
}
