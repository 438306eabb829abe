import Link from 'next/link'
import { AcceptCovenantForm } from '@/components/blocks/covenant-form'
import { signatureLabel } from '@/components/blocks/format'
import { RankingTable } from '@/components/blocks/ranking-table'
import { loadOr404, requireWorkspace } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { canManageBlock, isHeadOf, scoringModes } from '@/lib/blocks/access'
import { formatPoints, sumPoints } from '@/lib/blocks/points'
import { loadBlockView, rankingOf, scoreIndex } from '@/lib/blocks/queries'
import { candidatesOf } from '@/lib/blocks/ranking'
import { acceptCovenantAction } from '../actions'

export const metadata = { title: 'Khối thi đua' }

export default async function BlockPage({ params }: { params: Promise<{ orgId: string; blockId: string }> }) {
  const { orgId, blockId } = await params
  const { actor, organization } = await requireWorkspace(orgId)
  const { block, sheet } = await loadOr404(() =>
    withTenant(actor.tenantId, (tx) => loadBlockView(tx, actor, organization, blockId)),
  )
  const base = `/o/${orgId}/khoi-thi-dua/${block.id}`
  const manages = canManageBlock(actor, block)
  const scored = sheet.scores.length > 0
  const ready = Boolean(block.covenant) && sheet.criteria.length > 0
  const maxTotal = sumPoints(sheet.criteria.map((c) => c.maxHundredths))
  const score = scoreIndex(sheet)
  const ranking = rankingOf(sheet)
  const candidates = candidatesOf(ranking)
  const roleOf = (id: string) =>
    id === block.leaderOrgId ? 'Trưởng khối' : id === block.deputyOrgId ? 'Phó khối' : 'Thành viên'
  const totals = (unitId: string, pick: 'self' | 'agreed') => {
    const values = sheet.criteria.map((c) => score(unitId, c.id)?.[pick] ?? null).filter((v): v is number => v !== null)
    return values.length
      ? `${formatPoints(sumPoints(values))} (${values.length}/${sheet.criteria.length} tiêu chí)`
      : '—'
  }
  const toSign = sheet.members.filter((m) => !m.acceptedAt && isHeadOf(actor, m.organizationId))
  return (
    <div className="space-y-6">
      <div>
        <Link className="link text-sm" href={`/o/${orgId}/khoi-thi-dua`}>
          ← Khối, cụm thi đua
        </Link>
        <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold">{block.name}</h1>
            <p className="text-sm text-slate-700">
              Năm {block.year} · Đơn vị quản lý: {block.organization.name} · Trưởng khối:{' '}
              {sheet.orgName.get(block.leaderOrgId)}
              {block.deputyOrgId ? ` · Phó khối: ${sheet.orgName.get(block.deputyOrgId)}` : ''}
            </p>
          </div>
          {manages && !scored ? (
            <div className="flex flex-wrap gap-2">
              <Link className="btn btn-primary" href={`${base}/giao-uoc`}>
                Soạn giao ước, tiêu chí
              </Link>
              <Link className="btn btn-secondary" href={`${base}/sua`}>
                Sửa thông tin khối
              </Link>
            </div>
          ) : null}
        </div>
        {manages && scored ? (
          <p role="note" className="mt-3 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm">
            Khối đã bắt đầu chấm điểm: giao ước, tiêu chí và thành viên đã được khóa.
          </p>
        ) : null}
      </div>

      <section className="card" aria-labelledby="covenant-title">
        <h2 id="covenant-title" className="text-lg font-semibold">
          Giao ước thi đua
        </h2>
        {block.covenant ? (
          <p className="mt-2 whitespace-pre-line">{block.covenant}</p>
        ) : (
          <p className="mt-2 text-sm text-slate-700">Chưa có nội dung giao ước.</p>
        )}
        {sheet.criteria.length ? (
          <table className="table mt-4">
            <caption className="sr-only">Tiêu chí chấm điểm</caption>
            <thead>
              <tr>
                <th scope="col">TT</th>
                <th scope="col">Tiêu chí</th>
                <th scope="col">Điểm tối đa</th>
              </tr>
            </thead>
            <tbody>
              {sheet.criteria.map((c, i) => (
                <tr key={c.id}>
                  <td>{i + 1}</td>
                  <td>{c.name}</td>
                  <td>{formatPoints(c.maxHundredths)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2} className="text-right">
                  Tổng cộng
                </th>
                <td className="font-semibold">{formatPoints(maxTotal)}</td>
              </tr>
            </tfoot>
          </table>
        ) : (
          <p className="mt-2 text-sm text-slate-700">Chưa có tiêu chí chấm điểm.</p>
        )}
        {toSign.length && ready ? (
          <div className="mt-4 space-y-3 border-t border-slate-200 pt-4">
            {toSign.map((m) => (
              <AcceptCovenantForm
                key={m.organizationId}
                action={acceptCovenantAction}
                blockId={block.id}
                organizationId={m.organizationId}
                unitName={m.name}
                version={block.version}
              />
            ))}
          </div>
        ) : null}
        {toSign.length && !ready ? (
          <p className="mt-4 text-sm text-slate-700">
            Giao ước chưa có đủ nội dung và tiêu chí chấm điểm nên chưa thể ký.
          </p>
        ) : null}
      </section>

      <section className="card" aria-labelledby="members-title">
        <h2 id="members-title" className="text-lg font-semibold">
          Đơn vị thành viên ({sheet.members.length})
        </h2>
        <div className="overflow-x-auto">
          <table className="table mt-3">
            <thead>
              <tr>
                <th scope="col">Đơn vị</th>
                <th scope="col">Vai trò</th>
                <th scope="col">Giao ước</th>
                <th scope="col">Điểm tự chấm</th>
                <th scope="col">Điểm thống nhất</th>
                <th scope="col">Bảng điểm</th>
              </tr>
            </thead>
            <tbody>
              {sheet.members.map((m) => {
                const modes = scoringModes(actor, block, m.organizationId)
                const label =
                  modes.self && m.acceptedAt ? 'Tự chấm điểm' : modes.agreed ? 'Chấm điểm thống nhất' : 'Xem bảng điểm'
                return (
                  <tr key={m.organizationId} data-testid="block-member">
                    <th scope="row" className="font-normal">
                      {m.name}
                    </th>
                    <td>{roleOf(m.organizationId)}</td>
                    <td>{signatureLabel(m)}</td>
                    <td>{totals(m.organizationId, 'self')}</td>
                    <td>{totals(m.organizationId, 'agreed')}</td>
                    <td>
                      {sheet.criteria.length ? (
                        <Link
                          className="link"
                          href={`${base}/cham-diem/${m.organizationId}`}
                          aria-label={`${label}: ${m.name}`}
                        >
                          {label}
                        </Link>
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
      </section>

      <section className="card" aria-labelledby="ranking-title">
        <h2 id="ranking-title" className="mb-3 text-lg font-semibold">
          Xếp hạng và đề nghị khen thưởng
        </h2>
        <RankingTable ranking={ranking} candidates={candidates} maxTotal={maxTotal} />
      </section>
    </div>
  )
}
