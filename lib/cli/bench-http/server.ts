// The app under test: the built server (`lib/cli/start.ts`, which builds when the sources changed) on
// the benchmark's database, and sign-in over HTTP as next-auth's credentials form does it.
import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from '../../db/local'
import { portInUse } from '../support'

export type AppServer = { baseUrl: string; child: ChildProcess; stop: () => Promise<void> }

export async function startApp(options: {
  port: number
  databaseUrl: string
  secret: string
  dataDir: string
  log: (m: string) => void
}): Promise<AppServer> {
  const { port } = options
  if (await portInUse(port)) throw new Error(`port ${port} is in use (--port N)`)
  const child = spawn(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'lib/cli/start.ts'],
    {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        NEXTAUTH_SECRET: options.secret,
        NEXTAUTH_URL: `http://localhost:${port}`,
        PORT: String(port),
        TDKT_DATA_DIR: options.dataDir,
        TDKT_UPLOAD_DIR: path.join(options.dataDir, 'uploads'),
      },
    },
  )
  child.stdout?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) options.log(`  app: ${line.trim()}`)
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const baseUrl = `http://localhost:${port}`
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error('the app server stopped before it was ready')
    if (i > 3000) throw new Error('the app server did not start in 5 minutes')
    const ready = await fetch(`${baseUrl}/dang-nhap`).then(
      (r) => r.ok,
      () => false,
    )
    if (ready) break
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    baseUrl,
    child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}

const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .filter(Boolean)

/** Signs in with the credentials form; returns the Cookie header of the session. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const jar = cookiesOf(csrf)
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: jar.join('; ') },
    body: new URLSearchParams({ username, password, csrfToken, callbackUrl: `${baseUrl}/`, json: 'true' }),
  })
  const session = cookiesOf(response).find((c) => c.startsWith('next-auth.session-token='))
  if (!session) throw new Error(`sign-in of ${username} failed (HTTP ${response.status})`)
  return session
}

/** Resident memory of the launcher and every process below it (tsx, start.ts, the Next.js server), in MiB. */
export function treeRssMiB(rootPid: number): number {
  const parent = new Map<number, number>()
  const rss = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8')
      parent.set(Number(entry), Number(/PPid:\s+(\d+)/.exec(status)?.[1]))
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024)
    } catch {
      // the process ended meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p && hops < 50; p = parent.get(p), hops++)
      if (p === rootPid) return true
    return false
  }
  let total = 0
  for (const [pid, kib] of rss) if (inTree(pid)) total += kib
  return total
}
