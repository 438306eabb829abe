// The life of a plan: draft → submitted → issued, or returned with a comment and submitted again.
// An issued plan is read-only; a change is a new revision (a new draft) and, once that is issued,
// the old one becomes "superseded" but stays viewable.
import type { Permission } from '../auth/permissions'
import type { PlanStatus } from '../generated/prisma/enums'

export type PlanAction = 'edit' | 'submit' | 'return' | 'issue' | 'revise' | 'implement' | 'report'

type Rule = { from: readonly PlanStatus[]; permission: Permission; to?: PlanStatus }

export const PLAN_ACTIONS: Record<PlanAction, Rule> = {
  edit: { from: ['DRAFT', 'RETURNED'], permission: 'plan.draft' },
  submit: { from: ['DRAFT', 'RETURNED'], permission: 'plan.draft', to: 'SUBMITTED' },
  return: { from: ['SUBMITTED'], permission: 'plan.approve', to: 'RETURNED' },
  issue: { from: ['SUBMITTED'], permission: 'plan.approve', to: 'ISSUED' },
  revise: { from: ['ISSUED'], permission: 'plan.draft' },
  implement: { from: ['ISSUED'], permission: 'plan.draft' }, // at a lower unit: create its implementing plan
  report: { from: ['ISSUED'], permission: 'plan.report' },
}

export const STATUS_LABELS: Record<PlanStatus, string> = {
  DRAFT: 'Dự thảo',
  SUBMITTED: 'Chờ ban hành',
  RETURNED: 'Bị trả lại',
  ISSUED: 'Đã ban hành',
  SUPERSEDED: 'Đã được thay thế',
}

const ACTION_NAMES: Record<PlanAction, string> = {
  edit: 'sửa',
  submit: 'trình ban hành',
  return: 'trả lại',
  issue: 'ban hành',
  revise: 'tạo bản sửa đổi',
  implement: 'xây dựng kế hoạch thực hiện',
  report: 'báo cáo tiến độ',
}

/** Why the action is not allowed in this state, in Vietnamese, or null when it is. */
export function stateError(action: PlanAction, status: PlanStatus): string | null {
  const rule = PLAN_ACTIONS[action]
  if (rule.from.includes(status)) return null
  return `Không thể ${ACTION_NAMES[action]} kế hoạch đang ở trạng thái "${STATUS_LABELS[status]}".`
}

export function nextStatus(action: PlanAction, status: PlanStatus): PlanStatus {
  const error = stateError(action, status)
  if (error) throw new Error(error)
  return PLAN_ACTIONS[action].to ?? status
}
