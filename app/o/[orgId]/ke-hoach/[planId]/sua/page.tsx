import Link from 'next/link'
import { isoDay } from '@/lib/shared/dates'
import { PlanHeaderForm } from '@/components/plans/plan-header-form'
import { RemoveTaskForm, TaskForm } from '@/components/plans/task-forms'
import { loadOr404, requireWorkspace } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { NotFoundError } from '@/lib/shared/errors'
import { canAtIssuer } from '@/lib/plans/access'
import { PERIOD_OPTIONS, codeOfQuarters } from '@/lib/plans/periods'
import { findPlanForActor, groupTasksByPeriod, loadPlanContents } from '@/lib/plans/queries'
import { listOrganizationsInScope } from '@/lib/organizations/queries'
import { formatUnitsBlock } from '@/lib/plans/units-block'
import { stateError } from '@/lib/plans/workflow'
import {
  assignUnitsAction,
  moveTaskAction,
  pasteTasksAction,
  previewPasteAction,
  removeTaskAction,
  saveTaskAction,
  saveTaskTableAction,
  updatePlanAction,
} from '../../actions'
import { MoveTaskForm, PasteTasksForm, TaskTableForm } from '@/components/plans/task-editing'
import { choiceOfTask, periodChoices } from '@/lib/plans/task-order'
import { suggestUnitsForPlan } from '@/lib/plans/assign-units'
import { UnitSuggestionsForm } from '@/components/plans/unit-suggestions-form'

export const metadata = { title: 'Sửa dự thảo kế hoạch' }

