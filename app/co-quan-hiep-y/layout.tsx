import { notFound } from 'next/navigation'
import { SignOutButton } from '@/components/shell/sign-out-button'
import { consultedBodyOf } from '@/lib/auth/actor'
import { requireActor } from '@/lib/auth/session'

export const dynamic = 'force-dynamic'

/** The consulted bodies' own pages: no workspace, no menu of the tenant's functions. */
export default async function ConsultedBodyLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor()
  if (!consultedBodyOf(actor)) notFound()
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{actor.tenantName}</p>
            <p className="text-base font-bold">Thi đua, khen thưởng — ý kiến hiệp y</p>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <span className="text-sm text-slate-700" data-testid="current-user">
              {actor.fullName}
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="noi-dung" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
    </div>
  )
}
