// The dossier's history: who did what, when, from which unit to which, and why.
import { dossierEventLabel } from '@/lib/dossiers/events'
import { vnDateTime } from './labels'

type Event = {
  id: string
  action: string
  actorId: string
  orgId: string
  toOrgId: string | null
  reason: string | null
  nomineeId: string | null
  createdAt: Date
}

export function DossierTimeline({
  events,
  orgName,
  userName,
  nomineeName,
}: {
  events: Event[]
  orgName: (id: string) => string
  userName: (id: string) => string
  nomineeName: (id: string) => string | undefined
}) {
  if (events.length === 0)
    return <p className="text-sm text-slate-700">Chưa có bước xử lý nào: hồ sơ đang được đơn vị đề nghị soạn.</p>
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4 text-sm" data-testid="timeline">
      {events.map((e) => (
        <li key={e.id}>
          <p>
            <time className="text-slate-600" dateTime={e.createdAt.toISOString()}>
              {vnDateTime(e.createdAt)}
            </time>{' '}
            · <strong>{dossierEventLabel(e.action)}</strong>
            {e.nomineeId && nomineeName(e.nomineeId) ? ` — ${nomineeName(e.nomineeId)}` : ''}
          </p>
          <p className="text-slate-700">
            {userName(e.actorId)} ({orgName(e.orgId)}){e.toOrgId ? ` → ${orgName(e.toOrgId)}` : ''}
          </p>
          {e.reason ? <p className="text-slate-800">Lý do / ghi chú: {e.reason}</p> : null}
        </li>
      ))}
    </ol>
  )
}
