import Link from 'next/link'
import { AddMemberForm, CouncilForm, MemberActions, OpenSessionForm } from '@/components/council/council-forms'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { requireWorkspace } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { SESSION_STATUS_LABELS, councilNameFor, quorumLabel, vietnamDay } from '@/lib/council/labels'
import { awardName, loadCouncilPage } from '@/lib/council/views'
import { addMemberAction, createCouncilAction, memberAction, openSessionAction, updateCouncilAction } from './actions'

export const metadata = { title: 'Hội đồng' }

export default async function CouncilPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<{ trang?: string; 'trang-phieu'?: string }>
}) {
  const { orgId } = await params
  const query = await searchParams
  const { actor, organization } = await requireWorkspace(orgId)
  const pages = { sessions: pageParam(query.trang), votable: pageParam(query['trang-phieu']) }
  const data = await withTenant(actor.tenantId, (tx) => loadCouncilPage(tx, actor, organization, pages))
  const base = `/o/${orgId}/hoi-dong`
  const href = (sessions: number, votable: number) => `${base}?trang=${sessions}&trang-phieu=${votable}`
  const { votable } = data
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Hội đồng Thi đua - Khen thưởng</h1>
        <p className="text-sm text-slate-700">
          Phiên họp xét khen thưởng, biểu quyết kín của thành viên Hội đồng và biên bản họp.
        </p>
      </div>

      {votable.total > 0 ? (
        <section className="card" aria-labelledby="votable-title">
          <h2 id="votable-title" className="text-lg font-semibold">
            Phiên họp tôi được biểu quyết ({votable.total})
          </h2>
          <table className="table mt-3">
            <caption className="sr-only">Phiên họp đang diễn ra có tên tôi trong danh sách thành viên</caption>
            <thead>
              <tr>
                <th scope="col">Phiên họp</th>
                <th scope="col">Hội đồng</th>
                <th scope="col">Ngày mở</th>
                <th scope="col">Số hồ sơ xét</th>
              </tr>
            </thead>
            <tbody>
              {votable.rows.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link className="link" href={`${base}/phien/${s.id}`}>
                      {s.title}
                    </Link>
                  </td>
                  <td>{s.council.name}</td>
                  <td>{vietnamDay(s.openedAt)}</td>
                  <td>{s._count.items}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={votable.page} pageCount={votable.pageCount} href={(n) => href(pages.sessions, n)} />
        </section>
      ) : null}

      {!data.council ? (
        <section className="card space-y-4" aria-labelledby="none-title">
          <h2 id="none-title" className="text-lg font-semibold">
            {organization.name}
          </h2>
          <p className="text-sm text-slate-700">Đơn vị chưa thành lập Hội đồng Thi đua - Khen thưởng trên phần mềm.</p>
          {data.manages ? (
            <CouncilForm
              action={createCouncilAction}
              hidden={{ organizationId: organization.id }}
              initial={{ name: councilNameFor(organization.name), quorumPercent: 67 }}
              label="Thành lập Hội đồng"
              submitLabel="Thành lập Hội đồng"
            />
          ) : null}
        </section>
      ) : (
        <>
          <section className="card space-y-4" aria-labelledby="council-title">
            <div>
              <h2 id="council-title" className="text-lg font-semibold">
                {data.council.name}
              </h2>
              <p className="text-sm text-slate-700">
                {data.members.length} thành viên · Tỷ lệ dự họp tối thiểu: {quorumLabel(data.council.quorumPercent)} ·
                Số phiếu đồng ý tính trên tổng số thành viên
              </p>
              {data.council.me && votable.total === 0 ? (
                <p className="mt-1 text-sm text-slate-700">
                  Bạn là thành viên Hội đồng; hiện không có phiên họp nào chờ bạn biểu quyết.
                </p>
              ) : null}
            </div>
            {data.manages ? (
              <details>
                <summary className="cursor-pointer text-sm font-medium text-slate-800">
                  Sửa tên, tỷ lệ dự họp tối thiểu
                </summary>
                <div className="mt-3">
                  <CouncilForm
                    action={updateCouncilAction}
                    hidden={{ councilId: data.council.id }}
                    initial={{ name: data.council.name, quorumPercent: data.council.quorumPercent }}
                    label="Sửa thông tin Hội đồng"
                    submitLabel="Lưu thông tin Hội đồng"
                  />
                </div>
              </details>
            ) : null}
            <table className="table">
              <caption className="mb-2 text-left font-semibold">Thành viên Hội đồng</caption>
              <thead>
                <tr>
                  <th scope="col">STT</th>
                  <th scope="col">Họ và tên</th>
                  <th scope="col">Chức vụ</th>
                  {data.manages ? <th scope="col">Thao tác</th> : null}
                </tr>
              </thead>
              <tbody>
                {data.members.map((m, i) => (
                  <tr key={m.id}>
                    <td>{i + 1}</td>
                    <td>
                      {m.fullName}
                      {m.isChair ? <strong> (Chủ tịch Hội đồng)</strong> : null}
                    </td>
                    <td>{m.position ?? ''}</td>
                    {data.manages ? (
                      <td>
                        <MemberActions action={memberAction} councilId={data.council.id} member={m} />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
            {data.members.length === 0 ? <p className="text-sm text-slate-700">Hội đồng chưa có thành viên.</p> : null}
            {data.manages ? (
              <AddMemberForm action={addMemberAction} councilId={data.council.id} candidates={data.candidates} />
            ) : null}
          </section>

          <section className="card space-y-4" aria-labelledby="sessions-title">
            <h2 id="sessions-title" className="text-lg font-semibold">
              Phiên họp xét khen thưởng ({data.sessions.total})
            </h2>
            {data.sessions.rows.length ? (
              <table className="table">
                <caption className="sr-only">Các phiên họp của Hội đồng, mới nhất trước</caption>
                <thead>
                  <tr>
                    <th scope="col">Phiên họp</th>
                    <th scope="col">Ngày mở</th>
                    <th scope="col">Trạng thái</th>
                    <th scope="col">Số hồ sơ xét</th>
                    <th scope="col">Biên bản</th>
                  </tr>
                </thead>
                <tbody>
                  {data.sessions.rows.map((s) => (
                    <tr key={s.id}>
                      <td>
                        <Link className="link" href={`${base}/phien/${s.id}`}>
                          {s.title}
                        </Link>
                      </td>
                      <td>{vietnamDay(s.openedAt)}</td>
                      <td>{SESSION_STATUS_LABELS[s.status]}</td>
                      <td>{s._count.items}</td>
                      <td>
                        {s.status === 'CLOSED' ? (
                          <a className="link" href={`${base}/phien/${s.id}/bien-ban`}>
                            Tải biên bản (.docx)
                          </a>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="text-sm text-slate-700">Hội đồng chưa có phiên họp nào.</p>
            )}
            <Pagination
              page={data.sessions.page}
              pageCount={data.sessions.pageCount}
              href={(n) => href(n, pages.votable)}
            />
            {data.manages ? (
              data.agenda.length ? (
                <details>
                  <summary className="cursor-pointer text-sm font-medium text-slate-800">Mở phiên họp mới</summary>
                  <div className="mt-3">
                    <OpenSessionForm
                      action={openSessionAction.bind(null, orgId)}
                      councilId={data.council.id}
                      defaultTitle={`Phiên họp xét khen thưởng ngày ${vietnamDay(new Date())}`}
                      nominees={data.agenda.map((n) => ({
                        id: n.id,
                        displayName: n.displayName,
                        awardLabel: awardName(n.award),
                        previously:
                          n.councilPassed === null
                            ? null
                            : n.councilPassed
                              ? 'đã được Hội đồng thông qua ở phiên trước'
                              : 'chưa đạt ở phiên trước',
                      }))}
                    />
                  </div>
                </details>
              ) : (
                <p className="text-sm text-slate-700">Chưa có hồ sơ nào đang chờ Hội đồng xét để mở phiên họp.</p>
              )
            ) : null}
          </section>
        </>
      )}
    </div>
  )
}
