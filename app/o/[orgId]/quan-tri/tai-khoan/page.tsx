import Link from 'next/link'
import { SearchBox } from '@/components/ui/search-box'
import { CreateUserForm } from '@/components/admin/user-forms'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions'
import { scopeRoots } from '@/lib/auth/scope'
import { withTenant } from '@/lib/db/tenant'
import { listOrganizationsInScope } from '@/lib/organizations/queries'
import { listUsers } from '@/lib/users/queries'
import { createUserAction } from '../actions'

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
  const { list, units } = await withTenant(actor.tenantId, async (tx) => ({
    list: await listUsers(tx, actor, { page: pageParam(query.trang), query: q }),
    units: await listOrganizationsInScope(tx, actor, scopeRoots(actor.memberships, 'user.manage')),
  }))
  const base = `/o/${orgId}/quan-tri/tai-khoan`
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Tài khoản và vai trò</h1>
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
                      {ROLE_LABELS[m.role]} — {m.organization.name}
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
          roles={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          units={units.map((u) => ({ value: u.id, label: `${'— '.repeat(u.depth)}${u.name}` }))}
        />
      </section>
    </div>
  )
}
