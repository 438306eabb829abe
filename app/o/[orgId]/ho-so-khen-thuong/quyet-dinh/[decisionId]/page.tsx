import Link from 'next/link'
import { awardName, vnDate } from '@/components/dossiers/labels'
import { formatVnd } from '@/lib/awards/cash'
import { loadOr404, requireWorkspace } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { findDecisionForActor } from '@/lib/dossiers/queries'
import { AfterDecision } from '@/components/decisions/after-decision'
import { decisionAfterIssue, standingTotal, stands } from '@/lib/decisions/queries'
import { amendDecisionAction } from './actions'

export const metadata = { title: 'Quyết định khen thưởng' }

export default async function DecisionPage({ params }: { params: Promise<{ orgId: string; decisionId: string }> }) {
  const { orgId, decisionId } = await params
  const { actor } = await requireWorkspace(orgId)
  const { decision, issuer, items, after } = await loadOr404(() =>
    withTenant(actor.tenantId, async (tx) => {
      const found = await findDecisionForActor(tx, actor, decisionId)
      return { ...found, after: await decisionAfterIssue(tx, actor, found.decision, found.issuer) }
    }),
  )
  const base = `/o/${orgId}/ho-so-khen-thuong`
  const total = standingTotal(items) // revoked awards are recovered; amended ones are paid by the new decision
  const replacedKind = (id: string) => decision.amendments.find((a) => a.id === id)?.amendKind ?? null
  const amendedBy = (kind: string | null) => (kind === 'THAY_THE' ? 'thay thế' : 'sửa đổi, bổ sung')
  const signer = [decision.signerAuthority, decision.signerPosition].filter(Boolean).join(' ')
  return (
    <div className="space-y-6">
      <Link className="link text-sm" href={base}>
        ← Hồ sơ khen thưởng
      </Link>
      <section className="card space-y-2">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold">
              Quyết định số <span data-testid="decision-number">{decision.documentNumber}</span>
            </h1>
            <p className="text-sm text-slate-700">
              {issuer.name} · ngày {vnDate(decision.decidedOn)}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <a className="btn btn-secondary" href={`${base}/quyet-dinh/${decision.id}/docx`} download>
              Tải quyết định (.docx)
            </a>
            <a className="btn btn-secondary" href={`${base}/quyet-dinh/${decision.id}/bang-khen`} download>
              In bằng, giấy khen (.pdf)
            </a>
          </div>
        </div>
        <p className="font-medium">{decision.title}</p>
        {decision.amends ? (
          <p className="text-sm" data-testid="amends">
            {decision.amendKind === 'THAY_THE' ? 'Thay thế' : 'Sửa đổi, bổ sung'}{' '}
            <Link className="link" href={`${base}/quyet-dinh/${decision.amends.id}`}>
              Quyết định số {decision.amends.documentNumber} ngày {vnDate(decision.amends.decidedOn)}
            </Link>
            {decision.amendReason ? ` — ${decision.amendReason}` : ''}
          </p>
        ) : null}
        {decision.amendments.length ? (
          <ul className="text-sm" data-testid="amended-by">
            {decision.amendments.map((a) => (
              <li key={a.id}>
                Đã được {amendedBy(a.amendKind)} bởi{' '}
                <Link className="link" href={`${base}/quyet-dinh/${a.id}`}>
                  Quyết định số {a.documentNumber} ngày {vnDate(a.decidedOn)}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        <p className="text-sm text-slate-700">
          Người ký: {signer ? `${signer} ` : ''}
          {decision.signerName}
        </p>
      </section>
      <section className="card" aria-labelledby="awardees-title">
        <h2 id="awardees-title" className="text-lg font-semibold">
          Danh sách được khen thưởng ({items.length})
        </h2>
        <table className="table mt-3">
          <thead>
            <tr>
              <th scope="col">Số sổ vàng</th>
              <th scope="col">Họ tên / tập thể</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Hình thức khen thưởng</th>
              <th scope="col" className="text-right">
                Số tiền
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr key={item.id} className={stands(item) ? undefined : 'text-slate-500'}>
                <td>{item.goldBookNo ?? index + 1}</td>
                <td>
                  {item.personId ? (
                    <Link className="link" href={`${base}/lich-su?nguoi=${item.personId}`}>
                      {item.displayName}
                    </Link>
                  ) : (
                    item.displayName
                  )}
                </td>
                <td>{item.unitName}</td>
                <td>
                  {awardName(item.award)}
                  {item.revokedAt ? (
                    <span className="badge ml-2 bg-red-100 text-red-900" data-testid="revoked">
                      Đã hủy bỏ ({item.revocationDocument})
                    </span>
                  ) : null}
                  {item.supersededAt ? (
                    <span className="badge ml-2 bg-amber-100 text-amber-900" data-testid="superseded">
                      Đã được {amendedBy(item.replacedBy[0] ? replacedKind(item.replacedBy[0].decision.id) : null)} bởi{' '}
                      <Link className="link" href={`${base}/quyet-dinh/${item.replacedBy[0]?.decision.id ?? ''}`}>
                        QĐ số {item.replacedBy[0]?.decision.documentNumber}
                      </Link>
                    </span>
                  ) : null}
                </td>
                <td className="text-right">
                  {item.amount > 0 ? stands(item) ? formatVnd(item.amount) : <s>{formatVnd(item.amount)}</s> : '—'}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4} className="text-right">
                Tổng cộng
              </th>
              <td className="text-right font-semibold" data-testid="decision-total">
                {formatVnd(total)}
              </td>
            </tr>
          </tfoot>
        </table>
      </section>
      <AfterDecision decision={decision} items={items} {...after} amendAction={amendDecisionAction.bind(null, orgId)} />
    </div>
  )
}
