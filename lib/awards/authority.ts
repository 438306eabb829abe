// Who decides which award, as effective-dated data, and the path a dossier climbs to get there.
// The dossier starts at the proposing unit and climbs the organisation tree one committee
// (Ủy ban nhân dân, CHINH_QUYEN) at a time, never skipping a level, until it reaches the level with
// authority. The path is computed from the tree as given, so it works on the 2020 three-tier tree
// (xã → huyện → tỉnh) and on the two-tier tree from 01/07/2025 (xã → tỉnh).
//
// Interpretations (docs/domain.md, section 2, leaves these open):
//  - Steps are the proposing unit, then every committee above it, in order. Agencies above the
//    proposing unit (sở, phòng, đoàn thể…) are not steps, except the one that decides (next point).
//  - "or head of the agency": for awards with `agencyHeadMayDecide`, the nearest unit of a deciding
//    kind (state agency or mass organisation, DECIDING_AGENCY_KINDS) on the chain, the proposing unit
//    included, whose level is the deciding level or above decides, if it comes before the committee
//    of the deciding level. So before 2025 a school under Phòng GD-ĐT huyện gets its Giấy khen from
//    the head of Phòng GD-ĐT, the staff of a Sở get their LĐTT from the Giám đốc Sở, and a commune
//    school (under UBND xã) still climbs to UBND huyện. Schools, hospitals and firms never decide.
//  - When the proposing unit itself holds the authority, the path is that single DECIDE step.
//  - A committee is the decider only at exactly the deciding level: a pre-2025 base-level award on a
//    two-tier tree (no huyện) is refused with the reason, never silently sent to the province.
//  - `communeDecides` (Luật 2022 khoản 3 Điều 80, 01/01/2024 – 30/06/2025): the Chủ tịch UBND xã decides
//    "Lao động tiên tiến" for the people of the commune (its committee on the chain, before the district).
//    His own Giấy khen (also Art. 80(3)) is `communeMayIssue`: offered, not the default. A Giấy khen names its
//    issuer ("Giấy khen của Chủ tịch UBND xã …" or "… huyện …"), so the dossier asks for one (`issuer`, see
//    `issuerOptions`); by default it climbs to the district as before (docs/decisions/0018).
//    From 01/07/2025 the commune decides every base-level award anyway.
//  - `enterpriseDecides` (Luật 2022 khoản 4 Điều 80): the Tổng giám đốc, Giám đốc of an enterprise or a
//    cooperative decides Tập thể LĐTT, CSTĐ cơ sở, LĐTT and Giấy khen for its own staff and units.
//  - Authority follows the organisations on the day of decision; criteria follow the achievement period.
//    The rules are first read on `onDate` (the achievement period's day, lib/dossiers/workflow.ts
//    `consideredOn`); when the tree no longer has the level those rules name (a 2024 dossier sent late on
//    the two-tier tree: no huyện since 01/07/2025, NĐ 129/2025), the rules in force on `decisionOn` (the
//    day it is decided, today) apply to that tree. A three-tier tree still has its districts, so a 2020
//    dossier keeps the 2020 path.
//  - `needsCouncil`: the award is put to the vote of the Hội đồng Thi đua - Khen thưởng at the deciding
//    (or forwarding) step. docs/domain.md names the provincial council for Cờ thi đua and CSTĐ tỉnh; the
//    voting rules (80% for CSTĐ cơ sở, 90% for CSTĐ toàn quốc and Anh hùng) imply a council vote for
//    CSTĐ cơ sở at the deciding level and at the province before it forwards central awards.
import type { OrgKind, OrgLevel } from '../generated/prisma/enums'
import { LEVEL_LABELS } from '../organizations/rules'
import { type AwardCode, awardLabel, isAwardCode } from './catalog'
import { type Effective, formatViDate, pickEffective } from './effective'
import { LEGAL_BASES, during } from './legal-bases'

export type DecidingLevel = OrgLevel | 'TRUNG_UONG'
export type AuthorityRule = {
  decidingLevel: DecidingLevel
  needsCouncil: boolean
  agencyHeadMayDecide: boolean
  communeDecides?: boolean
  /** the Chủ tịch UBND xã may also give his own (Giấy khen, Art. 80(3)), when the dossier asks for it */
  communeMayIssue?: boolean
  enterpriseDecides?: boolean
}

