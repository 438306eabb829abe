'use client'
// "Tải gói hồ sơ trình Trung ương": a plain download link that, with JavaScript, asks the route for its
// progress lines instead and shows each step (Word files, PDF conversion, zip) while the package is built,
// then saves the file. Without JavaScript the link downloads the .zip directly.
import { useState } from 'react'

type Line =
  | { type: 'progress'; phase: 'word' | 'pdf' | 'zip'; done: number; total: number; message: string }
  | { type: 'file'; name: string; data: string }
  | { type: 'error'; message: string }

const PHASES = { word: 'Lập tài liệu Word', pdf: 'Chuyển sang PDF', zip: 'Đóng gói' } as const

function save(name: string, base64: string) {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

export function PackageDownload({ href }: { href: string }) {
  const [progress, setProgress] = useState<Extract<Line, { type: 'progress' }> | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)

  async function build(event: React.MouseEvent<HTMLAnchorElement>) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setError(null)
    setSaved(null)
    setProgress(null)
    try {
      const response = await fetch(href, { headers: { Accept: 'application/x-ndjson' } })
      if (!response.ok || !response.body) {
        setError((await response.text()) || 'Không tạo được gói hồ sơ.')
        return
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffered = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffered += value
        const lines = buffered.split('\n')
        buffered = lines.pop() ?? ''
        for (const text of lines.filter(Boolean)) {
          const line = JSON.parse(text) as Line
          if (line.type === 'progress') setProgress(line)
          else if (line.type === 'error') setError(line.message)
          else {
            save(line.name, line.data)
            setSaved(line.name)
          }
        }
      }
    } catch {
      setError('Mất kết nối trong khi tạo gói hồ sơ. Hãy thử lại.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="space-y-2">
      <a className="btn btn-primary inline-block" href={href} download onClick={build} aria-disabled={busy}>
        {busy ? 'Đang tạo gói hồ sơ…' : 'Tải gói hồ sơ trình Trung ương (.zip)'}
      </a>
      <div role="status" aria-live="polite" className="space-y-1 text-sm text-slate-700">
        {busy && progress ? (
          <>
            <p>
              {PHASES[progress.phase]}: {progress.message} ({progress.done}/{progress.total})
            </p>
            <progress className="w-64" max={progress.total} value={progress.done} aria-label={PHASES[progress.phase]} />
          </>
        ) : null}
        {busy && !progress ? <p>Đang chuẩn bị tài liệu…</p> : null}
        {saved ? <p>Đã tạo xong gói hồ sơ: {saved}</p> : null}
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}
