// The categories the statistics forms count by, entered on people and awards: the five groups of
// individuals (TT 02/2023/TT-BNV, biểu 0602.N/0603.N) and the methods of commendation (Luật TĐKT 2022
// Art. 7 "phương thức khen thưởng"; the forms add "kháng chiến"). Labels here and nowhere else.
import type { AwardMethod, StaffCategory } from '../generated/prisma/enums'

export const STAFF_CATEGORIES = [
  { code: 'LANH_DAO_TINH', label: 'Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên' },
  { code: 'LANH_DAO_SO', label: 'Lãnh đạo cấp vụ, sở, ngành và tương đương' },
  { code: 'DOANH_NHAN', label: 'Doanh nhân' },
  { code: 'LANH_DAO_KHAC', label: 'Các cấp lãnh đạo khác từ phó phòng trở lên' },
  {
    code: 'TRUC_TIEP',
    label: 'Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân, …)',
  },
] as const satisfies readonly { code: StaffCategory; label: string }[]

export const AWARD_METHODS = [
  { code: 'THUONG_XUYEN', label: 'Thường xuyên' },
  { code: 'CHUYEN_DE', label: 'Chuyên đề' },
  { code: 'DOT_XUAT', label: 'Đột xuất' },
  { code: 'DOI_NGOAI', label: 'Đối ngoại' },
  { code: 'CONG_HIEN', label: 'Cống hiến' },
  { code: 'NIEN_HAN', label: 'Niên hạn' },
  { code: 'KHANG_CHIEN', label: 'Kháng chiến' },
] as const satisfies readonly { code: AwardMethod; label: string }[]

export const STAFF_CATEGORY_CODES = STAFF_CATEGORIES.map((c) => c.code) as [StaffCategory, ...StaffCategory[]]
export const AWARD_METHOD_CODES = AWARD_METHODS.map((m) => m.code) as [AwardMethod, ...AwardMethod[]]

const METHOD_LABEL = new Map<string, string>(AWARD_METHODS.map((m) => [m.code, m.label]))
const CATEGORY_LABEL = new Map<string, string>(STAFF_CATEGORIES.map((c) => [c.code, c.label]))
export const methodLabel = (code: string) => METHOD_LABEL.get(code) ?? code
export const staffCategoryLabel = (code: string) => CATEGORY_LABEL.get(code) ?? code

/** The method a new award takes from its dossier's kind, unless one was chosen at entry. */
export function methodOf(chosen: AwardMethod | null | undefined, dossierKind: string): AwardMethod {
  if (chosen) return chosen
  return dossierKind === 'CHUYEN_DE' ? 'CHUYEN_DE' : dossierKind === 'DOT_XUAT' ? 'DOT_XUAT' : 'THUONG_XUYEN'
}
