// The deadlines a plan sets for the units below it (implementing plan, six-monthly review, year-end
// summary). The plan sets them, not the law (docs/domain.md §10): the issuing level's staff set or
// change them while the plan is in force, and each change is audited.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant } from '../db/tenant'
import { DomainError, ForbiddenError } from '../shared/errors'
import { canAtIssuer } from './access'
import { bumpVersion } from './guard'
import { findPlanForActor } from './queries'
import type { DeadlinesInput } from './schemas'
import { ConflictError } from '../shared/errors'

/** A deadline stays within the plan's year, or the first quarter of the next for the year-end summary. */
export function deadlineErrors(year: number, input: Omit<DeadlinesInput, 'planId' | 'version'>) {
  const errors: { field: keyof typeof input; message: string }[] = []
  const inYear = (d: Date) => d.getUTCFullYear() === year
  const { implementationDueOn: impl, halfYearReportDueOn: half, yearReportDueOn: end } = input
  if (impl && !inYear(impl)) errors.push({ field: 'implementationDueOn', message: `Hạn phải thuộc năm ${year}.` })
  if (half && !inYear(half)) errors.push({ field: 'halfYearReportDueOn', message: `Hạn phải thuộc năm ${year}.` })
  const endLimit = Date.UTC(year + 1, 2, 31)
  if (end && (end.getUTCFullYear() < year || end.getTime() > endLimit)) {
    errors.push({ field: 'yearReportDueOn', message: `Hạn phải từ năm ${year} đến hết quý I năm ${year + 1}.` })
  }
  if (half && end && end.getTime() <= half.getTime()) {
    errors.push({ field: 'yearReportDueOn', message: 'Hạn báo cáo tổng kết phải sau hạn báo cáo sơ kết.' })
  }
  if (impl && half && half.getTime() <= impl.getTime()) {
    errors.push({ field: 'halfYearReportDueOn', message: 'Hạn báo cáo sơ kết phải sau hạn gửi kế hoạch thực hiện.' })
  }
  return errors
}

export async function setDeadlines(actor: Actor, input: DeadlinesInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const plan = await findPlanForActor(tx, actor, input.planId)
    if (!canAtIssuer(actor, 'plan.draft', plan)) throw new ForbiddenError()
    if (plan.version !== input.version) throw new ConflictError()
    if (plan.status === 'SUPERSEDED') throw new DomainError('Kế hoạch đã được thay thế bằng bản sửa đổi.')
    const [problem] = deadlineErrors(plan.year, input)
    if (problem) throw new DomainError(problem.message, problem.field)
    const data = {
      implementationDueOn: input.implementationDueOn,
      halfYearReportDueOn: input.halfYearReportDueOn,
      yearReportDueOn: input.yearReportDueOn,
    }
    await bumpVersion(tx, actor.tenantId, plan.id, input.version, data)
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: plan.organizationId,
      action: 'plan.deadlines',
      targetType: 'Plan',
      targetId: plan.id,
      before: {
        implementationDueOn: plan.implementationDueOn,
        halfYearReportDueOn: plan.halfYearReportDueOn,
        yearReportDueOn: plan.yearReportDueOn,
      },
      after: data,
    })
  })
}
