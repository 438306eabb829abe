import { PartyOpinionSettingForm } from '@/components/dossiers/party-opinion-setting-form'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { awardLabel, isAwardCode } from '@/lib/awards/catalog'
import { withTenant } from '@/lib/db/tenant'
import {
  PARTY_OPINION_AWARD_OPTIONS,
  isCentralAward,
  listPartyOpinionSettings,
} from '@/lib/dossiers/party-opinion-settings'
import { isoDay, todayInVietnam, vnDateOfIso } from '@/lib/shared/dates'
import { addPartyOpinionSettingAction } from '../actions'

export const metadata = { title: 'Ý kiến cấp ủy' }

const STATE = { past: 'Đã thay thế', current: 'Đang áp dụng', future: 'Sắp áp dụng' } as const
const label = (award: string) => (isAwardCode(award) ? awardLabel(award) : award)
const required = (value: boolean) => (value ? 'Cần ý kiến cấp ủy' : 'Không cần')

export default async function PartyOpinionSettingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<{ trang?: string }>
}) {
  const { orgId } = await params
  const { actor, organization } = await requireWorkspacePermission(orgId, 'org.manage')
  const page = pageParam((await searchParams).trang)
  const today = isoDay(todayInVietnam())
  const { settings, isRoot } = await withTenant(actor.tenantId, async (tx) => ({
    settings: await listPartyOpinionSettings(tx, actor.tenantId, today, page),
    isRoot: Boolean(
      await tx.organization.findFirst({
        where: { tenantId: actor.tenantId, id: organization.id, parentId: null },
        select: { id: true },
      }),
    ),
  }))
  const option = (code: (typeof PARTY_OPINION_AWARD_OPTIONS)[number]) => ({ value: code, label: awardLabel(code) })
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Ý kiến cấp ủy</h1>
      <p className="text-sm text-slate-700">
        Các hình thức khen thưởng cần ý kiến bằng văn bản của cấp ủy trước khi tỉnh trình Trung ương. Khi cấp ủy ban
        hành quy định mới, quản trị của tỉnh đặt cấu hình mới từ một ngày, kèm căn cứ; trước ngày đó cấu hình cũ vẫn áp
        dụng. Hình thức chưa có cấu hình thì không cần ý kiến cấp ủy.
      </p>
      <section className="card overflow-x-auto" aria-labelledby="current-title">
        <h2 id="current-title" className="mb-3 text-lg font-semibold">
          Đang áp dụng hôm nay ({vnDateOfIso(today)})
        </h2>
        {settings.current.length === 0 ? (
          <p className="text-sm text-slate-700">Chưa có hình thức nào cần ý kiến cấp ủy.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Hình thức khen thưởng</th>
                <th scope="col">Ý kiến cấp ủy</th>
                <th scope="col">Từ ngày</th>
                <th scope="col">Căn cứ</th>
              </tr>
            </thead>
            <tbody>
              {settings.current.map((row) => (
                <tr key={row.award}>
                  <th scope="row" className="font-normal">
                    {label(row.award)}
                  </th>
                  <td className="whitespace-nowrap">{required(row.required)}</td>
                  <td className="whitespace-nowrap">{vnDateOfIso(row.from)}</td>
                  <td className="max-w-md">{row.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {isRoot ? (
        <section className="card" aria-labelledby="add-setting">
          <h2 id="add-setting" className="mb-3 text-lg font-semibold">
            Đặt cấu hình mới
          </h2>
          <PartyOpinionSettingForm
            action={addPartyOpinionSettingAction}
            organizationId={organization.id}
            awards={{
              central: PARTY_OPINION_AWARD_OPTIONS.filter(isCentralAward).map(option),
              other: PARTY_OPINION_AWARD_OPTIONS.filter((c) => !isCentralAward(c)).map(option),
            }}
          />
        </section>
      ) : (
        <p className="text-sm text-slate-700">
          Chỉ quản trị của tỉnh (đơn vị cấp cao nhất) đặt được cấu hình ý kiến cấp ủy mới.
        </p>
      )}
      <section className="card overflow-x-auto" aria-labelledby="history-title">
        <h2 id="history-title" className="mb-3 text-lg font-semibold">
          Các cấu hình theo thời gian ({settings.total})
        </h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Hình thức khen thưởng</th>
              <th scope="col">Ý kiến cấp ủy</th>
              <th scope="col">Từ ngày</th>
              <th scope="col">Đến trước ngày</th>
              <th scope="col">Căn cứ</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {settings.rows.map((r) => (
              <tr key={`${r.award}-${r.from}`}>
                <td>{label(r.award)}</td>
                <td className="whitespace-nowrap">{required(r.required)}</td>
                <td className="whitespace-nowrap">{vnDateOfIso(r.from)}</td>
                <td className="whitespace-nowrap">{r.to ? vnDateOfIso(r.to) : '—'}</td>
                <td className="max-w-md">{r.source}</td>
                <td>{STATE[r.state]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pagination
          page={settings.page}
          pageCount={settings.pageCount}
          href={(p) => `/o/${orgId}/quan-tri/y-kien-cap-uy?trang=${p}`}
        />
      </section>
    </div>
  )
}
