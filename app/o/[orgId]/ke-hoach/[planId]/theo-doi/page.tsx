import Link from 'next/link'
import { DeadlinesForm, RemindForm } from '@/components/plans/follow-up-forms'
import { ProgressChart } from '@/components/plans/progress-chart'
import { loadOr404, requireWorkspace } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { FOLLOW_UP_KINDS, FOLLOW_UP_LABELS, dueOf, type FollowUpState } from '@/lib/plans/follow-up'
import { loadFollowUp } from '@/lib/plans/follow-up-report'
import { donePercent } from '@/lib/plans/progress'
import { isoDay, todayInVietnam, vnDate } from '@/lib/shared/dates'
import { remindAction, setDeadlinesAction } from '../../actions'

export const metadata = { title: 'Theo dõi cấp dưới' }

const STATE_TEXT: Record<FollowUpState, string> = {
  SENT: 'Đã gửi',
  LATE: 'Gửi muộn',
  OVERDUE: 'Quá hạn, chưa gửi',
  PENDING: 'Chưa gửi (còn hạn)',
  NONE: 'Chưa gửi',
}
const STATE_CLASS: Record<FollowUpState, string> = {
  SENT: 'bg-green-100 text-green-900',
  LATE: 'bg-amber-100 text-amber-900',
  OVERDUE: 'bg-red-100 text-red-900',
  PENDING: 'bg-slate-100 text-slate-800',
  NONE: 'bg-slate-100 text-slate-800',
}

