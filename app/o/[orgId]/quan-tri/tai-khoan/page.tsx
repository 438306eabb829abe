import Link from 'next/link'
import { SearchBox } from '@/components/ui/search-box'
import { ConfirmGrantForm, CreateUserForm } from '@/components/admin/user-forms'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { ASSIGNABLE_ROLES, ROLE_LABELS } from '@/lib/auth/permissions'
import { scopeRoots } from '@/lib/auth/scope'
import { withTenant } from '@/lib/db/tenant'
import { listOrganizationsInScope } from '@/lib/organizations/queries'
import { listUsers } from '@/lib/users/queries'
import { confirmGrantAction, createUserAction } from '../actions'
import { pendingGrantsFor } from '@/lib/users/role-grants'
import { vnDate } from '@/lib/shared/dates'

export const metadata = { title: 'Tài khoản' }

export default async function UsersPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<{ q?: string; trang?: string }>
}) {
  const { orgId } = await params
  const query = await searchParams
  const { actor } = await requireWorkspacePermission(orgId, 'user.manage')
  const q = (query.q ?? '').slice(0, 100)
  const { list, units, pending } = await withTenant(actor.tenantId, async (tx) => ({
    list: await listUsers(tx, actor, { page: pageParam(query.trang), query: q }),
    pending: await pendingGrantsFor(tx, actor),
    units: await listOrganizationsInScope(tx, actor, scopeRoots(actor.memberships, 'user.manage')),
  }))
  const base = `/o/${orgId}/quan-tri/tai-khoan`
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Tài khoản và vai trò</h1>
      <p className="text-sm">
        <Link className="link" href={`${base}/co-quan-hiep-y`}>
          Tài khoản của cơ quan được xin ý kiến hiệp y (Công an, Thuế, Bảo hiểm xã hội…)
        </Link>
      </p>
      {pending.length ? (
        <section className="card space-y-3" aria-labelledby="pending-title">
          <h2 id="pending-title" className="text-lg font-semibold">
            Vai trò chờ xác nhận ({pending.length})
          </h2>
          <p className="text-sm text-slate-700">
            Vai trò Lãnh đạo, Thường trực Hội đồng và Thành viên Hội đồng chỉ có hiệu lực khi một người thứ hai, không
            phải người đề nghị, xác nhận.{' '}
            <Link className="link" href={`/o/${orgId}/xac-nhan-vai-tro`}>
              Xem tất cả đề nghị, xác nhận hoặc từ chối có lý do
            </Link>
          </p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Tài khoản</th>
                <th scope="col">Vai trò</th>
                <th scope="col">Đơn vị</th>
                <th scope="col">Người đề nghị</th>
                <th scope="col">Ngày</th>
                <th scope="col">
                  <span className="sr-only">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {pending.map((p) => (
                <tr key={p.id}>
                  <td>{p.user ? `${p.user.fullName} (${p.user.username})` : ''}</td>
                  <td>{ROLE_LABELS[p.role]}</td>
                  <td>{p.organizationName}</td>
                  <td>{p.requestedBy}</td>
                  <td>{vnDate(p.createdAt)}</td>
                  <td>
                    <ConfirmGrantForm
                      action={confirmGrantAction}
                      requestId={p.id}
                      label={`${ROLE_LABELS[p.role]} cho ${p.user?.fullName ?? ''}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <section className="card">
        <SearchBox action={base} label="Tìm theo họ tên hoặc tên đăng nhập" name="q" value={q} />
        <table className="table mt-4">
          <thead>
            <tr>
              <th scope="col">Họ và tên</th>
              <th scope="col">Tên đăng nhập</th>
              <th scope="col">Vai trò</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {list.users.map((u) => (
              <tr key={u.id}>
                <td>
                  <Link className="link" href={`${base}/${u.id}`}>
                    {u.fullName}
                  </Link>
                </td>
                <td>{u.username}</td>
                <td>
                  {u.memberships.map((m) => (
                    <div key={m.id}>
                      {ROLE_LABELS[m.role]}
                      {m.consultedBody ? ` (${m.consultedBody.name})` : ''} — {m.organization.name}
                    </div>
                  ))}
                </td>
                <td>
                  {u.active ? (
                    <span className="badge bg-emerald-100 text-emerald-900">Hoạt động</span>
                  ) : (
                    <span className="badge bg-slate-200 text-slate-800">Ngừng hoạt động</span>
                  )}
                  {u.lockedUntil && u.lockedUntil > new Date() ? (
                    <span className="badge ml-1 bg-amber-100 text-amber-900">Tạm khóa</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.users.length === 0 ? <p className="mt-3 text-sm">Không có tài khoản phù hợp.</p> : null}
        <Pagination
          page={list.page}
          pageCount={list.pageCount}
          href={(p) => `${base}?q=${encodeURIComponent(q)}&trang=${p}`}
        />
      </section>
      <section className="card max-w-xl">
        <h2 className="mb-4 text-lg font-semibold">Tạo tài khoản</h2>
        <CreateUserForm
          action={createUserAction}
          roles={ASSIGNABLE_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          units={units.map((u) => ({ value: u.id, label: `${'— '.repeat(u.depth)}${u.name}` }))}
        />
      </section>
    </div>
  )
}
