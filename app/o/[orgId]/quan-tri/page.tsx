import Link from 'next/link'
import { requireWorkspacePermission } from '@/lib/auth/session'

export const metadata = { title: 'Quản trị' }

export default async function AdminPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params
  const { can } = await requireWorkspacePermission(orgId, 'org.manage')
  const links = [
    { href: 'don-vi', title: 'Cơ cấu tổ chức', text: 'Thêm, đổi tên, chuyển, ngừng hoạt động đơn vị.', show: true },
    {
      href: 'tai-khoan',
      title: 'Tài khoản và vai trò',
      text: 'Tạo tài khoản, đặt lại mật khẩu, gán vai trò theo đơn vị.',
      show: can('user.manage'),
    },
    {
      href: 'tien-thuong',
      title: 'Tiền thưởng và lương cơ sở',
      text: 'Mức lương cơ sở, hệ số tiền thưởng theo thời gian và căn cứ; thêm mức mới khi văn bản thay đổi.',
      show: true,
    },
    {
      href: 'thoi-han',
      title: 'Thời hạn xét khen thưởng',
      text: 'Số ngày làm việc công khai, thẩm định, hiệp y và hạn gửi hồ sơ theo thời gian và căn cứ.',
      show: true,
    },
    {
      href: 'y-kien-cap-uy',
      title: 'Ý kiến cấp ủy',
      text: 'Các hình thức khen thưởng cần ý kiến của cấp ủy trước khi tỉnh trình Trung ương, theo thời gian và căn cứ.',
      show: true,
    },
    { href: 'nhat-ky', title: 'Nhật ký hệ thống', text: 'Ai đã làm gì, khi nào.', show: can('audit.view') },
  ]
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Quản trị</h1>
      <ul className="grid gap-4 sm:grid-cols-3">
        {links
          .filter((l) => l.show)
          .map((l) => (
            <li key={l.href} className="card">
              <Link className="link text-lg font-semibold" href={`/o/${orgId}/quan-tri/${l.href}`}>
                {l.title}
              </Link>
              <p className="mt-1 text-sm text-slate-700">{l.text}</p>
            </li>
          ))}
      </ul>
    </div>
  )
}
