import { redirect } from 'next/navigation'

export default async function WorkspaceIndex({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params
  redirect(`/o/${orgId}/tong-quan`)
}
