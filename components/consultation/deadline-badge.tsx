// The reply deadline of a letter as a consulted body reads it: the day, and the working days left.
import type { Deadline } from '@/lib/calendar/deadlines'
import { vnDateOfIso } from '@/lib/shared/dates'

export function LetterDeadline({ deadline }: { deadline: Deadline }) {
  const style =
    deadline.state === 'past'
      ? 'bg-slate-200 text-slate-800'
      : deadline.state === 'near'
        ? 'bg-amber-100 text-amber-900'
        : 'bg-emerald-100 text-emerald-900'
  const text =
    deadline.state === 'past'
      ? 'Đã quá hạn'
      : deadline.left === 0
        ? 'Hạn là hôm nay'
        : `Còn ${deadline.left} ngày làm việc`
  return (
    <span>
      {vnDateOfIso(deadline.due)} <span className={`badge ${style}`}>{text}</span>
      {deadline.uncertain ? <span className="text-xs text-slate-600"> (lịch nghỉ lễ năm này chưa có)</span> : null}
    </span>
  )
}