/**
 * Whose Giấy khen (the issuing authority named on it): the path stops at that authority, and the decision's
 * wording and its amount follow it. Only Giấy khen offers a choice (`issuerOptions`).
 */
export const ISSUERS = [
  'CHU_TICH_UBND_XA',
  'CHU_TICH_UBND_HUYEN',
  'THU_TRUONG_CO_QUAN',
  'GIAM_DOC_DOANH_NGHIEP',
] as const
export type Issuer = (typeof ISSUERS)[number]
export const ISSUER_LABELS: Record<Issuer, string> = {
  CHU_TICH_UBND_XA: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
  CHU_TICH_UBND_HUYEN: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện',
  THU_TRUONG_CO_QUAN: 'Giấy khen của thủ trưởng cơ quan, đơn vị',
  GIAM_DOC_DOANH_NGHIEP: 'Giấy khen của Giám đốc doanh nghiệp, hợp tác xã',
}
export function isIssuer(value: unknown): value is Issuer {
  return typeof value === 'string' && (ISSUERS as readonly string[]).includes(value)
}

/** The issuer a deciding unit stands for: the chairman of a commune or district committee, an agency head, a firm. */
export function issuerOfUnit(unit: { kind: OrgKind; level: OrgLevel }): Issuer | null {
  if (unit.kind === 'CHINH_QUYEN')
    return unit.level === 'XA' ? 'CHU_TICH_UBND_XA' : unit.level === 'HUYEN' ? 'CHU_TICH_UBND_HUYEN' : null
  if (unit.kind === 'DOANH_NGHIEP') return 'GIAM_DOC_DOANH_NGHIEP'
  return isDecidingAgency(unit.kind) ? 'THU_TRUONG_CO_QUAN' : null
}

/** "Chủ tịch Ủy ban nhân dân xã An Phước", "Giám đốc Sở Nội vụ tỉnh Lào Cai": the title of a deciding unit's head. */
export function issuerTitle(unit: { name: string; kind: OrgKind | string }): string {
  if (unit.kind === 'CHINH_QUYEN') return `Chủ tịch ${unit.name}`
  if (unit.kind === 'DOANH_NGHIEP' || /^Sở\s/u.test(unit.name)) return `Giám đốc ${unit.name}`
  if (/^Phòng\s/u.test(unit.name)) return `Trưởng ${unit.name}`
  return `Thủ trưởng ${unit.name}`
}

export type ChainUnit = { id: string; name: string; level: OrgLevel; kind: OrgKind }
export type ApprovalInput = {
  award: AwardCode
  onDate: string // ISO date the dossier is considered (the achievement period: criteria and, first, authority)
  /** ISO date of the decision (today): authority when the tree has no longer the level `onDate` names */
  decisionOn?: string
  chain: readonly ChainUnit[] // the proposing unit, then its ancestors up to the province root
  /** whose Giấy khen the dossier asks for; null or absent: the default path */
  issuer?: Issuer | null
}
export type StepRole = 'PROPOSE' | 'RECEIVE_AND_FORWARD' | 'DECIDE' | 'FORWARD_TO_CENTRAL'
export type ApprovalStep = { organizationId: string; name: string; role: StepRole; council: boolean }
export type Decider = 'CHU_TICH_UBND' | 'THU_TRUONG_CO_QUAN' | 'GIAM_DOC_DOANH_NGHIEP' | 'TRUNG_UONG'
export type ApprovalPath =
  | {
      ok: true
      steps: ApprovalStep[]
      decidingOrganizationId: string | null
      decider: Decider
      /** the authority the deciding unit stands for (null: the province's committee, the central level) */
      issuer: Issuer | null
      rule: Effective<AuthorityRule>
    }
  | { ok: false; message: string }

/** Unit kinds whose head may decide base-level awards ("hoặc thủ trưởng cơ quan"). */
export const DECIDING_AGENCY_KINDS = ['CO_QUAN', 'DOAN_THE'] as const satisfies readonly OrgKind[]

