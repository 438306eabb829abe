// Browser journeys in Debian's Chromium against the real app on a throwaway database
// (`lib/cli/start.ts --test`: fresh embedded Postgres or a throwaway database on DATABASE_URL).
import { defineConfig } from '@playwright/test'
import path from 'node:path'

const port = Number(process.env.E2E_PORT ?? 3100)
const root = path.resolve(import.meta.dirname, '../..')

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts/,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // a page may take a few seconds on a loaded 2-core machine: waiting longer never makes a wrong page pass
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'npx tsx lib/cli/start.ts --test',
    cwd: root,
    url: `http://localhost:${port}/dang-nhap`,
    env: { PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}` },
    timeout: 600_000, // a cold `next build` on a loaded 2-core machine
    reuseExistingServer: false,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
})
