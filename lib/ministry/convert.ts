// Word → PDF with LibreOffice headless (decision 0022): the PDF is Writer's rendering of the very .docx
// in the package, so the two can never say different things, and any .docx (the tờ trình of the compiled
// submission, an uploaded file) converts the same way. Times New Roman is replaced by Liberation Serif,
// metric-compatible (fonts-liberation2 on Debian), so lines and pages break as in Word.
//  - One conversion at a time per server process (a 2-core server must keep serving pages), all the
//    documents of a package in one LibreOffice run (one start-up, ≈1.5 s, instead of one per file).
//  - A profile folder of this process's own, so two servers or a desktop LibreOffice never share one.
//  - Progress: LibreOffice prints one "convert … -> …" line per file; each one is reported.
//  - When LibreOffice is not installed the caller gets OfficeMissingError, with the fix in Vietnamese.
import { spawn } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { readEnv } from '../env'
import { DomainError } from '../shared/errors'

export const OFFICE_MISSING_MESSAGE =
  'Máy chủ chưa cài LibreOffice nên chưa tạo được bản PDF của các tài liệu. Quản trị hệ thống cài gói ' +
  '“libreoffice-writer-nogui” và phông “fonts-liberation2” (xem docs/deployment.md, mục LibreOffice) rồi thử lại; ' +
  'hoặc đặt biến TDKT_SOFFICE là đường dẫn tới chương trình soffice.'

export class OfficeMissingError extends DomainError {
  constructor() {
    super(OFFICE_MISSING_MESSAGE)
  }
}

/** A package of a few hundred documents converts in a few minutes; beyond this something is stuck. */
export const CONVERSION_TIMEOUT_MS = 10 * 60_000

const CANDIDATES = ['soffice', 'libreoffice']

const executable = (file: string) => {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The soffice program: TDKT_SOFFICE when set, else the first soffice/libreoffice on PATH; null when none. */
export function officeProgram(): string | null {
  const configured = readEnv('TDKT_SOFFICE')
  if (configured) return executable(configured) ? configured : null
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean))
    for (const name of CANDIDATES) if (executable(path.join(dir, name))) return path.join(dir, name)
  return null
}

let queue: Promise<unknown> = Promise.resolve()

/** Runs `work` after every conversion already waiting in this process. */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work)
  queue = run.catch(() => undefined)
  return run
}

const profileDir = () => path.join(os.tmpdir(), `tdkt-soffice-profile-${process.pid}`)

function runOffice(program: string, args: string[], onLine: (line: string) => void) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(program, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HOME: os.tmpdir() },
    })
    let buffered = ''
    let errors = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), CONVERSION_TIMEOUT_MS)
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      lines.forEach(onLine)
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      errors = (errors + chunk).slice(-2000)
    })
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (buffered) onLine(buffered)
      if (code === 0) resolve()
      else reject(new Error(`LibreOffice stopped (${signal ?? `exit ${code}`}): ${errors.trim()}`))
    })
  })
}

/**
 * The PDF of each .docx, in the same order. `onConverted(done, total)` is called as each file is done.
 * Throws OfficeMissingError when LibreOffice is not installed, and a DomainError naming the document
 * when a file could not be converted.
 */
export async function docxToPdf(
  documents: readonly { label: string; docx: Uint8Array }[],
  onConverted: (done: number, total: number) => void = () => {},
): Promise<Buffer[]> {
  if (documents.length === 0) return []
  const program = officeProgram()
  if (!program) throw new OfficeMissingError()
  return oneAtATime(async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'tdkt-pdf-'))
    try {
      const inputs = documents.map((_, i) => path.join(work, `${String(i).padStart(4, '0')}.docx`))
      await Promise.all(inputs.map((file, i) => writeFile(file, documents[i].docx)))
      const out = path.join(work, 'pdf')
      await mkdir(out)
      let done = 0
      await runOffice(
        program,
        [
          `-env:UserInstallation=${pathToFileURL(profileDir()).href}`,
          '--headless',
          '--invisible',
          '--nologo',
          '--norestore',
          '--nolockcheck',
          '--convert-to',
          'pdf:writer_pdf_Export',
          '--outdir',
          out,
          ...inputs,
        ],
        (line) => {
          if (line.startsWith('convert ')) onConverted(++done, documents.length)
        },
      )
      return await Promise.all(
        inputs.map(async (file, i) => {
          try {
            return await readFile(path.join(out, `${path.basename(file, '.docx')}.pdf`))
          } catch {
            throw new DomainError(`Không chuyển được “${documents[i].label}” sang PDF: hãy kiểm tra tệp .docx.`)
          }
        }),
      )
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  })
}
