import type { Actor } from '@/lib/auth/actor'
import { actorOrganizations } from '@/lib/auth/actor'
import type { Permission } from '@/lib/auth/permissions'
import { NavLink } from './nav-link'
import { OrgSwitcher } from './org-switcher'
import { SignOutButton } from './sign-out-button'

export const SECTIONS: { slug: string; label: string; permission: Permission }[] = [
  { slug: 'tong-quan', label: 'Tổng quan', permission: 'workspace.view' },
  { slug: 'ke-hoach', label: 'Kế hoạch', permission: 'plan.view' },
  { slug: 'nhan-su', label: 'Cán bộ, người lao động', permission: 'workspace.view' },
  { slug: 'phong-trao', label: 'Phong trào thi đua', permission: 'workspace.view' },
  { slug: 'dang-ky-thi-dua', label: 'Đăng ký thi đua', permission: 'workspace.view' },
  { slug: 'khoi-thi-dua', label: 'Khối, cụm thi đua', permission: 'workspace.view' },
  { slug: 'ho-so-khen-thuong', label: 'Hồ sơ khen thưởng', permission: 'workspace.view' },
  { slug: 'hoi-dong', label: 'Hội đồng', permission: 'workspace.view' },
  { slug: 'so-vang', label: 'Sổ vàng', permission: 'workspace.view' },
  { slug: 'thong-ke', label: 'Thống kê, báo cáo', permission: 'workspace.view' },
  { slug: 'xac-nhan-vai-tro', label: 'Xác nhận vai trò', permission: 'grant.confirm' },
  { slug: 'quan-tri', label: 'Quản trị', permission: 'org.manage' },
]

export function AppShell({
  actor,
  organization,
  can,
  children,
}: {
  actor: Actor
  organization: { id: string; name: string }
  can: (permission: Permission) => boolean
  children: React.ReactNode
}) {
  const base = `/o/${organization.id}`
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{actor.tenantName}</p>
            <p className="text-base font-bold">Thi đua, khen thưởng</p>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <OrgSwitcher
              current={organization.id}
              organizations={actorOrganizations(actor).map(({ id, name }) => ({ id, name }))}
            />
            <span className="text-sm text-slate-700" data-testid="current-user">
              {actor.fullName}
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl gap-6 px-4 py-6">
        <nav aria-label="Chức năng" className="w-56 shrink-0">
          <ul className="space-y-1">
            {SECTIONS.filter((s) => can(s.permission)).map((s) => (
              <li key={s.slug}>
                <NavLink href={`${base}/${s.slug}`}>{s.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="noi-dung" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  )
}

export function UnderConstruction({ title, description }: { title: string; description: string }) {
  return (
    <section className="card">
      <h1 className="text-xl font-bold">{title}</h1>
      <p className="mt-2 text-slate-700">{description}</p>
      <p className="mt-4 inline-block rounded bg-amber-100 px-3 py-1 text-sm font-medium text-amber-900">
        Chức năng đang xây dựng
      </p>
    </section>
  )
}
