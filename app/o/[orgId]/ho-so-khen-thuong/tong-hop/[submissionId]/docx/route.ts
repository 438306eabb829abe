// The tờ trình kèm danh sách of a submission as .docx (NĐ 30/2020), for its levels only.
import { submissionDocx } from '@/lib/submissions/docx'
import { workspaceDownload } from '@/lib/shared/download'

export async function GET(_: Request, { params }: { params: Promise<{ orgId: string; submissionId: string }> }) {
  const { orgId, submissionId } = await params
  return workspaceDownload(orgId, async (actor) => ({
    body: new Uint8Array(await submissionDocx(actor, submissionId)),
    type: 'docx',
    name: `to-trinh-danh-sach-de-nghi-khen-thuong-${submissionId.slice(0, 8)}`,
  }))
}
