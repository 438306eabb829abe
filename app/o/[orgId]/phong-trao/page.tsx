import { LaunchMovementForm, ParticipationForm } from '@/components/movements/movement-forms'
import { vnDate } from '@/lib/shared/dates'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { requireWorkspace } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { listMovements } from '@/lib/movements/movements'
import { MOVEMENT_KINDS } from '@/lib/movements/schemas'
import { launchMovementAction, participationAction } from './actions'

export const metadata = { title: 'Phong trào thi đua' }

const KIND = Object.fromEntries(MOVEMENT_KINDS.map((k) => [k.value, k.label]))

export default async function MovementsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<{ trang?: string }>
}) {
  const { orgId } = await params
  const { actor, can } = await requireWorkspace(orgId)
  const page = pageParam((await searchParams).trang)
  const { list, units, plans } = await withTenant(actor.tenantId, async (tx) => ({
    list: await listMovements(tx, actor, orgId, page),
    units: can('movement.manage')
      ? await tx.organization.findMany({
          where: { tenantId: actor.tenantId, parentId: orgId, active: true },
          select: { id: true, name: true },
          orderBy: [{ kind: 'asc' }, { name: 'asc' }],
          take: 500,
        })
      : [],
    plans: can('movement.manage')
      ? await tx.plan.findMany({
          where: { tenantId: actor.tenantId, organizationId: orgId, status: 'ISSUED' },
          select: { id: true, title: true, documentNumber: true },
          orderBy: { year: 'desc' },
          take: 50,
        })
      : [],
  }))
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Phong trào thi đua</h1>
      <section className="card">
        {list.movements.length === 0 ? <p className="text-sm">Chưa có phong trào nào.</p> : null}
        <ul className="space-y-4">
          {list.movements.map((m) => {
            const mine = m.targets.find((t) => t.organizationId === orgId)
            return (
              <li key={m.id} className="rounded border border-slate-200 p-4">
                <h2 className="font-semibold">{m.name}</h2>
                <p className="text-xs text-slate-700">
                  {KIND[m.kind]} · {vnDate(m.fromDate)} – {vnDate(m.toDate)} · Phát động:{' '}
                  {list.names.get(m.organizationId)}
                </p>
                <p className="mt-2 whitespace-pre-line text-sm">{m.content}</p>
                {m.organizationId === orgId ? (
                  <details className="mt-2 text-sm">
                    <summary className="link cursor-pointer">
                      Đơn vị hưởng ứng ({m.targets.filter((t) => t.participation).length}/{m.targets.length})
                    </summary>
                    <ul className="mt-2 list-disc pl-5">
                      {m.targets.map((t) => (
                        <li key={t.id}>
                          {list.names.get(t.organizationId)}: {t.participation ?? <em>chưa ghi nhận</em>}
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
                {mine && can('registration.manage') ? (
                  <div className="mt-3">
                    <ParticipationForm
                      action={participationAction}
                      targetId={mine.id}
                      participation={mine.participation ?? ''}
                      label={`Hưởng ứng: ${m.name}`}
                    />
                  </div>
                ) : mine?.participation ? (
                  <p className="mt-2 text-sm">Đơn vị đã hưởng ứng: {mine.participation}</p>
                ) : null}
              </li>
            )
          })}
        </ul>
        <Pagination page={list.page} pageCount={list.pageCount} href={(n) => `/o/${orgId}/phong-trao?trang=${n}`} />
      </section>
      {can('movement.manage') && units.length ? (
        <section className="card">
          <h2 className="mb-4 text-lg font-semibold">Phát động phong trào mới</h2>
          <LaunchMovementForm
            action={launchMovementAction}
            organizationId={orgId}
            kinds={MOVEMENT_KINDS.map((k) => ({ value: k.value, label: k.label }))}
            units={units.map((u) => ({ value: u.id, label: u.name }))}
            plans={plans.map((p) => ({ value: p.id, label: `${p.documentNumber ?? ''} ${p.title}`.trim() }))}
          />
        </section>
      ) : null}
    </div>
  )
}
