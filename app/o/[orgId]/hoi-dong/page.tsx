import { UnderConstruction } from '@/components/shell/app-shell'
import { requireWorkspace } from '@/lib/auth/session'

export const metadata = { title: 'Hội đồng' }

export default async function CouncilPage({ params }: { params: Promise<{ orgId: string }> }) {
  await requireWorkspace((await params).orgId)
  return (
    <UnderConstruction
      title="Hội đồng Thi đua - Khen thưởng"
      description="Phiên họp xét khen thưởng, biểu quyết kín của thành viên Hội đồng và biên bản họp."
    />
  )
}
