import Link from 'next/link'
import { EvaluationTable } from '@/components/evaluation/evaluation-table'
import { loadOr404, requireWorkspacePermission } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { loadEvaluationTable } from '@/lib/evaluation/table'
import { TABLE_LIMIT } from '@/lib/evaluation/schemas'
import { todayInVietnam } from '@/lib/shared/dates'
import { createEvaluationDossierAction } from './actions'

export const metadata = { title: 'Bình xét thi đua cuối năm' }

const REGISTRATION_STATUS: Record<string, string> = {
  DRAFT: 'đang soạn',
  SUBMITTED: 'đã gửi, chờ cấp trên',
  RETURNED: 'bị trả lại',
  ACCEPTED: 'đã được chấp nhận',
}

export default async function EvaluationPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<{ nam?: string }>
}) {
  const { orgId } = await params
  const { nam } = await searchParams
  const { actor, organization } = await requireWorkspacePermission(orgId, 'dossier.propose')
  const thisYear = todayInVietnam().getUTCFullYear()
  const asked = Number(nam)
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear ? asked : thisYear
  const table = await loadOr404(() =>
    withTenant(actor.tenantId, (tx) => loadEvaluationTable(tx, actor, organization.id, year)),
  )
  return (
    <div className="space-y-4">
      <Link className="link text-sm" href={`/o/${orgId}/ho-so-khen-thuong`}>
        ← Danh sách hồ sơ
      </Link>
      <h1 className="text-2xl font-bold">Bình xét thi đua năm {year}</h1>
      <form className="flex items-end gap-2" method="get">
        <label className="text-sm font-medium" htmlFor="nam">
          Năm thi đua
        </label>
        <input id="nam" name="nam" type="number" min={2000} max={thisYear} defaultValue={year} className="input w-28" />
        <button className="btn btn-secondary" type="submit">
          Xem
        </button>
      </form>
      <p className="text-sm text-slate-700">
        {organization.name}: mỗi cán bộ được xét danh hiệu Lao động tiên tiến, và danh hiệu đã đăng ký nếu cao hơn. Đăng
        ký thi đua năm {year}:{' '}
        {table.registrationStatus ? REGISTRATION_STATUS[table.registrationStatus] : 'chưa có bản đăng ký'}. Các tiêu chí
        được kiểm tra theo quy định có hiệu lực; dòng chưa đạt không chọn được vào hồ sơ.
      </p>
      {table.truncated ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">
          Đơn vị có hơn {TABLE_LIMIT} người: bảng chỉ hiện {TABLE_LIMIT} người đầu; hãy bình xét theo từng đơn vị trực
          thuộc.
        </p>
      ) : null}
      <EvaluationTable
        action={createEvaluationDossierAction.bind(null, orgId)}
        organizationId={organization.id}
        year={year}
        rows={table.rows}
      />
    </div>
  )
}
