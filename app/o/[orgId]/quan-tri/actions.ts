'use server'
// Server actions of the administration pages: session → zod parse → one domain function → revalidate.
// Permission and scope are checked inside the domain functions, against the (tenant, id) lookups.
import { requireActor } from '@/lib/auth/session'
import type { FormState } from '@/lib/shared/errors'
import { handleForm } from '@/lib/shared/form'
import { afterChange } from '@/lib/shared/action-result'
import {
  createOrganizationSchema,
  moveOrganizationSchema,
  renameOrganizationSchema,
  setOrganizationActiveSchema,
} from '@/lib/organizations/schemas'
import { createOrganization } from '@/lib/organizations/create-organization'
import { renameOrganization } from '@/lib/organizations/rename-organization'
import { moveOrganization } from '@/lib/organizations/move-organization'
import { setOrganizationActive } from '@/lib/organizations/set-organization-active'
import {
  addMembershipSchema,
  confirmGrantSchema,
  createConsultedBodyAccountSchema,
  createUserSchema,
  removeMembershipSchema,
  resetPasswordSchema,
  setUserActiveSchema,
} from '@/lib/users/schemas'
import { createUser } from '@/lib/users/create-user'
import { createConsultedBodyAccount } from '@/lib/users/create-consulted-body-account'
import { setUserActive } from '@/lib/users/set-user-active'
import { resetPassword } from '@/lib/users/reset-password'
import { addMembership, removeMembership } from '@/lib/users/memberships'
import { confirmGrant, PENDING_MESSAGE } from '@/lib/users/role-grants'
import { addCashRateSchema } from '@/lib/cash/schemas'
import { addCashRate } from '@/lib/cash/rates'
import { addDeadlineSettingSchema } from '@/lib/calendar/schemas'
import { addDeadlineSetting } from '@/lib/calendar/add-deadline-setting'
import { addPartyOpinionSettingSchema } from '@/lib/dossiers/party-opinion-settings'
import { addPartyOpinionSetting } from '@/lib/dossiers/add-party-opinion-setting'

export async function createOrganizationAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      createOrganizationSchema,
      formData,
      (input) => createOrganization(actor, input),
      'Đã thêm đơn vị.',
    ),
  )
}

export async function renameOrganizationAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      renameOrganizationSchema,
      formData,
      (input) => renameOrganization(actor, input),
      'Đã lưu tên đơn vị.',
    ),
  )
}

export async function moveOrganizationAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(moveOrganizationSchema, formData, (input) => moveOrganization(actor, input), 'Đã chuyển đơn vị.'),
  )
}

export async function setOrganizationActiveAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      setOrganizationActiveSchema,
      formData,
      (input) => setOrganizationActive(actor, input),
      'Đã cập nhật trạng thái đơn vị.',
    ),
  )
}

export async function createUserAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(createUserSchema, formData, (input) => createUser(actor, input), 'Đã tạo tài khoản.'),
  )
}

export async function setUserActiveAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      setUserActiveSchema,
      formData,
      (input) => setUserActive(actor, input),
      'Đã cập nhật trạng thái tài khoản.',
    ),
  )
}

export async function resetPasswordAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(resetPasswordSchema, formData, (input) => resetPassword(actor, input), 'Đã đặt lại mật khẩu.'),
  )
}

export async function addMembershipAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      addMembershipSchema,
      formData,
      (input) => addMembership(actor, input),
      `Đã ghi vai trò. Lãnh đạo, Thường trực Hội đồng, Thành viên Hội đồng: ${PENDING_MESSAGE}`,
    ),
  )
}

export async function removeMembershipAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(removeMembershipSchema, formData, (input) => removeMembership(actor, input), 'Đã gỡ vai trò.'),
  )
}

export async function confirmGrantAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(confirmGrantSchema, formData, (input) => confirmGrant(actor, input), 'Đã xác nhận vai trò.'),
  )
}

export async function addCashRateAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(addCashRateSchema, formData, (input) => addCashRate(actor, input), 'Đã thêm mức tiền thưởng.'),
  )
}

export async function addDeadlineSettingAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      addDeadlineSettingSchema,
      formData,
      (input) => addDeadlineSetting(actor, input),
      'Đã đặt thời hạn mới.',
    ),
  )
}

export async function addPartyOpinionSettingAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      addPartyOpinionSettingSchema,
      formData,
      (input) => addPartyOpinionSetting(actor, input),
      'Đã đặt cấu hình ý kiến cấp ủy mới.',
    ),
  )
}

export async function createConsultedBodyAccountAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      createConsultedBodyAccountSchema,
      formData,
      (input) => createConsultedBodyAccount(actor, input),
      'Đã tạo tài khoản của cơ quan.',
    ),
  )
}
