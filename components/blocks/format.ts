// Display helpers of the block pages (Vietnam time, Vietnamese number style).

const DATE_TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** "12/01/2026 09:30" in Vietnam time. */
export function vnDateTime(date: Date) {
  const p = Object.fromEntries(DATE_TIME.formatToParts(date).map((part) => [part.type, part.value]))
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`
}

/** "Đã ký giao ước: Nguyễn Văn A, 12/01/2026 09:30", or "Chưa ký giao ước". */
export function signatureLabel(member: { acceptedAt: Date | null; acceptedByName: string | null }) {
  if (!member.acceptedAt) return 'Chưa ký giao ước'
  return `Đã ký giao ước: ${member.acceptedByName ? `${member.acceptedByName}, ` : ''}${vnDateTime(member.acceptedAt)}`
}
