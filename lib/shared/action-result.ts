// What a server action does once its domain call has answered: refresh the workspace pages after a
// change, or open the page of what it just created. One place, for every feature's actions.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import type { FormState } from './errors'
import { clientState, type Handled } from './form'

export function afterChange(state: Handled<unknown>): FormState {
  if (state.ok) revalidatePath('/o', 'layout')
  return clientState(state)
}

/** On success, opens `href` (the new record's page); otherwise returns the refused form's state. */
export function openCreated(state: Handled<unknown>, href: string | undefined): FormState {
  if (state.ok && href) {
    revalidatePath('/o', 'layout')
    redirect(href)
  }
  return afterChange(state)
}
