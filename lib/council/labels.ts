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

const two = (n: number) => String(n).padStart(2, '0')
const inVietnam = (at: Date) => new Date(at.getTime() + 7 * 3600_000)

/** "14 giờ 05, ngày 20/11/2026" in Vietnam time. */
export function vietnamTime(at: Date): string {
  const d = inVietnam(at)
  return `${two(d.getUTCHours())} giờ ${two(d.getUTCMinutes())}, ngày ${vietnamDay(at)}`
}

/** "20/11/2026" in Vietnam time. */
export function vietnamDay(at: Date): string {
  const d = inVietnam(at)
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`
}
