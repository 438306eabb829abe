'use server'
// Actions of the compiled submission: session → zod parse → one domain function → revalidate / open it.
import { requireActor } from '@/lib/auth/session'
import { createSubmission } from '@/lib/submissions/create-submission'
import { compileFiltersSchema, createSubmissionSchema, sendSubmissionSchema } from '@/lib/submissions/schemas'
import type { FormState } from '@/lib/shared/errors'
import { handleForm } from '@/lib/shared/form'
import { afterChange, openCreated } from '@/lib/shared/action-result'
import { sendSubmission } from '@/lib/submissions/send-submission'

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
