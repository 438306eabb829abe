// The table of a nominee's moves and what the dossier page offers from it; the one "exactly at this
// unit" helper; the labels of audit actions and dossier events.
import { describe, expect, it } from 'vitest'
import { AUDIT_ACTION_LABELS, auditActionLabel } from '../../lib/audit/actions'
import { COUNCIL_ROLES } from '../../lib/council/access'
import { ROLE_PERMISSIONS, type Permission } from '../../lib/auth/permissions'
import { holdsAt, type ScopedMembership } from '../../lib/auth/scope'
import { DOSSIER_EVENT_LABELS, dossierEventLabel } from '../../lib/dossiers/events'
import { dossierActions, nomineeActions, nomineeMoveError } from '../../lib/dossiers/transitions'
import type { NomineeStatus } from '../../lib/generated/prisma/enums'

const XA = { id: 'x', path: '/t/h/x/' }
const HUYEN = { id: 'h', path: '/t/h/' }
const TINH = { id: 't', path: '/t/' }

const as = (...m: [{ id: string; path: string }, string][]): { memberships: ScopedMembership[] } => ({
  memberships: m.map(([o, role]) => ({ organizationId: o.id, organizationPath: o.path, role })),
})

// xã → huyện → tỉnh, decided by the tỉnh; or central (decidingOrgId null)
const nominee = (
  holder: string,
  over: Partial<{ status: NomineeStatus; decidingOrgId: string | null; appraised: boolean }> = {},
) => ({
  pathOrgIds: ['x', 'h', 't'],
  holderOrgId: holder,
  decidingOrgId: 't' as string | null,
  status: 'IN_REVIEW' as NomineeStatus,
  appraised: true,
  ...over,
})
const offered = (actor: ReturnType<typeof as>, n: ReturnType<typeof nominee>) =>
  nomineeActions(actor, n).map((o) => (o.waiting ? `${o.action}:waiting` : o.action))

describe('holdsAt', () => {
  it('holds a permission only through a role at exactly that unit, never from a unit above', () => {
    expect(holdsAt(as([HUYEN, 'SECRETARIAT']), 'dossier.appraise', 'h')).toBe(true)
    expect(holdsAt(as([TINH, 'SECRETARIAT']), 'dossier.appraise', 'h')).toBe(false)
    expect(holdsAt(as([HUYEN, 'VIEWER']), 'dossier.appraise', 'h')).toBe(false)
    expect(holdsAt(as([HUYEN, 'NOT_A_ROLE']), 'workspace.view', 'h')).toBe(false)
  })

  it('seats a council role through council.vote, which every council role grants', () => {
    for (const role of COUNCIL_ROLES)
      expect((ROLE_PERMISSIONS[role] as readonly Permission[]).includes('council.vote')).toBe(true)
  })
})

