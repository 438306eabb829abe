'use client'
import { useRouter } from 'next/navigation'

export function OrgSwitcher({
  current,
  organizations,
}: {
  current: string
  organizations: { id: string; name: string }[]
}) {
  const router = useRouter()
  if (organizations.length < 2) return <span className="text-sm font-medium">{organizations[0]?.name}</span>
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only sm:not-sr-only">Đơn vị làm việc</span>
      <select
        className="rounded-md border border-slate-400 bg-white px-2 py-1 text-slate-900"
        value={current}
        onChange={(e) => router.push(`/o/${e.target.value}/tong-quan`)}
      >
        {organizations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  )
}
