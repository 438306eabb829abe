import { AppShell } from '@/components/shell/app-shell'
import { requireWorkspace } from '@/lib/auth/session'

export const dynamic = 'force-dynamic'

export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: React.ReactNode
  params: Promise<{ orgId: string }>
}) {
  const { orgId } = await params
  const { actor, organization, can } = await requireWorkspace(orgId)
  return (
    <AppShell actor={actor} organization={organization} can={can}>
      {children}
    </AppShell>
  )
}
