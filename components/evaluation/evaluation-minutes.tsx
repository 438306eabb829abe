// The biên bản bình xét a dossier carries: the unit's meeting and the vote counts per nominee.
import { awardName, vnDate } from '@/components/dossiers/labels'
import type { DossierEvaluation } from '@/lib/evaluation/queries'

export function EvaluationMinutes({
  evaluation,
  nominees,
}: {
  evaluation: DossierEvaluation
  nominees: { id: string; displayName: string; award: string }[]
}) {
  const votes = new Map(evaluation.votes.map((v) => [v.nomineeId, v]))
  return (
    <section className="card space-y-3" aria-labelledby="evaluation-title">
      <h2 id="evaluation-title" className="text-lg font-semibold">
        Biên bản họp bình xét
      </h2>
      <p className="text-sm text-slate-700">
        Họp ngày {vnDate(evaluation.meetingOn)}, chủ trì: {evaluation.chairName}
        {evaluation.secretaryName ? `, thư ký: ${evaluation.secretaryName}` : ''}; có mặt {evaluation.membersPresent}/
        {evaluation.membersTotal} thành viên.
      </p>
      <table className="table" data-testid="evaluation-votes">
        <thead>
          <tr>
            <th scope="col">STT</th>
            <th scope="col">Họ và tên</th>
            <th scope="col">Hình thức đề nghị</th>
            <th scope="col">Đồng ý</th>
            <th scope="col">Không đồng ý</th>
          </tr>
        </thead>
        <tbody>
          {nominees.map((n, i) => {
            const v = votes.get(n.id)
            return (
              <tr key={n.id}>
                <td>{i + 1}</td>
                <td>{n.displayName}</td>
                <td>{awardName(n.award)}</td>
                <td>{v ? `${v.agree}/${evaluation.membersPresent}` : '—'}</td>
                <td>{v ? v.disagree : '—'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
