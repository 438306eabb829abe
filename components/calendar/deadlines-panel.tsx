// The dashboard's deadlines panel: the unit's submission date this year and the appraisal deadlines of
// what it holds, soonest first, with how many are near or past.
import type { unitDeadlines } from '@/lib/calendar/cycle-deadlines'
import { DeadlineList } from './deadline-list'

export function DeadlinesPanel({
  data,
  dossierHref,
}: {
  data: Awaited<ReturnType<typeof unitDeadlines>>
  dossierHref: (dossierId: string) => string
}) {
  return (
    <section className="card space-y-3" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title" className="text-lg font-semibold">
        Thời hạn
      </h2>
      <DeadlineList items={[data.submission]} />
      <p className="text-sm text-slate-700">
        Hồ sơ đang chờ đơn vị thẩm định: {data.past} quá hạn, {data.near} sắp đến hạn (trong 3 ngày làm việc).
        {data.truncated ? ' Chỉ tính 200 người được đề nghị đầu tiên.' : ''}
      </p>
      <DeadlineList items={data.soonest.map((d) => ({ ...d, prefix: d.nominee, href: dossierHref(d.dossierId) }))} />
    </section>
  )
}
