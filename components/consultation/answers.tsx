// Which consulted bodies answered about a nominee, which objected (with the reason), which are late.
import type { BodyAnswer } from '@/lib/consultation/consultation'
import { vnDate } from '@/lib/shared/dates'

const TEXT: Record<BodyAnswer['state'], string> = {
  NO_OBJECTION: 'Đồng ý',
  OBJECTION: 'Không đồng ý',
  PENDING: 'Chưa trả lời',
  LATE: 'Quá hạn, chưa trả lời',
}
const STYLE: Record<BodyAnswer['state'], string> = {
  NO_OBJECTION: 'bg-emerald-100 text-emerald-900',
  OBJECTION: 'bg-red-100 text-red-900',
  PENDING: 'bg-slate-100 text-slate-800',
  LATE: 'bg-amber-100 text-amber-900',
}

export function ConsultationAnswers({ answers }: { answers: BodyAnswer[] | undefined }) {
  if (!answers?.length) return null
  return (
    <div className="space-y-1 text-sm">
      <h4 className="font-semibold">Ý kiến hiệp y</h4>
      <ul className="space-y-1" data-testid="consultation-answers">
        {answers.map((a, i) => (
          <li key={`${a.body}-${i}`}>
            {a.body}: <span className={`badge ${STYLE[a.state]}`}>{TEXT[a.state]}</span>
            {a.state === 'PENDING' || a.state === 'LATE' ? ` (hạn ${vnDate(a.deadline)})` : null}
            {a.reason ? ` — ${a.reason}` : null}
            {a.reference ? ` (${a.reference})` : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
