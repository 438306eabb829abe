// The page every plan is laid out on, in millimetres: one home for the .docx (lib/plans/docx/format.ts)
// and the print view (components/plans/print-styles.ts).
// NĐ 30/2020/NĐ-CP, Phụ lục I, mục I.3 (khổ giấy A4, 210 mm x 297 mm) and I.5 (lề trên, lề dưới 20-25 mm;
// lề trái 30-35 mm; lề phải 15-20 mm). The lower bound of each range.

export const PAGE_MM = { width: 210, height: 297 } as const

export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const

/** Phụ lục I, I.5: the ranges each margin must stay within. */
export const MARGIN_RANGE_MM = {
  top: [20, 25],
  bottom: [20, 25],
  left: [30, 35],
  right: [15, 20],
} as const
