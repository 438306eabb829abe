import { UnderConstruction } from '@/components/shell/app-shell'
import { requireWorkspace } from '@/lib/auth/session'

export const metadata = { title: 'Hồ sơ khen thưởng' }

export default async function DossiersPage({ params }: { params: Promise<{ orgId: string }> }) {
  await requireWorkspace((await params).orgId)
  return (
    <UnderConstruction
      title="Hồ sơ đề nghị khen thưởng"
      description="Lập, trình, thẩm định hồ sơ đề nghị khen thưởng theo từng cấp và ra quyết định khen thưởng."
    />
  )
}
