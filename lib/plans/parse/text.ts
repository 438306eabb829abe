/**
 * Text utilities shared by the plan parser: Unicode clean-up, accent folding, markdown
 * stripping and small string helpers. Everything here is pure and language-aware only in the
 * sense of Vietnamese orthography (đ, tone marks).
 */

/** Characters that print as a space but are not U+0020: NBSP, en/em spaces, narrow NBSP, ideographic space… */
const SPACE_LIKE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
/** Characters that print as nothing: zero-width spaces and joiners, BOM, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g
/** Unicode line and paragraph separators, which some word processors emit instead of "\n". */
const UNICODE_LINE_BREAK = /[\u2028\u2029\u0085]/g

/**
 * Brings any pasted text to one canonical form: NFC (so "ư" + combining marks equals the
 * precomposed letter), "\n" line ends, ordinary spaces. Tabs are kept: they separate the columns
 * of a flattened two-column header or signature block.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(UNICODE_LINE_BREAK, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACE_LIKE, ' ')
}

/**
 * Removes Vietnamese tone marks and vowel hats, maps đ/Đ to d/D, and upper-cases. The result has
 * exactly the same length as the input (one UTF-16 unit per unit), so an index found in the folded
 * string is valid in the original: we match keywords accent-insensitively and slice the original.
 */
export function foldUpper(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) out += foldChar(text[i])
  return out
}

function foldChar(ch: string): string {
  if (ch === 'đ' || ch === 'Đ') return 'D'
  const code = ch.charCodeAt(0)
  if (code < 0x80) return ch.toUpperCase()
  const base = ch.normalize('NFD')[0]
  const upper = base.toUpperCase()
  return upper.length === 1 ? upper : ch
}

/** Lower-cases character by character (length preserving, like {@link foldUpper}). */
export function lowerSameLength(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const lower = text[i].toLowerCase()
    out += lower.length === 1 ? lower : text[i]
  }
  return out
}

/** Collapses runs of whitespace into one space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Strips the markdown that pasting from a converted document leaves behind: bold/italic
 * asterisks and underscores, heading hashes, block quotes and backslash escapes. A leading
 * "* " is a bullet, not emphasis, so it is kept.
 */
export function stripMarkdown(line: string): string {
  let text = line.replace(/^\s*>+\s?/, '').replace(/^\s*#{1,6}\s+/, '')
  text = text.replace(/\\([\\.\-*_()[\]#+!|])/g, '$1')
  const bullet = /^\s*\*\s+/.exec(text)
  const head = bullet ? '- ' : ''
  const rest = bullet ? text.slice(bullet[0].length) : text
  const withoutStars = rest.replace(/\*+/g, '')
  const withoutUnderscoreEmphasis = withoutStars
    .replace(/__+(?=\S)/g, '')
    .replace(/(?<=\S)__+/g, '')
    .replace(/(^|[\s(])_(?=\S)/g, '$1')
    .replace(/(?<=\S)_(?=$|[\s).,;:])/g, '')
  return head + withoutUnderscoreEmphasis
}

/** True for a line made only of rule characters (----, ____, ====, ***, a lone dash). */
export function isRuleLine(text: string): boolean {
  return /^[\s\-–—_=~.*•|:]*$/.test(text)
}

/** A letter that has distinct upper and lower case forms (covers all Vietnamese letters). */
export function isCasedLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase()
}

/** True when the text has letters and none of them is lower case ("ỦY BAN NHÂN DÂN", "UBND TỈNH"). */
export function isAllCaps(text: string): boolean {
  let letters = 0
  for (const ch of text) {
    if (!isCasedLetter(ch)) continue
    letters++
    if (ch !== ch.toUpperCase()) return false
  }
  return letters > 0
}

/** The first cased letter of the text, or null (skips quotes, brackets and digits). */
function firstLetter(text: string): string | null {
  for (const ch of text) if (isCasedLetter(ch)) return ch
  return null
}

/** True when the text begins (after spaces) with a lower-case letter: a wrapped continuation. */
export function startsLowercase(text: string): boolean {
  const first = text.trimStart()[0]
  return first !== undefined && isCasedLetter(first) && first === first.toLowerCase()
}

/** True when the first letter of the text is upper case. */
export function startsUppercase(text: string): boolean {
  const first = firstLetter(text)
  return first !== null && first === first.toUpperCase()
}

/** Upper-cases the first character only ("các bộ phận" → "Các bộ phận"). */
export function capitalizeFirst(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1)
}

/** Number of whitespace-separated words. */
export function wordCount(text: string): number {
  const trimmed = text.trim()
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length
}

/**
 * Removes the punctuation that separates list items (";" and ",") at the end of an item;
 * a sentence's own full stop is kept.
 */
export function stripListSeparator(text: string): string {
  return text.replace(/[\s;,]+$/, '').trim()
}

/** Removes any trailing punctuation that closes a list line (";", ",", ".", ":"). */
export function stripTrailingPunctuation(text: string): string {
  return text.replace(/[\s;,.:]+$/, '').trim()
}

/** True when the text ends like a sentence: ".", ";", "!", "?", or the end-of-document "./". */
export function endsLikeSentence(text: string): boolean {
  return /[.;!?…]["”’)]*\s*\/?\s*$/.test(text.trim())
}

/** True when folded text starts with one of the (folded, upper-case) keywords as whole words. */
export function startsWithKeyword(folded: string, keywords: readonly string[]): boolean {
  return keywords.some((keyword) => folded.startsWith(keyword) && !/[A-Z0-9]/.test(folded.charAt(keyword.length)))
}

/** Returns the (folded) keyword the text starts with, or null. */
export function matchKeyword(folded: string, keywords: readonly string[]): string | null {
  return (
    keywords.find((keyword) => folded.startsWith(keyword) && !/[A-Z0-9]/.test(folded.charAt(keyword.length))) ?? null
  )
}
