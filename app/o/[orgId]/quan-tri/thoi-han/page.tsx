import { DeadlineSettingForm } from '@/components/calendar/deadline-setting-form'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { DEADLINE_KEYS, DEADLINE_LABELS, type DeadlineKey } from '@/lib/calendar/deadlines'
import { isMonthDayKey } from '@/lib/calendar/schemas'
import { listDeadlineSettings } from '@/lib/calendar/settings'
import { withTenant } from '@/lib/db/tenant'
import { isoDay, todayInVietnam, vnDateOfIso } from '@/lib/shared/dates'
import { addDeadlineSettingAction } from '../actions'

export const metadata = { title: 'Thời hạn xét khen thưởng' }

const STATE = { past: 'Đã thay thế', current: 'Đang áp dụng', future: 'Sắp áp dụng' } as const
const shown = (key: DeadlineKey, value: number) =>
  isMonthDayKey(key)
    ? `${String(value % 100).padStart(2, '0')}/${String(Math.floor(value / 100)).padStart(2, '0')}`
    : `${value} ngày làm việc`

export default async function DeadlineSettingsPage({
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
    settings: await listDeadlineSettings(tx, actor.tenantId, today, page),
    isRoot: Boolean(
      await tx.organization.findFirst({
        where: { tenantId: actor.tenantId, id: organization.id, parentId: null },
        select: { id: true },
      }),
    ),
  }))
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Thời hạn xét khen thưởng</h1>
      <p className="text-sm text-slate-700">
        Thời hạn thẩm định, công khai, hiệp y (tính theo ngày làm việc, trừ ngày nghỉ lễ, Tết) và hạn gửi hồ sơ hằng
        năm. Khi tỉnh ban hành quy định mới, quản trị của tỉnh đặt giá trị mới từ một ngày, kèm căn cứ; hồ sơ trước ngày
        đó giữ thời hạn cũ.
      </p>
      <section className="card overflow-x-auto" aria-labelledby="current-title">
        <h2 id="current-title" className="mb-3 text-lg font-semibold">
          Đang áp dụng hôm nay ({vnDateOfIso(today)})
        </h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Thời hạn</th>
              <th scope="col">Giá trị</th>
              <th scope="col">Từ ngày</th>
              <th scope="col">Căn cứ</th>
            </tr>
          </thead>
          <tbody>
            {DEADLINE_KEYS.map((key) => {
              const row = settings.current[key]
              return (
                <tr key={key}>
                  <th scope="row" className="font-normal">
                    {DEADLINE_LABELS[key]}
                  </th>
                  <td className="whitespace-nowrap">{row ? shown(key, row.value) : '—'}</td>
                  <td className="whitespace-nowrap">{row ? vnDateOfIso(row.from) : '—'}</td>
                  <td className="max-w-md">{row?.source ?? '—'}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </section>
      {isRoot ? (
        <section className="card" aria-labelledby="add-setting">
          <h2 id="add-setting" className="mb-3 text-lg font-semibold">
            Đặt giá trị mới
          </h2>
          <DeadlineSettingForm
            action={addDeadlineSettingAction}
            organizationId={organization.id}
            keys={DEADLINE_KEYS.map((key) => ({
              value: key,
              label: DEADLINE_LABELS[key],
              monthDay: isMonthDayKey(key),
            }))}
          />
        </section>
      ) : (
        <p className="text-sm text-slate-700">Chỉ quản trị của tỉnh (đơn vị cấp cao nhất) đặt được thời hạn mới.</p>
      )}
      <section className="card overflow-x-auto" aria-labelledby="history-title">
        <h2 id="history-title" className="mb-3 text-lg font-semibold">
          Các giá trị theo thời gian ({settings.total})
        </h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Thời hạn</th>
              <th scope="col">Giá trị</th>
              <th scope="col">Từ ngày</th>
              <th scope="col">Đến trước ngày</th>
              <th scope="col">Căn cứ</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {settings.rows.map((r) => (
              <tr key={`${r.key}-${r.from}`}>
                <td>{DEADLINE_LABELS[r.key]}</td>
                <td className="whitespace-nowrap">{shown(r.key, r.value)}</td>
                <td className="whitespace-nowrap">{vnDateOfIso(r.from)}</td>
                <td className="whitespace-nowrap">{r.to ? vnDateOfIso(r.to) : '—'}</td>
                <td className="max-w-md">{r.source}</td>
                <td>
                  {STATE[r.state]}
                  {r.shipped ? ' · mặc định của phần mềm' : ' · do tỉnh đặt'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pagination
          page={settings.page}
          pageCount={settings.pageCount}
          href={(p) => `/o/${orgId}/quan-tri/thoi-han?trang=${p}`}
        />
      </section>
    </div>
  )
}
