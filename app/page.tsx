import { redirect } from 'next/navigation'
import { getActor } from '@/lib/auth/session'
import { actorOrganizations, consultedBodyOf } from '@/lib/auth/actor'

export const dynamic = 'force-dynamic'

/** Home: the first workspace of the user, a consulted body's letters, or the login page. */
export default async function Home() {
  const actor = await getActor()
  if (!actor) redirect('/dang-nhap')
  const first = actorOrganizations(actor)[0]
  if (!first && consultedBodyOf(actor)) redirect('/co-quan-hiep-y')
  if (!first) redirect('/dang-nhap?loi=khong-co-don-vi')
  redirect(`/o/${first.id}/tong-quan`)
}
