import Link from 'next/link'
import { CreateConsultedBodyAccountForm } from '@/components/admin/user-forms'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { loadOr404, requireWorkspacePermission } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { consultedBodyAccounts } from '@/lib/users/create-consulted-body-account'
import { createConsultedBodyAccountAction } from '../../actions'

export const metadata = { title: 'Tài khoản cơ quan được xin ý kiến' }

export default async function ConsultedBodyAccountsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<{ trang?: string }>
}) {
  const { orgId } = await params
  const page = pageParam((await searchParams).trang)
  const { actor } = await requireWorkspacePermission(orgId, 'user.manage')
  const data = await loadOr404(() => withTenant(actor.tenantId, (tx) => consultedBodyAccounts(tx, actor, page)))
  const base = `/o/${orgId}/quan-tri/tai-khoan`
  return (
    <div className="space-y-6">
      <div>
        <Link className="link text-sm" href={base}>
          ← Về danh sách tài khoản
        </Link>
        <h1 className="mt-2 text-2xl font-bold">Tài khoản cơ quan được xin ý kiến hiệp y</h1>
        <p className="mt-1 text-sm text-slate-700">
          Mỗi tài khoản thuộc một cơ quan và chỉ thấy các văn bản xin ý kiến gửi cơ quan đó, để cho ý kiến về từng người
          được đề nghị; không thấy kế hoạch, hồ sơ hay danh sách cán bộ.
        </p>
      </div>
      <section className="card" aria-labelledby="accounts-title">
        <h2 id="accounts-title" className="text-lg font-semibold">
          Tài khoản hiện có
        </h2>
        {data.accounts.length === 0 ? (
          <p className="mt-2 text-sm">Chưa có tài khoản nào.</p>
        ) : (
          <table className="table mt-3" data-testid="body-accounts">
            <thead>
              <tr>
                <th scope="col">Cơ quan</th>
                <th scope="col">Họ và tên</th>
                <th scope="col">Tên đăng nhập</th>
                <th scope="col">Trạng thái</th>
              </tr>
            </thead>
            <tbody>
              {data.accounts.map((a) => (
                <tr key={a.id}>
                  <td>{a.consultedBody?.name}</td>
                  <td>
                    <Link className="link" href={`${base}/${a.user.id}`}>
                      {a.user.fullName}
                    </Link>
                  </td>
                  <td>{a.user.username}</td>
                  <td>{a.user.active ? 'Hoạt động' : 'Ngừng hoạt động'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination page={data.page} pageCount={data.pageCount} href={(n) => `${base}/co-quan-hiep-y?trang=${n}`} />
      </section>
      <section className="card max-w-xl" aria-labelledby="create-title">
        <h2 id="create-title" className="mb-4 text-lg font-semibold">
          Tạo tài khoản cho cơ quan
        </h2>
        {data.bodies.length === 0 ? (
          <p className="text-sm text-slate-700">
            Tỉnh chưa có danh sách cơ quan được xin ý kiến. Thường trực Hội đồng tạo danh sách ở trang Hiệp y của hồ sơ
            khen thưởng.
          </p>
        ) : (
          <CreateConsultedBodyAccountForm
            action={createConsultedBodyAccountAction}
            bodies={data.bodies.map((b) => ({ value: b.id, label: b.name }))}
          />
        )}
      </section>
    </div>
  )
}
