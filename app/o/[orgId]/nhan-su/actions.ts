'use server'
// Server actions of the people pages: session → zod parse → one domain function → revalidate.
// Permission and scope are checked inside the domain functions, against the (tenant, id) lookups.
import { requireActor } from '@/lib/auth/session'
import type { FormState } from '@/lib/shared/errors'
import { clientState, handleForm } from '@/lib/shared/form'
import { afterChange } from '@/lib/shared/action-result'
import {
  addConductSchema,
  addDisciplineSchema,
  closeConductSchema,
  addInitiativeSchema,
  createPersonSchema,
  disciplineRefSchema,
  importPeopleSchema,
  initiativeRefSchema,
  movePersonSchema,
  setDisciplineActiveSchema,
  setPersonActiveSchema,
  updatePersonSchema,
  yearRecordSchema,
} from '@/lib/people/schemas'
import { createPerson } from '@/lib/people/create-person'
import { updatePerson } from '@/lib/people/update-person'
import { movePerson } from '@/lib/people/move-person'
import { setPersonActive } from '@/lib/people/set-person-active'
import { saveYearRecord } from '@/lib/people/save-year-record'
import { addDiscipline } from '@/lib/people/add-discipline'
import { addConductRecord, closeConductRecord } from '@/lib/people/conduct'
import { setDisciplineActive } from '@/lib/people/set-discipline-active'
import { removeDiscipline } from '@/lib/people/remove-discipline'
import { addInitiative } from '@/lib/people/add-initiative'
import { removeInitiative } from '@/lib/people/remove-initiative'
import { importPeople, previewPeopleImport, type ImportPreview } from '@/lib/people/import-people'
import { addHistoryEntry, importHistory, previewHistoryImport, type HistoryPreview } from '@/lib/history/import-history'
import { historyEntrySchema } from '@/lib/history/schemas'

export async function createPersonAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      createPersonSchema,
      formData,
      (input) => createPerson(actor, input),
      'Đã thêm người vào danh sách.',
    ),
  )
}

export async function updatePersonAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(updatePersonSchema, formData, (input) => updatePerson(actor, input), 'Đã lưu thông tin.'),
  )
}

export async function movePersonAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(movePersonSchema, formData, (input) => movePerson(actor, input), 'Đã chuyển đơn vị.'),
  )
}

export async function setPersonActiveAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      setPersonActiveSchema,
      formData,
      (input) => setPersonActive(actor, input),
      'Đã cập nhật trạng thái theo dõi.',
    ),
  )
}

export async function saveYearRecordAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(yearRecordSchema, formData, (input) => saveYearRecord(actor, input), 'Đã lưu xếp loại.'),
  )
}

export async function addDisciplineAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(addDisciplineSchema, formData, (input) => addDiscipline(actor, input), 'Đã thêm kỷ luật.'),
  )
}

export async function setDisciplineActiveAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      setDisciplineActiveSchema,
      formData,
      (input) => setDisciplineActive(actor, input),
      'Đã cập nhật hiệu lực.',
    ),
  )
}

export async function removeDisciplineAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(disciplineRefSchema, formData, (input) => removeDiscipline(actor, input), 'Đã xóa kỷ luật.'),
  )
}

export async function addInitiativeAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(addInitiativeSchema, formData, (input) => addInitiative(actor, input), 'Đã thêm sáng kiến.'),
  )
}

export async function removeInitiativeAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(initiativeRefSchema, formData, (input) => removeInitiative(actor, input), 'Đã xóa sáng kiến.'),
  )
}

export type ImportState = FormState & { preview?: ImportPreview }

/** Reads the uploaded file and returns the preview; nothing is saved. */
export async function previewImportAction(_: ImportState, formData: FormData): Promise<ImportState> {
  const actor = await requireActor()
  const state = await handleForm(
    importPeopleSchema,
    formData,
    (input) => previewPeopleImport(actor, { ...input, file: formData.get('file') }),
    'Đã đọc tệp.',
  )
  return { ...clientState(state), preview: state.result }
}

/** Saves the previewed file: every row in one transaction, or nothing if any row is bad. */
export async function importPeopleAction(_: ImportState, formData: FormData): Promise<ImportState> {
  const actor = await requireActor()
  const state = await handleForm(
    importPeopleSchema,
    formData,
    (input) => importPeople(actor, { ...input, file: formData.get('file') }),
    'Đã lưu.',
  )
  return afterChange(
    state.result ? { ok: true, message: `Đã lưu ${state.result.created} người vào danh sách.` } : state,
  )
}

export type HistoryImportState = FormState & { preview?: HistoryPreview }

/** Reads an award-history file and lists every bad row; nothing is saved. */
export async function previewHistoryAction(_: HistoryImportState, formData: FormData): Promise<HistoryImportState> {
  const actor = await requireActor()
  let preview: HistoryPreview | undefined
  const state = await handleForm(
    importPeopleSchema,
    formData,
    async (input) => (preview = await previewHistoryImport(actor, { ...input, file: formData.get('file') })),
    'Đã đọc tệp.',
  )
  return { ...state, preview }
}

/** Saves the previewed history file: every row in one transaction, or nothing if any row is bad. */
export async function importHistoryAction(_: HistoryImportState, formData: FormData): Promise<HistoryImportState> {
  const actor = await requireActor()
  let created = 0
  const state = await handleForm(
    importPeopleSchema,
    formData,
    async (input) => ({ created } = await importHistory(actor, { ...input, file: formData.get('file') })),
    'Đã lưu.',
  )
  return afterChange(state.ok ? { ok: true, message: `Đã lưu ${created} dòng lịch sử khen thưởng.` } : state)
}

export async function addHistoryEntryAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(historyEntrySchema, formData, (input) => addHistoryEntry(actor, input), 'Đã thêm vào lịch sử.'),
  )
}

export async function addConductAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(addConductSchema, formData, (input) => addConductRecord(actor, input), 'Đã ghi nhận.'),
  )
}

export async function closeConductAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(
      closeConductSchema,
      formData,
      (input) => closeConductRecord(actor, input),
      'Đã kết thúc ghi nhận.',
    ),
  )
}
