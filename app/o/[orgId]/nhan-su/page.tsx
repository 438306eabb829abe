import Link from 'next/link'
import { CreatePersonForm } from '@/components/people/person-forms'
import { SelectField, TextField } from '@/components/ui/field'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { loadOr404, requireWorkspacePermission } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { GENDER_LABELS, RATING_LABELS, vnDate } from '@/lib/people/labels'
import { listPeople, unitsForPeople } from '@/lib/people/queries'
import { createPersonAction } from './actions'

export const metadata = { title: 'Cán bộ, người lao động' }

const STATUSES = { active: 'Đang theo dõi', inactive: 'Ngừng theo dõi', all: 'Tất cả' } as const
type Status = keyof typeof STATUSES
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''

export default async function PeoplePage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { orgId } = await params
  const query = await searchParams
  const { actor, organization, can } = await requireWorkspacePermission(orgId, 'workspace.view')
  const q = one(query.q).slice(0, 100)
  const unit = one(query['don-vi']) || null
  const status: Status = one(query['trang-thai']) in STATUSES ? (one(query['trang-thai']) as Status) : 'active'
  const page = pageParam(query.trang)
  const { list, units, manageable } = await loadOr404(() =>
    withTenant(actor.tenantId, async (tx) => ({
      list: await listPeople(tx, actor, organization, {
        page,
        query: q,
        unit: unit === 'tat-ca' ? 'all' : unit,
        status,
      }),
      units: await unitsForPeople(tx, actor, organization, 'workspace.view'),
      manageable: can('people.manage') ? await unitsForPeople(tx, actor, organization, 'people.manage') : [],
    })),
  )
  const base = `/o/${orgId}/nhan-su`
  const href = (n: number) =>
    `${base}?${new URLSearchParams({ q, 'don-vi': unit ?? '', 'trang-thai': status, trang: String(n) })}`
  const showUnit = unit !== null && unit !== orgId
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Cán bộ, người lao động</h1>
          <p className="text-sm text-slate-700">{organization.name}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {manageable.length > 0 ? (
            <Link className="btn btn-primary" href={`${base}/nhap`}>
              Nhập từ tệp
            </Link>
          ) : null}
          {manageable.length > 0 ? (
            <Link className="btn btn-secondary" href={`${base}/lich-su-khen-thuong`}>
              Nhập lịch sử khen thưởng
            </Link>
          ) : null}
          <a className="btn btn-secondary" href={`${base}/xuat?dinh-dang=xlsx`}>
            Tải xuống Excel
          </a>
          <a className="btn btn-secondary" href={`${base}/xuat?dinh-dang=csv`}>
            Tải xuống CSV
          </a>
        </div>
      </div>
      <section className="card">
        <form role="search" action={base} className="grid items-end gap-3 md:grid-cols-[2fr_2fr_1fr_auto]">
          <TextField label="Tìm theo họ tên (gõ có dấu hoặc không dấu)" name="q" defaultValue={q} />
          <SelectField label="Đơn vị" name="don-vi" defaultValue={unit ?? orgId}>
            <option value="tat-ca">Tất cả (kể cả đơn vị trực thuộc)</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {'— '.repeat(u.indent)}
                {u.name}
              </option>
            ))}
          </SelectField>
          <SelectField label="Trạng thái" name="trang-thai" defaultValue={status}>
            {Object.entries(STATUSES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="btn btn-secondary">
            Lọc
          </button>
        </form>
        <p className="mt-4 text-sm text-slate-700" role="status">
          {list.more ? `Hơn ${list.total}` : list.total} người
        </p>
        {list.people.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">
            {q ? 'Không có ai khớp với tìm kiếm.' : 'Chưa có người nào trong danh sách.'}
          </p>
        ) : (
          <div className="overflow-x-auto">
            <table className="table mt-2">
              <thead>
                <tr>
                  <th scope="col">Họ và tên</th>
                  <th scope="col">Giới tính</th>
                  <th scope="col">Ngày sinh</th>
                  <th scope="col">Chức vụ</th>
                  {showUnit ? <th scope="col">Đơn vị</th> : null}
                  <th scope="col">Xếp loại {list.ratingYear}</th>
                  <th scope="col">Trạng thái</th>
                </tr>
              </thead>
              <tbody>
                {list.people.map((p) => {
                  const rating = p.yearRecords[0]?.rating
                  return (
                    <tr key={p.id}>
                      <td>
                        <Link className="link" href={`${base}/${p.id}`}>
                          {p.fullName}
                        </Link>
                      </td>
                      <td>{GENDER_LABELS[p.gender]}</td>
                      <td>{vnDate(p.birthDate)}</td>
                      <td>
                        {p.position}
                        {p.isLeader ? <span className="badge ml-2 bg-slate-200 text-slate-800">Lãnh đạo</span> : null}
                      </td>
                      {showUnit ? <td>{p.organization.name}</td> : null}
                      <td>{rating ? <abbr title={RATING_LABELS[rating]}>{rating}</abbr> : '—'}</td>
                      <td>
                        {p.active ? (
                          <span className="badge bg-emerald-100 text-emerald-900">Đang theo dõi</span>
                        ) : (
                          <span className="badge bg-slate-200 text-slate-800">Ngừng theo dõi</span>
                        )}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        )}
        <Pagination page={list.page} pageCount={list.pageCount} more={list.more} href={href} />
      </section>
      {manageable.length > 0 ? (
        <section className="card max-w-2xl">
          <h2 className="mb-4 text-lg font-semibold">Thêm người vào danh sách</h2>
          <CreatePersonForm
            action={createPersonAction}
            units={manageable}
            defaultUnitId={manageable.some((u) => u.id === orgId) ? orgId : manageable[0].id}
          />
        </section>
      ) : null}
    </div>
  )
}
