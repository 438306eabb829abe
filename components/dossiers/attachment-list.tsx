// The files of a dossier (or of one nominee), each a download link, with a delete form while allowed.
import type { ReactNode } from 'react'
import { formatSize } from '@/lib/dossiers/storage'
import { ATTACHMENT_KIND_LABELS, vnDate } from './labels'
import type { AttachmentKind } from '@/lib/generated/prisma/enums'

type Attachment = { id: string; kind: AttachmentKind; fileName: string; size: number; createdAt: Date }

export function AttachmentList({
  attachments,
  href,
  remove,
  empty,
}: {
  attachments: Attachment[]
  href: (id: string) => string
  remove?: (a: Attachment) => ReactNode
  empty?: string
}) {
  if (attachments.length === 0) return empty ? <p className="text-sm text-slate-700">{empty}</p> : null
  return (
    <ul className="space-y-1 text-sm">
      {attachments.map((a) => (
        <li key={a.id} className="flex flex-wrap items-center gap-3">
          <span className="text-slate-600">{ATTACHMENT_KIND_LABELS[a.kind]}:</span>
          <a className="link" href={href(a.id)} download>
            {a.fileName}
          </a>
          <span className="text-xs text-slate-600">
            {formatSize(a.size)} · {vnDate(a.createdAt)}
          </span>
          {remove ? remove(a) : null}
        </li>
      ))}
    </ul>
  )
}
