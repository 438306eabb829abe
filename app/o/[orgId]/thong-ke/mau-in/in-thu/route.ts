// The test-print page of a certificate template: a millimetre grid and every field where it will print.
import { testPrintPdf } from '@/lib/certificates/certificates'
import { workspaceDownload } from '@/lib/shared/download'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params
  const template = new URL(request.url).searchParams.get('mau') ?? ''
  return workspaceDownload(orgId, async (actor) => ({
    body: new Uint8Array(await testPrintPdf(actor, template)),
    type: 'pdf',
    name: `in-thu-${template}`,
    inline: true,
  }))
}
