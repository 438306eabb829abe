// The floor of the HTTP benchmark (`npm run bench:http`): a page behind the same session check and
// workspace layout as every other page, with no data of its own. Not linked from the interface; every
// page's latency is read as a multiple of this one's, measured on the same server in the same run.
import { requireWorkspace } from '@/lib/auth/session'

export const metadata = { title: 'Sàn' }

export default async function FloorPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params
  const { organization } = await requireWorkspace(orgId)
  return <p className="text-sm text-slate-700">{organization.name}</p>
}
