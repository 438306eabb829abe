import Link from 'next/link'
import { ImportHistoryForm } from '@/components/history/history-forms'
import { awardLabel } from '@/lib/awards/catalog'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { HISTORY_AWARDS, HISTORY_HEADERS } from '@/lib/history/sheet'
import { importHistoryAction, previewHistoryAction } from '../actions'

export const metadata = { title: 'Nhập lịch sử khen thưởng từ tệp' }

export default async function ImportHistoryPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params
  const { organization } = await requireWorkspacePermission(orgId, 'people.manage')
  const base = `/o/${orgId}/nhan-su`
  return (
    <div className="space-y-4">
      <Link className="link text-sm" href={base}>
        ← Danh sách cán bộ
      </Link>
      <h1 className="text-2xl font-bold">Nhập lịch sử khen thưởng từ tệp</h1>
      <section className="card space-y-2 text-sm text-slate-800">
        <p>
          Khen thưởng đã có trước khi dùng phần mềm (các năm đạt LĐTT, CSTĐ cơ sở, Bằng khen…), nhập một lần để các tiêu
          chuẩn nhiều năm liền được xét đúng ngay từ đầu. Dòng đầu là tiêu đề cột:{' '}
          <strong>{HISTORY_HEADERS.join(', ')}</strong>.
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            Khen thưởng cá nhân: ghi Họ và tên và Đơn vị của người đó (người phải có trong danh sách cán bộ của{' '}
            {organization.name} hoặc đơn vị trực thuộc). Khen thưởng tập thể: để trống Họ và tên, ghi tên tập thể ở cột
            Đơn vị.
          </li>
          <li>
            Hình thức: {HISTORY_AWARDS.map((a) => awardLabel(a)).join('; ')} (viết tắt như LĐTT, CSTĐ cơ sở cũng được).
          </li>
          <li>Ngày quyết định ghi dd/mm/yyyy. Một người (tập thể) chỉ có một dòng cho mỗi hình thức của mỗi năm.</li>
          <li>Chỉ lưu khi tệp không còn dòng lỗi: mọi dòng được lưu cùng lúc, hoặc không dòng nào.</li>
        </ul>
      </section>
      <section className="card">
        <ImportHistoryForm
          organizationId={orgId}
          preview={previewHistoryAction}
          save={importHistoryAction}
          listHref={base}
          awardLabels={Object.fromEntries(HISTORY_AWARDS.map((a) => [a, awardLabel(a)]))}
        />
      </section>
    </div>
  )
}
