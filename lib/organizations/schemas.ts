// Input schemas shared by the forms and the server actions. Messages are what the user reads.
import { z } from 'zod'
import { uuid, version } from '../shared/zod'

const name = z
  .string({ error: 'Vui lòng nhập tên đơn vị.' })
  .trim()
  .min(2, 'Tên đơn vị phải có ít nhất 2 ký tự.')
  .max(200, 'Tên đơn vị không được dài quá 200 ký tự.')
const shortName = z
  .string()
  .trim()
  .max(50, 'Tên viết tắt không được dài quá 50 ký tự.')
  .optional()
  .transform((v) => (v ? v : null))

export const ORG_KINDS = ['CHINH_QUYEN', 'CO_QUAN', 'DOAN_THE', 'SU_NGHIEP', 'DOANH_NGHIEP', 'KHAC'] as const

export const createOrganizationSchema = z.object({
  parentId: uuid('Vui lòng chọn đơn vị cấp trên.'),
  name,
  shortName,
  kind: z.enum(ORG_KINDS, { error: 'Vui lòng chọn loại đơn vị.' }),
})

export const renameOrganizationSchema = z.object({ id: uuid('Đơn vị không hợp lệ.'), name, shortName, version })

export const moveOrganizationSchema = z.object({
  id: uuid('Đơn vị không hợp lệ.'),
  newParentId: uuid('Vui lòng chọn đơn vị cấp trên mới.'),
  version,
})

export const setOrganizationActiveSchema = z.object({
  id: uuid('Đơn vị không hợp lệ.'),
  active: z.enum(['true', 'false']).transform((v) => v === 'true'),
  version,
})

export type CreateOrganizationInput = z.infer<typeof createOrganizationSchema>
export type RenameOrganizationInput = z.infer<typeof renameOrganizationSchema>
export type MoveOrganizationInput = z.infer<typeof moveOrganizationSchema>
export type SetOrganizationActiveInput = z.infer<typeof setOrganizationActiveSchema>
