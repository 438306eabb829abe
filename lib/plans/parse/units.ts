/**
 * Section "Tổ chức thực hiện": who does what. Plans write it in three ways:
 *   1. a heading per unit ("2. Phòng Nội vụ (Cơ quan Thường trực…)", "3. Giao Phòng Nội vụ") with
 *      the duties as items below it;
 *   2. an item "Phòng Nội vụ: chủ trì, phối hợp…" (unit, colon, duty);
 *   3. an item that names the unit inside the sentence: "Giao Văn phòng triển khai…",
 *      "Yêu cầu các bộ phận, đơn vị trực thuộc phối hợp…", "Phòng Nội vụ chủ trì…".
 * Directive verbs (Giao, Đề nghị, Yêu cầu, Đối với) are not part of the unit's name.
 */
import { isHeadingNode, itemText, itemsUnder, type OutlineNode } from './outline'
import { splitInline } from './headings'
import {
  capitalizeFirst,
  collapseSpaces,
  foldUpper,
  lowerSameLength,
  startsUppercase,
  startsWithKeyword,
  stripListSeparator,
  stripTrailingPunctuation,
  wordCount,
} from './text'

export interface ImplementationUnit {
  unit: string
  duties: string[]
}

/** Words that assign a duty to the unit named after them. */
const DIRECTIVE = /^(?:giao\s+cho|giao|đề\s+nghị|yêu\s+cầu|đối\s+với|phân\s+công|chỉ\s+đạo)\s+/
/** After a directive, the unit starts with a capital or a determiner ("các", "toàn thể"…). */
const UNIT_DETERMINER = /^(?:các|toàn\s+thể|tất\s+cả|những|mỗi|từng|thủ\s+trưởng)\s/

/** Verbs that begin the duty once the unit has been named ("Văn phòng | triển khai…"). */
const ACTION_VERBS = [
  'chủ trì',
  'phối hợp',
  'triển khai',
  'tổ chức',
  'thực hiện',
  'theo dõi',
  'hướng dẫn',
  'tham mưu',
  'có trách nhiệm',
  'chịu trách nhiệm',
  'căn cứ',
  'xây dựng',
  'kiểm tra',
  'đôn đốc',
  'tuyên truyền',
  'báo cáo',
  'đẩy mạnh',
  'tăng cường',
  'tiếp tục',
  'bố trí',
  'đảm bảo',
  'bảo đảm',
  'quan tâm',
  'lựa chọn',
  'rà soát',
  'tổng hợp',
  'phát động',
  'cụ thể hóa',
  'cụ thể hoá',
  'nghiên cứu',
  'chỉ đạo',
  'làm tốt',
  'vận động',
  'phát hiện',
  'thường xuyên',
  'định kỳ',
  'tích cực',
  'nghiêm túc',
  'khẩn trương',
  'gửi',
  'đăng ký',
  'thẩm định',
  'hỗ trợ',
  'sơ kết',
  'tổng kết',
  'phân công',
  'phát huy',
  'chủ động',
]
/** "tổ chức chính trị - xã hội", "tổ chức thành viên": "tổ chức" as a noun, part of the unit's name. */
const NOUN_AFTER_TO_CHUC =
  /^\s+(?:chính\s+trị|thành\s+viên|đoàn\s+thể|xã\s+hội|hội|cơ\s+sở|đảng|công\s+đoàn|quần\s+chúng)/
/** The same verbs folded: an item that starts with one names no unit ("Tổ chức…" is not "Tổ …"). */
const ACTION_VERBS_FOLDED = ACTION_VERBS.map(foldUpper)

/** Openings of a unit's name, for items that name the unit without a directive or a colon. */
const UNIT_OPENINGS = [
  'PHONG',
  'BAN',
  'SO',
  'UY BAN',
  'UBND',
  'VAN PHONG',
  'TRUNG TAM',
  'CAC',
  'THU TRUONG',
  'CHU TICH',
  'HOI DONG',
  'HOI',
  'TRUONG',
  'CONG AN',
  'DOAN',
  'MAT TRAN',
  'MTTQ',
  'LIEN DOAN',
  'CONG DOAN',
  'DANG UY',
  'HUYEN UY',
  'TINH UY',
  'THANH VIEN',
  'THUONG TRUC',
  'CO QUAN',
  'DON VI',
  'TO',
  'KHOI',
  'CUM',
  'BO PHAN',
  'CHI CUC',
  'CUC',
  'THANH TRA',
  'KHO BAC',
  'BO CHI HUY',
  'BENH VIEN',
  'VIEN',
  'HIEU TRUONG',
  'GIAM DOC',
  'LANH DAO',
  'TRUONG PHONG',
  'TRUONG BAN',
  'TOAN THE',
  'TAT CA',
  'CONG CHUC',
  'HOI DONG THI DUA',
]
const MAX_UNIT_WORDS = 30

export function collectUnits(section: OutlineNode, sectionInline: string | null): ImplementationUnit[] {
  const units = new UnitList()
  if (sectionInline) units.addDuty(attributeDuty(sectionInline))
  collectInto(units, section.children)
  return units.toArray()
}

function collectInto(units: UnitList, nodes: OutlineNode[]): void {
  for (const node of nodes) {
    if (isUnitHeading(node)) {
      const { head, inline } = splitHeading(node.text)
      const unit = cleanUnitName(head)
      const subUnits = node.children.filter(isUnitHeading)
      const ownDuties = node.children.filter((child) => !isUnitHeading(child))
      const duties = itemsUnder({ ...node, children: ownDuties }, inline)
      units.add(unit, duties)
      collectInto(units, subUnits)
    } else {
      units.addDuty(attributeDuty(stripListSeparator(itemText(node))))
    }
  }
}