describe('nominee moves', () => {
  it('lets the middle level appraise, forward up and return down, but not decide', () => {
    const secretariat = as([HUYEN, 'SECRETARIAT'])
    expect(offered(secretariat, nominee('h'))).toEqual(['appraise', 'forward', 'return'])
    const [, forward, back] = nomineeActions(secretariat, nominee('h'))
    expect(forward.toOrgId).toBe('t')
    expect(back.toOrgId).toBe('x')
    expect(nomineeMoveError(as([HUYEN, 'LEADER']), 'approve', nominee('h'))).toBe(
      'Cấp này không có thẩm quyền quyết định hình thức này: hãy chuyển lên cấp trên.',
    )
  })

  it('offers nothing to a level the nominee has not reached, even with scope over it', () => {
    expect(offered(as([TINH, 'SECRETARIAT'], [TINH, 'LEADER']), nominee('h'))).toEqual([])
    expect(nomineeMoveError(as([TINH, 'SECRETARIAT']), 'appraise', nominee('h'))).toBe('forbidden')
  })

  it('lets the deciding level approve or reject, never forward', () => {
    expect(offered(as([TINH, 'SECRETARIAT']), nominee('t'))).toEqual(['appraise', 'return'])
    expect(offered(as([TINH, 'LEADER']), nominee('t'))).toEqual(['approve', 'reject'])
    expect(nomineeMoveError(as([TINH, 'SECRETARIAT']), 'forward', nominee('t'))).toBe(
      'Cấp này có thẩm quyền quyết định: hãy phê duyệt hoặc không phê duyệt, không chuyển tiếp.',
    )
  })

  it('makes "approve" at the top of a central award a submission to the central level', () => {
    const central = nominee('t', { decidingOrgId: null })
    expect(nomineeActions(as([TINH, 'LEADER']), central)[0]).toMatchObject({ action: 'approve', central: true })
    expect(nomineeMoveError(as([TINH, 'SECRETARIAT']), 'forward', central)).toBe(
      'Hình thức này do Trung ương quyết định: dùng thao tác "Trình Trung ương".',
    )
  })

  it('waits for the appraisal before forwarding or approving', () => {
    expect(offered(as([HUYEN, 'SECRETARIAT']), nominee('h', { appraised: false }))).toEqual([
      'appraise',
      'forward:waiting',
      'return',
    ])
    expect(offered(as([TINH, 'LEADER']), nominee('t', { appraised: false }))).toEqual(['approve:waiting', 'reject'])
    expect(nomineeActions(as([HUYEN, 'SECRETARIAT']), nominee('h', { appraised: false }))[0].again).toBe(false)
  })

  it('offers nothing once the nominee is no longer in review', () => {
    for (const status of ['DRAFT', 'RETURNED', 'APPROVED', 'REJECTED', 'AWARDED'] as const)
      expect(offered(as([HUYEN, 'SECRETARIAT']), nominee('h', { status }))).toEqual([])
  })

  it('has no level below the proposing unit to return to', () => {
    const atBase = { ...nominee('x'), pathOrgIds: ['x'], decidingOrgId: 'x' }
    expect(offered(as([XA, 'SECRETARIAT']), atBase)).toEqual(['appraise'])
  })
})

describe('dossier moves', () => {
  const draft = { submittedAt: null }
  const sent = { submittedAt: new Date() }
  it('lets the proposing unit edit and submit a draft with pending nominees', () => {
    const may = dossierActions(as([XA, 'UNIT_HEAD']), draft, XA, [{ status: 'DRAFT' }, { status: 'DRAFT' }])
    expect(may).toMatchObject({ edit: true, attach: true, submit: { pending: 2 } })
    expect(may.removeNominee({ status: 'DRAFT' })).toBe(true)
  })

  it('gives nothing to a viewer or a secretariat of the proposing unit', () => {
    for (const role of ['VIEWER', 'SECRETARIAT']) {
      const may = dossierActions(as([XA, role]), draft, XA, [{ status: 'DRAFT' }])
      expect(may).toMatchObject({ edit: false, attach: false, submit: null })
    }
  })

  it('reopens only the files once a nominee comes back to a submitted dossier', () => {
    const may = dossierActions(as([XA, 'UNIT_HEAD']), sent, XA, [{ status: 'RETURNED' }, { status: 'IN_REVIEW' }])
    expect(may).toMatchObject({ edit: false, attach: true, submit: null })
    expect(dossierActions(as([XA, 'UNIT_HEAD']), draft, XA, []).submit).toBeNull()
  })
})

describe('labels of journalled names', () => {
  it('labels every audit action and dossier event in Vietnamese, and never shows a raw code', () => {
    for (const label of [...Object.values(AUDIT_ACTION_LABELS), ...Object.values(DOSSIER_EVENT_LABELS)])
      expect(label).not.toMatch(/^[a-z_.]+$/)
    expect(auditActionLabel('council.session.open')).toBe('Mở phiên họp Hội đồng')
    expect(dossierEventLabel('forward_central')).toBe('Trình Trung ương')
    expect(dossierEventLabel('something.old')).toBe('Bước xử lý khác')
  })
})
