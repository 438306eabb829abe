import Link from 'next/link'
import { AcceptCovenantForm } from '@/components/blocks/covenant-form'
import { signatureLabel } from '@/components/blocks/format'
import { RankingTable } from '@/components/blocks/ranking-table'
import {
  ProposeFlagForm,
  ProposeScoresForm,
  RespondScoresForm,
  WithdrawScoresForm,
} from '@/components/blocks/agreement-forms'
import { loadOr404, requireWorkspace } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { canManageBlock, canProposeScores, isHeadOf, mayProposeFlagFor, scoringModes } from '@/lib/blocks/access'
import { AGREEMENT_LABELS } from '@/lib/blocks/agreement'
import { formatPoints } from '@/lib/blocks/points'
import { loadBlockView, scoreIndex, standingOf } from '@/lib/blocks/queries'
import { CRITERION_KIND_LABELS, maxTotalOf, sheetTotal } from '@/lib/blocks/scoring'
import { isoDay, todayInVietnam, vnDate, vnDateTime } from '@/lib/shared/dates'
import {
  acceptCovenantAction,
  proposeFlagAction,
  proposeScoresAction,
  respondScoresAction,
  withdrawScoresAction,
} from '../actions'

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
  const maxTotal = maxTotalOf(sheet.criteria)
  const score = scoreIndex(sheet)
  const { ranking, agreement, proposal } = standingOf(sheet)
  const proposes = canProposeScores(actor, block)
  const today = todayInVietnam()
  const defaultDeadline = isoDay(new Date(today.getTime() + 7 * 86_400_000))
  const toAnswer =
    agreement.status === 'CHO_Y_KIEN' || (agreement.status === 'CO_PHAN_DOI' && !agreement.closed)
      ? sheet.members.filter((m) => m.acceptedAt && isHeadOf(actor, m.organizationId))
      : []
  const flagDossier = new Map(sheet.members.map((m) => [m.organizationId, m.flagDossierId]))
  const answerLabel = (m: (typeof sheet.members)[number]) => {
    if (!m.acceptedAt) return 'Không tham gia (chưa ký giao ước)'
    if (m.scoreResponse === 'DONG_Y') return `Đồng ý${m.scoreRespondedAt ? ` (${vnDateTime(m.scoreRespondedAt)})` : ''}`
    if (m.scoreResponse === 'PHAN_DOI') return `Phản đối: ${m.scoreObjection ?? ''}`
    if (agreement.status === 'CHUA_DE_XUAT') return '—'
    return agreement.closed ? 'Không có ý kiến (coi như đồng ý)' : 'Chưa có ý kiến'
  }
  const roleOf = (id: string) =>
    id === block.leaderOrgId ? 'Trưởng khối' : id === block.deputyOrgId ? 'Phó khối' : 'Thành viên'
  const totals = (unitId: string, pick: 'self' | 'agreed') => {
    const values = sheet.criteria.map((c) => score(unitId, c.id)?.[pick] ?? null)
    const entered = values.filter((v) => v !== null).length
    return entered
      ? `${formatPoints(sheetTotal(sheet.criteria, values).total)} (${entered}/${sheet.criteria.length} tiêu chí)`
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
                <th scope="col">Loại</th>
                <th scope="col">Điểm tối đa</th>
              </tr>
            </thead>
            <tbody>
              {sheet.criteria.map((c, i) => (
                <tr key={c.id}>
                  <td>{i + 1}</td>
                  <td>{c.name}</td>
                  <td>{CRITERION_KIND_LABELS[c.kind]}</td>
                  <td>{formatPoints(c.maxHundredths)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3} className="text-right">
                  Tổng điểm tối đa (không tính điểm trừ)
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
                <th scope="col">Ý kiến về kết quả</th>
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
                    <td data-testid="block-answer">{answerLabel(m)}</td>
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

      <section className="card" aria-labelledby="agreement-title">
        <h2 id="agreement-title" className="text-lg font-semibold">
          Thống nhất kết quả chấm điểm
        </h2>
        <p className="mt-2" data-testid="agreement-status">
          <strong>{AGREEMENT_LABELS[agreement.status]}</strong>
          {agreement.deadline ? ` · Hạn góp ý: ${vnDate(new Date(`${agreement.deadline}T00:00:00Z`))}` : ''}
        </p>
        <p className="mt-1 text-sm text-slate-700">{agreement.note}</p>
        {agreement.objected.length ? (
          <ul className="mt-2 list-disc pl-6 text-sm" aria-label="Ý kiến phản đối">
            {agreement.objected.map((m) => (
              <li key={m.organizationId}>
                <strong>{m.name}</strong>: {m.objection}
              </li>
            ))}
          </ul>
        ) : null}
        {proposes && agreement.status === 'CHUA_DE_XUAT' && ranking.ranked.length && !ranking.incomplete.length ? (
          <div className="mt-4 border-t border-slate-200 pt-4">
            <ProposeScoresForm
              action={proposeScoresAction}
              blockId={block.id}
              version={block.version}
              defaultDeadline={defaultDeadline}
            />
          </div>
        ) : null}
        {proposes && (agreement.status === 'CHO_Y_KIEN' || agreement.status === 'CO_PHAN_DOI') ? (
          <div className="mt-4 border-t border-slate-200 pt-4">
            <WithdrawScoresForm action={withdrawScoresAction} blockId={block.id} version={block.version} />
          </div>
        ) : null}
        {toAnswer.length ? (
          <div className="mt-4 space-y-4 border-t border-slate-200 pt-4">
            {toAnswer.map((m) => (
              <RespondScoresForm
                key={m.organizationId}
                action={respondScoresAction}
                blockId={block.id}
                organizationId={m.organizationId}
                unitName={m.name}
                version={block.version}
              />
            ))}
          </div>
        ) : null}
      </section>

      <section className="card" aria-labelledby="ranking-title">
        <h2 id="ranking-title" className="mb-3 text-lg font-semibold">
          Xếp hạng và đề nghị khen thưởng
        </h2>
        <RankingTable
          ranking={ranking}
          proposal={proposal}
          maxTotal={maxTotal}
          final={agreement.status === 'DA_THONG_NHAT'}
        />
        {proposal.candidates
          .filter((c) => c.award === 'CO_THI_DUA_TINH')
          .map((c) => {
            const dossierId = flagDossier.get(c.organizationId)
            if (dossierId)
              return (
                <p key={c.organizationId} className="mt-3 text-sm" data-testid="flag-dossier">
                  Đã lập hồ sơ đề nghị Cờ thi đua cho {c.name}.{' '}
                  {mayProposeFlagFor(actor, c.organizationId) ? (
                    <Link className="link" href={`/o/${c.organizationId}/ho-so-khen-thuong/${dossierId}`}>
                      Mở hồ sơ
                    </Link>
                  ) : null}
                </p>
              )
            return mayProposeFlagFor(actor, c.organizationId) ? (
              <div key={c.organizationId} className="mt-3">
                <ProposeFlagForm
                  action={proposeFlagAction}
                  blockId={block.id}
                  organizationId={c.organizationId}
                  unitName={c.name}
                />
              </div>
            ) : null
          })}
      </section>
    </div>
  )
}
