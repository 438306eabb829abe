import Link from 'next/link'

/** Page links that keep the other query parameters. */
export function Pagination({
  page,
  pageCount,
  more = false,
  href,
}: {
  page: number
  pageCount: number
  /** the list goes on past pageCount (counted only a few pages ahead, lib/shared/paging.ts) */
  more?: boolean
  href: (page: number) => string
}) {
  if (pageCount <= 1 && !more) return null
  return (
    <nav aria-label="Phân trang" className="mt-4 flex items-center gap-3 text-sm">
      {page > 1 ? (
        <Link className="link" href={href(page - 1)}>
          ← Trang trước
        </Link>
      ) : null}
      <span aria-current="page">
        Trang {page}/{pageCount}
        {more ? <span aria-label="trở lên">+</span> : null}
      </span>
      {page < pageCount || more ? (
        <Link className="link" href={href(page + 1)}>
          Trang sau →
        </Link>
      ) : null}
    </nav>
  )
}

export function pageParam(value: string | string[] | undefined) {
  const n = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1
}
