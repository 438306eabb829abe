'use server'
// Server actions of the council pages: session → zod parse → one domain function → revalidate.
// Permission and scope are checked inside the domain functions, against the (tenant, id) lookups.
import { requireActor } from '@/lib/auth/session'
import type { FormState } from '@/lib/shared/errors'
import { handleForm } from '@/lib/shared/form'
import { afterChange, openCreated } from '@/lib/shared/action-result'
import {
  addMemberSchema,
  attendanceSchema,
  ballotSchema,
  closeSessionSchema,
  createCouncilSchema,
  memberActionSchema,
  openSessionSchema,
  paperCountSchema,
  reconsiderSchema,
  updateCouncilSchema,
  writtenBallotSchema,
} from '@/lib/council/schemas'
import { createCouncil, updateCouncil } from '@/lib/council/save-council'
import { addMember, changeMember } from '@/lib/council/members'
import { openSession } from '@/lib/council/open-session'
import { recordAttendance } from '@/lib/council/attendance'
import { castBallot, recordWrittenBallot } from '@/lib/council/vote'
import { closeSession } from '@/lib/council/close-session'
import { allowReconsideration } from '@/lib/council/reconsider'
import { recordPaperCount } from '@/lib/council/paper-count'

export async function createCouncilAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      createCouncilSchema,
      formData,
      (input) => createCouncil(actor, input),
      'Đã thành lập Hội đồng Thi đua - Khen thưởng.',
    ),
  )
}

export async function updateCouncilAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      updateCouncilSchema,
      formData,
      (input) => updateCouncil(actor, input),
      'Đã lưu thông tin Hội đồng.',
    ),
  )
}

export async function addMemberAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(addMemberSchema, formData, (input) => addMember(actor, input), 'Đã bổ sung thành viên Hội đồng.'),
  )
}

export async function memberAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  const chair = formData.get('action') === 'chair'
  return afterChange(
    await handleForm(
      memberActionSchema,
      formData,
      (input) => changeMember(actor, input),
      chair ? 'Đã đặt làm Chủ tịch Hội đồng.' : 'Đã rút khỏi Hội đồng.',
    ),
  )
}

export async function openSessionAction(orgId: string, _: FormState, formData: FormData) {
  const actor = await requireActor()
  const state = await handleForm(openSessionSchema, formData, (input) => openSession(actor, input), 'Đã mở phiên họp.')
  return openCreated(state, state.result && `/o/${orgId}/hoi-dong/phien/${state.result.id}`)
}

export async function attendanceAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(attendanceSchema, formData, (input) => recordAttendance(actor, input), 'Đã lưu điểm danh.'),
  )
}

export async function ballotAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(ballotSchema, formData, (input) => castBallot(actor, input), 'Đã ghi nhận phiếu của bạn.'),
  )
}

export async function writtenBallotAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      writtenBallotSchema,
      formData,
      (input) => recordWrittenBallot(actor, input),
      'Đã nhập phiếu bằng văn bản.',
    ),
  )
}

export async function closeSessionAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      closeSessionSchema,
      formData,
      (input) => closeSession(actor, input),
      'Đã kết thúc phiên họp và công bố kết quả.',
    ),
  )
}

export async function reconsiderAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      reconsiderSchema,
      formData,
      (input) => allowReconsideration(actor, input),
      'Đã cho phép xét lại; phiên họp tiếp theo có thể đưa trường hợp này ra xét.',
    ),
  )
}

export async function paperCountAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  const file = formData.get('scan')
  const picked = typeof file === 'object' && file !== null && 'arrayBuffer' in file ? (file as File) : null
  if (!picked || (picked.size === 0 && !picked.name))
    return { ok: false, fieldErrors: { scan: 'Vui lòng chọn bản chụp biên bản kiểm phiếu có chữ ký.' } }
  const bytes = new Uint8Array(await picked.arrayBuffer())
  return afterChange(
    await handleForm(
      paperCountSchema,
      formData,
      (input) => recordPaperCount(actor, { ...input, fileName: picked.name, bytes }),
      'Đã lưu kết quả kiểm phiếu; phiên họp đã kết thúc.',
    ),
  )
}
