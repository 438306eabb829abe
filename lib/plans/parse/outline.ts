/**
 * Builds the outline of the body from its paragraphs, the way a reader does: the first time a
 * marker style appears it opens a deeper level; when a style seen before appears again, the reader
 * is back at that level (its sibling). Roman numerals always start a new top-level section; a
 * numbered heading is never nested inside a "-" or "+" bullet, nor a period label ("Quý II") inside
 * a task or another period. Unmarked paragraphs belong to the innermost open node: under a heading
 * they are items, under an item they continue it (a task that runs over several paragraphs).
 */
import { classifyHeading, periodOf, splitInline } from './headings'
import type { MarkerStyle, Paragraph } from './lines'
import { endsLikeSentence, stripListSeparator } from './text'

export interface OutlineNode {
  /** null for an unmarked paragraph. */
  style: MarkerStyle | null
  text: string
  children: OutlineNode[]
}

const BULLET_STYLES: ReadonlySet<MarkerStyle> = new Set(['dash', 'plus', 'dot'])

export function isBullet(style: MarkerStyle | null): boolean {
  return style !== null && BULLET_STYLES.has(style)
}

export function buildOutline(paragraphs: Paragraph[]): OutlineNode[] {
  const root: OutlineNode = { style: null, text: '', children: [] }
  const stack: OutlineNode[] = [root]
  const top = () => stack[stack.length - 1]

  for (const paragraph of paragraphs) {
    const node: OutlineNode = { style: paragraph.style, text: paragraph.text, children: [] }
    if (node.style === null) {
      top().children.push(node)
      continue
    }
    if (node.style === 'roman') {
      stack.length = 1
    } else {
      const sameStyle = findLastIndex(stack, (open) => open.style === node.style)
      if (sameStyle > 0) {
        stack.length = sameStyle
      } else if (!isBullet(node.style)) {
        while (stack.length > 1 && isBullet(top().style)) stack.pop()
      }
      if (periodOf(node.text).period) {
        while (stack.length > 1 && cannotHoldPeriod(top())) stack.pop()
      }
    }
    top().children.push(node)
    stack.push(node)
  }
  return root.children
}

/**
 * Periods do not nest, and a period is never a sub-item of a task: a new period label closes any
 * open bullet, task sentence or previous period, whatever its marker style.
 */
function cannotHoldPeriod(open: OutlineNode): boolean {
  return isBullet(open.style) || endsLikeSentence(open.text) || periodOf(open.text).period !== null
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i])) return i
  return -1
}

/**
 * A node is a heading when it introduces other content rather than saying something itself:
 * a known section label or period label, or a numbered line that has children and does not end
 * like a sentence. A bullet is a heading only when it is a period label ("- Quý I:").
 */
export function isHeadingNode(node: OutlineNode): boolean {
  if (node.style === null) return false
  if (periodOf(node.text).period) return true
  if (isBullet(node.style)) return false
  if (node.style === 'label' || node.style === 'roman') return true
  const { head, inline } = splitInline(node.text)
  if (inline !== null && classifyHeading(head) !== null) return true
  if (classifyHeading(node.text) !== null && !endsLikeSentence(node.text)) return true
  return node.children.length > 0 && !endsLikeSentence(node.text)
}

/**
 * The full text of one item: its own text, the unmarked paragraphs that continue it, and its
 * sub-items ("+ …") appended in order, separated by semicolons.
 */
export function itemText(node: OutlineNode): string {
  const parts = [node.text]
  const subItems: string[] = []
  for (const child of node.children) {
    if (child.style === null) parts.push(child.text)
    else subItems.push(itemText(child))
  }
  const joinedSubItems = subItems.map((text, i) => (i < subItems.length - 1 ? `${stripListSeparator(text)};` : text))
  return [...parts, ...joinedSubItems].filter((part) => part !== '').join(' ')
}

/**
 * All items under a heading, in order: its unmarked paragraphs, its items, and the items of its
 * sub-headings (whose own labels are dropped). `inline` is text printed after the heading's colon.
 */
export function itemsUnder(node: OutlineNode, inline: string | null = null): string[] {
  const items: string[] = inline ? [inline] : []
  for (const child of node.children) {
    if (child.style === null) {
      items.push(child.text)
    } else if (isHeadingNode(child)) {
      const { inline: childInline } = splitInline(child.text)
      items.push(...itemsUnder(child, childInline))
    } else {
      items.push(itemText(child))
    }
  }
  return items.map(stripListSeparator).filter((item) => item !== '')
}

/** True when the node or one of its descendants is a period heading ("Quý I", "Từ ngày …"). */
export function containsPeriod(node: OutlineNode): boolean {
  return node.children.some(
    (child) => (isHeadingNode(child) && periodOf(child.text).period !== null) || containsPeriod(child),
  )
}
