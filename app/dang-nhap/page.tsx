import type { Metadata } from 'next'
import { LoginForm } from '@/components/auth/login-form'

export const metadata: Metadata = { title: 'Đăng nhập' }

const NOTICES: Record<string, string> = {
  'het-han': 'Phiên làm việc đã kết thúc hoặc tài khoản không còn quyền truy cập. Vui lòng đăng nhập lại.',
  'khong-co-don-vi': 'Tài khoản chưa được gán vào đơn vị nào. Vui lòng liên hệ quản trị.',
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const params = await searchParams
  const notice = NOTICES[params.phien ?? ''] ?? NOTICES[params.loi ?? '']
  return (
    <main id="noi-dung" className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md">
        <p className="text-center text-sm font-semibold uppercase tracking-wide text-brand-700">
          Cộng hòa xã hội chủ nghĩa Việt Nam
        </p>
        <h1 className="mt-2 text-center text-2xl font-bold text-slate-900">Phần mềm quản lý thi đua, khen thưởng</h1>
        <div className="card mt-8">
          <h2 className="mb-4 text-lg font-semibold">Đăng nhập</h2>
          {notice ? (
            <p
              role="status"
              className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
            >
              {notice}
            </p>
          ) : null}
          <LoginForm />
        </div>
      </div>
    </main>
  )
}
