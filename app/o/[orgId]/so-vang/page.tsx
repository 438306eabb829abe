// Sổ vàng: every award recorded or decided in the workspace unit and below, searchable without accents.
import Link from 'next/link'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { vnDate } from '@/components/dossiers/labels'
import { AWARDS } from '@/lib/awards/catalog'
import { loadOr404, requireWorkspace } from '@/lib/auth/session'
import { methodLabel } from '@/lib/stats/categories'
import { registerPage } from '@/lib/stats/register'
import { REGISTER_PARAMS as P, registerFilterOf, registerQuery } from '@/lib/stats/register-params'

export const metadata = { title: 'Sổ vàng khen thưởng' }

export default async function RegisterPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const { orgId } = await params
  const query = await searchParams
  const { actor, organization } = await requireWorkspace(orgId)
  const filter = registerFilterOf({ get: (k) => query[k] ?? null }, organization.id)
  const page = await loadOr404(() => registerPage(actor, filter, pageParam(query.trang)))
  const base = `/o/${orgId}/so-vang`
  const href = (n: number) => `${base}?${registerQuery(filter, { trang: String(n) })}`
  return (
    <div className="space-y-6">
      <section className="card space-y-4">
        <h1 className="text-2xl font-bold">Sổ vàng khen thưởng</h1>
        <p className="text-sm text-slate-700">
          Mọi danh hiệu, hình thức khen thưởng đã ghi nhận hoặc quyết định của {organization.name} và các đơn vị trực
          thuộc. Tìm theo họ tên, đơn vị, số quyết định (gõ có dấu hay không dấu đều được).
        </p>
        <form role="search" action={base} className="grid gap-3 sm:grid-cols-4 sm:items-end">
          <div className="sm:col-span-2">
            <label htmlFor="register-q" className="block text-sm font-medium">
              Họ tên, đơn vị hoặc số quyết định
            </label>
            <input id="register-q" name={P.q} defaultValue={filter.q} className="input mt-1" />
          </div>
          <div>
            <label htmlFor="register-year" className="block text-sm font-medium">
              Năm
            </label>
            <input
              id="register-year"
              name={P.year}
              inputMode="numeric"
              defaultValue={filter.year ?? ''}
              className="input mt-1"
            />
          </div>
          <div>
            <label htmlFor="register-award" className="block text-sm font-medium">
              Danh hiệu, hình thức
            </label>
            <select id="register-award" name={P.award} defaultValue={filter.award ?? ''} className="input mt-1">
              <option value="">Tất cả</option>
              {AWARDS.map((a) => (
                <option key={a.code} value={a.code}>
                  {a.label}
                </option>
              ))}
            </select>
          </div>
          <div className="flex gap-2 sm:col-span-4">
            <button type="submit" className="btn btn-primary">
              Tìm
            </button>
            <a className="btn btn-secondary" href={`${base}/xuat?${registerQuery(filter)}`} download>
              Xuất Excel (.xlsx)
            </a>
          </div>
        </form>
        {page.figureLabel ? (
          <p className="rounded bg-amber-50 p-3 text-sm" data-testid="figure-label">
            Danh sách đứng sau số liệu: {page.figureLabel}.{' '}
            <Link className="link" href={base}>
              Bỏ lọc
            </Link>
          </p>
        ) : null}
      </section>
      <section className="card space-y-3" aria-labelledby="register-results">
        <h2 id="register-results" className="text-lg font-semibold" aria-live="polite">
          {page.more ? `Hơn ${page.total.toLocaleString('vi-VN')}` : page.total.toLocaleString('vi-VN')} kết quả
        </h2>
        {page.rows.length === 0 ? (
          <p className="text-sm text-slate-700">Không có khen thưởng nào khớp điều kiện tìm.</p>
        ) : (
          <table className="table text-sm" data-testid="register">
            <caption className="sr-only">Sổ vàng khen thưởng, trang {page.page}</caption>
            <thead>
              <tr>
                <th scope="col">Năm</th>
                <th scope="col">Danh hiệu, hình thức</th>
                <th scope="col">Cá nhân</th>
                <th scope="col">Đơn vị</th>
                <th scope="col">Quyết định</th>
                <th scope="col">Phương thức</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.year}</td>
                  <td>{r.awardLabel}</td>
                  <td>
                    {r.personId ? (
                      <Link className="link" href={`/o/${orgId}/ho-so-khen-thuong/lich-su?nguoi=${r.personId}`}>
                        {r.personName}
                      </Link>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    {r.unitId ? (
                      <Link className="link" href={`/o/${orgId}/ho-so-khen-thuong/lich-su?don-vi=${r.unitId}`}>
                        {r.unitName}
                      </Link>
                    ) : null}
                  </td>
                  <td>
                    {r.decisionId ? (
                      <Link className="link" href={`/o/${orgId}/ho-so-khen-thuong/quyet-dinh/${r.decisionId}`}>
                        Số {r.decisionNumber}
                      </Link>
                    ) : r.decisionNumber ? (
                      `Số ${r.decisionNumber}`
                    ) : (
                      '—'
                    )}
                    {r.decidedOn ? `, ngày ${vnDate(r.decidedOn)}` : ''}
                    {r.decidedBy ? <span className="block text-xs text-slate-600">{r.decidedBy}</span> : null}
                  </td>
                  <td>{methodLabel(r.method)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination page={page.page} pageCount={page.pageCount} more={page.more} href={href} />
      </section>
    </div>
  )
}
