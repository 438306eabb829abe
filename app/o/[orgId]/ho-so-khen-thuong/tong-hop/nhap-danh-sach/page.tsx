import Link from 'next/link'
import { NomineeImportForm } from '@/components/submissions/nominee-import-form'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { IMPORT_HEADERS, IMPORT_MAX_ROWS } from '@/lib/submissions/sheet'
import { importNomineesAction, previewNomineesAction } from '../actions'

export const metadata = { title: 'Nhập danh sách đề nghị từ tệp Excel' }

export default async function ImportNomineesPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params
  const { organization } = await requireWorkspacePermission(orgId, 'dossier.appraise')
  const base = `/o/${orgId}/ho-so-khen-thuong/tong-hop`
  return (
    <div className="space-y-4">
      <Link className="link text-sm" href={base}>
        ← Tổng hợp đề nghị
      </Link>
      <h1 className="text-2xl font-bold">Nhập danh sách đề nghị từ tệp Excel</h1>
      <section className="card space-y-2 text-sm text-slate-800">
        <p>
          Danh sách đề nghị khen thưởng mà {organization.name} nhận được (hoặc tự lập) trên Excel. Dòng tiêu đề cột:{' '}
          <strong>{IMPORT_HEADERS.join(', ')}</strong>. Tệp danh sách tải từ một tờ trình của phần mềm (.xlsx) cũng dùng
          được.
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            Mỗi dòng được đối chiếu với cán bộ hoặc tập thể của {organization.name} và các đơn vị trực thuộc theo họ tên
            và đơn vị (không cần dấu; “UBND” được hiểu là “Ủy ban nhân dân”). Trùng tên thì ghi đúng đơn vị công tác
            hoặc chức vụ.
          </li>
          <li>
            Mỗi đơn vị trực thuộc có người trong danh sách được lập một hồ sơ đề nghị, trình tới {organization.name} và
            hiện trong bảng tổng hợp ở trạng thái chờ thẩm định. Hình thức phải là hình thức trình tới cấp này (hình
            thức do đơn vị cấp dưới tự quyết định, như Lao động tiên tiến, không nhập ở đây).
          </li>
          <li>
            Mỗi danh hiệu chỉ đề nghị một lần cho một năm. Cột Ghi chú chỉ để đối chiếu, không được lưu. Tối đa{' '}
            {IMPORT_MAX_ROWS} dòng một tệp.
          </li>
          <li>Chỉ lưu khi tệp không còn dòng lỗi: mọi dòng được lưu cùng lúc, hoặc không dòng nào.</li>
        </ul>
      </section>
      <section className="card">
        <NomineeImportForm
          organizationId={orgId}
          preview={previewNomineesAction}
          save={importNomineesAction}
          listHref={base}
          year={new Date().getFullYear()}
        />
      </section>
    </div>
  )
}