export default async function EditPlanPage({ params }: { params: Promise<{ orgId: string; planId: string }> }) {
  const { orgId, planId } = await params
  const { actor } = await requireWorkspace(orgId)
  const { plan, contents, units, suggestions } = await loadOr404(() =>
    withTenant(actor.tenantId, async (tx) => {
      const plan = await findPlanForActor(tx, actor, planId)
      if (!canAtIssuer(actor, 'plan.draft', plan)) throw new NotFoundError()
      const contents = await loadPlanContents(tx, actor.tenantId, plan.id)
      const [units, suggestions] = await Promise.all([
        listOrganizationsInScope(tx, actor, [plan.organization.path]),
        suggestUnitsForPlan(tx, actor.tenantId, plan),
      ])
      return { plan, contents, units, suggestions }
    }),
  )
  const base = `/o/${orgId}/ke-hoach/${plan.id}`
  const locked = stateError('edit', plan.status)
  const periods = PERIOD_OPTIONS.map((p) => ({ value: p.code, label: p.label }))
  const choices = periodChoices(contents.tasks).map(({ value, label }) => ({ value, label }))
  const groups = groupTasksByPeriod(contents.tasks)
  const unitOptions = units.map((u) => ({
    value: u.id,
    label: `${'— '.repeat(Math.max(0, u.depth - plan.organization.path.split('/').length + 3))}${u.name}`,
  }))
  return (
    <div className="space-y-6">
      <Link className="link text-sm" href={base}>
        ← Xem kế hoạch
      </Link>
      <h1 className="text-2xl font-bold">Sửa dự thảo: {plan.title}</h1>
      {locked ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {locked}
        </p>
      ) : (
        <>
          <section className="card">
            <PlanHeaderForm
              action={updatePlanAction}
              hidden={{ planId: plan.id, version: plan.version }}
              submitLabel="Lưu dự thảo"
              initial={{
                kind: plan.kind,
                year: String(plan.year),
                symbol: plan.symbol,
                issuerName: plan.issuerName,
                parentIssuerName: plan.parentIssuerName ?? '',
                place: plan.place,
                title: plan.title,
                preamble: plan.preamble ?? '',
                legalBases: contents.legalBases.map((b) => b.text).join('\n'),
                purposes: plan.purposes.join('\n'),
                requirements: plan.requirements.join('\n'),
                focusTasks: plan.focusTasks.join('\n'),
                movements: plan.movements.join('\n'),
                implementation: formatUnitsBlock(contents.units.map((u) => ({ unit: u.unitName, duties: u.duties }))),
                recipients: contents.recipients.map((r) => r.text).join('\n'),
                windowFrom: isoDay(plan.windowFrom),
                windowTo: isoDay(plan.windowTo),
                signerAuthority: plan.signerAuthority ?? '',
                signerPosition: plan.signerPosition ?? '',
                signerName: plan.signerName ?? '',
              }}
            />
          </section>
          {suggestions.length > 0 ? (
            <section className="card space-y-3" aria-labelledby="goi-y-don-vi">
              <h2 id="goi-y-don-vi" className="text-lg font-semibold">
                Đơn vị chủ trì theo văn bản ({suggestions.length} nhiệm vụ)
              </h2>
              <p className="text-sm text-slate-700">
                Văn bản ghi đơn vị chủ trì cho các nhiệm vụ dưới đây. Kiểm tra, đổi nếu cần, rồi giao một lần.
              </p>
              <UnitSuggestionsForm
                action={assignUnitsAction}
                planId={plan.id}
                version={plan.version}
                suggestions={suggestions.map(({ taskId, taskText, organizationId, namedAs, source }) => ({
                  taskId,
                  taskText,
                  organizationId,
                  namedAs,
                  source,
                }))}
                units={unitOptions}
              />
            </section>
          ) : null}
          <section className="card space-y-4" aria-labelledby="nhiem-vu">
            <h2 id="nhiem-vu" className="text-lg font-semibold">
              Nhiệm vụ ({contents.tasks.length})
            </h2>
            {contents.tasks.length > 1 ? (
              <p className="text-sm text-slate-700">
                Đổi thứ tự bằng các nút dưới mỗi nhiệm vụ. Sửa nhiều nhiệm vụ một lần ở{' '}
                <a className="link" href="#bang-nhiem-vu">
                  bảng nhiệm vụ
                </a>
                ; thêm nhiều nhiệm vụ từ Word, Excel ở{' '}
                <a className="link" href="#dan-nhiem-vu">
                  dán nhiệm vụ
                </a>
                .
              </p>
            ) : null}
            {groups.map((group) => (
              <div key={group.label}>
                <h3 className="font-semibold">{group.label}</h3>
                <ol className="mt-2 space-y-2">
                  {group.tasks.map((task, index) => (
                    <li key={task.id} className="rounded border border-slate-200 p-3" data-testid="draft-task">
                      <p>
                        <span className="font-medium">{index + 1}. </span>
                        {task.text}
                      </p>
                      <p className="text-xs text-slate-700">Chủ trì: {task.lead?.name ?? 'chưa giao'}</p>
                      <MoveTaskForm
                        action={moveTaskAction}
                        planId={plan.id}
                        version={plan.version}
                        taskId={task.id}
                        index={index}
                        count={group.tasks.length}
                        groupLabel={group.label}
                        periods={choices}
                      />
                      <details className="mt-2">
                        <summary className="link cursor-pointer text-sm">Sửa nhiệm vụ</summary>
                        <div className="mt-2">
                          <TaskForm
                            action={saveTaskAction}
                            planId={plan.id}
                            version={plan.version}
                            periods={periods}
                            units={unitOptions}
                            label={`Sửa nhiệm vụ ${task.position + 1}`}
                            initial={{
                              taskId: task.id,
                              period: task.periodFrom ? 'WINDOW' : (codeOfQuarters(task.quarters) ?? 'YEAR'),
                              periodFrom: isoDay(task.periodFrom),
                              periodTo: isoDay(task.periodTo),
                              text: task.text,
                              leadOrganizationId: task.leadOrganizationId ?? '',
                              dueDate: isoDay(task.dueDate),
                            }}
                          />
                        </div>
                      </details>
                      <div className="mt-1">
                        <RemoveTaskForm
                          action={removeTaskAction}
                          planId={plan.id}
                          version={plan.version}
                          taskId={task.id}
                        />
                      </div>
                    </li>
                  ))}
                </ol>
              </div>
            ))}
            <div className="border-t border-slate-200 pt-4">
              <h3 className="mb-3 font-semibold">Thêm nhiệm vụ</h3>
              <TaskForm
                action={saveTaskAction}
                planId={plan.id}
                version={plan.version}
                periods={periods}
                units={unitOptions}
                label="Thêm nhiệm vụ"
                initial={{
                  taskId: '',
                  period: '',
                  periodFrom: '',
                  periodTo: '',
                  text: '',
                  leadOrganizationId: '',
                  dueDate: '',
                }}
              />
            </div>
          </section>
          {contents.tasks.length > 0 ? (
            <section className="card space-y-3" aria-labelledby="bang-nhiem-vu">
              <h2 id="bang-nhiem-vu" className="text-lg font-semibold">
                Bảng nhiệm vụ
              </h2>
              <p className="text-sm text-slate-700">
                Sửa nhiều nhiệm vụ rồi lưu một lần. Nếu có ô chưa đúng, không nhiệm vụ nào được lưu và ô đó được đánh
                dấu.
              </p>
              <TaskTableForm
                action={saveTaskTableAction}
                planId={plan.id}
                version={plan.version}
                periods={choices}
                units={[
                  ...unitOptions,
                  // a lead outside the list (set higher up, in a cascade) stays selectable, never dropped
                  ...contents.tasks
                    .filter((t) => t.lead && !unitOptions.some((u) => u.value === t.lead!.id))
                    .map((t) => ({ value: t.lead!.id, label: t.lead!.name }))
                    .filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i),
                ]}
                rows={groups
                  .flatMap((g) => g.tasks)
                  .map((t) => ({
                    taskId: t.id,
                    text: t.text,
                    period: choiceOfTask(t),
                    lead: t.leadOrganizationId ?? '',
                    due: isoDay(t.dueDate),
                  }))}
              />
            </section>
          ) : null}
          <section className="card space-y-3" aria-labelledby="dan-nhiem-vu">
            <h2 id="dan-nhiem-vu" className="text-lg font-semibold">
              Dán nhiệm vụ từ Word, Excel
            </h2>
            <PasteTasksForm
              action={pasteTasksAction}
              preview={previewPasteAction}
              planId={plan.id}
              version={plan.version}
              periods={choices}
            />
          </section>
        </>
      )}
    </div>
  )
}
