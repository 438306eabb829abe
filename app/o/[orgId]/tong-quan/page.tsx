import Link from 'next/link'
import { requireWorkspace } from '@/lib/auth/session'
import { ROLE_LABELS } from '@/lib/auth/permissions'
import { withTenant } from '@/lib/db/tenant'
import { LEVEL_LABELS, KIND_LABELS } from '@/lib/organizations/rules'
import { organizationSelect } from '@/lib/organizations/queries'
import { awardHistory } from '@/lib/dossiers/history'
import { AwardHistoryTable } from '@/components/dossiers/award-history'
import { DeadlinesPanel } from '@/components/calendar/deadlines-panel'
import { unitDeadlines } from '@/lib/calendar/cycle-deadlines'

export const metadata = { title: 'Tổng quan' }

export default async function OverviewPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params
  const { actor, organization, can } = await requireWorkspace(orgId)
  const { unit, childCount, history, deadlines } = await withTenant(actor.tenantId, async (tx) => ({
    unit: await tx.organization.findFirstOrThrow({
      where: { tenantId: actor.tenantId, id: organization.id },
      select: organizationSelect,
    }),
    childCount: await tx.organization.count({
      where: { tenantId: actor.tenantId, parentId: organization.id, active: true },
    }),
    history: await awardHistory(tx, actor, { organizationId: organization.id }),
    deadlines: await unitDeadlines(tx, actor.tenantId, organization),
  }))
  return (
    <div className="space-y-6">
      <section className="card">
        <h1 className="text-2xl font-bold">{unit.name}</h1>
        <dl className="mt-4 grid gap-x-8 gap-y-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-600">Cấp</dt>
            <dd className="font-medium">{LEVEL_LABELS[unit.level]}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Loại đơn vị</dt>
            <dd className="font-medium">{KIND_LABELS[unit.kind]}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Đơn vị trực thuộc đang hoạt động</dt>
            <dd className="font-medium">{childCount}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Vai trò của bạn tại đơn vị</dt>
            <dd className="font-medium" data-testid="roles-here">
              {organization.roles.map((r) => ROLE_LABELS[r]).join(', ')}
            </dd>
          </div>
        </dl>
      </section>
      <DeadlinesPanel data={deadlines} dossierHref={(id) => `/o/${orgId}/ho-so-khen-thuong/${id}`} />
      <section className="card space-y-3" aria-labelledby="unit-history-title">
        <h2 id="unit-history-title" className="text-lg font-semibold">
          Khen thưởng của tập thể đơn vị
        </h2>
        <AwardHistoryTable
          history={history}
          pageHref={(n) => `/o/${orgId}/ho-so-khen-thuong/lich-su?don-vi=${organization.id}&trang=${n}`}
        />
      </section>
      <section className="card">
        <h2 className="text-lg font-semibold">Công việc</h2>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
          <li>
            <Link className="link" href={`/o/${orgId}/ke-hoach`}>
              Kế hoạch thi đua, khen thưởng
            </Link>
          </li>
          <li>
            <Link className="link" href={`/o/${orgId}/dang-ky-thi-dua`}>
              Đăng ký thi đua
            </Link>
          </li>
          <li>
            <Link className="link" href={`/o/${orgId}/ho-so-khen-thuong`}>
              Hồ sơ khen thưởng
            </Link>
          </li>
          {can('org.manage') ? (
            <li>
              <Link className="link" href={`/o/${orgId}/quan-tri`}>
                Quản trị đơn vị và tài khoản
              </Link>
            </li>
          ) : null}
        </ul>
      </section>
    </div>
  )
}
