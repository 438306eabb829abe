/**
 * Reads the body outline section by section: I. purposes and requirements, II. content (focus
 * tasks and the schedule of tasks by period), III. organisation of implementation. Sections are
 * recognised by their wording, at whatever level they appear, so a plan numbered "1. MỤC ĐÍCH",
 * "2. NỘI DUNG" or with unnumbered headings reads the same as one numbered I., II., III.
 */
import { findWindowPhrase } from './dates'
import { classifyHeading, namesContent, periodOf, splitInline, type HeadingKind } from './headings'
import { containsPeriod, isHeadingNode, itemText, itemsUnder, type OutlineNode } from './outline'
import { parsePeriodLabel, type PeriodLabel } from './periods'
import { capitalizeFirst, foldUpper, startsWithKeyword, stripListSeparator } from './text'
import { collectUnits, type ImplementationUnit } from './units'

export interface PlanPeriod {
  label: string
  quarters: number[]
  from: string | null
  to: string | null
  tasks: string[]
}

export interface BodyContent {
  purposes: string[]
  requirements: string[]
  focusTasks: string[]
  periods: PlanPeriod[]
  implementation: ImplementationUnit[]
}

/** Content items in document order; `explicitFocus` marks items under a "trọng tâm" heading. */
interface ContentItem {
  text: string
  explicitFocus: boolean
}

interface ContentCollector {
  items: ContentItem[]
  periods: PlanPeriod[]
  /** Time windows stated by a "Thời gian" heading or item (a campaign's duration). */
  windows: PeriodLabel[]
}

export function readBody(outline: OutlineNode[]): BodyContent {
  const body: BodyContent = { purposes: [], requirements: [], focusTasks: [], periods: [], implementation: [] }
  const content: ContentCollector = { items: [], periods: [], windows: [] }
  // A Roman section with other wording ("II. CÔNG TÁC THI ĐUA") is the content, unless another Roman
  // section already names the content: then it is one of the parts that hold no tasks ("IV. SỐ LƯỢNG
  // ĐỀ NGHỊ KHEN THƯỞNG", "IV. KHEN THƯỞNG").
  const contentIsNamed = outline.some((node) => node.style === 'roman' && namesContent(splitInline(node.text).head))
  readSections(outline, body, content, contentIsNamed)
  finishContent(body, content)
  return body
}

/** The heading's kind, judged on the part before a colon when the heading carries inline text. */
function headingKind(node: OutlineNode): { kind: HeadingKind | null; inline: string | null } {
  const { head, inline } = splitInline(node.text)
  const kindOfHead = inline !== null ? classifyHeading(head) : null
  if (kindOfHead !== null) return { kind: kindOfHead, inline }
  return { kind: classifyHeading(node.text), inline: null }
}

function readSections(
  nodes: OutlineNode[],
  body: BodyContent,
  content: ContentCollector,
  contentIsNamed = false,
): void {
  for (const node of nodes) {
    if (!isHeadingNode(node)) continue
    const { kind, inline } = headingKind(node)
    switch (kind) {
      case 'purposeAndRequirement':
      case 'purpose':
        readPurposes(node, inline, 'purposes', body)
        break
      case 'requirement':
        readPurposes(node, inline, 'requirements', body)
        break
      case 'implementation':
        body.implementation.push(...collectUnits(node, inline))
        break
      case 'focus':
      case 'schedule':
      case 'time':
      case 'content':
        readContent([node], content)
        break
      case 'ignored':
        break
      case 'combined':
        readSections(node.children, body, content)
        break
      default:
        // An unknown Roman section is content when no section names it; any other unknown heading
        // may still hold the known sections further down.
        if (periodOf(node.text).period || containsPeriod(node)) readContent([node], content)
        else if (node.style === 'roman' && (!contentIsNamed || namesContent(node.text))) readContent([node], content)
        else if (node.style !== 'roman') readSections(node.children, body, content)
    }
  }
}

/**
 * Items of "Mục đích, yêu cầu". Sub-headings "Mục đích" / "Yêu cầu" route their items; a combined
 * section without them ("I. MỤC ĐÍCH, YÊU CẦU" followed by "1. …", "2. …") counts as purposes.
 */
function readPurposes(
  node: OutlineNode,
  inline: string | null,
  bucket: 'purposes' | 'requirements',
  body: BodyContent,
): void {
  if (inline) body[bucket].push(stripListSeparator(inline))
  for (const child of node.children) {
    if (child.style === null) {
      body[bucket].push(stripListSeparator(child.text))
      continue
    }
    if (isHeadingNode(child)) {
      const { kind, inline: childInline } = headingKind(child)
      if (kind === 'requirement') readPurposes(child, childInline, 'requirements', body)
      else if (kind === 'purpose' || kind === 'purposeAndRequirement')
        readPurposes(child, childInline, 'purposes', body)
      else body[bucket].push(...itemsUnder(child, childInline))
      continue
    }
    body[bucket].push(stripListSeparator(itemText(child)))
  }
  body[bucket] = body[bucket].filter((item) => item !== '')
}

