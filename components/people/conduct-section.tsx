// Dated investigations, inspections, complaints and violations of a person or a unit (ConductRecord),
// with the staff entry form for those who manage its people. Open matters block every award.
import { addConductAction, closeConductAction } from '@/app/o/[orgId]/nhan-su/actions'
import { AddConductForm, CloseConductForm } from '@/components/people/conduct-forms'
import type { listConduct } from '@/lib/people/conduct'
import { CONDUCT_KIND_LABELS, CONDUCT_SOURCE_LABELS } from '@/lib/people/conduct-labels'
import { vnDate } from '@/lib/shared/dates'

export function ConductSection({
  conduct,
  manage,
  subject,
}: {
  conduct: Awaited<ReturnType<typeof listConduct>>
  manage: boolean
  subject: { personId: string } | { organizationId: string }
}) {
  return (
    <section className="card" aria-labelledby="conduct-title">
      <h2 id="conduct-title" className="mb-1 text-lg font-semibold">
        Điều tra, thanh tra, khiếu nại, vi phạm
      </h2>
      <p className="mb-4 text-sm text-slate-700">
        Việc đang mở (chưa có ngày kết thúc) chặn mọi đề nghị khen thưởng; vi phạm đã kết luận chặn năm xảy ra.
      </p>
      {conduct.total === 0 ? (
        <p className="text-sm text-slate-700">Chưa có ghi nhận.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Loại việc</th>
              <th scope="col">Thời gian</th>
              <th scope="col">Nội dung</th>
              <th scope="col">Nguồn</th>
              {manage ? (
                <th scope="col">
                  <span className="sr-only">Thao tác</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {conduct.rows.map((c) => (
              <tr key={c.id}>
                <td>{CONDUCT_KIND_LABELS[c.kind]}</td>
                <td>
                  {vnDate(c.startedOn)} –{' '}
                  {c.endedOn ? vnDate(c.endedOn) : <span className="badge bg-red-100 text-red-900">Đang mở</span>}
                </td>
                <td>{[c.summary, c.reference].filter(Boolean).join(' · ')}</td>
                <td>{c.sourceBody ?? CONDUCT_SOURCE_LABELS[c.source]}</td>
                {manage ? (
                  <td>{c.endedOn ? null : <CloseConductForm action={closeConductAction} conductId={c.id} />}</td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {conduct.pageCount > 1 ? (
        <p className="mt-2 text-sm text-slate-700">
          Hiển thị {conduct.rows.length}/{conduct.total} ghi nhận mới nhất.
        </p>
      ) : null}
      {manage ? (
        <div className="mt-6 max-w-2xl">
          <AddConductForm action={addConductAction} subject={subject} />
        </div>
      ) : null}
    </section>
  )
}
