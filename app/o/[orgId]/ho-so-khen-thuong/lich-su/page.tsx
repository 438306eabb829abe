// Award history of a person (?nguoi=<personId>) or of a unit (?don-vi=<orgId>) within the workspace.
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AwardHistoryTable } from '@/components/dossiers/award-history'
import { pageParam } from '@/components/ui/pagination'
import { loadOr404, requireWorkspace } from '@/lib/auth/session'
import { isWithin } from '@/lib/auth/scope'
import { withTenant } from '@/lib/db/tenant'
import { awardHistory, type HistoryTarget } from '@/lib/dossiers/history'
import { HistoryEntryForm } from '@/components/history/history-forms'
import { actorCan } from '@/lib/auth/actor'
import { AWARD_BY_CODE, awardLabel } from '@/lib/awards/catalog'
import { HISTORY_AWARDS } from '@/lib/history/sheet'
import { addHistoryEntryAction } from '../../nhan-su/actions'
import { ConductSection } from '@/components/people/conduct-section'
import { listConduct } from '@/lib/people/conduct'

export const metadata = { title: 'Lịch sử khen thưởng' }

type Query = { nguoi?: string; 'don-vi'?: string; trang?: string }

export default async function AwardHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<Query>
}) {
  const { orgId } = await params
  const query = await searchParams
  const { actor, organization } = await requireWorkspace(orgId)
  const target: HistoryTarget | null = query.nguoi
    ? { personId: query.nguoi }
    : query['don-vi']
      ? { organizationId: query['don-vi'] }
      : null
  if (!target) notFound()
  const { history, conduct } = await loadOr404(() =>
    withTenant(actor.tenantId, async (tx) => {
      const history = await awardHistory(tx, actor, target, pageParam(query.trang))
      // A unit's own conduct records (a person's are on the person's page).
      const conduct =
        history.subject.kind === 'UNIT'
          ? await listConduct(tx, actor.tenantId, { organizationId: history.subject.id })
          : null
      return { history, conduct }
    }),
  )
  // The page belongs to the workspace: a person or unit outside it is not shown here.
  if (!isWithin(history.subject.unitPath, organization.path)) notFound()
  const base = `/o/${orgId}/ho-so-khen-thuong/lich-su`
  const key = 'personId' in target ? `nguoi=${target.personId}` : `don-vi=${target.organizationId}`
  return (
    <div className="space-y-4">
      <Link className="link text-sm" href={`/o/${orgId}/ho-so-khen-thuong`}>
        ← Hồ sơ khen thưởng
      </Link>
      <h1 className="text-2xl font-bold">Lịch sử khen thưởng</h1>
      <section className="card space-y-3">
        <p>
          <strong>{history.subject.name}</strong>
          {history.subject.kind === 'PERSON' ? (
            <span className="text-slate-700"> — {history.subject.unitName}</span>
          ) : null}
        </p>
        {history.subject.kind === 'UNIT' ? (
          <p className="text-sm text-slate-700">
            Khen thưởng của tập thể đơn vị; khen thưởng của từng cá nhân xem trong lịch sử của người đó.
          </p>
        ) : null}
        <AwardHistoryTable
          history={history}
          pageHref={(n) => `${base}?${key}&trang=${n}`}
          decisionHref={(id) => `/o/${orgId}/ho-so-khen-thuong/quyet-dinh/${id}`}
        />
        {history.subject.kind === 'UNIT' &&
        actorCan(actor, 'people.manage', { id: history.subject.id, path: history.subject.unitPath }) ? (
          <details className="rounded-md border border-slate-200 p-3">
            <summary className="cursor-pointer text-sm font-medium">
              Thêm khen thưởng của tập thể trước khi dùng phần mềm
            </summary>
            <div className="mt-3">
              <HistoryEntryForm
                action={addHistoryEntryAction}
                organizationId={history.subject.id}
                personId={null}
                subjectUnitId={history.subject.id}
                awards={HISTORY_AWARDS.filter((a) => AWARD_BY_CODE[a].recipient !== 'INDIVIDUAL').map((a) => ({
                  value: a,
                  label: awardLabel(a),
                }))}
              />
            </div>
          </details>
        ) : null}
      </section>
      {conduct ? (
        <ConductSection
          conduct={conduct}
          manage={actorCan(actor, 'people.manage', { id: history.subject.id, path: history.subject.unitPath })}
          subject={{ organizationId: history.subject.id }}
        />
      ) : null}
    </div>
  )
}
