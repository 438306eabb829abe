import Link from 'next/link'
import { ImportPlanForm } from '@/components/plans/import-form'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { importPlanAction, previewImportAction } from '../actions'

export const metadata = { title: 'Nhập kế hoạch từ văn bản' }

export default async function ImportPlanPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params
  await requireWorkspacePermission(orgId, 'plan.draft')
  return (
    <div className="space-y-4">
      <Link className="link text-sm" href={`/o/${orgId}/ke-hoach`}>
        ← Danh sách kế hoạch
      </Link>
      <h1 className="text-2xl font-bold">Nhập kế hoạch từ văn bản</h1>
      <p className="text-sm text-slate-700">
        Dán toàn văn một kế hoạch đã có (chép từ tệp Word hoặc PDF). Phần mềm nhận diện các phần của văn bản; bạn xem
        trước, rồi tạo dự thảo để rà soát và chỉnh sửa.
      </p>
      <section className="card">
        <ImportPlanForm
          organizationId={orgId}
          preview={previewImportAction}
          action={importPlanAction.bind(null, orgId)}
        />
      </section>
    </div>
  )
}
