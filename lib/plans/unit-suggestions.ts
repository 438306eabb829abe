// Which unit leads a task, suggested from the plan's own text and matched against the tenant's tree,
// for the user to confirm in one step. Pure: the use case (assign-units.ts) loads the tree once and
// saves what the user confirmed.
//
// Where the text says it:
//  1. in the task itself: "Văn phòng chủ trì, phối hợp…", "Giao Phòng Nội vụ thực hiện…",
//     "(Phòng Nội vụ chủ trì)", "Đơn vị chủ trì: Phòng Nội vụ";
//  2. in "Tổ chức thực hiện": a unit whose duties restate the task ("Sở Nội vụ: Chủ trì … tổng kết
//     phong trào …") leads it.
// A name matches a unit of the tree when, written without accents and with the usual abbreviations
// spelled out (UBND, HĐND, MTTQ…), it is the unit's name or the start of it ("Phòng Nội vụ" is
// "Phòng Nội vụ huyện Long Thành"). A plural ("các xã", "các phòng") names no single unit.
import { searchKey } from './periods'

export interface TreeUnit {
  id: string
  name: string
  shortName?: string | null
}

export interface UnitSuggestion {
  organizationId: string
  organizationName: string
  /** The words of the text the suggestion comes from. */
  namedAs: string
  source: 'task' | 'implementation'
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\bvn\b/g, 'viet nam'],
  [/\btdkt\b/g, 'thi dua khen thuong'],
  [/\bgd&dt\b|\bgddt\b/g, 'giao duc va dao tao'],
  [/\btp\b/g, 'thanh pho'],
]

