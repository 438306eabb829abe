import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ScoreSheetForm } from '@/components/blocks/score-sheet'
import { ScoreTable } from '@/components/blocks/score-table'
import { signatureLabel } from '@/components/blocks/format'
import { loadOr404, requireWorkspace } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { scoringModes } from '@/lib/blocks/access'
import { formatPoints } from '@/lib/blocks/points'
import { loadBlockView, scoreIndex } from '@/lib/blocks/queries'
import { saveScoresAction } from '../../../actions'

export const metadata = { title: 'Bảng điểm thi đua' }

const MODES = { 'tu-cham': 'self', 'thong-nhat': 'agreed' } as const

export default async function ScoreSheetPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string; blockId: string; unitId: string }>
  searchParams: Promise<{ loai?: string }>
}) {
  const { orgId, blockId, unitId } = await params
  const { loai } = await searchParams
  const { actor, organization } = await requireWorkspace(orgId)
  const { block, sheet } = await loadOr404(() =>
    withTenant(actor.tenantId, (tx) => loadBlockView(tx, actor, organization, blockId)),
  )
  const member = sheet.members.find((m) => m.organizationId === unitId)
  if (!member) notFound()
  const modes = scoringModes(actor, block, member.organizationId)
  const canSelf = modes.self && member.acceptedAt !== null
  const asked = MODES[loai as keyof typeof MODES]
  const mode =
    asked === 'self' && canSelf
      ? 'self'
      : asked === 'agreed' && modes.agreed
        ? 'agreed'
        : canSelf
          ? 'self'
          : modes.agreed
            ? 'agreed'
            : null
  const score = scoreIndex(sheet)
  const rows = sheet.criteria.map((c) => {
    const s = score(member.organizationId, c.id)
    const value = mode === 'agreed' ? s?.agreed : s?.self
    return {
      criterionId: c.id,
      name: c.name,
      kind: c.kind,
      maxHundredths: c.maxHundredths,
      value: value === null || value === undefined ? '' : formatPoints(value, { grouping: false }),
      evidence: s?.evidence ?? '',
      selfLabel: s?.self === null || s?.self === undefined ? '' : formatPoints(s.self),
      version: s?.version ?? 0,
    }
  })
  const base = `/o/${orgId}/khoi-thi-dua/${block.id}`
  const sheetUrl = (key: keyof typeof MODES) => `${base}/cham-diem/${member.organizationId}?loai=${key}`
  return (
    <div className="space-y-6">
      <div>
        <Link className="link text-sm" href={base}>
          ← {block.name}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">Bảng điểm: {member.name}</h1>
        <p className="text-sm text-slate-700">
          Năm {block.year} · {signatureLabel(member)}
        </p>
        {canSelf && modes.agreed ? (
          <p className="mt-2 flex gap-4 text-sm">
            <Link className="link" href={sheetUrl('tu-cham')} aria-current={mode === 'self' ? 'page' : undefined}>
              Điểm tự chấm
            </Link>
            <Link className="link" href={sheetUrl('thong-nhat')} aria-current={mode === 'agreed' ? 'page' : undefined}>
              Điểm thống nhất
            </Link>
          </p>
        ) : null}
      </div>
      {sheet.criteria.length === 0 ? (
        <section className="card">
          <p className="text-sm">Khối chưa có tiêu chí chấm điểm.</p>
        </section>
      ) : mode ? (
        <section className="card">
          <h2 className="mb-3 text-lg font-semibold">
            {mode === 'self' ? 'Tự chấm điểm' : 'Ghi nhận điểm thống nhất'}
          </h2>
          <ScoreSheetForm
            action={saveScoresAction}
            blockId={block.id}
            organizationId={member.organizationId}
            unitName={member.name}
            mode={mode}
            rows={rows}
          />
        </section>
      ) : (
        <section className="card">
          {modes.self && !member.acceptedAt ? (
            <p className="mb-3 text-sm">Đơn vị cần ký giao ước thi đua trước khi tự chấm điểm.</p>
          ) : null}
          <ScoreTable criteria={sheet.criteria} score={(criterionId) => score(member.organizationId, criterionId)} />
        </section>
      )}
    </div>
  )
}
