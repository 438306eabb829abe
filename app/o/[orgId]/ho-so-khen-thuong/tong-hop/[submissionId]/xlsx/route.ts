// The danh sách đề nghị of a submission as .xlsx, for its levels only.
import { submissionXlsx } from '@/lib/submissions/xlsx'
import { workspaceDownload } from '@/lib/shared/download'

export async function GET(_: Request, { params }: { params: Promise<{ orgId: string; submissionId: string }> }) {
  const { orgId, submissionId } = await params
  return workspaceDownload(orgId, async (actor) => ({
    body: new Uint8Array(await submissionXlsx(actor, submissionId)),
    type: 'xlsx',
    name: `danh-sach-de-nghi-khen-thuong-${submissionId.slice(0, 8)}`,
  }))
}
