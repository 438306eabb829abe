// Vietnamese wording of dossier states and events, shared by the dossier pages.
import { awardLabel, isAwardCode } from '@/lib/awards/catalog'
import { DOSSIER_KINDS } from '@/lib/dossiers/schemas'
import type { AttachmentKind, NomineeStatus } from '@/lib/generated/prisma/enums'

export const KIND_LABELS = Object.fromEntries(DOSSIER_KINDS.map((k) => [k.value, k.label])) as Record<
  (typeof DOSSIER_KINDS)[number]['value'],
  string
>

export const STATUS_LABELS: Record<NomineeStatus, string> = {
  DRAFT: 'Đang soạn',
  IN_REVIEW: 'Đang xem xét',
  RETURNED: 'Bị trả lại',
  APPROVED: 'Đã phê duyệt',
  REJECTED: 'Không phê duyệt',
  AWARDED: 'Đã khen thưởng',
  REVOKED: 'Đã hủy bỏ quyết định khen thưởng',
}

/** "Đang xem xét tại Ủy ban nhân dân huyện Long Thành", or the plain label for the other states. */
export function statusText(status: NomineeStatus, holderName: string | undefined, central = false) {
  if (status === 'APPROVED' && central) return 'Đã trình Trung ương'
  return status === 'IN_REVIEW' && holderName ? `Đang xem xét tại ${holderName}` : STATUS_LABELS[status]
}

export const STATUS_BADGE: Record<NomineeStatus, string> = {
  DRAFT: 'bg-slate-100 text-slate-800',
  IN_REVIEW: 'bg-sky-100 text-sky-900',
  RETURNED: 'bg-amber-100 text-amber-900',
  APPROVED: 'bg-emerald-100 text-emerald-900',
  REJECTED: 'bg-red-100 text-red-900',
  AWARDED: 'bg-emerald-200 text-emerald-950',
  REVOKED: 'bg-red-200 text-red-950',
}

export const awardName = (code: string) => (isAwardCode(code) ? awardLabel(code) : code)

export { vnDate, vnDateTime } from '@/lib/shared/dates'

/** Counts of nominees by state, as a short line: "2 Đang xem xét · 1 Đã phê duyệt". */
export function statusSummary(nominees: readonly { status: NomineeStatus }[]) {
  if (nominees.length === 0) return 'Chưa có người được đề nghị'
  const counts = new Map<NomineeStatus, number>()
  for (const n of nominees) counts.set(n.status, (counts.get(n.status) ?? 0) + 1)
  return [...counts].map(([status, count]) => `${count} ${STATUS_LABELS[status].toLowerCase()}`).join(' · ')
}

export const ATTACHMENT_KINDS = [
  { value: 'TO_TRINH', label: 'Tờ trình' },
  { value: 'BAO_CAO_THANH_TICH', label: 'Báo cáo thành tích' },
  { value: 'BIEN_BAN', label: 'Biên bản bình xét' },
  { value: 'MINH_CHUNG', label: 'Minh chứng' },
] as const satisfies readonly { value: AttachmentKind; label: string }[]

export const ATTACHMENT_KIND_LABELS = Object.fromEntries(ATTACHMENT_KINDS.map((k) => [k.value, k.label])) as Record<
  AttachmentKind,
  string
>
