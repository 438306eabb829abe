'use server'
// Server actions of the dossier pages: session → zod parse → one domain function → revalidate.
import { redirect } from 'next/navigation'
import { revalidatePath } from 'next/cache'
import { requireActor, requireWorkspace } from '@/lib/auth/session'
import { openNotification } from '@/lib/dossiers/notifications'
import type { FormState } from '@/lib/shared/errors'
import { handleForm } from '@/lib/shared/form'
import { afterChange, openCreated } from '@/lib/shared/action-result'
import {
  addNomineeSchema,
  bulkNomineeActionSchema,
  createDossierSchema,
  decisionSchema,
  nomineeActionSchema,
  removeNomineeSchema,
  submitDossierSchema,
} from '@/lib/dossiers/schemas'
import { addNominee, createDossier, removeNominee } from '@/lib/dossiers/draft'
import { actOnNominee, submitDossier } from '@/lib/dossiers/workflow'
import { actOnNominees } from '@/lib/dossiers/bulk'
import { issueDecision } from '@/lib/dossiers/decision'
import { partyOpinionSchema, recordPartyOpinion } from '@/lib/dossiers/party-opinion'
import {
  deleteAttachment,
  deleteAttachmentSchema,
  uploadAttachment,
  uploadAttachmentSchema,
} from '@/lib/dossiers/attachments'

export async function createDossierAction(orgId: string, _: FormState, formData: FormData) {
  const actor = await requireActor()
  const state = await handleForm(createDossierSchema, formData, (input) => createDossier(actor, input), 'Đã tạo hồ sơ.')
  return openCreated(state, state.result && `/o/${orgId}/ho-so-khen-thuong/${state.result.id}`)
}

export async function addNomineeAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  // The form offers a person picker and a unit picker; only the chosen kind of recipient counts.
  const recipient = formData.get('recipient')
  if (recipient === 'COLLECTIVE') formData.delete('personId')
  else formData.delete('organizationId')
  return afterChange(
    await handleForm(addNomineeSchema, formData, (input) => addNominee(actor, input), 'Đã thêm người được đề nghị.'),
  )
}

export async function removeNomineeAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      removeNomineeSchema,
      formData,
      (input) => removeNominee(actor, input),
      'Đã bỏ người được đề nghị khỏi hồ sơ.',
    ),
  )
}

export async function submitDossierAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      submitDossierSchema,
      formData,
      (input) => submitDossier(actor, input),
      'Đã trình hồ sơ lên cấp trên.',
    ),
  )
}

const NOMINEE_MESSAGES: Record<string, string> = {
  appraise: 'Đã thẩm định.',
  forward: 'Đã chuyển lên cấp trên.',
  return: 'Đã trả lại cấp dưới.',
  approve: 'Đã phê duyệt.',
  reject: 'Đã ghi nhận không phê duyệt.',
}

export async function nomineeActionAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  const message = NOMINEE_MESSAGES[String(formData.get('action'))] ?? 'Đã thực hiện.'
  return afterChange(await handleForm(nomineeActionSchema, formData, (input) => actOnNominee(actor, input), message))
}

/** The Party committee's written opinion on a nominee, recorded by the secretariat holding it. */
export async function partyOpinionAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      partyOpinionSchema,
      formData,
      (input) => recordPartyOpinion(actor, input),
      'Đã ghi ý kiến của cấp ủy.',
    ),
  )
}

const BULK_MESSAGES: Record<string, (n: number) => string> = {
  appraise: (n) => `Đã thẩm định ${n} người.`,
  forward: (n) => `Đã chuyển ${n} người lên cấp trên.`,
  approve: (n) => `Đã phê duyệt ${n} người.`,
}

export async function bulkNomineeAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  const message = BULK_MESSAGES[String(formData.get('action'))] ?? (() => 'Đã thực hiện.')
  const state = await handleForm(bulkNomineeActionSchema, formData, (input) => actOnNominees(actor, input), '')
  return afterChange({ ...state, message: state.ok && state.result ? message(state.result.count) : state.message })
}

export async function uploadAttachmentAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  const file = formData.get('file')
  const picked = typeof file === 'object' && file !== null && 'arrayBuffer' in file ? (file as File) : null
  if (!picked || (picked.size === 0 && !picked.name))
    return { ok: false, fieldErrors: { file: 'Vui lòng chọn tệp cần đính kèm.' } }
  const bytes = new Uint8Array(await picked.arrayBuffer())
  return afterChange(
    await handleForm(
      uploadAttachmentSchema,
      formData,
      (input) => uploadAttachment(actor, { ...input, fileName: picked.name, bytes }),
      `Đã đính kèm “${picked.name}”.`,
    ),
  )
}

export async function deleteAttachmentAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      deleteAttachmentSchema,
      formData,
      (input) => deleteAttachment(actor, input),
      'Đã xóa tệp đính kèm.',
    ),
  )
}

export async function issueDecisionAction(orgId: string, _: FormState, formData: FormData) {
  const actor = await requireActor()
  // One checkbox per nominee; the schema reads them as one comma-separated field.
  formData.set('nomineeIds', formData.getAll('nomineeId').map(String).join(','))
  const state = await handleForm(
    decisionSchema,
    formData,
    (input) => issueDecision(actor, input),
    'Đã ban hành quyết định.',
  )
  return openCreated(state, state.result && `/o/${orgId}/ho-so-khen-thuong/quyet-dinh/${state.result.id}`)
}

/** Opens a notice of the workspace: marks it read, then follows its link (or stays on the list). */
export async function openNotificationAction(orgId: string, notificationId: string) {
  const { actor, organization } = await requireWorkspace(orgId)
  const link = await openNotification(actor, organization, notificationId)
  revalidatePath(`/o/${orgId}/ho-so-khen-thuong`)
  if (link) redirect(`/o/${orgId}${link}`)
}
