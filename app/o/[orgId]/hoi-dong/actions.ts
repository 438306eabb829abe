'use server'
// Server actions of the council pages: session → zod parse → one domain function → revalidate.
// Permission and scope are checked inside the domain functions, against the (tenant, id) lookups.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { requireActor } from '@/lib/auth/session'
import type { FormState } from '@/lib/shared/errors'
import { handleForm } from '@/lib/shared/form'
import {
  addMemberSchema,
  attendanceSchema,
  ballotSchema,
  closeSessionSchema,
  createCouncilSchema,
  memberActionSchema,
  openSessionSchema,
  updateCouncilSchema,
  writtenBallotSchema,
} from '@/lib/council/schemas'
import { createCouncil, updateCouncil } from '@/lib/council/save-council'
import { addMember, changeMember } from '@/lib/council/members'
import { openSession } from '@/lib/council/open-session'
import { recordAttendance } from '@/lib/council/attendance'
import { castBallot, recordWrittenBallot } from '@/lib/council/vote'
import { closeSession } from '@/lib/council/close-session'

const refresh = (state: FormState) => {
  if (state.ok) revalidatePath('/o', 'layout')
  return state
}

export async function createCouncilAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return refresh(await handleForm(createCouncilSchema, formData, (input) => createCouncil(actor, input), 'Đã thành lập Hội đồng Thi đua - Khen thưởng.'))
}

export async function updateCouncilAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return refresh(await handleForm(updateCouncilSchema, formData, (input) => updateCouncil(actor, input), 'Đã lưu thông tin Hội đồng.'))
}

export async function addMemberAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return refresh(await handleForm(addMemberSchema, formData, (input) => addMember(actor, input), 'Đã bổ sung thành viên Hội đồng.'))
}

export async function memberAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  const chair = formData.get('action') === 'chair'
  return refresh(await handleForm(memberActionSchema, formData, (input) => changeMember(actor, input), chair ? 'Đã đặt làm Chủ tịch Hội đồng.' : 'Đã rút khỏi Hội đồng.'))
}

export async function openSessionAction(orgId: string, _: FormState, formData: FormData) {
  const actor = await requireActor()
  let id: string | undefined
  const state = await handleForm(openSessionSchema, formData, async (input) => ({ id } = await openSession(actor, input)), 'Đã mở phiên họp.')
  if (state.ok && id) {
    revalidatePath('/o', 'layout')
    redirect(`/o/${orgId}/hoi-dong/phien/${id}`)
  }
  return state
}

export async function attendanceAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return refresh(await handleForm(attendanceSchema, formData, (input) => recordAttendance(actor, input), 'Đã lưu điểm danh.'))
}

export async function ballotAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return refresh(await handleForm(ballotSchema, formData, (input) => castBallot(actor, input), 'Đã ghi nhận phiếu của bạn.'))
}

export async function writtenBallotAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return refresh(await handleForm(writtenBallotSchema, formData, (input) => recordWrittenBallot(actor, input), 'Đã nhập phiếu bằng văn bản.'))
}

export async function closeSessionAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return refresh(await handleForm(closeSessionSchema, formData, (input) => closeSession(actor, input), 'Đã kết thúc phiên họp và công bố kết quả.'))
}
