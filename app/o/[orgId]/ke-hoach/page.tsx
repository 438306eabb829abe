import { UnderConstruction } from '@/components/shell/app-shell'
import { requireWorkspacePermission } from '@/lib/auth/session'

export const metadata = { title: 'Kế hoạch' }

export default async function PlansPage({ params }: { params: Promise<{ orgId: string }> }) {
  await requireWorkspacePermission((await params).orgId, 'plan.view')
  return (
    <UnderConstruction
      title="Kế hoạch thi đua, khen thưởng"
      description="Soạn thảo, ban hành, triển khai kế hoạch thi đua, khen thưởng hằng năm và theo dõi tiến độ nhiệm vụ theo quý."
    />
  )
}
