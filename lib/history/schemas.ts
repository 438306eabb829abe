import { z } from 'zod'
import { uuid } from '../shared/zod'

/** One history entry as the page sends it; the rules (year, award, dates, duplicates) are lib/history/sheet.ts. */
export const historyEntrySchema = z.object({
  organizationId: uuid('Đơn vị không hợp lệ.'),
  personId: z
    .string()
    .optional()
    .transform((v) => v || null)
    .pipe(uuid('Cán bộ không hợp lệ.').nullable()),
  subjectUnitId: uuid('Đơn vị không hợp lệ.'),
  year: z.string({ error: 'Vui lòng nhập năm.' }).trim().min(1, 'Vui lòng nhập năm.').max(4, 'Năm không hợp lệ.'),
  award: z.string({ error: 'Vui lòng chọn hình thức.' }).trim().min(1, 'Vui lòng chọn hình thức.').max(40),
  decisionNumber: z.string().trim().max(50, 'Số quyết định quá dài.').optional().default(''),
  decidedOn: z.string().trim().max(10).optional().default(''),
  decidedBy: z.string().trim().max(200, 'Cấp quyết định quá dài.').optional().default(''),
})