/**
 * True for a heading or item that states when the plan runs ("Thời gian thực hiện: …"). A
 * "Thời gian thực hiện" heading that lists quarters is a schedule instead.
 */
function isTimeStatement(node: OutlineNode): boolean {
  const kind = isHeadingNode(node) ? headingKind(node).kind : null
  return kind !== 'schedule' && !containsPeriod(node) && startsWithKeyword(foldUpper(node.text), ['THOI GIAN'])
}

/**
 * Walks section II. Period headings collect their tasks; "Thời gian" statements give the campaign
 * window; a heading with further structure (periods, a time statement, sub-headings) is walked
 * into; any other heading's items, and loose items, are content items. `underFocus` is true below
 * an explicit "Nhiệm vụ trọng tâm" heading.
 */
function readContent(nodes: OutlineNode[], content: ContentCollector, underFocus = false): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]
    const { period, inline } = node.style === null ? { period: null, inline: null } : periodOf(node.text)
    if (period && isHeadingNode(node)) {
      const nested = node.children.filter(isPeriodHeading)
      const tasks = itemsUnder({ ...node, children: node.children.filter((child) => !isPeriodHeading(child)) }, inline)
      i = adoptFollowingSiblings(nodes, i, tasks)
      content.periods.push({ ...period, tasks })
      readContent(nested, content, underFocus)
      continue
    }
    if (isTimeStatement(node)) {
      const window = windowOf(node)
      if (window) content.windows.push(window)
      continue
    }
    if (!isHeadingNode(node)) {
      content.items.push({ text: stripListSeparator(itemText(node)), explicitFocus: underFocus })
      continue
    }
    const { kind, inline: headingInline } = headingKind(node)
    if (kind === 'ignored') continue
    const explicitFocus = underFocus || kind === 'focus'
    if (hasStructure(node)) {
      if (headingInline) content.items.push({ text: stripListSeparator(headingInline), explicitFocus })
      readContent(node.children, content, explicitFocus)
      continue
    }
    for (const text of itemsUnder(node, headingInline)) content.items.push({ text, explicitFocus })
  }
}

function isPeriodHeading(node: OutlineNode): boolean {
  return node.style !== null && periodOf(node.text).period !== null && isHeadingNode(node)
}

/** True when a heading holds periods, a time statement or sub-headings, rather than plain items. */
function hasStructure(node: OutlineNode): boolean {
  return containsPeriod(node) || node.children.some((child) => isTimeStatement(child) || isHeadingNode(child))
}

/**
 * A bullet label with nothing under it ("- Quý I:") owns the bullets of the same style that follow,
 * up to the next label: some plans list a quarter's tasks at the same level as the quarter.
 * Returns the index of the last sibling adopted.
 */
function adoptFollowingSiblings(nodes: OutlineNode[], index: number, tasks: string[]): number {
  const label = nodes[index]
  if (label.children.length > 0 || tasks.length > 0 || label.style === null) return index
  let last = index
  while (last + 1 < nodes.length) {
    const next = nodes[last + 1]
    if (next.style !== label.style || periodOf(next.text).period) break
    tasks.push(stripListSeparator(itemText(next)))
    last++
  }
  return last
}

/**
 * The window stated by a "Thời gian" heading or item: a "từ … đến …" phrase in its text or items
 * (dated or not), else a period label such as "Cả năm 2020" printed after it.
 */
function windowOf(node: OutlineNode): PeriodLabel | null {
  const { inline } = splitInline(node.text)
  const texts = [node.text, ...itemsUnder(node)]
  for (const text of texts) {
    const phrase = findWindowPhrase(text)
    if (phrase) return { label: capitalizeFirst(phrase.phrase), quarters: [], from: phrase.from, to: phrase.to }
  }
  const candidates = [inline, ...itemsUnder(node)].filter((text): text is string => text !== null)
  for (const text of candidates) {
    const period = parsePeriodLabel(text.replace(/[.;]+$/, ''))
    if (period) return period
  }
  return null
}

/**
 * Quarter plans: the dated tasks are the periods, and every other content item (under
 * "Nhiệm vụ trọng tâm" or an equivalent heading) is a focus task. A campaign plan without a
 * quarterly schedule but with a stated time window has one period, that window, whose tasks are
 * the content items; only items under an explicit "trọng tâm" heading remain focus tasks then.
 */
function finishContent(body: BodyContent, content: ContentCollector): void {
  body.periods = content.periods
  const useWindow = content.periods.length === 0 && content.windows.length > 0
  if (useWindow) {
    const window = content.windows[0]
    const tasks = content.items.filter((item) => !item.explicitFocus).map((item) => item.text)
    body.periods = [{ ...window, tasks }]
    body.focusTasks = content.items.filter((item) => item.explicitFocus).map((item) => item.text)
  } else {
    body.focusTasks = content.items.map((item) => item.text)
  }
  body.focusTasks = body.focusTasks.filter((task) => task !== '')
}
