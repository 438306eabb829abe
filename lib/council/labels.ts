// Words and formats the council pages and the minutes share.
import { ratioLabel } from '../awards/ratio'
import { quorumMinimum } from '../awards/voting'
import { quorumRatio } from './ballot'

/** "Ủy ban nhân dân tỉnh Đồng Nai" → "Hội đồng Thi đua - Khen thưởng tỉnh Đồng Nai" */
export function councilNameFor(organizationName: string) {
  return `Hội đồng Thi đua - Khen thưởng ${organizationName.replace(/^Ủy ban nhân dân\s+/i, '')}`
}

export const SESSION_STATUS_LABELS = { OPEN: 'Đang họp', CLOSED: 'Đã kết thúc' } as const

/** "2/3 tổng số thành viên", "80% tổng số thành viên" */
export function quorumLabel(quorumPercent: number) {
  return `${ratioLabel(quorumRatio(quorumPercent))} tổng số thành viên`
}

/** The fewest members present for a valid session of `total` members. */
export function quorumNeeded(total: number, quorumPercent: number) {
  return total > 0 ? quorumMinimum(total, quorumRatio(quorumPercent)) : 0
}

// Dates and times in Vietnam time have one home (lib/shared/dates.ts); the council's names for them:
export { vnTimeSpoken as vietnamTime, vnDayOf as vietnamDay } from '../shared/dates'
