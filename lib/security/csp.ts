// The Content-Security-Policy of every page: scripts only with this response's nonce (and what they load,
// 'strict-dynamic'), nothing from other origins, no plugins, no framing, forms posting only here.
// Next.js puts the nonce on its own scripts when it finds it in the request's CSP header (proxy.ts).
// Styles: the compiled stylesheet is same-origin; inline style attributes stay allowed (React sets them),
// which cannot run code. In development Next needs eval for its refresh runtime.
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean; https?: boolean } = {}) {
  const directives = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ]
  return directives.join('; ')
}

/** The hardening headers sent with every response besides the CSP (next.config.ts). */
export const HARDENING_HEADERS = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  { key: 'X-Permitted-Cross-Domain-Policies', value: 'none' },
]
