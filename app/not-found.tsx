import Link from 'next/link'

export default function NotFound() {
  return (
    <main id="noi-dung" className="mx-auto max-w-xl px-6 py-24 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-3 text-slate-700">Trang hoặc dữ liệu bạn tìm không tồn tại, hoặc bạn không có quyền truy cập.</p>
      <Link href="/" className="btn btn-primary mt-6">
        Về trang chủ
      </Link>
    </main>
  )
}
