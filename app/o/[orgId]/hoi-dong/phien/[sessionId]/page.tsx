import Link from 'next/link'
import {
  AttendanceForm,
  BallotForm,
  CloseSessionForm,
  PaperCountForm,
  ReconsiderForm,
  WrittenBallotForm,
} from '@/components/council/session-forms'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { loadOr404, requireWorkspace } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { SESSION_STATUS_LABELS, quorumLabel, quorumNeeded, vietnamTime } from '@/lib/council/labels'
import { AGENDA_PAGE_SIZE, loadSessionView } from '@/lib/council/views'
import { formatSize } from '@/lib/dossiers/storage'
import {
  attendanceAction,
  ballotAction,
  closeSessionAction,
  paperCountAction,
  reconsiderAction,
  writtenBallotAction,
} from '../../actions'

export const metadata = { title: 'Phiên họp Hội đồng' }

export default async function SessionPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string; sessionId: string }>
  searchParams: Promise<{ trang?: string }>
}) {
  const { orgId, sessionId } = await params
  const page = pageParam((await searchParams).trang)
  const { actor, organization } = await requireWorkspace(orgId)
  const view = await loadOr404(() =>
    withTenant(actor.tenantId, (tx) => loadSessionView(tx, actor, organization, sessionId, page)),
  )
  const { session, council, members, items, me } = view
  const base = `/o/${orgId}/hoi-dong`
  const open = session.status === 'OPEN'
  const need = quorumNeeded(session.memberCount, council.quorumPercent)
  const quorate = view.presentCount >= need
  const absent = members.filter((m) => !m.present)
  const paper = session.voteMode === 'PAPER'
  return (
    <div className="space-y-6">
      <div>
        <Link className="link text-sm" href={base}>
          ← Hội đồng Thi đua - Khen thưởng
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{session.title}</h1>
        <p className="text-sm text-slate-700">
          {council.name} · Mở lúc {vietnamTime(session.openedAt)} ·{' '}
          <strong data-testid="session-status">{SESSION_STATUS_LABELS[session.status]}</strong>
          {session.closedAt ? ` lúc ${vietnamTime(session.closedAt)}` : ''} ·{' '}
          {paper ? 'Biểu quyết bằng phiếu giấy' : 'Bỏ phiếu kín trên hệ thống'}
        </p>
        <p
          role="status"
          className={`mt-3 rounded-md border px-3 py-2 text-sm ${quorate ? 'border-slate-300 bg-slate-50' : 'border-amber-300 bg-amber-50 text-amber-900'}`}
        >
          Có mặt {view.presentCount}/{session.memberCount} thành viên; cần tối thiểu {need} (
          {quorumLabel(council.quorumPercent)}).{' '}
          {quorate
            ? 'Đủ số thành viên dự họp.'
            : open
              ? paper
                ? 'Chưa đủ số thành viên dự họp: chưa nhập được kết quả kiểm phiếu.'
                : 'Chưa đủ số thành viên dự họp: chưa nhận phiếu biểu quyết.'
              : ''}
        </p>
        {!open ? (
          <p className="mt-3">
            <a className="btn btn-secondary" href={`${base}/phien/${session.id}/bien-ban`}>
              Tải biên bản phiên họp (.docx)
            </a>
          </p>
        ) : null}
      </div>

      <section className="card space-y-3" aria-labelledby="members-title">
        <h2 id="members-title" className="text-lg font-semibold">
          Thành viên dự họp
        </h2>
        {view.manages && open ? (
          <AttendanceForm
            action={attendanceAction}
            sessionId={session.id}
            version={session.version}
            members={members}
          />
        ) : (
          <table className="table">
            <caption className="sr-only">Danh sách thành viên của phiên họp và tình trạng tham dự</caption>
            <thead>
              <tr>
                <th scope="col">Họ và tên</th>
                <th scope="col">Chức vụ</th>
                <th scope="col">Tham dự</th>
                <th scope="col">Phiếu bằng văn bản</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id}>
                  <td>
                    {m.fullName}
                    {m.isChair ? ' (Chủ tịch)' : ''}
                  </td>
                  <td>{m.position ?? ''}</td>
                  <td>{m.present ? 'Có mặt' : 'Vắng mặt'}</td>
                  <td>{m.writtenVotes ? `${m.writtenVotes} phiếu` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="card space-y-3" aria-labelledby="agenda-title">
        <h2 id="agenda-title" className="text-lg font-semibold">
          Nội dung biểu quyết ({view.agenda.total})
        </h2>
        <p className="text-sm text-slate-700">
          Bỏ phiếu kín. Số phiếu đồng ý cần đạt tính trên tổng số {session.memberCount} thành viên Hội đồng, kể cả thành
          viên vắng mặt.
          {open ? ' Kết quả chỉ được kiểm và công bố khi phiên họp kết thúc.' : ''}
        </p>
        <table className="table">
          <caption className="sr-only">Người, tập thể được đề nghị và kết quả biểu quyết</caption>
          <thead>
            <tr>
              <th scope="col">STT</th>
              <th scope="col">Người, tập thể được đề nghị</th>
              <th scope="col">Hình thức khen thưởng</th>
              <th scope="col">Số phiếu cần đạt</th>
              {open ? (
                <th scope="col">Đã bỏ phiếu</th>
              ) : (
                <>
                  <th scope="col">Đồng ý</th>
                  <th scope="col">Không đồng ý</th>
                  {paper ? <th scope="col">Không hợp lệ</th> : null}
                  <th scope="col">Kết quả</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {items.map((item, i) => (
              <tr key={item.id}>
                <td>{(view.agenda.page - 1) * AGENDA_PAGE_SIZE + i + 1}</td>
                <td>
                  {council.me ? (
                    <Link className="link" href={`${base}/phien/${session.id}/ho-so/${item.nomineeId}`}>
                      {item.displayName}
                    </Link>
                  ) : (
                    item.displayName
                  )}
                </td>
                <td>{item.awardLabel}</td>
                <td>{item.required}</td>
                {open ? (
                  <td>{paper ? 'Phiếu giấy' : `${item.castCount}/${session.memberCount}`}</td>
                ) : (
                  <>
                    {item.countsWithheld ? (
                      <td colSpan={paper ? 3 : 2}>
                        <span title="Quá ít phiếu để công bố số phiếu mà không lộ lựa chọn của người bỏ phiếu">
                          Không công bố
                        </span>
                      </td>
                    ) : (
                      <>
                        <td>{item.agree ?? 0}</td>
                        <td>{item.disagree ?? 0}</td>
                        {paper ? <td>{item.invalid ?? 0}</td> : null}
                      </>
                    )}
                    <td>
                      {item.passed ? (
                        <strong className="text-emerald-800">Đạt</strong>
                      ) : (
                        <span className="text-red-700">Không đạt</span>
                      )}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        <Pagination
          page={view.agenda.page}
          pageCount={view.agenda.pageCount}
          href={(n) => `${base}/phien/${session.id}?trang=${n}`}
        />
      </section>

      {open && council.me && !me ? (
        <p role="note" className="card text-sm">
          Bạn được bổ sung vào Hội đồng sau khi phiên họp bắt đầu nên không có tên trong danh sách biểu quyết của phiên
          này.
        </p>
      ) : null}
      {view.paperCount ? (
        <section className="card space-y-2" aria-labelledby="paper-title">
          <h2 id="paper-title" className="text-lg font-semibold">
            Biên bản kiểm phiếu
          </h2>
          <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">Số phiếu phát ra</dt>
            <dd data-testid="ballots-issued">{view.paperCount.ballotsIssued}</dd>
            <dt className="font-medium">Số phiếu thu vào</dt>
            <dd data-testid="ballots-returned">{view.paperCount.ballotsReturned}</dd>
            <dt className="font-medium">Ban kiểm phiếu</dt>
            <dd>{view.paperCount.committee.join(', ')}</dd>
            <dt className="font-medium">Nhập lúc</dt>
            <dd>{vietnamTime(view.paperCount.recordedAt)}</dd>
          </dl>
          <p>
            <a className="link" href={`${base}/phien/${session.id}/bien-ban-kiem-phieu`}>
              Tải bản chụp biên bản kiểm phiếu ({view.paperCount.scanFileName}, {formatSize(view.paperCount.scanSize)})
            </a>
          </p>
        </section>
      ) : null}

      {open && paper && view.manages ? (
        <section className="card space-y-3" aria-labelledby="paper-count-title">
          <h2 id="paper-count-title" className="text-lg font-semibold">
            Nhập kết quả kiểm phiếu
          </h2>
          {quorate ? (
            <PaperCountForm
              action={paperCountAction}
              sessionId={session.id}
              version={session.version}
              presentCount={view.presentCount}
              items={view.sheet}
            />
          ) : (
            <p className="text-sm text-slate-700">
              Điểm danh đủ số thành viên dự họp trước khi nhập kết quả kiểm phiếu.
            </p>
          )}
        </section>
      ) : null}

      {open && me && !paper ? (
        <section className="card space-y-3" aria-labelledby="ballot-title">
          <h2 id="ballot-title" className="text-lg font-semibold">
            Phiếu biểu quyết của tôi
          </h2>
          {!view.canVote ? (
            <p className="text-sm text-slate-700">
              Bạn không còn giữ vai trò Thành viên Hội đồng hoặc Lãnh đạo tại đơn vị nên không bỏ phiếu được.
            </p>
          ) : !me.present ? (
            <p className="text-sm text-slate-700">
              Bạn đang được ghi nhận vắng mặt. Phiếu bằng văn bản của thành viên vắng mặt do Thường trực Hội đồng nhập;
              nếu bạn đã có mặt, hãy báo Thường trực điểm danh lại.
            </p>
          ) : !quorate ? (
            <p className="text-sm text-slate-700">
              Phiên họp chưa đủ số thành viên dự họp: chưa nhận phiếu biểu quyết.
            </p>
          ) : (
            <>
              <p className="text-sm text-slate-700">
                Phiếu của bạn được giữ kín: người khác chỉ thấy bạn đã bỏ phiếu, không thấy bạn chọn gì.
              </p>
              <BallotForm action={ballotAction} sessionId={session.id} items={items} />
            </>
          )}
        </section>
      ) : null}

      {open && !paper && view.manages && absent.length > 0 && quorate ? (
        <section className="card space-y-3" aria-labelledby="written-title">
          <h2 id="written-title" className="text-lg font-semibold">
            Phiếu bằng văn bản của thành viên vắng mặt
          </h2>
          <WrittenBallotForm action={writtenBallotAction} sessionId={session.id} absent={absent} items={items} />
        </section>
      ) : null}

      {open && !paper && view.manages ? (
        <section className="card space-y-3" aria-labelledby="close-title">
          <h2 id="close-title" className="text-lg font-semibold">
            Kết thúc phiên họp
          </h2>
          <CloseSessionForm action={closeSessionAction} sessionId={session.id} version={session.version} />
        </section>
      ) : null}

      {!open && council.me?.isChair && items.length > 0 ? (
        <section className="card space-y-3" aria-labelledby="reconsider-title">
          <h2 id="reconsider-title" className="text-lg font-semibold">
            Xét lại
          </h2>
          <p className="text-sm text-slate-700">
            Một trường hợp đã được biểu quyết chỉ được đưa ra Hội đồng xét lại khi Chủ tịch Hội đồng cho phép và ghi rõ
            lý do; việc cho phép được ghi vào nhật ký.
          </p>
          <ReconsiderForm action={reconsiderAction} councilId={council.id} items={items} />
        </section>
      ) : null}
    </div>
  )
}
