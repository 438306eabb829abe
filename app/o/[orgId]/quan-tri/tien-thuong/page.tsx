import { CashRateForm } from '@/components/cash/rate-form'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { ISSUER_LABELS } from '@/lib/awards/authority'
import { formatRateValue } from '@/lib/awards/cash-rates'
import { AWARD_CODES, awardLabel } from '@/lib/awards/catalog'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { listCashRates } from '@/lib/cash/rates'
import { withTenant } from '@/lib/db/tenant'
import { vnDate } from '@/lib/shared/dates'
import { addCashRateAction } from '../actions'

export const metadata = { title: 'Tiền thưởng và lương cơ sở' }

const day = (iso: string | undefined) => (iso ? vnDate(new Date(`${iso}T00:00:00Z`)) : '—')
const RECIPIENT = { INDIVIDUAL: 'Cá nhân', COLLECTIVE: 'Tập thể' } as const

export default async function CashRatesPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<{ trang?: string }>
}) {
  const { orgId } = await params
  const { actor, organization } = await requireWorkspacePermission(orgId, 'org.manage')
  const page = pageParam((await searchParams).trang)
  const { rates, isRoot } = await withTenant(actor.tenantId, async (tx) => ({
    rates: await listCashRates(tx, actor.tenantId, page),
    isRoot: Boolean(
      await tx.organization.findFirst({
        where: { tenantId: actor.tenantId, id: organization.id, parentId: null },
        select: { id: true },
      }),
    ),
  }))
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Tiền thưởng và lương cơ sở</h1>
      <p className="text-sm text-slate-700">
        Tiền thưởng = hệ số × mức lương cơ sở có hiệu lực vào ngày ký quyết định, làm tròn lên hàng chục nghìn đồng. Khi
        Chính phủ ban hành văn bản mới, quản trị của tỉnh thêm mức mới với ngày áp dụng và căn cứ; mức của tỉnh được
        dùng từ ngày áp dụng, thay cho mức có sẵn của phần mềm.
      </p>
      {rates.unconfirmed > 0 ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Có {rates.unconfirmed} mức <strong>chưa xác nhận</strong> với văn bản gốc. Hãy đối chiếu với văn bản chính
          thức và thêm lại mức đã xác nhận nếu đúng, hoặc mức đúng nếu khác.
        </p>
      ) : null}
      {isRoot ? (
        <section className="card" aria-labelledby="add-rate">
          <h2 id="add-rate" className="mb-3 text-lg font-semibold">
            Thêm mức mới
          </h2>
          <CashRateForm
            action={addCashRateAction}
            organizationId={organization.id}
            awards={AWARD_CODES.map((code) => ({ value: code, label: awardLabel(code) }))}
          />
        </section>
      ) : (
        <p className="text-sm text-slate-700">Chỉ quản trị của tỉnh (đơn vị cấp cao nhất) thêm được mức mới.</p>
      )}
      <section className="card overflow-x-auto" aria-labelledby="rates-title">
        <h2 id="rates-title" className="mb-3 text-lg font-semibold">
          Các mức theo thời gian ({rates.total})
        </h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Loại</th>
              <th scope="col">Đối tượng</th>
              <th scope="col" className="text-right">
                Giá trị
              </th>
              <th scope="col">Từ ngày</th>
              <th scope="col">Đến trước ngày</th>
              <th scope="col">Căn cứ</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {rates.rows.map((r, i) => (
              <tr key={`${r.kind}-${r.award}-${r.recipient}-${r.issuer ?? ''}-${r.from}-${i}`}>
                <td>
                  {r.kind === 'BASE_SALARY'
                    ? 'Mức lương cơ sở'
                    : r.issuer
                      ? ISSUER_LABELS[r.issuer]
                      : r.award
                        ? awardLabel(r.award)
                        : '—'}
                </td>
                <td>{r.recipient ? RECIPIENT[r.recipient] : '—'}</td>
                <td className="text-right whitespace-nowrap">{formatRateValue(r)}</td>
                <td className="whitespace-nowrap">{day(r.from)}</td>
                <td className="whitespace-nowrap">{day(r.to)}</td>
                <td className="max-w-md">{r.source}</td>
                <td>
                  {r.confirmed ? 'Đã xác nhận' : <strong className="text-amber-900">Chưa xác nhận</strong>}
                  {r.shipped ? '' : ' · do tỉnh thêm'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pagination
          page={rates.page}
          pageCount={rates.pageCount}
          href={(p) => `/o/${orgId}/quan-tri/tien-thuong?trang=${p}`}
        />
      </section>
    </div>
  )
}
