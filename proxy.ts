// Next.js 16 "proxy" (formerly middleware): must live at the project root. It gives every request a fresh
// nonce and the strict Content-Security-Policy that names it (lib/security/csp.ts); Next adds the nonce to
// its own scripts. It refuses an oversized POST with 413 before Next reads it. Over HTTPS (the URL the app is served at, NEXTAUTH_URL) it also sends HSTS.
import { NextResponse, type NextRequest } from 'next/server'
import { readEnv } from './lib/env'
import { contentSecurityPolicy } from './lib/security/csp'
import { tooLargeMessage, UPLOAD_LIMITS } from './lib/shared/upload-limits'

export function proxy(request: NextRequest) {
  // A NUL byte in the address (a search box, a page number) cannot reach Postgres, which refuses it in text.
  if (/%00/i.test(request.nextUrl.pathname + request.nextUrl.search)) {
    return new NextResponse('Địa chỉ chứa ký tự không hợp lệ (ký tự NUL).', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  // A server-action request larger than Next will read would end in a 500 there: answer 413 here, in words.
  const length = Number(request.headers.get('content-length') ?? 0)
  if (request.method === 'POST' && length > UPLOAD_LIMITS.requestBytes) {
    return new NextResponse(tooLargeMessage(UPLOAD_LIMITS.requestBytes), {
      status: 413,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  const nonce = btoa(crypto.randomUUID())
  const https = (readEnv('NEXTAUTH_URL') ?? '').startsWith('https://')
  const csp = contentSecurityPolicy(nonce, { dev: readEnv('NODE_ENV') === 'development', https })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', csp)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', csp)
  if (https) response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  return response
}

export const config = {
  // Pages only: not the static assets, the favicon or robots.txt (no scripts there).
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon\\.ico|favicon\\.svg|robots\\.txt).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
}
