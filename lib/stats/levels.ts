// The level of an award, for the overview's charts: cơ sở (decided by the commune, district or agency),
// cấp tỉnh (the province's Chủ tịch) and cấp nhà nước (central). Follows the authority table of
// lib/awards/authority.ts and docs/domain.md §2.
export const AWARD_LEVELS = [
  { key: 'CO_SO', label: 'Cơ sở' },
  { key: 'TINH', label: 'Cấp tỉnh' },
  { key: 'NHA_NUOC', label: 'Cấp Nhà nước' },
] as const

const PROVINCE = new Set(['CSTD_TINH', 'TAP_THE_LDXS', 'CO_THI_DUA_TINH', 'BANG_KHEN_TINH'])
const STATE = new Set(['CSTD_TOAN_QUOC', 'BANG_KHEN_TTG', 'HUAN_CHUONG', 'ANH_HUNG'])

export function levelOfAward(code: string): (typeof AWARD_LEVELS)[number]['key'] {
  return STATE.has(code) ? 'NHA_NUOC' : PROVINCE.has(code) ? 'TINH' : 'CO_SO'
}
