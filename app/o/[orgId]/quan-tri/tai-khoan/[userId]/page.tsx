import Link from 'next/link'
import {
  AddMembershipForm,
  RemoveMembershipForm,
  ResetPasswordForm,
  SetUserActiveForm,
} from '@/components/admin/user-forms'
import { loadOr404, requireWorkspacePermission } from '@/lib/auth/session'
import { ASSIGNABLE_ROLES, ROLE_LABELS } from '@/lib/auth/permissions'
import { scopeRoots } from '@/lib/auth/scope'
import { withTenant } from '@/lib/db/tenant'
import { listOrganizationsInScope } from '@/lib/organizations/queries'
import { findUserForActor } from '@/lib/users/queries'
import { vnDateTime } from '@/lib/shared/dates'
import { addMembershipAction, removeMembershipAction, resetPasswordAction, setUserActiveAction } from '../../actions'

export const metadata = { title: 'Tài khoản' }

const formatTime = (d: Date | null) => (d ? vnDateTime(d) : 'Chưa đăng nhập')

export default async function UserPage({ params }: { params: Promise<{ orgId: string; userId: string }> }) {
  const { orgId, userId } = await params
  const { actor } = await requireWorkspacePermission(orgId, 'user.manage')
  const { user, units } = await loadOr404(() =>
    withTenant(actor.tenantId, async (tx) => ({
      user: await findUserForActor(tx, actor, userId),
      units: await listOrganizationsInScope(tx, actor, scopeRoots(actor.memberships, 'user.manage')),
    })),
  )
  return (
    <div className="space-y-6">
      <div>
        <Link className="link text-sm" href={`/o/${orgId}/quan-tri/tai-khoan`}>
          ← Về danh sách tài khoản
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{user.fullName}</h1>
        <p className="text-sm text-slate-700">
          {user.username} · {user.active ? 'Đang hoạt động' : 'Ngừng hoạt động'} · Đăng nhập gần nhất:{' '}
          {formatTime(user.lastLoginAt)}
        </p>
      </div>
      <section className="card">
        <h2 className="text-lg font-semibold">Vai trò theo đơn vị</h2>
        {user.memberships.length === 0 ? <p className="mt-2 text-sm">Chưa có vai trò nào.</p> : null}
        <ul className="mt-3 space-y-2">
          {user.memberships.map((m) => (
            <li key={m.id} className="flex items-center justify-between gap-4 border-b border-slate-200 pb-2 text-sm">
              <span>
                <strong>{ROLE_LABELS[m.role]}</strong>
                {m.consultedBody ? ` (${m.consultedBody.name})` : ''} — {m.organization.name}
                {m.organization.active ? '' : ' (đơn vị ngừng hoạt động)'}
              </span>
              <RemoveMembershipForm
                action={removeMembershipAction}
                membershipId={m.id}
                label={`${ROLE_LABELS[m.role]} — ${m.organization.name}`}
              />
            </li>
          ))}
        </ul>
        <div className="mt-6 max-w-xl">
          <AddMembershipForm
            action={addMembershipAction}
            userId={user.id}
            roles={ASSIGNABLE_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            units={units.map((u) => ({ value: u.id, label: `${'— '.repeat(u.depth)}${u.name}` }))}
          />
        </div>
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="card">
          <h2 className="mb-4 text-lg font-semibold">Đặt lại mật khẩu</h2>
          <ResetPasswordForm action={resetPasswordAction} user={user} />
        </section>
        <section className="card">
          <h2 className="mb-2 text-lg font-semibold">Trạng thái tài khoản</h2>
          <p className="mb-4 text-sm text-slate-700">
            Tài khoản ngừng hoạt động bị đăng xuất ngay ở lần thao tác kế tiếp.
          </p>
          <SetUserActiveForm action={setUserActiveAction} user={user} />
        </section>
      </div>
    </div>
  )
}
