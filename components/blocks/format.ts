// Display helpers of the block pages (Vietnam time, Vietnamese number style).

import { vnDateTime } from '@/lib/shared/dates'

/** "Đã ký giao ước: Nguyễn Văn A, 12/01/2026 09:30", or "Chưa ký giao ước". */
export function signatureLabel(member: { acceptedAt: Date | null; acceptedByName: string | null }) {
  if (!member.acceptedAt) return 'Chưa ký giao ước'
  return `Đã ký giao ước: ${member.acceptedByName ? `${member.acceptedByName}, ` : ''}${vnDateTime(member.acceptedAt)}`
}
