'use client'
import { signIn } from 'next-auth/react'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { TextField } from '@/components/ui/field'

export function LoginForm() {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [fieldErrors, setFieldErrors] = useState<{ username?: string; password?: string }>({})
  const [pending, setPending] = useState(false)

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const username = String(data.get('username') ?? '').trim()
    const password = String(data.get('password') ?? '')
    const missing = {
      username: username ? undefined : 'Vui lòng nhập tên đăng nhập.',
      password: password ? undefined : 'Vui lòng nhập mật khẩu.',
    }
    setFieldErrors(missing)
    setError(null)
    if (missing.username || missing.password) return
    setPending(true)
    const result = await signIn('credentials', { username, password, redirect: false })
    setPending(false)
    if (!result || result.error) {
      setError(
        result?.error && result.error !== 'CredentialsSignin'
          ? result.error
          : 'Tên đăng nhập hoặc mật khẩu không đúng.',
      )
      return
    }
    router.replace('/')
    router.refresh()
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {error}
        </p>
      ) : null}
      <TextField label="Tên đăng nhập" name="username" autoComplete="username" autoFocus error={fieldErrors.username} />
      <TextField
        label="Mật khẩu"
        name="password"
        type="password"
        autoComplete="current-password"
        error={fieldErrors.password}
      />
      <button type="submit" className="btn btn-primary w-full" disabled={pending}>
        {pending ? 'Đang đăng nhập…' : 'Đăng nhập'}
      </button>
    </form>
  )
}
