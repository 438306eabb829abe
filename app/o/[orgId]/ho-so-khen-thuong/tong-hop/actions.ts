'use server'
// Actions of the compiled submission: session → zod parse → one domain function → revalidate / open it.
import { requireActor } from '@/lib/auth/session'
import { createSubmission } from '@/lib/submissions/create-submission'
import { compileFiltersSchema, createSubmissionSchema, sendSubmissionSchema } from '@/lib/submissions/schemas'
import type { FormState } from '@/lib/shared/errors'
import { handleForm } from '@/lib/shared/form'
import { afterChange, openCreated } from '@/lib/shared/action-result'
import { sendSubmission } from '@/lib/submissions/send-submission'
import { importNominees, previewNomineeImport, type NomineeImportPreview } from '@/lib/submissions/import-nominees'
import { importNomineesSchema } from '@/lib/submissions/schemas'

/** "Lập tờ trình": from the ticked rows, or (the other button) from every row the page's filters match. */
export async function createSubmissionAction(orgId: string, _: FormState, formData: FormData) {
  const actor = await requireActor()
  const filtered = formData.get('scope') === 'filtered'
  const schema = filtered ? createSubmissionSchema.omit({ nomineeIds: true }) : createSubmissionSchema
  const filters = compileFiltersSchema.parse({
    award: formData.get('filter_award') ?? undefined,
    unit: formData.get('filter_unit') ?? undefined,
    state: formData.get('filter_state') ?? undefined,
    year: formData.get('filter_year') ?? undefined,
    q: formData.get('filter_q') ?? undefined,
  })
  let id: string | undefined
  const state = await handleForm(
    schema,
    formData,
    async (input) =>
      ({ id } = await createSubmission(
        actor,
        filtered ? { ...input, filters } : (input as typeof input & { nomineeIds: string[] }),
      )),
    'Đã lập tờ trình.',
  )
  return openCreated(state, id ? `/o/${orgId}/ho-so-khen-thuong/tong-hop/${id}` : undefined)
}

export async function sendSubmissionAction(_: FormState, formData: FormData) {
  const actor = await requireActor()
  return afterChange(
    await handleForm(sendSubmissionSchema, formData, (input) => sendSubmission(actor, input), 'Đã gửi tờ trình.'),
  )
}

export type NomineeImportState = FormState & { preview?: NomineeImportPreview }

/** Reads a nominee list and shows each row matched (or why not); nothing is saved. */
export async function previewNomineesAction(_: NomineeImportState, formData: FormData): Promise<NomineeImportState> {
  const actor = await requireActor()
  let preview: NomineeImportPreview | undefined
  const state = await handleForm(
    importNomineesSchema,
    formData,
    async (input) => (preview = await previewNomineeImport(actor, { ...input, file: formData.get('file') })),
    'Đã đọc tệp.',
  )
  return { ...state, preview }
}

/** Saves the previewed list: one dossier per proposing unit, submitted to this level; all rows or none. */
export async function importNomineesAction(_: NomineeImportState, formData: FormData): Promise<NomineeImportState> {
  const actor = await requireActor()
  let created = 0
  const state = await handleForm(
    importNomineesSchema,
    formData,
    async (input) => ({ created } = await importNominees(actor, { ...input, file: formData.get('file') })),
    'Đã lưu.',
  )
  return afterChange(state.ok ? { ok: true, message: `Đã lưu ${created} người (tập thể) được đề nghị.` } : state)
}
