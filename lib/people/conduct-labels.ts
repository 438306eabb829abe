// Vietnamese words for conduct records, shared by pages and forms.
import type { ConductKind, ConductSource } from '../generated/prisma/enums'

export const CONDUCT_KIND_LABELS: Record<ConductKind, string> = {
  INVESTIGATION: 'Điều tra, xem xét xử lý kỷ luật',
  INSPECTION: 'Thanh tra, kiểm tra có dấu hiệu vi phạm',
  COMPLAINT: 'Khiếu nại, tố cáo đang xác minh',
  VIOLATION: 'Vi phạm đã kết luận',
}

export const CONDUCT_SOURCE_LABELS: Record<ConductSource, string> = {
  STAFF: 'Cán bộ ghi nhận',
  CONSULTATION: 'Ý kiến hiệp y',
}