const BASE_LEVEL_BEFORE_2025 = { decidingLevel: 'HUYEN', agencyHeadMayDecide: true } as const
const BASE_LEVEL_FROM_2025 = { decidingLevel: 'XA', agencyHeadMayDecide: true } as const
const TWO_TIER_DECREE = 'Nghị định 129/2025/NĐ-CP'
const ART_80_3 = 'Luật Thi đua, khen thưởng 2022, khoản 3 Điều 80 (Chủ tịch UBND cấp xã)'
const ART_80_4 = 'Luật Thi đua, khen thưởng 2022, khoản 4 Điều 80 (Tổng giám đốc, Giám đốc doanh nghiệp, hợp tác xã)'

/** Art. 80(3): the commune `decides` (LĐTT), `mayIssue` (its chairman's own Giấy khen, on request), or neither. */
type BaseLevel = { needsCouncil: boolean; commune: 'decides' | 'mayIssue' | false }

/**
 * Base-level awards: Chủ tịch UBND huyện (or agency head) until 30/06/2025, then Chủ tịch UBND xã; under
 * the 2022 Law also the director of an enterprise (Art. 80(4)), and for LĐTT and Giấy khen the Chủ tịch
 * UBND xã already from 01/01/2024 (Art. 80(3)).
 */
function baseLevel({ needsCouncil, commune }: BaseLevel): Effective<AuthorityRule>[] {
  const before2024 = { ...BASE_LEVEL_BEFORE_2025, needsCouncil }
  const law2022 = { needsCouncil, enterpriseDecides: true }
  return [
    during(LEGAL_BASES.LAW_2003, before2024),
    commune
      ? during(
          LEGAL_BASES.ND_98_2023,
          {
            ...BASE_LEVEL_BEFORE_2025,
            ...law2022,
            ...(commune === 'decides' ? { communeDecides: true } : { communeMayIssue: true }),
          },
          ART_80_3,
          ART_80_4,
        )
      : during(LEGAL_BASES.ND_98_2023, { ...BASE_LEVEL_BEFORE_2025, ...law2022 }, ART_80_4),
    during(LEGAL_BASES.ND_152_2025, { ...BASE_LEVEL_FROM_2025, ...law2022 }, TWO_TIER_DECREE, ART_80_4),
  ]
}

/** Authority that did not change across the periods, still recorded per period for its source. */
function throughout(rule: AuthorityRule): Effective<AuthorityRule>[] {
  return [
    during(LEGAL_BASES.LAW_2003, rule),
    during(LEGAL_BASES.ND_98_2023, rule),
    during(LEGAL_BASES.ND_152_2025, rule),
  ]
}

const PROVINCE = { decidingLevel: 'TINH', needsCouncil: false, agencyHeadMayDecide: false } as const
const PROVINCE_COUNCIL = { decidingLevel: 'TINH', needsCouncil: true, agencyHeadMayDecide: false } as const
const CENTRAL = { decidingLevel: 'TRUNG_UONG', needsCouncil: true, agencyHeadMayDecide: false } as const

export const AUTHORITY = {
  LDTT: baseLevel({ needsCouncil: false, commune: 'decides' }),
  TAP_THE_LDTT: baseLevel({ needsCouncil: false, commune: false }),
  // Giấy khen names its issuer: a commune's Giấy khen goes to the district (of the Chủ tịch UBND huyện, Art.
  // 80(2)) unless the dossier asks for the commune chairman's own (Art. 80(3) lets him give one too).
  GIAY_KHEN: baseLevel({ needsCouncil: false, commune: 'mayIssue' }),
  CSTD_CO_SO: baseLevel({ needsCouncil: true, commune: false }),
  TAP_THE_LDXS: throughout(PROVINCE),
  BANG_KHEN_TINH: throughout(PROVINCE),
  CO_THI_DUA_TINH: throughout(PROVINCE_COUNCIL),
  CSTD_TINH: throughout(PROVINCE_COUNCIL),
  BANG_KHEN_TTG: throughout(CENTRAL),
  CSTD_TOAN_QUOC: throughout(CENTRAL),
  HUAN_CHUONG: throughout(CENTRAL),
  ANH_HUNG: throughout(CENTRAL),
} as const satisfies Record<AwardCode, readonly Effective<AuthorityRule>[]>

const RANK: Record<OrgLevel, number> = { XA: 1, HUYEN: 2, TINH: 3 }
const levelName = (level: OrgLevel) => LEVEL_LABELS[level].toLowerCase() // "cấp huyện"
const isDecidingAgency = (kind: OrgKind) => (DECIDING_AGENCY_KINDS as readonly OrgKind[]).includes(kind)

