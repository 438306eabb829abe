'use server'
// The public comment form: no session; the tenant comes from the page's code, the nominee is checked
// against that tenant and its comment window by the domain function.
import { headers } from 'next/headers'
import type { FormState } from '@/lib/shared/errors'
import { clientState, handleForm } from '@/lib/shared/form'
import { clientAddress } from '@/lib/security/client-address'
import { addPublicComment, publicCommentSchema } from '@/lib/dossiers/public'

export async function addPublicCommentAction(tenantCode: string, _: FormState, formData: FormData) {
  const h = await headers()
  const address = clientAddress(h) // only what a configured trusted proxy wrote
  return clientState(
    await handleForm(
      publicCommentSchema,
      formData,
      (input) => addPublicComment(tenantCode, input, address),
      'Cảm ơn bạn đã gửi ý kiến. Ý kiến được chuyển tới cơ quan thẩm định hồ sơ.',
    ),
  )
}
