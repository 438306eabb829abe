// Vietnamese public holidays as dated data: the days off each year as announced, and the Saturdays
// worked in exchange for a swapped day. Bộ luật Lao động 2019 (Luật 45/2019/QH14), Điều 112 gives the
// holidays (Tết Dương lịch 1 day; Tết Âm lịch 5 days; Giỗ Tổ Hùng Vương 10/3 âm lịch 1 day; 30/4 1 day;
// 1/5 1 day; Quốc khánh 2/9 2 days — 2/9 and one day before or after); Điều 112 khoản 3 lets the
// Prime Minister set the actual Tết and Quốc khánh days each year, and Điều 111 khoản 3 gives a
// compensating day when a holiday falls on the weekly rest day. Each year below follows the yearly
// announcement for cán bộ, công chức, viên chức (Thủ tướng's decision, notified by Bộ Nội vụ, formerly
// Bộ LĐTBXH). A year absent from this table is not known: deadlines crossing it say so.
//
// How sure: 2024 and 2025 follow the announcements as widely reported; 2026 Tết (14/2–22/2/2026) is the
// announced plan (reported by congan.com.vn, baomoi); 2026 Quốc khánh (1/9–2/9) and Tết Dương lịch
// (1/1 only) are the law's minimum pending the announcement. Correct a year here when it is announced.

export type HolidayYear = {
  year: number
  /** days off on weekdays (holidays, compensating days, swapped days), inclusive ranges [from, to] */
  off: readonly { from: string; to: string; label: string }[]
  /** Saturdays or Sundays that are working days in exchange for a swapped day */
  workingWeekends: readonly string[]
  source: string
}

export const HOLIDAYS: readonly HolidayYear[] = [
  {
    year: 2024,
    off: [
      { from: '2024-01-01', to: '2024-01-01', label: 'Tết Dương lịch' },
      { from: '2024-02-08', to: '2024-02-14', label: 'Tết Nguyên đán Giáp Thìn' },
      { from: '2024-04-18', to: '2024-04-18', label: 'Giỗ Tổ Hùng Vương' },
      { from: '2024-04-27', to: '2024-05-01', label: 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5 (hoán đổi 29/4)' },
      { from: '2024-08-31', to: '2024-09-03', label: 'Quốc khánh 2/9' },
    ],
    workingWeekends: ['2024-05-04'],
    source:
      'BLLĐ 2019 Điều 112; thông báo lịch nghỉ năm 2024 của Bộ LĐTBXH (Thủ tướng đồng ý hoán đổi 29/4 với thứ Bảy 04/5)',
  },
  {
    year: 2025,
    off: [
      { from: '2025-01-01', to: '2025-01-01', label: 'Tết Dương lịch' },
      { from: '2025-01-25', to: '2025-02-02', label: 'Tết Nguyên đán Ất Tỵ' },
      { from: '2025-04-07', to: '2025-04-07', label: 'Giỗ Tổ Hùng Vương' },
      { from: '2025-04-30', to: '2025-05-04', label: 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5 (hoán đổi 02/5)' },
      { from: '2025-08-30', to: '2025-09-02', label: 'Quốc khánh 2/9' },
    ],
    workingWeekends: ['2025-04-26'],
    source: 'BLLĐ 2019 Điều 112; thông báo lịch nghỉ năm 2025 (hoán đổi thứ Sáu 02/5 với thứ Bảy 26/4)',
  },
  {
    year: 2026,
    off: [
      { from: '2026-01-01', to: '2026-01-01', label: 'Tết Dương lịch' },
      { from: '2026-02-14', to: '2026-02-22', label: 'Tết Nguyên đán Bính Ngọ' },
      { from: '2026-04-27', to: '2026-04-27', label: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch là Chủ nhật 26/4)' },
      { from: '2026-04-30', to: '2026-05-01', label: 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5' },
      { from: '2026-09-01', to: '2026-09-02', label: 'Quốc khánh 2/9' },
    ],
    workingWeekends: [],
    source:
      'BLLĐ 2019 Điều 111 khoản 3, Điều 112; phương án nghỉ Tết Bính Ngọ 14/2–22/2/2026 đã được Thủ tướng đồng ý (công chức, viên chức nghỉ 9 ngày)',
  },
]
