// Who registered for which title below the managing level: a GET filter form (unit, title, status,
// accent-free search), the page of names and the link to the same list as .xlsx. Server-rendered.
import { Pagination } from '@/components/ui/pagination'
import type { RegistrantFilter } from '@/lib/registration/schemas'
import type { RegistrantRow } from '@/lib/registration/registrants'
import { COLLECTIVE_TITLES, INDIVIDUAL_TITLES, titleLabel } from '@/lib/registration/titles'

export const REGISTRATION_STATUS_LABELS = {
  DRAFT: 'Đang soạn',
  SUBMITTED: 'Đã nộp, chờ xem xét',
  RETURNED: 'Bị trả lại',
  ACCEPTED: 'Đã chấp nhận',
} as const

export function filterQuery(year: number, filter: RegistrantFilter, page?: number) {
  const params = new URLSearchParams({ nam: String(year) })
  if (filter.unitId) params.set('donvi', filter.unitId)
  if (filter.title) params.set('danhhieu', filter.title)
  if (filter.status) params.set('trangthai', filter.status)
  if (filter.query) params.set('q', filter.query)
  if (page && page > 1) params.set('trang_ds', String(page))
  return params.toString()
}

export function RegistrantsList({
  base,
  year,
  filter,
  units,
  rows,
  page,
  pageCount,
  more,
}: {
  base: string
  year: number
  filter: RegistrantFilter
  units: { id: string; name: string }[]
  rows: RegistrantRow[]
  page: number
  pageCount: number
  more: boolean
}) {
  const filtered = Boolean(filter.unitId || filter.title || filter.status || filter.query)
  return (
    <section className="card space-y-4" aria-labelledby="registrants-title">
      <h2 id="registrants-title" className="text-lg font-semibold">
        Cá nhân, tập thể đăng ký trong phạm vi quản lý
      </h2>
      <form method="get" action={base} className="flex flex-wrap items-end gap-3 text-sm" role="search">
        <input type="hidden" name="nam" value={year} />
        <label className="flex flex-col gap-1">
          Đơn vị
          <select name="donvi" defaultValue={filter.unitId ?? ''} className="input">
            <option value="">Tất cả đơn vị</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          Danh hiệu
          <select name="danhhieu" defaultValue={filter.title ?? ''} className="input">
            <option value="">Tất cả danh hiệu</option>
            {[...INDIVIDUAL_TITLES, ...COLLECTIVE_TITLES].map((t) => (
              <option key={t.code} value={t.code}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          Trạng thái
          <select name="trangthai" defaultValue={filter.status ?? ''} className="input">
            <option value="">Mọi trạng thái</option>
            {Object.entries(REGISTRATION_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          Tìm theo tên (không cần dấu)
          <input name="q" type="search" defaultValue={filter.query ?? ''} className="input" maxLength={200} />
        </label>
        <button type="submit" className="btn">
          Lọc
        </button>
        <a className="link" href={`${base}/xuat?${filterQuery(year, filter)}&loai=xlsx`}>
          Tải danh sách (.xlsx)
        </a>
      </form>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700" data-testid="registrants-empty">
          {filtered ? 'Không có đăng ký nào khớp bộ lọc.' : `Chưa có đơn vị nào đăng ký thi đua năm ${year}.`}
        </p>
      ) : (
        <table className="table" data-testid="registrants">
          <thead>
            <tr>
              <th scope="col">Họ và tên / Tập thể</th>
              <th scope="col">Chức vụ</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Danh hiệu đăng ký</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.kind}:${r.id}`}>
                <td>
                  {r.name}
                  {r.kind === 'COLLECTIVE' ? <span className="text-slate-600"> (tập thể)</span> : null}
                </td>
                <td>{r.position ?? ''}</td>
                <td>{r.unitName}</td>
                <td>{titleLabel(r.title)}</td>
                <td>{REGISTRATION_STATUS_LABELS[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        more={more}
        href={(n) => `${base}?${filterQuery(year, filter, n)}`}
      />
    </section>
  )
}
