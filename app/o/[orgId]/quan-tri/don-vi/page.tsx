import Link from 'next/link'
import { CreateOrganizationForm } from '@/components/admin/organization-forms'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { loadOr404, requireWorkspacePermission } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { listChildren } from '@/lib/organizations/queries'
import { KIND_LABELS, LEVEL_LABELS } from '@/lib/organizations/rules'
import { ORG_KINDS } from '@/lib/organizations/schemas'
import { createOrganizationAction } from '../actions'

export const metadata = { title: 'Cơ cấu tổ chức' }

export default async function OrganizationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<{ cha?: string; trang?: string }>
}) {
  const { orgId } = await params
  const query = await searchParams
  const { actor } = await requireWorkspacePermission(orgId, 'org.manage')
  const parentId = query.cha ?? orgId
  const view = await loadOr404(() =>
    withTenant(actor.tenantId, (tx) => listChildren(tx, actor, parentId, pageParam(query.trang))),
  )
  const base = `/o/${orgId}/quan-tri/don-vi`
  const trail = [...view.ancestors.filter((a) => view.parent.path.startsWith(a.path)), view.parent]
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Cơ cấu tổ chức</h1>
        <nav aria-label="Vị trí trong cây đơn vị" className="mt-2 text-sm">
          <ol className="flex flex-wrap gap-1">
            {trail.map((unit, i) => (
              <li key={unit.id} className="flex gap-1">
                {i > 0 ? <span aria-hidden="true">›</span> : null}
                {i === trail.length - 1 ? (
                  <span aria-current="page" className="font-semibold">
                    {unit.name}
                  </span>
                ) : (
                  <Link className="link" href={`${base}?cha=${unit.id}`}>
                    {unit.name}
                  </Link>
                )}
              </li>
            ))}
          </ol>
        </nav>
      </div>
      <section className="card">
        <div className="flex items-center justify-between">
          <h2 className="text-lg font-semibold">Đơn vị trực thuộc ({view.total})</h2>
          <Link className="link text-sm" href={`${base}/${view.parent.id}`}>
            Sửa đơn vị này
          </Link>
        </div>
        {view.children.length === 0 ? (
          <p className="mt-3 text-sm text-slate-700">Chưa có đơn vị trực thuộc.</p>
        ) : (
          <table className="table mt-3">
            <thead>
              <tr>
                <th scope="col">Tên đơn vị</th>
                <th scope="col">Cấp</th>
                <th scope="col">Loại</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">
                  <span className="sr-only">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {view.children.map((unit) => (
                <tr key={unit.id}>
                  <td>
                    <Link className="link" href={`${base}?cha=${unit.id}`}>
                      {unit.name}
                    </Link>
                    {unit.childCount > 0 ? (
                      <span className="ml-2 text-xs text-slate-600">({unit.childCount} trực thuộc)</span>
                    ) : null}
                  </td>
                  <td>{LEVEL_LABELS[unit.level]}</td>
                  <td>{KIND_LABELS[unit.kind].split(' (')[0]}</td>
                  <td>
                    {unit.active ? (
                      <span className="badge bg-emerald-100 text-emerald-900">Đang hoạt động</span>
                    ) : (
                      <span className="badge bg-slate-200 text-slate-800">Ngừng hoạt động</span>
                    )}
                  </td>
                  <td>
                    <Link className="link" href={`${base}/${unit.id}`}>
                      Sửa<span className="sr-only"> {unit.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination
          page={view.page}
          pageCount={view.pageCount}
          href={(p) => `${base}?cha=${view.parent.id}&trang=${p}`}
        />
      </section>
      {view.parent.active ? (
        <section className="card max-w-xl">
          <h2 className="mb-4 text-lg font-semibold">Thêm đơn vị trực thuộc {view.parent.name}</h2>
          <CreateOrganizationForm
            action={createOrganizationAction}
            parentId={view.parent.id}
            kinds={ORG_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
          />
        </section>
      ) : null}
    </div>
  )
}
