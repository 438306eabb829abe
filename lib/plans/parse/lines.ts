/**
 * Turns the raw text into lines and paragraphs. A line keeps its "cells": the pieces that a
 * flattened two-column layout (header, signature block) left separated by tabs, runs of spaces or
 * markdown table pipes. A paragraph is one logical unit of the body: a line, plus any following
 * paragraph that starts in lower case (the PDF wrapped a sentence, even across a blank line).
 */
import { collapseSpaces, isRuleLine, normalizeText, startsLowercase, stripMarkdown } from './text'
import { unwrapLines } from './unwrap'

export interface Line {
  /** Index of the line in the document. */
  index: number
  /** Column pieces, markdown-stripped, whitespace-collapsed, never empty. */
  cells: string[]
  /** All cells joined by a space; "" for a blank or rule line. */
  text: string
}

/** Tabs, three or more spaces, or a table pipe separate the columns of a flattened layout. */
const COLUMN_GAP = /\t+| {3,}|\s*\|\s*/
/** Page numbers (centred at the top from page 2, NĐ 30/2020) survive a PDF paste as "2", "- 2 -", "Trang 2". */
const PAGE_NUMBER = /^[-–—]?\s*(?:trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?\s*[-–—]?$/i

export function splitLines(raw: string): Line[] {
  return unwrapLines(normalizeText(raw).split('\n')).map((rawLine, index) => {
    const cells = rawLine
      .split(COLUMN_GAP)
      .filter((cell) => !isRuleLine(cell))
      .map((cell) => collapseSpaces(stripMarkdown(cell)))
      .filter((cell) => cell !== '' && !isRuleLine(cell))
    const text = cells.join(' ')
    return PAGE_NUMBER.test(text) ? { index, cells: [], text: '' } : { index, cells, text }
  })
}

/** How an item or heading is introduced. Items that share a style are siblings. */
export type MarkerStyle =
  | 'roman' // I. II. III.
  | 'decimal-1' // 1. 2.  (also 1) )
  | 'decimal-2' // 2.1. 2.2.
  | 'decimal-3' // 2.1.1.
  | 'letter' // a) b) c) / a. b. đ.
  | 'upper-letter' // A. B.
  | 'dash' // - – — −
  | 'plus' // +
  | 'dot' // • ● ▪ ■ ◦ ○ ➢ ►
  | 'label' // an unnumbered line that is itself a heading ("Quý I:", "Mục đích")

export interface Marked {
  style: MarkerStyle | null
  text: string
}

const ROMAN_MARKER = /^(?=[IVX])(X{0,2}(?:IX|IV|V?I{0,3}))\s*[.):\-–—]\s*(?=\S)/
const DECIMAL_MARKER = /^(\d{1,2}(?:\.\d{1,2}){0,2})(?:[.)]\s*|\s+)(?=\S)/
const LETTER_MARKER = /^([a-zđ])[.)]\s+(?=\S)/
const UPPER_LETTER_MARKER = /^([A-HJ-UWYZĐ])[.)]\s+(?=\S)/
const BULLET_MARKER = /^([-–—−‐‑+•●▪■◦○➢►✓❖·])\s*(?=\S)/

const BULLET_STYLES: Record<string, MarkerStyle> = { '+': 'plus' }

/**
 * Detects the list marker that starts a line and returns it with the remaining text.
 * "1." alone is a marker; "1 Mục đích" (no dot) is only a marker when more levels follow ("2.1 Quý I").
 */
export function detectMarker(text: string): Marked {
  const roman = ROMAN_MARKER.exec(text)
  if (roman && roman[1] !== '') return { style: 'roman', text: text.slice(roman[0].length) }

  const decimal = DECIMAL_MARKER.exec(text)
  if (decimal) {
    const levels = decimal[1].split('.').length
    const hasPunctuation = /[.)]\s*$/.test(decimal[0]) || levels > 1
    if (hasPunctuation && !looksLikeDateOrNumber(text)) {
      const style: MarkerStyle = levels === 1 ? 'decimal-1' : levels === 2 ? 'decimal-2' : 'decimal-3'
      return { style, text: text.slice(decimal[0].length) }
    }
  }

  const letter = LETTER_MARKER.exec(text)
  if (letter) return { style: 'letter', text: text.slice(letter[0].length) }

  const upper = UPPER_LETTER_MARKER.exec(text)
  if (upper) return { style: 'upper-letter', text: text.slice(upper[0].length) }

  const bullet = BULLET_MARKER.exec(text)
  if (bullet) {
    const style = BULLET_STYLES[bullet[1]] ?? (/[-–—−‐‑]/.test(bullet[1]) ? 'dash' : 'dot')
    return { style, text: text.slice(bullet[0].length) }
  }
  return { style: null, text }
}

/** "11.6.2020 …" or "2.500 người…" start with digits and dots but are not numbering. */
function looksLikeDateOrNumber(text: string): boolean {
  return /^\d{1,2}\.\d{1,2}\.\d{2,4}/.test(text) || /^\d{1,3}\.\d{3}\b/.test(text)
}

export interface Paragraph {
  /** Index of the first line of the paragraph. */
  line: number
  /** Index of the last line of the paragraph (continuation lines included). */
  endLine: number
  style: MarkerStyle | null
  /** Text without its marker. */
  text: string
}

/**
 * Groups lines into paragraphs. A line that starts in lower case without a marker continues the
 * previous paragraph (the document wrapped one sentence over two lines or two paragraphs).
 */
export function toParagraphs(lines: Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = []
  for (const line of lines) {
    if (line.text === '') continue
    const marked = detectMarker(line.text)
    const previous = paragraphs[paragraphs.length - 1]
    if (marked.style === null && previous && startsLowercase(line.text) && previous.style !== 'roman') {
      previous.text = `${previous.text} ${line.text}`
      previous.endLine = line.index
      continue
    }
    paragraphs.push({ line: line.index, endLine: line.index, style: marked.style, text: marked.text.trim() })
  }
  return paragraphs
}