export default async function FollowUpPage({ params }: { params: Promise<{ orgId: string; planId: string }> }) {
  const { orgId, planId } = await params
  const { actor } = await requireWorkspace(orgId)
  const { plan, rows, progress, canRemind } = await loadOr404(() =>
    withTenant(actor.tenantId, (tx) => loadFollowUp(tx, actor, planId)),
  )
  const base = `/o/${orgId}/ke-hoach/${plan.id}`
  const overdue = (kind: (typeof FOLLOW_UP_KINDS)[number]) => rows.filter((r) => r.states[kind].state === 'OVERDUE')
  const sent = (kind: (typeof FOLLOW_UP_KINDS)[number]) =>
    rows.filter((r) => r.states[kind].state === 'SENT' || r.states[kind].state === 'LATE').length
  return (
    <div className="space-y-6">
      <Link className="link text-sm" href={base}>
        ← Xem kế hoạch
      </Link>
      <h1 className="text-2xl font-bold">Theo dõi cấp dưới: {plan.title}</h1>
      <p className="text-sm text-slate-700">
        {plan.documentNumber ? `Số ${plan.documentNumber} · ` : ''}
        {rows.length} đơn vị trực thuộc {plan.organization.name}
      </p>

      {canRemind ? (
        <section className="card space-y-3" aria-labelledby="han-gui">
          <h2 id="han-gui" className="text-lg font-semibold">
            Hạn gửi của cấp dưới
          </h2>
          <DeadlinesForm
            action={setDeadlinesAction}
            planId={plan.id}
            version={plan.version}
            initial={{
              implementationDueOn: isoDay(plan.implementationDueOn),
              halfYearReportDueOn: isoDay(plan.halfYearReportDueOn),
              yearReportDueOn: isoDay(plan.yearReportDueOn),
            }}
          />
        </section>
      ) : null}

      <section className="card space-y-3" aria-labelledby="tinh-hinh-gui">
        <h2 id="tinh-hinh-gui" className="text-lg font-semibold">
          Tình hình gửi kế hoạch, báo cáo
        </h2>
        <ul className="text-sm">
          {FOLLOW_UP_KINDS.map((kind) => (
            <li key={kind}>
              {FOLLOW_UP_LABELS[kind]}: {sent(kind)}/{rows.length} đơn vị đã gửi
              {dueOf(plan, kind) ? ` (hạn ${vnDate(dueOf(plan, kind))})` : ' (chưa đặt hạn)'}
              {canRemind && overdue(kind).length > 0 ? (
                <>
                  {' · '}
                  <RemindForm
                    action={remindAction}
                    planId={plan.id}
                    kind={kind}
                    label={`Nhắc ${overdue(kind).length} đơn vị chưa gửi ${FOLLOW_UP_LABELS[kind]}`}
                  />
                </>
              ) : null}
            </li>
          ))}
        </ul>
        <table className="table">
          <caption className="sr-only">Tình hình gửi của từng đơn vị</caption>
          <thead>
            <tr>
              <th scope="col">Đơn vị</th>
              {FOLLOW_UP_KINDS.map((kind) => (
                <th key={kind} scope="col">
                  {FOLLOW_UP_LABELS[kind].charAt(0).toUpperCase() + FOLLOW_UP_LABELS[kind].slice(1)}
                </th>
              ))}
              <th scope="col">Nhắc gần nhất</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.unit.id} data-testid="follow-up-row">
                <th scope="row" className="text-left font-normal">
                  {row.plan ? (
                    <Link className="link" href={`/o/${orgId}/ke-hoach/${row.plan.id}`}>
                      {row.unit.name}
                    </Link>
                  ) : (
                    row.unit.name
                  )}
                </th>
                {FOLLOW_UP_KINDS.map((kind) => {
                  const { state, sentOn } = row.states[kind]
                  return (
                    <td key={kind}>
                      <span className={`badge ${STATE_CLASS[state]}`}>{STATE_TEXT[state]}</span>
                      {sentOn ? <span className="block text-xs">ngày {vnDate(sentOn)}</span> : null}
                      {canRemind && state === 'OVERDUE' ? (
                        <span className="block">
                          <RemindForm
                            action={remindAction}
                            planId={plan.id}
                            kind={kind}
                            organizationId={row.unit.id}
                            label={`Nhắc ${row.unit.name}`}
                          />
                        </span>
                      ) : null}
                    </td>
                  )
                })}
                <td className="text-sm">
                  {row.lastReminder ? `${vnDate(todayInVietnam(row.lastReminder))} (${row.reminders} lần)` : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card space-y-4" aria-labelledby="tien-do">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="tien-do" className="text-lg font-semibold">
            Tiến độ thực hiện
          </h2>
          <a className="btn btn-secondary" href={`${base}/theo-doi/xlsx`}>
            Xuất Excel (.xlsx)
          </a>
        </div>
        <div className="grid gap-4 sm:grid-cols-2" data-testid="review-figures">
          <div>
            <h3 className="font-semibold">Số liệu sơ kết 6 tháng</h3>
            <p className="text-sm">
              {progress.halfYear.DONE}/{progress.halfYear.total} nhiệm vụ 6 tháng đầu năm đã hoàn thành (
              {donePercent(progress.halfYear)}%); {sent('HALF_YEAR')}/{rows.length} đơn vị đã báo cáo.
            </p>
          </div>
          <div>
            <h3 className="font-semibold">Số liệu tổng kết năm</h3>
            <p className="text-sm">
              {progress.year.DONE}/{progress.year.total} nhiệm vụ cả năm đã hoàn thành ({donePercent(progress.year)}%);{' '}
              {sent('IMPLEMENTATION')}/{rows.length} đơn vị đã ban hành kế hoạch thực hiện.
            </p>
          </div>
        </div>
        <ProgressChart title="Theo đơn vị" rows={progress.perUnit.map((u) => ({ label: u.name, counts: u.counts }))} />
        {progress.perPeriod.length > 0 ? (
          <ProgressChart
            title="Theo thời gian thực hiện"
            rows={progress.perPeriod.map((p) => ({ label: p.label, counts: p.counts }))}
          />
        ) : (
          <p className="text-sm text-slate-700">Chưa có đơn vị nào có nhiệm vụ trong kế hoạch thực hiện.</p>
        )}
      </section>
    </div>
  )
}
