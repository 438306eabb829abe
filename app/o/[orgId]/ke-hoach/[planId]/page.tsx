import Link from 'next/link'
import { isoDay, todayInVietnam, vnDate } from '@/lib/shared/dates'
import {
  IssuePlanForm,
  ImplementPlanForm,
  ReportTaskForm,
  ReturnPlanForm,
  RevisePlanForm,
  SubmitPlanForm,
} from '@/components/plans/plan-actions'
import { PlanDocumentView } from '@/components/plans/plan-document'
import { actorOrganizations } from '@/lib/auth/actor'
import { loadOr404, requireWorkspace } from '@/lib/auth/session'
import { canAt, isWithin } from '@/lib/auth/scope'
import { withTenant } from '@/lib/db/tenant'
import { canAtIssuer } from '@/lib/plans/access'
import { findPlanForActor, groupTasksByPeriod, loadPlanContents, planDocumentOf } from '@/lib/plans/queries'
import { planRollup } from '@/lib/plans/rollup'
import { STATUS_LABELS, stateError } from '@/lib/plans/workflow'
import { implementPlanAction, reportTaskAction, revisePlanAction, transitionAction } from '../actions'

export const metadata = { title: 'Kế hoạch' }

const TASK_STATUS = { NOT_STARTED: 'Chưa thực hiện', IN_PROGRESS: 'Đang thực hiện', DONE: 'Đã hoàn thành' } as const