/** Why the chain is not a path up an organisation tree, or null. */
export function chainError(chain: readonly ChainUnit[]): string | null {
  if (chain.length === 0) return 'Chưa xác định đơn vị đề nghị khen thưởng.'
  const twice = chain.find((unit, i) => chain.findIndex((u) => u.id === unit.id) !== i)
  if (twice) return `Chuỗi đơn vị không hợp lệ: “${twice.name}” xuất hiện hai lần.`
  for (let i = 0; i < chain.length; i++) {
    const unit = chain[i]
    const parent = chain[i + 1]
    if (!parent) continue
    if (RANK[parent.level] < RANK[unit.level]) {
      return `Chuỗi đơn vị không hợp lệ: “${unit.name}” (${levelName(unit.level)}) không thể trực thuộc “${parent.name}” (${levelName(parent.level)}).`
    }
    if (unit.kind === 'CHINH_QUYEN' && (parent.kind !== 'CHINH_QUYEN' || parent.level === unit.level)) {
      return `Chuỗi đơn vị không hợp lệ: Ủy ban nhân dân “${unit.name}” phải trực thuộc Ủy ban nhân dân cấp trên, không phải “${parent.name}”.`
    }
  }
  return null
}

/** The steps a dossier for `award` climbs from the proposing unit, and who decides, on `onDate`. */
export function approvalPath(input: ApprovalInput): ApprovalPath {
  const path = defaultPath(input)
  const { issuer } = input
  if (!issuer || !path.ok || path.issuer === issuer) return path
  const options = issuerOptions(input)
  const chosen = options.find((o) => o.issuer === issuer)
  if (chosen) return chosen.path
  return {
    ok: false,
    message:
      `Theo quy định có hiệu lực ngày ${formatViDate(input.onDate)}, hồ sơ của “${input.chain[0].name}” không đề nghị được “${ISSUER_LABELS[issuer]}”` +
      (options.length ? `; có thể đề nghị: ${options.map((o) => o.label).join('; ')}.` : '.'),
  }
}

export type IssuerOption = {
  issuer: Issuer
  /** "Giấy khen của Chủ tịch Ủy ban nhân dân xã An Phước" */
  label: string
  /** the path the dossier climbs when it asks for this one (the first option: the default) */
  path: Extract<ApprovalPath, { ok: true }>
  isDefault: boolean
}

/**
 * Whose Giấy khen a dossier may ask for, on its date and tree: the default path's issuer first (the district
 * chairman in 2024–06/2025 on a three-tier tree, the commune's from 01/07/2025, an agency head where one is on
 * the chain), then the commune chairman's own where the rules in force let him give it (`communeMayIssue`,
 * Luật 2022 Art. 80(3), 01/01/2024 – 30/06/2025). Empty when no path exists or the province or the central
 * level decides; other base-level awards get their one default.
 */
export function issuerOptions(input: Omit<ApprovalInput, 'issuer'>): IssuerOption[] {
  const path = defaultPath(input)
  if (!path.ok || !path.issuer) return []
  const option = (p: Extract<ApprovalPath, { ok: true }>, isDefault: boolean): IssuerOption => {
    const unit = input.chain.find((u) => u.id === p.decidingOrganizationId)!
    return { issuer: p.issuer!, label: `${awardLabel(input.award)} của ${issuerTitle(unit)}`, path: p, isDefault }
  }
  const options = [option(path, true)]
  if (input.award !== 'GIAY_KHEN' || !path.rule.value.communeMayIssue || path.issuer === 'CHU_TICH_UBND_XA')
    return options
  const own = pathUnder(
    input.award,
    { ...path.rule, value: { ...path.rule.value, communeDecides: true } },
    input.onDate,
    input.chain,
  )
  if (own.ok && own.issuer === 'CHU_TICH_UBND_XA') options.push(option(own, false))
  return options
}