/**
 * A numbered heading, or a bullet that names a unit and ends with a colon, its duties below it:
 * "- Sở Tài chính:" followed by "+ Bố trí kinh phí;".
 */
function isUnitHeading(node: OutlineNode): boolean {
  if (isHeadingNode(node)) return true
  const introducesItems = /:\s*$/.test(node.text) && node.children.some((child) => child.style !== null)
  return introducesItems && namesUnit(node.text)
}

function namesUnit(text: string): boolean {
  const folded = foldUpper(text)
  if (DIRECTIVE.test(lowerSameLength(text))) return true
  return startsWithKeyword(folded, UNIT_OPENINGS) && !startsWithKeyword(folded, ACTION_VERBS_FOLDED)
}

/** A unit heading may carry its first duty after a colon: "1. Phòng Nội vụ: chủ trì…". */
function splitHeading(text: string): { head: string; inline: string | null } {
  const { head, inline } = splitInline(text)
  if (inline === null || wordCount(head) > MAX_UNIT_WORDS) return { head: text, inline: null }
  return { head, inline: capitalizeFirst(inline) }
}

/** Finds which unit an item is addressed to; unit "" when the item names none. */
function attributeDuty(text: string): ImplementationUnit {
  return unitBeforeColon(text) ?? unitAfterDirective(text) ?? unitAsSubject(text) ?? { unit: '', duties: [text] }
}

/** "Phòng Nội vụ: chủ trì…" or "Đối với các xã: …". */
function unitBeforeColon(text: string): ImplementationUnit | null {
  const { head, inline } = splitInline(text)
  if (inline === null || wordCount(head) > MAX_UNIT_WORDS) return null
  if (!namesUnit(head)) return null
  return { unit: cleanUnitName(head), duties: [capitalizeFirst(inline)] }
}

/** "Giao Văn phòng triển khai…", "Yêu cầu các bộ phận … phối hợp…". The duty keeps the whole sentence. */
function unitAfterDirective(text: string): ImplementationUnit | null {
  const directive = DIRECTIVE.exec(lowerSameLength(text))
  if (!directive) return null
  const rest = text.slice(directive[0].length)
  if (!startsUppercase(rest.charAt(0)) && !UNIT_DETERMINER.test(lowerSameLength(rest))) return null
  const unit = textBeforeActionVerb(rest)
  return unit ? { unit: cleanUnitName(unit), duties: [text] } : null
}

/** "Phòng Nội vụ chủ trì, phối hợp…": a unit name as the subject of the sentence. */
function unitAsSubject(text: string): ImplementationUnit | null {
  if (!namesUnit(text) || !startsUppercase(text.charAt(0))) return null
  const unit = textBeforeActionVerb(text)
  return unit ? { unit: cleanUnitName(unit), duties: [text] } : null
}

/** The words before the first action verb (written in lower case, so "Phòng Tổ chức" is not cut). */
function textBeforeActionVerb(text: string): string | null {
  let earliest = -1
  for (const verb of ACTION_VERBS) {
    const pattern = new RegExp(`\\s${verb.replace(/ /g, '\\s+')}(?=[\\s,;:.]|$)`, 'g')
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const isNoun = verb === 'tổ chức' && NOUN_AFTER_TO_CHUC.test(text.slice(match.index + match[0].length))
      if (isNoun) continue
      if (earliest < 0 || match.index < earliest) earliest = match.index
      break
    }
  }
  if (earliest <= 0) return null
  const unit = stripListSeparator(text.slice(0, earliest))
  return wordCount(unit) >= 1 && wordCount(unit) <= MAX_UNIT_WORDS ? unit : null
}

/**
 * The unit's name as printed, without the directive verbs that address it:
 * "Đề nghị Ban Tuyên giáo Huyện ủy, …, yêu cầu Phòng Văn hóa và Thông tin huyện" →
 * "Ban Tuyên giáo Huyện ủy, …, Phòng Văn hóa và Thông tin huyện".
 */
export function cleanUnitName(text: string): string {
  const segments = stripTrailingPunctuation(collapseSpaces(text))
    .split(/,\s*/)
    .map(stripDirective)
    .filter((segment) => segment !== '')
  return capitalizeFirst(segments.join(', '))
}

function stripDirective(segment: string): string {
  const directive = DIRECTIVE.exec(lowerSameLength(segment))
  if (!directive) return segment
  const rest = segment.slice(directive[0].length)
  const addressesUnit = startsUppercase(rest.charAt(0)) || UNIT_DETERMINER.test(lowerSameLength(rest))
  return addressesUnit ? rest : segment
}

/** Units in order of first appearance; duties of a unit named twice are merged. */
class UnitList {
  private readonly units = new Map<string, string[]>()

  add(unit: string, duties: string[]): void {
    const existing = this.units.get(unit)
    if (existing) existing.push(...duties)
    else this.units.set(unit, [...duties])
  }

  addDuty(entry: ImplementationUnit): void {
    this.add(
      entry.unit,
      entry.duties.map(stripListSeparator).filter((duty) => duty !== ''),
    )
  }

  toArray(): ImplementationUnit[] {
    return [...this.units].map(([unit, duties]) => ({ unit, duties }))
  }
}
