'use client'
import { useFormStatus } from 'react-dom'

export function SubmitButton({
  children,
  variant = 'primary',
}: {
  children: React.ReactNode
  variant?: 'primary' | 'secondary' | 'danger'
}) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className={`btn btn-${variant}`} disabled={pending} aria-disabled={pending}>
      {pending ? 'Đang xử lý…' : children}
    </button>
  )
}
