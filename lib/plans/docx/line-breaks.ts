// Where to break the name of a body that does not fit its header column. Word would fill the first line
// and leave a stub ("ỦY BAN NHÂN DÂN TỈNH / SƠN LA"); printed documents break before the level and place
// ("ỦY BAN NHÂN DÂN / TỈNH SƠN LA") or, failing that, into lines of similar width.
import { estimateTextWidth } from './measure'

/** Words that start the level-and-place half of a body's name. */
const LEVEL_WORDS = ['TỈNH', 'THÀNH PHỐ', 'HUYỆN', 'QUẬN', 'THỊ XÃ', 'XÃ', 'PHƯỜNG', 'THỊ TRẤN', 'ĐẶC KHU']
/** Two-syllable words that must stay on one line. */
const COMPOUNDS = ['NHÂN DÂN', 'THÀNH PHỐ', 'THỊ XÃ', 'THỊ TRẤN', 'THI ĐUA', 'KHEN THƯỞNG', 'CÔNG NGHIỆP', 'ĐẶC KHU']
/** Two splits whose wider lines differ by less than this ratio count as equally balanced. */
const BALANCE_TOLERANCE = 1.15

interface Split {
  first: string
  rest: string
  firstWidth: number
  widest: number
}

const startsWithWord = (text: string, word: string) => text === word || text.startsWith(`${word} `)
const endsWithWord = (text: string, word: string) => text === word || text.endsWith(` ${word}`)

/** Would cutting between `first` and `rest` break a compound word apart or strand a dash ("THI ĐUA -")? */
function badCut(first: string, rest: string): boolean {
  if (/[-–]$/.test(first) || /^[-–]/.test(rest)) return true
  return COMPOUNDS.some((compound) => {
    const [head, tail] = compound.split(' ')
    return endsWithWord(first, head) && startsWithWord(rest, tail)
  })
}

/** Lines for `text` (already in capitals) in a column `available` twips wide. */
export function balancedLines(
  text: string,
  sizePt: number,
  available: number,
  options: { bold?: boolean } = {},
): string[] {
  const width = (value: string) => estimateTextWidth(value, sizePt, options)
  const words = text.trim().split(/\s+/)
  const whole = words.join(' ')
  if (words.length < 2 || width(whole) <= available) return [whole]

  const splits: Split[] = words
    .slice(1)
    .map((_, index) => {
      const first = words.slice(0, index + 1).join(' ')
      const rest = words.slice(index + 1).join(' ')
      return { first, rest, firstWidth: width(first), widest: Math.max(width(first), width(rest)) }
    })
    .filter((split) => !badCut(split.first, split.rest))
  if (splits.length === 0) return [whole]

  const fitting = splits.filter((split) => split.firstWidth <= available)
  const candidates = fitting.length > 0 ? fitting : splits
  const beforeLevel = candidates.filter((split) => LEVEL_WORDS.some((word) => startsWithWord(split.rest, word)))
  const chosen = beforeLevel.length > 0 ? mostBalanced(beforeLevel) : mostBalanced(candidates)
  return [chosen.first, ...balancedLines(chosen.rest, sizePt, available, options)]
}

/** Of the splits about as balanced as the best one, the one with the longest first line. */
function mostBalanced(splits: Split[]): Split {
  const narrowest = Math.min(...splits.map((split) => split.widest))
  const balanced = splits.filter((split) => split.widest <= narrowest * BALANCE_TOLERANCE)
  return balanced[balanced.length - 1]
}
