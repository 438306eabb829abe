'use client'
// Rows ticked in a table: one set of ids, toggled one by one or for every row shown.
import { useState } from 'react'

export function useSelection(initial: Iterable<string> = []) {
  const [selected, setSelected] = useState<Set<string>>(() => new Set(initial))
  const toggle = (id: string, on: boolean) =>
    setSelected((all) => {
      const next = new Set(all)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
  const toggleAll = (ids: readonly string[], on: boolean) =>
    setSelected((all) => {
      const next = new Set(all)
      for (const id of ids) {
        if (on) next.add(id)
        else next.delete(id)
      }
      return next
    })
  return {
    selected,
    toggle,
    toggleAll,
    every: (ids: readonly string[]) => ids.length > 0 && ids.every((id) => selected.has(id)),
  }
}
