// The usual term of each form of discipline, to suggest an end date when the decision's own date is not
// entered. The decision of discipline is the source: staff enter its end date when it states one. For
// cán bộ, công chức, viên chức a decision runs 12 months from its effect (Luật Cán bộ, công chức and Luật
// Viên chức as amended by Luật 52/2019/QH14; read from secondary sources, not confirmed from the text:
// docs/domain.md §4). Buộc thôi việc has no term: the person leaves.
import type { DisciplineLevel } from '../generated/prisma/enums'

export const DISCIPLINE_TERMS = {
  source: 'Luật Cán bộ, công chức; Luật Viên chức (sửa đổi 2019) — thời hạn 12 tháng (chưa đối chiếu nguyên văn)',
  months: {
    KHIEN_TRACH: 12,
    CANH_CAO: 12,
    HA_BAC_LUONG: 12,
    GIANG_CHUC: 12,
    CACH_CHUC: 12,
    BUOC_THOI_VIEC: null,
  } satisfies Record<DisciplineLevel, number | null>,
} as const

/** The last day of the usual term from `from` (UTC date), or null when the form has none or no start is known. */
export function suggestedEnd(level: DisciplineLevel, from: Date | null): Date | null {
  const months = DISCIPLINE_TERMS.months[level]
  if (!from || months === null) return null
  const end = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, from.getUTCDate()))
  end.setUTCDate(end.getUTCDate() - 1)
  return end
}
