import Link from 'next/link'
import { Pagination, pageParam } from '@/components/ui/pagination'
import {
  KIND_LABELS,
  STATUS_BADGE,
  awardName,
  statusSummary,
  statusText,
  vnDate,
  vnDateTime,
} from '@/components/dossiers/labels'
import { requireWorkspace } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { listDecisions, listDossiers, listHeldNominees, listNotifications } from '@/lib/dossiers/queries'
import { isInternalLink } from '@/lib/dossiers/notifications'
import { openNotificationAction } from './actions'

export const metadata = { title: 'Hồ sơ khen thưởng' }

type Query = { trang?: string; cho?: string; tb?: string; qd?: string }

export default async function DossiersPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<Query>
}) {
  const { orgId } = await params
  const query = await searchParams
  const { actor, organization, can } = await requireWorkspace(orgId)
  const pages = {
    trang: pageParam(query.trang),
    cho: pageParam(query.cho),
    tb: pageParam(query.tb),
    qd: pageParam(query.qd),
  }
  const data = await withTenant(actor.tenantId, async (tx) => {
    const [list, held, notices, decisions] = await Promise.all([
      listDossiers(tx, actor, organization, pages.trang),
      listHeldNominees(tx, actor, organization, pages.cho),
      listNotifications(tx, actor, organization, pages.tb),
      listDecisions(tx, actor, organization, pages.qd),
    ])
    const orgIds = [
      ...new Set([
        ...list.dossiers.map((d) => d.proposingOrgId),
        ...list.dossiers.flatMap((d) => d.nominees.map((n) => n.holderOrgId)),
        ...held.nominees.map((n) => n.dossier.proposingOrgId),
      ]),
    ]
    const orgs = await tx.organization.findMany({
      where: { tenantId: actor.tenantId, id: { in: orgIds } },
      select: { id: true, name: true },
    })
    return { list, held, notices, decisions, orgName: new Map(orgs.map((o) => [o.id, o.name])) }
  })
  const { list, held, notices, decisions, orgName } = data
  const base = `/o/${orgId}/ho-so-khen-thuong`
  const href = (change: Partial<Record<keyof typeof pages, number>>) => {
    const next = { ...pages, ...change }
    return `${base}?${new URLSearchParams(
      Object.entries(next)
        .filter(([, v]) => v > 1)
        .map(([k, v]) => [k, String(v)]),
    ).toString()}`
  }
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Hồ sơ đề nghị khen thưởng</h1>
        <div className="flex flex-wrap gap-2">
          {can('dossier.propose') ? (
            <Link className="btn btn-primary" href={`${base}/moi`}>
              Lập hồ sơ mới
            </Link>
          ) : null}
          {can('dossier.propose') ? (
            <Link className="btn btn-secondary" href={`${base}/binh-xet`}>
              Bình xét cuối năm
            </Link>
          ) : null}
          {can('dossier.appraise') ? (
            <Link className="btn btn-secondary" href={`${base}/tong-hop`}>
              Tổng hợp đề nghị
            </Link>
          ) : null}
          {can('dossier.appraise') ? (
            <Link className="btn btn-secondary" href={`/o/${orgId}/hiep-y`}>
              Hiệp y
            </Link>
          ) : null}
          {can('decision.sign') ? (
            <Link className="btn btn-secondary" href={`${base}/quyet-dinh/moi`}>
              Ra quyết định khen thưởng
            </Link>
          ) : null}
          <Link className="btn btn-secondary" href={`${base}/lich-su?don-vi=${orgId}`}>
            Lịch sử khen thưởng của đơn vị
          </Link>
        </div>
      </div>

      <section className="card" aria-labelledby="notices-title">
        <h2 id="notices-title" className="text-lg font-semibold">
          Thông báo{' '}
          {notices.unread > 0 ? (
            <span className="badge bg-amber-100 text-amber-900" data-testid="unread-count">
              {notices.unread} chưa đọc
            </span>
          ) : null}
        </h2>
        {notices.notifications.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">Chưa có thông báo nào.</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200 text-sm" data-testid="notifications">
            {notices.notifications.map((n) => (
              <li key={n.id} className={n.readAt ? 'py-2' : 'py-2 font-semibold'}>
                <form action={openNotificationAction.bind(null, orgId, n.id)} className="inline">
                  <span className="text-slate-600">{vnDateTime(n.createdAt)} · </span>
                  {n.readAt ? null : <span className="badge mr-1 bg-amber-100 text-amber-900">Mới</span>}
                  {isInternalLink(n.link) ? (
                    <button type="submit" className="link text-left">
                      {n.text}
                    </button>
                  ) : (
                    <>
                      {n.text}{' '}
                      {n.readAt ? null : (
                        <button type="submit" className="link text-xs font-normal">
                          Đánh dấu đã đọc
                        </button>
                      )}
                    </>
                  )}
                </form>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={notices.page} pageCount={notices.pageCount} href={(n) => href({ tb: n })} />
      </section>

      <section className="card" aria-labelledby="held-title">
        <h2 id="held-title" className="text-lg font-semibold">
          Chờ xử lý tại đơn vị{' '}
          <span className="badge bg-sky-100 text-sky-900" data-testid="inbox-count">
            {list.inbox}
          </span>
        </h2>
        {held.nominees.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">Không có người được đề nghị nào đang chờ đơn vị xử lý.</p>
        ) : (
          <table className="table mt-3">
            <thead>
              <tr>
                <th scope="col">Người (tập thể) được đề nghị</th>
                <th scope="col">Hình thức</th>
                <th scope="col">Hồ sơ</th>
                <th scope="col">Đơn vị đề nghị</th>
                <th scope="col">Việc cần làm</th>
              </tr>
            </thead>
            <tbody>
              {held.nominees.map((n) => (
                <tr key={n.id}>
                  <td>
                    <Link className="link" href={`${base}/${n.dossier.id}#de-nghi-${n.id}`}>
                      {n.displayName}
                    </Link>
                  </td>
                  <td>{awardName(n.award)}</td>
                  <td>
                    {n.dossier.title} ({n.dossier.year})
                  </td>
                  <td>{orgName.get(n.dossier.proposingOrgId)}</td>
                  <td>
                    {n.status === 'RETURNED'
                      ? 'Bị trả lại: xem lý do, sửa rồi trình lại'
                      : n.status === 'APPROVED'
                        ? 'Đã phê duyệt, chờ ra quyết định'
                        : n.appraisedAt
                          ? 'Đã thẩm định, chờ chuyển tiếp hoặc phê duyệt'
                          : 'Chờ thẩm định'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination page={held.page} pageCount={held.pageCount} href={(n) => href({ cho: n })} />
      </section>

      <section className="card" aria-labelledby="list-title">
        <h2 id="list-title" className="text-lg font-semibold">
          Hồ sơ của đơn vị và hồ sơ gửi đến đơn vị
        </h2>
        {list.dossiers.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">Chưa có hồ sơ nào.</p>
        ) : (
          <table className="table mt-3">
            <thead>
              <tr>
                <th scope="col">Hồ sơ</th>
                <th scope="col">Đơn vị đề nghị</th>
                <th scope="col">Loại</th>
                <th scope="col">Năm</th>
                <th scope="col">Tình trạng</th>
              </tr>
            </thead>
            <tbody>
              {list.dossiers.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link className="link" href={`${base}/${d.id}`}>
                      {d.title}
                    </Link>
                    <ul className="mt-1 space-y-0.5 text-xs text-slate-700">
                      {d.nominees.slice(0, 5).map((n) => (
                        <li key={n.id}>
                          {n.displayName} — {awardName(n.award)}{' '}
                          <span className={`badge ${STATUS_BADGE[n.status]}`}>
                            {statusText(n.status, orgName.get(n.holderOrgId))}
                          </span>
                        </li>
                      ))}
                      {d.nominees.length > 5 ? <li>… và {d.nominees.length - 5} người (tập thể) khác</li> : null}
                    </ul>
                  </td>
                  <td>{orgName.get(d.proposingOrgId)}</td>
                  <td>{KIND_LABELS[d.kind]}</td>
                  <td>{d.year}</td>
                  <td>{d.submittedAt ? statusSummary(d.nominees) : `Đang soạn · ${statusSummary(d.nominees)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination page={list.page} pageCount={list.pageCount} href={(n) => href({ trang: n })} />
      </section>

      {decisions.total > 0 ? (
        <section className="card" aria-labelledby="decisions-title">
          <h2 id="decisions-title" className="text-lg font-semibold">
            Quyết định khen thưởng đơn vị đã ban hành
          </h2>
          <table className="table mt-3">
            <thead>
              <tr>
                <th scope="col">Số, ngày</th>
                <th scope="col">Trích yếu</th>
                <th scope="col">Số người (tập thể)</th>
              </tr>
            </thead>
            <tbody>
              {decisions.decisions.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link className="link" href={`${base}/quyet-dinh/${d.id}`}>
                      {d.documentNumber}
                    </Link>{' '}
                    ngày {vnDate(d.decidedOn)}
                  </td>
                  <td>{d.title}</td>
                  <td>{d._count.items}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={decisions.page} pageCount={decisions.pageCount} href={(n) => href({ qd: n })} />
        </section>
      ) : null}
    </div>
  )
}
