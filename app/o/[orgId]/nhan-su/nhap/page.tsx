import Link from 'next/link'
import { ImportPeopleForm } from '@/components/people/import-form'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { lastRatingYears } from '@/lib/people/labels'
import { sheetHeaders } from '@/lib/people/sheet'
import { importPeopleAction, previewImportAction } from '../actions'

export const metadata = { title: 'Nhập danh sách cán bộ từ tệp' }

export default async function ImportPeoplePage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params
  const { organization } = await requireWorkspacePermission(orgId, 'people.manage')
  const base = `/o/${orgId}/nhan-su`
  return (
    <div className="space-y-4">
      <Link className="link text-sm" href={base}>
        ← Danh sách cán bộ
      </Link>
      <h1 className="text-2xl font-bold">Nhập danh sách cán bộ từ tệp</h1>
      <section className="card space-y-2 text-sm text-slate-800">
        <p>
          Tệp Excel (.xlsx) hoặc CSV UTF-8 (phân cách bằng dấu phẩy hoặc dấu chấm phẩy), dòng đầu là tiêu đề cột:{' '}
          <strong>{sheetHeaders(lastRatingYears()).join(', ')}</strong>. Tiêu đề viết có dấu hay không dấu, chữ hoa hay
          thường đều được.
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>Bắt buộc: Họ và tên, Giới tính (Nam/Nữ). Ngày sinh ghi dd/mm/yyyy. Lãnh đạo ghi “có” hoặc “không”.</li>
          <li>Đơn vị để trống là {organization.name}; nếu ghi, phải là tên một đơn vị bạn quản lý.</li>
          <li>
            Các cột Xếp loại &lt;năm&gt; không bắt buộc: HTXS, HTT, HT, KHT hoặc tên đầy đủ (“Hoàn thành tốt nhiệm
            vụ”…).
          </li>
          <li>Tối đa 5 MB và 5.000 dòng. Người đã có trong đơn vị (cùng họ tên và ngày sinh) không được nhập lại.</li>
          <li>
            Chỉ lưu khi tệp không còn dòng lỗi: mọi dòng được lưu cùng lúc, hoặc không dòng nào. Tải{' '}
            <a className="link" href={`${base}/xuat?dinh-dang=xlsx&mau=1`}>
              tệp mẫu Excel
            </a>{' '}
            hoặc{' '}
            <a className="link" href={`${base}/xuat?dinh-dang=csv&mau=1`}>
              tệp mẫu CSV
            </a>
            .
          </li>
        </ul>
      </section>
      <section className="card">
        <ImportPeopleForm
          organizationId={orgId}
          preview={previewImportAction}
          save={importPeopleAction}
          listHref={base}
        />
      </section>
    </div>
  )
}
