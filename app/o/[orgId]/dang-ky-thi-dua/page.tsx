import { UnderConstruction } from '@/components/shell/app-shell'
import { requireWorkspace } from '@/lib/auth/session'

export const metadata = { title: 'Đăng ký thi đua' }

export default async function RegistrationPage({ params }: { params: Promise<{ orgId: string }> }) {
  await requireWorkspace((await params).orgId)
  return (
    <UnderConstruction
      title="Đăng ký thi đua"
      description="Đăng ký danh hiệu thi đua của tập thể và cá nhân, cụm/khối thi đua, giao ước và chấm điểm."
    />
  )
}