export default async function PlanPage({ params }: { params: Promise<{ orgId: string; planId: string }> }) {
  const { orgId, planId } = await params
  const { actor } = await requireWorkspace(orgId)
  const data = await loadOr404(() =>
    withTenant(actor.tenantId, async (tx) => {
      const plan = await findPlanForActor(tx, actor, planId)
      const contents = await loadPlanContents(tx, actor.tenantId, plan.id)
      const seesRollup = plan.status === 'ISSUED' && canAtIssuer(actor, 'plan.view', plan)
      const rollup = seesRollup
        ? await planRollup(
            tx,
            actor.tenantId,
            plan,
            contents.tasks.map((t) => t.id),
          )
        : null
      const related = await tx.plan.findMany({
        where: { tenantId: actor.tenantId, OR: [{ id: plan.previousId ?? undefined }, { previousId: plan.id }] },
        select: { id: true, revision: true, status: true, documentNumber: true },
      })
      const implemented = await tx.plan.findMany({
        where: { tenantId: actor.tenantId, sourcePlanId: plan.id, status: { not: 'SUPERSEDED' } },
        select: { organizationId: true },
      })
      return { plan, contents, rollup, related, implemented: new Set(implemented.map((p) => p.organizationId)) }
    }),
  )
  const { plan, contents, rollup } = data
  const base = `/o/${orgId}/ke-hoach`
  const can = (p: Parameters<typeof canAtIssuer>[1]) => canAtIssuer(actor, p, plan)
  const allowed = (a: Parameters<typeof stateError>[0]) => stateError(a, plan.status) === null
  const today = isoDay(todayInVietnam())
  const implementUnits = actorOrganizations(actor)
    .filter(
      (o) =>
        o.id !== plan.organizationId &&
        isWithin(o.path, plan.organization.path) &&
        canAt(actor.memberships, 'plan.draft', o) &&
        !data.implemented.has(o.id),
    )
    .map((o) => ({ value: o.id, label: o.name }))
  const doc = planDocumentOf(plan, contents)
  return (
    <div className="space-y-6">
      <div className="no-print">
        <Link className="link text-sm" href={base}>
          ← Danh sách kế hoạch
        </Link>
        <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold">{plan.title}</h1>
            <p className="text-sm text-slate-700">
              {plan.organization.name} · năm {plan.year} ·{' '}
              <strong data-testid="plan-status">{STATUS_LABELS[plan.status]}</strong>
              {plan.documentNumber ? ` · Số ${plan.documentNumber}, ngày ${vnDate(plan.issuedOn)}` : ''}
              {plan.revision > 1 ? ` · bản sửa đổi lần ${plan.revision - 1}` : ''}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            {allowed('edit') && can('plan.draft') ? (
              <Link className="btn btn-primary" href={`${base}/${plan.id}/sua`}>
                Sửa dự thảo
              </Link>
            ) : null}
            <Link className="btn btn-secondary" href={`${base}/${plan.id}/in`}>
              Bản in
            </Link>
            <a className="btn btn-secondary" href={`${base}/${plan.id}/docx`} download>
              Tải về (.docx)
            </a>
          </div>
        </div>
        {plan.status === 'RETURNED' && plan.returnComment ? (
          <p
            role="status"
            className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          >
            Lý do trả lại: {plan.returnComment}
          </p>
        ) : null}
        {data.related.length ? (
          <ul className="mt-2 text-sm">
            {data.related.map((r) => (
              <li key={r.id}>
                <Link className="link" href={`${base}/${r.id}`}>
                  {r.revision < plan.revision ? 'Bản trước' : 'Bản sửa đổi'} (lần {r.revision},{' '}
                  {STATUS_LABELS[r.status]}
                  {r.documentNumber ? `, số ${r.documentNumber}` : ''})
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>

      <div className="no-print grid gap-4 lg:grid-cols-2">
        {allowed('submit') && can('plan.draft') ? (
          <section className="card">
            <SubmitPlanForm action={transitionAction} planId={plan.id} version={plan.version} />
          </section>
        ) : null}
        {allowed('issue') && can('plan.approve') ? (
          <>
            <section className="card">
              <h2 className="mb-3 text-lg font-semibold">Ban hành</h2>
              <IssuePlanForm action={transitionAction} planId={plan.id} version={plan.version} today={today} />
            </section>
            <section className="card">
              <h2 className="mb-3 text-lg font-semibold">Trả lại để sửa</h2>
              <ReturnPlanForm action={transitionAction} planId={plan.id} version={plan.version} />
            </section>
          </>
        ) : null}
        {allowed('revise') && can('plan.draft') ? (
          <section className="card">
            <p className="mb-3 text-sm text-slate-700">
              Kế hoạch đã ban hành không sửa trực tiếp; bản sửa đổi được soạn như một dự thảo mới, bản cũ vẫn được lưu.
            </p>
            <RevisePlanForm action={revisePlanAction.bind(null, orgId)} planId={plan.id} />
          </section>
        ) : null}
        {allowed('implement') && implementUnits.length > 0 ? (
          <section className="card">
            <p className="mb-3 text-sm text-slate-700">
              Xây dựng kế hoạch của đơn vị để thực hiện kế hoạch này: căn cứ và các nhiệm vụ được điền sẵn.
            </p>
            <ImplementPlanForm action={implementPlanAction.bind(null, orgId)} planId={plan.id} units={implementUnits} />
          </section>
        ) : null}
      </div>

      <section className="card">
        <h2 className="mb-3 text-lg font-semibold">Nhiệm vụ theo thời gian</h2>
        {contents.tasks.length === 0 ? <p className="text-sm">Chưa có nhiệm vụ.</p> : null}
        {groupTasksByPeriod(contents.tasks).map((group) => (
          <div key={group.label} className="mb-4">
            <h3 className="font-semibold">{group.label}</h3>
            <ol className="mt-2 space-y-3">
              {group.tasks.map((task) => {
                const copies = rollup?.copiesByTask.get(task.id)
                const mayReport =
                  plan.status === 'ISSUED' && task.lead && canAt(actor.memberships, 'plan.report', task.lead)
                return (
                  <li key={task.id} className="rounded border border-slate-200 p-3" data-testid="plan-task">
                    <p>{task.text}</p>
                    <p className="mt-1 text-xs text-slate-700">
                      Chủ trì: {task.lead?.name ?? 'chưa giao'}
                      {task.dueDate ? ` · hạn ${vnDate(task.dueDate)}` : ''} ·{' '}
                      <span data-testid="task-status">{TASK_STATUS[task.status]}</span>
                      {copies ? ` · cấp dưới: ${copies.DONE}/${copies.total} đã hoàn thành` : ''}
                    </p>
                    {task.reports.length ? (
                      <ul className="mt-2 border-l-2 border-slate-300 pl-3 text-sm">
                        {task.reports.map((r) => (
                          <li key={r.id}>
                            {vnDate(r.reportedOn)} — {TASK_STATUS[r.status]}: {r.text}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    {mayReport ? (
                      <details className="no-print mt-2">
                        <summary className="link cursor-pointer text-sm">Báo cáo tiến độ</summary>
                        <div className="mt-2">
                          <ReportTaskForm
                            action={reportTaskAction}
                            taskId={task.id}
                            today={today}
                            label={`Báo cáo tiến độ: ${task.text.slice(0, 60)}`}
                          />
                        </div>
                      </details>
                    ) : null}
                  </li>
                )
              })}
            </ol>
          </div>
        ))}
      </section>

      {rollup ? (
        <section className="card" aria-labelledby="rollup-title">
          <h2 id="rollup-title" className="text-lg font-semibold">
            Triển khai ở cấp dưới ({rollup.issuedCount}/{rollup.units.length} đơn vị đã ban hành kế hoạch)
          </h2>
          <p className="mt-1 text-sm">
            <Link className="link" href={`${base}/${plan.id}/theo-doi`}>
              Theo dõi hạn gửi, nhắc cấp dưới, biểu đồ tiến độ và xuất Excel →
            </Link>
          </p>
          <table className="table mt-3">
            <thead>
              <tr>
                <th scope="col">Đơn vị</th>
                <th scope="col">Kế hoạch thực hiện</th>
                <th scope="col">Tiến độ nhiệm vụ</th>
              </tr>
            </thead>
            <tbody>
              {rollup.units.map((row) => (
                <tr key={row.unit.id}>
                  <td>{row.unit.name}</td>
                  <td>
                    {row.plan ? (
                      <Link className="link" href={`${base}/${row.plan.id}`}>
                        {STATUS_LABELS[row.plan.status]}
                        {row.plan.documentNumber ? ` — số ${row.plan.documentNumber}` : ''}
                      </Link>
                    ) : (
                      <span className="text-slate-600">Chưa có</span>
                    )}
                  </td>
                  <td>
                    {row.tasks
                      ? `${row.tasks.DONE}/${row.tasks.total} hoàn thành, ${row.tasks.IN_PROGRESS} đang thực hiện`
                      : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <section className="card overflow-x-auto">
        <h2 className="no-print mb-4 text-lg font-semibold">Văn bản</h2>
        <PlanDocumentView doc={doc} draft={plan.status !== 'ISSUED' && plan.status !== 'SUPERSEDED'} />
      </section>
    </div>
  )
}
