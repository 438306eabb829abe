import Link from 'next/link'
import { isoDay, todayInVietnam } from '@/lib/shared/dates'
import { DecisionForm } from '@/components/dossiers/decision-form'
import { awardName } from '@/components/dossiers/labels'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { DECISION_MAX_NOMINEES, listApprovedForDecision } from '@/lib/dossiers/queries'
import { decisionSymbol, suggestDecisionNumber } from '@/lib/dossiers/decision-number'
import { suggestedDecisionTitle } from '@/lib/dossiers/decision-docx'
import { issueDecisionAction } from '../../actions'

export const metadata = { title: 'Ra quyết định khen thưởng' }

export default async function NewDecisionPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params
  const { actor, organization } = await requireWorkspacePermission(orgId, 'decision.sign')
  const today = todayInVietnam()
  const year = today.getUTCFullYear()
  const { approved, unit, orgName, suggested } = await withTenant(actor.tenantId, async (tx) => {
    const approved = await listApprovedForDecision(tx, actor, organization)
    const unit = await tx.organization.findFirstOrThrow({
      where: { tenantId: actor.tenantId, id: organization.id },
      select: { kind: true },
    })
    const ids = [...new Set(approved.nominees.map((n) => n.dossier.proposingOrgId))]
    const orgs = await tx.organization.findMany({
      where: { tenantId: actor.tenantId, id: { in: ids } },
      select: { id: true, name: true },
    })
    const key = { tenantId: actor.tenantId, organizationId: organization.id, symbol: decisionSymbol(unit.kind), year }
    const suggested = await suggestDecisionNumber(tx, key)
    return { approved, unit, orgName: new Map(orgs.map((o) => [o.id, o.name])), suggested }
  })
  // One decision per form of award: a section and a form for each form among the approved nominees.
  const forms = new Map<string, typeof approved.nominees>()
  for (const n of approved.nominees) forms.set(n.award, [...(forms.get(n.award) ?? []), n])
  const symbol = decisionSymbol(unit.kind)
  const base = `/o/${orgId}/ho-so-khen-thuong`
  return (
    <div className="space-y-4">
      <Link className="link text-sm" href={base}>
        ← Danh sách hồ sơ
      </Link>
      <h1 className="text-2xl font-bold">Ra quyết định khen thưởng</h1>
      <p className="text-sm text-slate-700">
        Những người (tập thể) đã được {organization.name} phê duyệt và chưa có quyết định, theo từng hình thức khen
        thưởng: mỗi hình thức một quyết định. Số quyết định do văn thư cấp (phần mềm gợi ý số tiếp theo); tiền thưởng
        tính theo mức lương cơ sở và hệ số áp dụng vào ngày quyết định (Quản trị → Tiền thưởng).
      </p>
      <section className="card">
        {approved.nominees.length === 0 ? (
          <p className="text-sm text-slate-700">Chưa có người được đề nghị nào đã phê duyệt đang chờ ra quyết định.</p>
        ) : (
          <>
            {approved.total > DECISION_MAX_NOMINEES ? (
              <p role="status" className="mb-3 text-sm text-amber-900">
                Có {approved.total} người chờ quyết định; danh sách hiển thị {DECISION_MAX_NOMINEES} người đầu tiên (tối
                đa một quyết định).
              </p>
            ) : null}
            {[...forms].map(([award, nominees]) => (
              <section key={award} className="mt-4 border-t pt-4 first:mt-0 first:border-t-0 first:pt-0">
                <h2 className="mb-3 text-lg font-semibold">
                  {awardName(award)} ({nominees.length})
                </h2>
                <DecisionForm
                  action={issueDecisionAction.bind(null, orgId)}
                  organizationId={organization.id}
                  rows={nominees.map((n) => ({
                    id: n.id,
                    name: n.displayName,
                    award: awardName(n.award),
                    unit: orgName.get(n.dossier.proposingOrgId) ?? '',
                    dossier: `${n.dossier.title} (${n.dossier.year})`,
                  }))}
                  today={isoDay(today)}
                  signer={
                    unit.kind === 'CHINH_QUYEN'
                      ? { authority: '', position: 'CHỦ TỊCH' }
                      : { authority: '', position: '' }
                  }
                  form={{
                    label: awardName(award),
                    title: suggestedDecisionTitle(award, Math.min(...nominees.map((n) => n.dossier.year))),
                  }}
                  number={{ suggested, symbol, year }}
                />
              </section>
            ))}
          </>
        )}
      </section>
    </div>
  )
}
