// The block's ranking (totals, female share, tie decisions), the units not finished, the units kept out
// because they did not sign the covenant, and the award candidates. Server-rendered from lib/blocks.
import { formatPoints } from '@/lib/blocks/points'
import {
  AWARD_LABELS,
  FEMALE_PRIORITY_PERCENT,
  formatShare,
  type BlockProposal,
  type BlockRanking,
} from '@/lib/blocks/ranking'

export function RankingTable({
  ranking,
  proposal,
  maxTotal,
  final,
}: {
  ranking: BlockRanking
  proposal: BlockProposal
  maxTotal: number
  final: boolean
}) {
  const candidates = proposal.candidates
  return (
    <div className="space-y-4">
      {ranking.ranked.length === 0 ? (
        <p className="text-sm text-slate-700">Chưa có đơn vị nào được chấm xong điểm thống nhất.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="table">
            <caption className="text-left text-sm text-slate-700">
              {final
                ? 'Xếp hạng chính thức: kết quả chấm điểm đã được khối thống nhất.'
                : 'Xếp hạng tạm thời: chưa phải kết quả cuối cùng cho đến khi khối thống nhất kết quả chấm điểm.'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Hạng</th>
                <th scope="col">Đơn vị</th>
                <th scope="col">Tổng điểm (tối đa {formatPoints(maxTotal)})</th>
                <th scope="col">Tỷ lệ nữ</th>
                <th scope="col">Ghi chú</th>
              </tr>
            </thead>
            <tbody>
              {ranking.ranked.map((unit) => {
                const shared = ranking.ranked.filter((u) => u.rank === unit.rank).length > 1
                return (
                  <tr key={unit.organizationId} data-testid="ranking-row">
                    <td>
                      {unit.rank}
                      {shared ? ' (đồng hạng)' : ''}
                    </td>
                    <th scope="row" className="font-normal">
                      {unit.name}
                    </th>
                    <td>{formatPoints(unit.total)}</td>
                    <td>
                      {unit.people > 0
                        ? `${formatShare(unit)} (${unit.women}/${unit.people})`
                        : 'Chưa có danh sách cán bộ'}
                      {unit.femalePriority ? (
                        <span className="badge ml-1 bg-emerald-100 text-emerald-900">≥ {FEMALE_PRIORITY_PERCENT}%</span>
                      ) : null}
                    </td>
                    <td>
                      {unit.tieNotes.length ? (
                        <ul className="space-y-1">
                          {unit.tieNotes.map((note) => (
                            <li key={note}>{note}</li>
                          ))}
                        </ul>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      {ranking.incomplete.length ? (
        <div>
          <h3 className="font-semibold">Chưa chấm xong ({ranking.incomplete.length} đơn vị, chưa xếp hạng)</h3>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {ranking.incomplete.map((unit) => (
              <li key={unit.organizationId}>
                {unit.name}: {unit.note}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {ranking.unsigned.length ? (
        <div data-testid="block-unsigned">
          <h3 className="font-semibold">Không xếp hạng ({ranking.unsigned.length} đơn vị chưa ký giao ước)</h3>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {ranking.unsigned.map((unit) => (
              <li key={unit.organizationId}>
                {unit.name}: {unit.note}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <h3 className="font-semibold">Đơn vị được đề nghị khen thưởng</h3>
        {proposal.note ? <p className="mt-1 text-sm text-slate-700">{proposal.note}</p> : null}
        {candidates.length === 0 ? null : (
          <ul className="mt-1 space-y-1 text-sm" data-testid="block-candidates">
            {candidates.map((c) => (
              <li key={c.organizationId}>
                <strong>{AWARD_LABELS[c.award]}</strong>: {c.name} — hạng {c.rank},{' '}
                {formatPoints(Math.round(c.total * 100))} điểm
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
