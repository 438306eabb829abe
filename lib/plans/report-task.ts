// The head of the lead unit reports progress on a task of an issued plan. Reports are kept as history;
// the task shows the latest status.
import type { Actor } from '../auth/actor'
import { canAt } from '../auth/scope'
import { recordAudit } from '../audit/record'
import { isUuid, withTenant } from '../db/tenant'
import { DomainError, ForbiddenError, NotFoundError } from '../shared/errors'
import { canViewPlan } from './access'
import type { ReportInput } from './schemas'
import { stateError } from './workflow'
import { todayInVietnam } from '../shared/dates'

export async function reportTask(actor: Actor, input: ReportInput) {
  return withTenant(actor.tenantId, async (tx) => {
    if (!isUuid(input.taskId)) throw new NotFoundError('Không tìm thấy nhiệm vụ.')
    const task = await tx.planTask.findFirst({
      where: { tenantId: actor.tenantId, id: input.taskId },
      select: {
        id: true,
        status: true,
        lead: { select: { id: true, path: true } },
        plan: {
          select: {
            id: true,
            status: true,
            year: true,
            organizationId: true,
            organization: { select: { id: true, path: true } },
          },
        },
      },
    })
    if (!task || !canViewPlan(actor, task.plan)) throw new NotFoundError('Không tìm thấy nhiệm vụ.')
    const problem = stateError('report', task.plan.status)
    if (problem) throw new DomainError(problem)
    if (!task.lead) throw new DomainError('Nhiệm vụ chưa có đơn vị chủ trì nên chưa thể báo cáo.')
    if (!canAt(actor.memberships, 'plan.report', task.lead))
      throw new ForbiddenError('Chỉ thủ trưởng đơn vị chủ trì mới báo cáo tiến độ nhiệm vụ này.')
    const reportedOn = input.reportedOn ?? todayInVietnam()
    if (reportedOn > todayInVietnam()) throw new DomainError('Ngày báo cáo không được ở tương lai.', 'reportedOn')
    await tx.planTaskReport.create({
      data: {
        tenantId: actor.tenantId,
        taskId: task.id,
        authorId: actor.userId,
        text: input.text,
        status: input.status,
        reportedOn,
      },
    })
    await tx.planTask.update({ where: { id: task.id }, data: { status: input.status, version: { increment: 1 } } })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: task.lead.id,
      action: 'plan.task_report',
      targetType: 'Plan',
      targetId: task.plan.id,
      before: { taskId: task.id, status: task.status },
      after: { status: input.status },
    })
  })
}
