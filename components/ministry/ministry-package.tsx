// The dossier page's section for the package to the Ministry: what it holds, and the download (or, when
// the server cannot make PDFs, why not and what the administrator installs).
import { OFFICE_MISSING_MESSAGE, officeProgram } from '@/lib/ministry/convert'
import { PackageDownload } from './package-download'

export function MinistryPackage({ href, nominees }: { href: string; nominees: number }) {
  const office = officeProgram()
  return (
    <section className="card space-y-3" aria-labelledby="ministry-title">
      <h2 id="ministry-title" className="text-lg font-semibold">
        Gói hồ sơ trình Trung ương
      </h2>
      <p className="text-sm text-slate-700">
        {nominees} cá nhân, tập thể của hồ sơ này đã được trình Trung ương. Gói gồm danh sách đề nghị, báo cáo thành
        tích của từng người (tập thể) theo mẫu của Nghị định số 152/2025/NĐ-CP và biên bản họp Hội đồng Thi đua - Khen
        thưởng có số phiếu; mỗi tài liệu có bản Word (.docx) và PDF, tên tệp đánh số theo thứ tự hồ sơ để tải lên nguyên
        trạng. Danh sách do phần mềm lập từ hồ sơ này khi chưa có danh sách kèm tờ trình tổng hợp; phần lý lịch phần mềm
        chưa có được để trống cho đơn vị bổ sung trước khi ký.
      </p>
      {office ? (
        <PackageDownload href={href} />
      ) : (
        <p role="alert" className="text-sm text-red-700">
          {OFFICE_MISSING_MESSAGE}
        </p>
      )}
    </section>
  )
}
