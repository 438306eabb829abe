// Where a unit may stand in the tree. Pure, so every rule is unit-tested and explains its refusal.
//  - A people's committee (CHINH_QUYEN) carries a level and stands directly under the committee one
//    level up: tỉnh → huyện → xã, or tỉnh → xã in a province without districts (from 01/07/2025).
//  - Agencies (sở, phòng, MTTQ, hội, trường…) stand under any unit and take that unit's level.
import type { OrgKind, OrgLevel } from '../generated/prisma/enums'

export const LEVEL_LABELS: Record<OrgLevel, string> = { TINH: 'Cấp tỉnh', HUYEN: 'Cấp huyện', XA: 'Cấp xã' }
export const KIND_LABELS: Record<OrgKind, string> = {
  CHINH_QUYEN: 'Ủy ban nhân dân (chính quyền)',
  CO_QUAN: 'Cơ quan chuyên môn (sở, ban, ngành, phòng)',
  DOAN_THE: 'Mặt trận, đoàn thể, hội',
  SU_NGHIEP: 'Đơn vị sự nghiệp (trường, bệnh viện…)',
  DOANH_NGHIEP: 'Doanh nghiệp',
  KHAC: 'Khác',
}

type Parent = { level: OrgLevel; kind: OrgKind; active: boolean }

/** The level a committee directly below `parent` has, in a tenant with or without districts. */
export function nextCommitteeLevel(parentLevel: OrgLevel, hasDistricts: boolean): OrgLevel | null {
  if (parentLevel === 'TINH') return hasDistricts ? 'HUYEN' : 'XA'
  if (parentLevel === 'HUYEN') return 'XA'
  return null
}

/**
 * The level the new unit takes under `parent`, or the reason it cannot stand there.
 * `requestedLevel` matters only for a committee; agencies always take the parent's level.
 */
export function resolvePlacement(
  parent: Parent,
  kind: OrgKind,
  hasDistricts: boolean,
): { ok: true; level: OrgLevel } | { ok: false; message: string } {
  if (!parent.active) return { ok: false, message: 'Đơn vị cấp trên đã ngừng hoạt động.' }
  if (kind !== 'CHINH_QUYEN') return { ok: true, level: parent.level }
  if (parent.kind !== 'CHINH_QUYEN') {
    return {
      ok: false,
      message: 'Ủy ban nhân dân chỉ trực thuộc Ủy ban nhân dân cấp trên, không trực thuộc cơ quan, đơn vị.',
    }
  }
  const level = nextCommitteeLevel(parent.level, hasDistricts)
  if (!level) return { ok: false, message: 'Cấp xã là cấp thấp nhất: không thể thêm Ủy ban nhân dân trực thuộc.' }
  return { ok: true, level }
}

/** Can a unit of this level and kind move under `newParent` without changing its own level? */
export function moveError(
  unit: { id: string; path: string; level: OrgLevel; kind: OrgKind; parentId: string | null },
  newParent: Parent & { id: string; path: string },
  hasDistricts: boolean,
): string | null {
  if (!unit.parentId) return 'Không thể chuyển đơn vị gốc của tỉnh.'
  if (newParent.id === unit.parentId) return 'Đơn vị đã trực thuộc đơn vị này.'
  if (newParent.path.startsWith(unit.path)) return 'Không thể chuyển một đơn vị vào chính nó hoặc đơn vị trực thuộc nó.'
  const placement = resolvePlacement(newParent, unit.kind, hasDistricts)
  if (!placement.ok) return placement.message
  if (placement.level !== unit.level) {
    return `Đơn vị thuộc ${LEVEL_LABELS[unit.level].toLowerCase()} không thể chuyển về ${LEVEL_LABELS[placement.level].toLowerCase()}.`
  }
  return null
}
