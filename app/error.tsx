'use client'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="noi-dung" className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-bold">Đã có lỗi ngoài dự kiến</h1>
      <p className="mt-3 text-slate-700">
        Thao tác chưa được thực hiện. Vui lòng thử lại; nếu lỗi lặp lại, hãy báo quản trị.
      </p>
      <button type="button" onClick={reset} className="btn btn-primary mt-6">
        Thử lại
      </button>
    </main>
  )
}
