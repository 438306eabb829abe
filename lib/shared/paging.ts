// Counts proportional to the page: a list counts its rows only up to a few pages past the one shown
// (COUNT over a LIMITed subquery), so the journal's millionth row or a province's 100,000th person costs
// nothing on page 1. The pager then says "12+" instead of an exact last page (decision 0012).

/** How many pages past the current one are counted exactly. */
export const PAGES_AHEAD = 10

/** The `take` to give Prisma's count() for this page: one row more than the counted window. */
export const countWindow = (page: number, pageSize: number) => (page + PAGES_AHEAD) * pageSize + 1

/** Page count from a windowed count; `more` when the list goes on past the window. */
export function windowedPages(counted: number, page: number, pageSize: number) {
  const limit = countWindow(page, pageSize)
  const more = counted >= limit
  const rows = more ? limit - 1 : counted
  return { pageCount: Math.max(1, Math.ceil(rows / pageSize)), more }
}
