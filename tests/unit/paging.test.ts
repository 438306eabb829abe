// Counts proportional to the page (lib/shared/paging.ts): a list is counted only ten pages past the
// current one; past that the pager says "more" instead of an exact last page.
import { describe, expect, it } from 'vitest'
import { countWindow, PAGES_AHEAD, windowedPages } from '../../lib/shared/paging'

describe('windowed page counts', () => {
  it('counts one row past ten pages ahead of the current page', () => {
    expect(PAGES_AHEAD).toBe(10)
    expect(countWindow(1, 25)).toBe(276)
    expect(countWindow(5, 50)).toBe(751)
  })

  it('is exact while the list ends inside the window', () => {
    expect(windowedPages(0, 1, 25)).toEqual({ pageCount: 1, more: false })
    expect(windowedPages(26, 1, 25)).toEqual({ pageCount: 2, more: false })
    expect(windowedPages(275, 1, 25)).toEqual({ pageCount: 11, more: false })
  })

  it('says "more" when the count reached the window, and offers the pages it counted', () => {
    expect(windowedPages(276, 1, 25)).toEqual({ pageCount: 11, more: true })
    expect(windowedPages(countWindow(200, 50), 200, 50)).toEqual({ pageCount: 210, more: true })
  })
})
