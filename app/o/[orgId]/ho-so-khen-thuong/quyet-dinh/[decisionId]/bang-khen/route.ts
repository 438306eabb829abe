// The certificates of a decision as one PDF, one page per awardee, on the tenant's print positions.
import { decisionCertificatesPdf } from '@/lib/certificates/certificates'
import { workspaceDownload } from '@/lib/shared/download'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ orgId: string; decisionId: string }> }) {
  const { orgId, decisionId } = await params
  return workspaceDownload(orgId, async (actor) => ({
    body: new Uint8Array(await decisionCertificatesPdf(actor, decisionId)),
    type: 'pdf',
    name: `bang-khen-quyet-dinh-${decisionId.slice(0, 8)}`,
  }))
}