function defaultPath(input: Omit<ApprovalInput, 'issuer'>): ApprovalPath {
  const { award, onDate, decisionOn, chain } = input
  if (!isAwardCode(award)) return { ok: false, message: 'Loại khen thưởng không có trong danh mục.' }
  const shape = chainError(chain)
  if (shape) return { ok: false, message: shape }
  const rule = pickEffective<AuthorityRule>(AUTHORITY[award], onDate)
  if (!rule) {
    return {
      ok: false,
      message: `Chưa có quy định về thẩm quyền quyết định khen thưởng “${awardLabel(award)}” có hiệu lực vào ngày ${formatViDate(onDate)}.`,
    }
  }
  const first = pathUnder(award, rule, onDate, chain)
  if (first.ok || !decisionOn || decisionOn <= onDate || !lacksLevel(chain, rule.value)) return first
  // The tree has no longer the level the achievement period's rules name: the organisations on the day
  // of decision, and the authority in force that day, decide.
  const today = pickEffective<AuthorityRule>(AUTHORITY[award], decisionOn)
  if (!today || today === rule) return first
  const later = pathUnder(award, today, decisionOn, chain)
  return later.ok ? later : first
}

/** Does the chain lack the committee of the level `rule` names (e.g. no huyện on a two-tier tree)? */
function lacksLevel(chain: readonly ChainUnit[], rule: AuthorityRule): boolean {
  const level = rule.decidingLevel === 'TRUNG_UONG' ? 'TINH' : rule.decidingLevel
  return !chain.some((u) => u.kind === 'CHINH_QUYEN' && u.level === level)
}

function pathUnder(
  award: AwardCode,
  rule: Effective<AuthorityRule>,
  onDate: string,
  chain: readonly ChainUnit[],
): ApprovalPath {
  const label = awardLabel(award)
  const { decidingLevel, needsCouncil, agencyHeadMayDecide, communeDecides, enterpriseDecides } = rule.value
  const central = decidingLevel === 'TRUNG_UONG'
  const target: OrgLevel = central ? 'TINH' : decidingLevel
  const steps: ApprovalStep[] = []
  const step = (unit: ChainUnit, role: StepRole, council = false) => ({
    organizationId: unit.id,
    name: unit.name,
    role,
    council,
  })

  for (let i = 0; i < chain.length; i++) {
    const unit = chain[i]
    const committee = unit.kind === 'CHINH_QUYEN'
    const agencyDecides = agencyHeadMayDecide && isDecidingAgency(unit.kind) && RANK[unit.level] >= RANK[target]
    const enterprise = Boolean(enterpriseDecides) && unit.kind === 'DOANH_NGHIEP'
    const commune = Boolean(communeDecides) && committee && unit.level === 'XA'
    if (agencyDecides || enterprise || commune || (committee && unit.level === target)) {
      if (central) {
        steps.push(step(unit, 'FORWARD_TO_CENTRAL', needsCouncil))
        return {
          ok: true,
          steps,
          decidingOrganizationId: null,
          decider: 'TRUNG_UONG',
          issuer: null,
          rule,
        } satisfies ApprovalPath
      }
      steps.push(step(unit, 'DECIDE', needsCouncil))
      const decider: Decider = committee ? 'CHU_TICH_UBND' : enterprise ? 'GIAM_DOC_DOANH_NGHIEP' : 'THU_TRUONG_CO_QUAN'
      const issuer = issuerOfUnit(unit)
      return { ok: true, steps, decidingOrganizationId: unit.id, decider, issuer, rule } satisfies ApprovalPath
    }
    if (committee && RANK[unit.level] > RANK[target]) break // passed the deciding level: the tree has none
    if (i === 0) steps.push(step(unit, 'PROPOSE'))
    else if (committee) steps.push(step(unit, 'RECEIVE_AND_FORWARD'))
  }

  const who = central
    ? 'cấp trung ương quyết định, qua Ủy ban nhân dân cấp tỉnh'
    : `Chủ tịch Ủy ban nhân dân ${levelName(target)}`
  const orAgency = agencyHeadMayDecide ? ' (hoặc thủ trưởng cơ quan)' : ''
  const decides = central ? '' : ' quyết định'
  return {
    ok: false,
    message:
      `Không xác định được cấp có thẩm quyền: theo quy định có hiệu lực ngày ${formatViDate(onDate)}, “${label}” do ${who}${orAgency}${decides}, ` +
      `nhưng chuỗi đơn vị từ “${chain[0].name}” trở lên không có Ủy ban nhân dân ${levelName(target)}.`,
  } satisfies ApprovalPath
}
