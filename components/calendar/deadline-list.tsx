// Deadlines as a calm list: the due day, how many working days are left, and a notice when near or past.
import type { Deadline } from '@/lib/calendar/deadlines'

const vn = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`

const STYLE: Record<Deadline['state'], string> = {
  past: 'border-red-300 bg-red-50 text-red-900',
  near: 'border-amber-300 bg-amber-50 text-amber-900',
  open: 'border-slate-200 bg-white text-slate-800',
}

export function deadlineText(d: Deadline) {
  if (d.state === 'past') return `quá hạn ${-d.left} ngày làm việc`
  if (d.left === 0) return 'hết hạn hôm nay'
  return `còn ${d.left} ngày làm việc`
}

export function DeadlineList({ items }: { items: (Deadline & { prefix?: string; href?: string })[] }) {
  if (items.length === 0) return null
  return (
    <ul className="space-y-1 text-sm" data-testid="deadlines">
      {items.map((d, i) => (
        <li
          key={`${d.label}-${d.due}-${i}`}
          className={`rounded-md border px-3 py-1.5 ${STYLE[d.state]}`}
          role={d.state === 'open' ? undefined : 'status'}
          data-state={d.state}
        >
          {d.prefix ? (
            d.href ? (
              <a className="link" href={d.href}>
                {d.prefix}
              </a>
            ) : (
              <span className="font-medium">{d.prefix}</span>
            )
          ) : null}
          {d.prefix ? ' — ' : null}
          {d.label}: <span className="font-medium">{vn(d.due)}</span> ({deadlineText(d)})
          {d.uncertain ? (
            <span className="block text-xs">
              Chưa có lịch nghỉ lễ chính thức của năm này; ngày làm việc được tính không kể ngày lễ của năm đó.
            </span>
          ) : null}
          <span className="sr-only"> Căn cứ: {d.source}</span>
        </li>
      ))}
    </ul>
  )
}