/** A name folded for comparison: no accents, lower case, abbreviations spelled out, punctuation dropped. */
export function unitKey(name: string): string {
  let key = searchKey(name)
  for (const [pattern, full] of ABBREVIATIONS) key = key.replace(pattern, full)
  return key
    .replace(/[–—-]/g, ' ')
    .replace(/[^a-z0-9& ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Verbs that say who leads: the unit is written before them. */
const LEAD_AFTER =
  /\s(?:chủ\s+trì|chịu\s+trách\s+nhiệm\s+chính|là\s+đơn\s+vị\s+chủ\s+trì|thực\s+hiện|tham\s+mưu)(?=[\s,;:.)]|$)/u
/** Words that address a unit before its name. */
const ADDRESSED = /(?:^|[\s(;,.])(?:giao(?:\s+cho)?|đề\s+nghị|yêu\s+cầu)\s+/iu
/** "Đơn vị chủ trì: Phòng Nội vụ", "Chủ trì: Văn phòng". */
const LEAD_LABEL = /(?:đơn\s+vị\s+)?chủ\s+trì\s*:\s*([^;,.)]+)/iu
/** A plural or a generic subject names no single unit. */
const PLURAL = /^(?:các|những|toàn\s+thể|tất\s+cả|mỗi|từng|cơ\s+quan,\s+đơn\s+vị)\s/iu
const MAX_NAME_WORDS = 14

/** The unit a task's own text names as its lead, as printed; null when it names none. */
export function namedLeadOf(text: string): string | null {
  const label = LEAD_LABEL.exec(text)
  if (label) return cleanName(label[1])
  // "(Phòng Nội vụ chủ trì)" or "Văn phòng chủ trì, phối hợp…" or "Giao Phòng Nội vụ thực hiện"
  const clauses = text.split(/[(;]|\.\s/)
  for (const clause of clauses) {
    const lead = LEAD_AFTER.exec(` ${clause}`)
    if (!lead) continue
    let before = ` ${clause}`.slice(0, lead.index)
    const addressed = [...before.matchAll(new RegExp(ADDRESSED.source, 'giu'))].pop()
    if (addressed) before = before.slice((addressed.index ?? 0) + addressed[0].length)
    const name = cleanName(before)
    if (name && startsWithCapital(name)) return name
  }
  return null
}

function cleanName(raw: string): string | null {
  const name = raw
    .replace(/^[\s\-–+•:,]+/, '')
    .replace(/[\s,;:.]+$/, '')
    .trim()
  if (name === '' || PLURAL.test(name)) return null
  const words = name.split(/\s+/)
  return words.length <= MAX_NAME_WORDS ? name : null
}

function startsWithCapital(name: string): boolean {
  const first = name.charAt(0)
  return first !== first.toLowerCase()
}

/** The unit of the tree a name designates, or null when none or several equally do. */
export function matchUnit(name: string, tree: readonly TreeUnit[]): TreeUnit | null {
  const key = unitKey(name)
  if (key === '') return null
  const exact = tree.filter((unit) => unitKey(unit.name) === key || (unit.shortName && unitKey(unit.shortName) === key))
  if (exact.length === 1) return exact[0]
  if (exact.length > 1) return null
  const prefixed = tree.filter((unit) => unitKey(unit.name).startsWith(`${key} `))
  return prefixed.length === 1 ? prefixed[0] : null
}

/** Share of the task's words that a duty repeats: a duty that restates a task assigns it. */
function overlap(task: string, duty: string): number {
  const words = (text: string) =>
    new Set(
      unitKey(text)
        .split(' ')
        .filter((w) => w.length > 1),
    )
  const taskWords = words(task)
  if (taskWords.size === 0) return 0
  const dutyWords = words(duty)
  let shared = 0
  for (const word of taskWords) if (dutyWords.has(word)) shared++
  return shared / taskWords.size
}

/** How much of a task a duty must restate to assign it. */
const RESTATES = 0.7

export function suggestLead(
  taskText: string,
  implementation: readonly { unit: string; duties: readonly string[] }[],
  tree: readonly TreeUnit[],
): UnitSuggestion | null {
  const named = namedLeadOf(taskText)
  const fromTask = named ? matchUnit(named, tree) : null
  if (named && fromTask) {
    return { organizationId: fromTask.id, organizationName: fromTask.name, namedAs: named, source: 'task' }
  }
  let best: { unit: TreeUnit; namedAs: string; score: number } | null = null
  for (const entry of implementation) {
    const unit = entry.unit ? matchUnit(entry.unit, tree) : null
    if (!unit) continue
    for (const duty of entry.duties) {
      const score = overlap(taskText, duty)
      if (score >= RESTATES && (!best || score > best.score)) best = { unit, namedAs: entry.unit, score }
    }
  }
  return best
    ? {
        organizationId: best.unit.id,
        organizationName: best.unit.name,
        namedAs: best.namedAs,
        source: 'implementation',
      }
    : null
}

/**
 * The unit of a lower level that takes over a task led, in the plan above, by a unit outside it:
 * the lead itself when it is inside the lower unit's branch; else the one unit of that branch whose
 * name starts the same way ("Phòng Nội vụ huyện Long Thành" → "Phòng Nội vụ huyện Cẩm Mỹ"); else none.
 */
export function mapLeadDown(
  lead: TreeUnit & { path: string },
  branch: readonly (TreeUnit & { path: string })[],
  branchRootPath: string,
): TreeUnit | null {
  if (lead.path.startsWith(branchRootPath)) return lead
  const stem = nameStem(lead.name)
  if (!stem) return null
  const same = branch.filter((unit) => unit.id !== lead.id && nameStem(unit.name) === stem)
  return same.length === 1 ? same[0] : null
}

/** "Phòng Nội vụ huyện Long Thành" → "phong noi vu": the name before the place it belongs to. */
function nameStem(name: string): string | null {
  const key = unitKey(name)
  const cut = /\s(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\s/.exec(` ${key} `)
  const stem = (cut ? ` ${key} `.slice(0, cut.index) : key).trim()
  return stem === '' || stem === 'uy ban nhan dan' ? null : stem
}
