import type { Metadata } from 'next'
import { connection } from 'next/server'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Thi đua, khen thưởng', template: '%s · Thi đua, khen thưởng' },
  description: 'Phần mềm quản lý công tác thi đua, khen thưởng',
  icons: {
    icon: [
      { url: '/favicon.svg', type: 'image/svg+xml' },
      { url: '/favicon.ico', sizes: '32x32' },
    ],
  },
  // The internal app stays out of search engines (public/robots.txt too); public comment pages opt back in.
  robots: { index: false, follow: false },
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so that each carries the nonce of its Content-Security-Policy (proxy.ts).
  await connection()
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#noi-dung"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
        >
          Bỏ qua đến nội dung chính
        </a>
        {children}
      </body>
    </html>
  )
}
