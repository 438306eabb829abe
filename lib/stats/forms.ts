// The statistics forms of TT 02/2023/TT-BNV (chế độ báo cáo thống kê ngành Nội vụ), phần thi đua, khen
// thưởng: biểu 0601.N–0605.N, due on 15 December of the reporting year. Each form is dated data (rows,
// columns, and which records each counts) so that a successor circular is a new entry of FORM_VERSIONS,
// not a rewrite. Figures are counted by one pure function (lib/stats/compute.ts) over "facts" (grouped
// counts of records); the register's drill-down reads the same predicates (lib/stats/drill.ts).
// Layout sources and their certainty: docs/domain.md §11.

/** A fact's dimensions. Award facts: award, collective, enterprise, category, method. */
export type Dimensions = Record<string, string | boolean>
/** Which facts a row or a column counts: every key must match (a list means "one of"). */
export type Predicate = Record<string, string | boolean | readonly string[]>

export type RowDef = {
  /** "Mã số" (column B); empty for a heading row */
  code: string
  label: string
  /** "Đơn vị tính" (column C) where the form has one */
  unit?: string
  /** heading rows carry no figures */
  heading?: boolean
  indent?: 0 | 1 | 2
  where?: Predicate
}

export type ColumnDef = {
  key: string
  /** the column's number in the form's numbering row (1, 2, …) */
  number: string
  label: string
  /** a header spanning columns above this one (e.g. "Huân chương" over "Tập thể", "Cá nhân") */
  group?: string
  where: Predicate
}

export type FormSource = 'awards' | 'movements' | 'organizations' | 'staff'

export type FormDef = {
  code: '0601.N' | '0602.N' | '0603.N' | '0604.N' | '0605.N'
  title: string
  /** the legal basis printed under the form number */
  basis: string
  /** reporting years the version applies to */
  fromYear: number
  toYear: number | null
  source: FormSource
  /** "Đơn vị tính" printed above the table, when the whole form has one */
  unitOfCount?: string
  /** the form has a "Đơn vị tính" column C */
  unitColumn: boolean
  /** column 1 "Tổng số" = the sum of the other columns */
  totalColumn: { number: string; label: string }
  columns: ColumnDef[]
  rows: RowDef[]
  /** what the app cannot know, said on the form and in docs/domain.md */
  notes: string[]
}

import { AWARD_METHODS, STAFF_CATEGORIES } from './categories'

const TT02 = 'Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ trưởng Bộ Nội vụ'

// Rows shared by the award forms (0602.N, 0603.N): by recipient, then by method of commendation.
const RECIPIENT_AND_METHOD_ROWS = (startCode: number): RowDef[] => {
  const code = (n: number) => String(startCode + n).padStart(2, '0')
  return [
    { code: '', label: '1. Chia theo đối tượng khen thưởng', heading: true },
    { code: code(0), label: '- Tập thể', unit: 'Tập thể', indent: 1, where: { collective: true } },
    {
      code: code(1),
      label: 'Trong đó: Doanh nghiệp',
      unit: 'Doanh nghiệp',
      indent: 2,
      where: { collective: true, enterprise: true },
    },
    { code: code(2), label: '- Hộ gia đình', unit: 'Hộ', indent: 1, where: { household: true } },
    { code: code(3), label: '- Cá nhân', unit: 'Người', indent: 1, where: { collective: false } },
    ...STAFF_CATEGORIES.map((c, i): RowDef => ({
      code: code(4 + i),
      label: `+ ${c.label}`,
      unit: 'Người',
      indent: 2,
      where: { collective: false, category: c.code },
    })),
    { code: '', label: '2. Chia theo phương thức khen thưởng', heading: true },
    ...AWARD_METHODS.map((m, i): RowDef => ({
      code: code(9 + i),
      label: `- ${m.label}`,
      indent: 1,
      where: { method: m.code },
    })),
  ]
}

const NONE: Predicate = { award: [] }

/** Two columns under one header: "Tập thể" (key_tt) and "Cá nhân" (key_cn) of the same award. */
const collectiveAndIndividual = (key: string, number: string, group: string, award: string): ColumnDef[] => [
  { key: `${key}_tt`, number, group, label: 'Tập thể', where: { award, collective: true } },
  { key: `${key}_cn`, number, group, label: 'Cá nhân', where: { award, collective: false } },
]

