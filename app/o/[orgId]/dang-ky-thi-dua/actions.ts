'use server'
import { requireActor } from '@/lib/auth/session'
import type { FormState } from '@/lib/shared/errors'
import { handleForm } from '@/lib/shared/form'
import { afterChange } from '@/lib/shared/action-result'
import {
  openRoundSchema,
  reviewRegistrationSchema,
  saveRegistrationSchema,
  submitRegistrationSchema,
} from '@/lib/registration/schemas'
import { openRound } from '@/lib/registration/open-round'
import { saveRegistration } from '@/lib/registration/save-registration'
import { reviewRegistration, submitRegistration } from '@/lib/registration/decide-registration'

export async function openRoundAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(openRoundSchema, formData, (input) => openRound(actor, input), 'Đã mở đăng ký thi đua.'),
  )
}

export async function saveRegistrationAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      saveRegistrationSchema,
      formData,
      (input) => saveRegistration(actor, input),
      'Đã lưu bản đăng ký.',
    ),
  )
}

export async function submitRegistrationAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      submitRegistrationSchema,
      formData,
      (input) => submitRegistration(actor, input),
      'Đã nộp bản đăng ký.',
    ),
  )
}

export async function reviewRegistrationAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  const accept = formData.get('decision') === 'accept'
  return afterChange(
    await handleForm(
      reviewRegistrationSchema,
      formData,
      (input) => reviewRegistration(actor, input),
      accept ? 'Đã chấp nhận.' : 'Đã trả lại.',
    ),
  )
}