export const FORM_VERSIONS: readonly FormDef[] = [
  {
    code: '0601.N',
    title: 'SỐ PHONG TRÀO THI ĐUA',
    basis: TT02,
    fromYear: 2023,
    toYear: null,
    source: 'movements',
    unitOfCount: 'Phong trào',
    unitColumn: false,
    totalColumn: { number: '1=(2+3+4)', label: 'Tổng số' },
    columns: [
      {
        key: 'tw',
        number: '2',
        group: 'Số phong trào thi đua chia theo cấp chủ trì phát động thi đua',
        label: 'Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)',
        where: { launcher: 'TW' },
      },
      {
        key: 'tinh',
        number: '3',
        group: 'Số phong trào thi đua chia theo cấp chủ trì phát động thi đua',
        label: 'Cấp bộ, ban, ngành, đoàn thể trung ương, tỉnh, thành phố trực thuộc Trung ương',
        where: { launcher: 'TINH' },
      },
      {
        key: 'donvi',
        number: '4',
        group: 'Số phong trào thi đua chia theo cấp chủ trì phát động thi đua',
        label: 'Cơ quan, tổ chức, đơn vị',
        where: { launcher: 'DON_VI' },
      },
    ],
    rows: [
      { code: '01', label: 'Tổng số' },
      { code: '', label: '1. Chia theo phạm vi tổ chức thi đua', heading: true },
      { code: '02', label: '- Toàn quốc', indent: 1, where: { launcher: 'TW' } },
      { code: '03', label: '- Bộ, ban, ngành, đoàn thể, địa phương', indent: 1, where: { launcher: 'TINH' } },
      {
        code: '04',
        label: '- Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức',
        indent: 1,
        where: { launcher: 'KHOI' },
      },
      { code: '05', label: '- Cơ quan, tổ chức, đơn vị', indent: 1, where: { launcher: 'DON_VI' } },
      { code: '', label: '2. Chia theo thời hạn thi đua', heading: true },
      { code: '06', label: '- Dưới 1 năm', indent: 1, where: { duration: 'UNDER_1' } },
      { code: '07', label: '- 1 năm', indent: 1, where: { duration: 'ONE' } },
      { code: '08', label: '- Từ 1 năm đến dưới 3 năm', indent: 1, where: { duration: '1_TO_3' } },
      { code: '09', label: '- Từ 3 năm đến dưới 5 năm', indent: 1, where: { duration: '3_TO_5' } },
      { code: '10', label: '- Từ 5 năm trở lên', indent: 1, where: { duration: 'OVER_5' } },
      { code: '', label: '3. Chia theo phương thức tổ chức phong trào thi đua', heading: true },
      { code: '11', label: '- Thi đua theo chuyên đề', indent: 1, where: { kind: ['CHUYEN_DE', 'DAC_BIET'] } },
      { code: '12', label: '- Thi đua thường xuyên hàng năm', indent: 1, where: { kind: 'THUONG_XUYEN' } },
    ],
    notes: [
      'Phong trào do cụm, khối thi đua phát động (mã số 04) chưa được ghi nhận riêng trong phần mềm: các phong trào do khối phát động được tính theo đơn vị phát động.',
      'Phong trào "đặc biệt" được tính là thi đua theo chuyên đề.',
    ],
  },
  {
    code: '0602.N',
    title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC',
    basis: TT02,
    fromYear: 2023,
    toYear: null,
    source: 'awards',
    unitColumn: true,
    totalColumn: { number: '1', label: 'Tổng số' },
    columns: [
      ...collectiveAndIndividual('hc', '2', 'Các loại huân chương, huy chương', 'HUAN_CHUONG'),
      { key: 'gt_hcm', number: '3', label: 'Giải thưởng Hồ Chí Minh (cá nhân)', where: NONE },
      { key: 'gt_nn', number: '4', label: 'Giải thưởng Nhà nước (cá nhân)', where: NONE },
      ...collectiveAndIndividual('vd', '5', 'Danh hiệu vinh dự nhà nước', 'ANH_HUNG'),
      { key: 'co_cp', number: '6', label: 'Cờ thi đua của Chính phủ (tập thể)', where: NONE },
      ...collectiveAndIndividual('bk', '7', 'Bằng khen của Thủ tướng Chính phủ', 'BANG_KHEN_TTG'),
      {
        key: 'cstd_tq',
        number: '8',
        label: 'Chiến sĩ thi đua toàn quốc (cá nhân)',
        where: { award: 'CSTD_TOAN_QUOC', collective: false },
      },
    ],
    rows: [
      { code: '01', label: 'Tổng số' },
      { code: '', label: 'Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng', heading: true },
      { code: '02', label: '- Bộ, ban, ngành, đoàn thể Trung ương', unit: 'Bộ, ngành', indent: 1, where: NONE },
      { code: '03', label: '- Tỉnh, thành phố trực thuộc Trung ương', unit: 'Tỉnh, TP', indent: 1 },
      ...RECIPIENT_AND_METHOD_ROWS(4),
    ],
    notes: [
      'Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước, Cờ thi đua của Chính phủ và các hình thức khen thưởng khác chưa có trong danh mục khen thưởng của phần mềm: các cột này bằng 0.',
      'Khen thưởng hộ gia đình chưa được ghi nhận trong phần mềm: dòng "Hộ gia đình" bằng 0.',
    ],
  },
  {
    code: '0603.N',
    title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
    basis: TT02,
    fromYear: 2023,
    toYear: null,
    source: 'awards',
    unitColumn: true,
    totalColumn: { number: '1', label: 'Tổng số' },
    columns: [
      { key: 'bang_khen', number: '2', group: 'Chia ra', label: 'Bằng khen', where: { award: 'BANG_KHEN_TINH' } },
      {
        key: 'cstd',
        number: '3',
        group: 'Chia ra',
        label: 'Chiến sĩ thi đua cấp bộ, cấp tỉnh',
        where: { award: 'CSTD_TINH' },
      },
      {
        key: 'co',
        number: '4',
        group: 'Chia ra',
        label: 'Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương',
        where: { award: 'CO_THI_DUA_TINH' },
      },
      {
        key: 'huy_hieu',
        number: '5',
        group: 'Chia ra',
        label:
          'Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương',
        where: NONE,
      },
    ],
    rows: [{ code: '01', label: 'Tổng số' }, ...RECIPIENT_AND_METHOD_ROWS(2)],
    notes: [
      'Huy hiệu, kỷ niệm chương chưa có trong danh mục khen thưởng của phần mềm: cột 5 bằng 0.',
      'Khen thưởng hộ gia đình chưa được ghi nhận trong phần mềm: dòng "Hộ gia đình" bằng 0.',
    ],
  },
  {
    code: '0604.N',
    title:
      'SỐ LƯỢNG TỔ CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG CỦA BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG, TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
    basis: TT02,
    fromYear: 2023,
    toYear: null,
    source: 'organizations',
    unitColumn: true,
    totalColumn: { number: '1', label: 'Số lượng' },
    columns: [],
    rows: [
      { code: '01', label: 'Tổng số', unit: 'Tổ chức' },
      { code: '', label: 'Chia theo cơ cấu tổ chức bộ máy', heading: true },
      { code: '02', label: '- Cấp Vụ thuộc bộ, ban, ngành, đoàn thể Trung ương', unit: 'Vụ', indent: 1, where: NONE },
      { code: '03', label: '- Cấp phòng, ban hoặc bộ phận thuộc Vụ', unit: 'Phòng', indent: 1, where: NONE },
      { code: '04', label: '- Cấp ban thuộc Sở Nội vụ', unit: 'Ban', indent: 1, where: { body: 'BAN' } },
      { code: '05', label: '- Cấp phòng thuộc Sở Nội vụ', unit: 'Phòng', indent: 1, where: { body: 'PHONG' } },
    ],
    notes: [
      'Đếm các đơn vị đang hoạt động trong cơ cấu tổ chức có tên "Ban Thi đua - Khen thưởng" hoặc "Phòng … thi đua, khen thưởng" (không phân biệt dấu).',
    ],
  },
  {
    code: '0605.N',
    title: 'SỐ LƯỢNG CÔNG CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG',
    basis: TT02,
    fromYear: 2023,
    toYear: null,
    source: 'staff',
    unitOfCount: 'Người',
    unitColumn: false,
    totalColumn: { number: '1', label: 'Số lượng' },
    columns: [],
    rows: [
      { code: '01', label: 'Tổng số' },
      { code: '', label: 'Chia theo cấp hành chính', heading: true },
      { code: '02', label: '- Cấp tỉnh', indent: 1, where: { level: 'TINH' } },
      { code: '03', label: '- Cấp huyện', indent: 1, where: { level: 'HUYEN' } },
      { code: '04', label: '- Cấp xã', indent: 1, where: { level: 'XA' } },
    ],
    notes: [
      'Bố cục chính thức của biểu 0605.N không tìm thấy trong nguồn tra cứu: biểu này dựng theo cách gần nhất (xem docs/domain.md §11).',
      'Đếm tài khoản đang hoạt động có vai trò Cán bộ Nội vụ (Thường trực Hội đồng) tại các đơn vị trong phạm vi, theo cấp của đơn vị.',
    ],
  },
]

export type FormCode = FormDef['code']
export const FORM_CODES = ['0601.N', '0602.N', '0603.N', '0604.N', '0605.N'] as const satisfies readonly FormCode[]

export function isFormCode(value: unknown): value is FormCode {
  return typeof value === 'string' && (FORM_CODES as readonly string[]).includes(value)
}

/** The version of a form in force for a reporting year, or null when none applies. */
export function formFor(code: FormCode, year: number, versions: readonly FormDef[] = FORM_VERSIONS): FormDef | null {
  return versions.find((f) => f.code === code && f.fromYear <= year && (f.toYear === null || year <= f.toYear)) ?? null
}
