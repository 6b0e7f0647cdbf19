import { defineConfig, type LaunchOptions } from '@playwright/test'

import { mailPort } from './tests/helpers/mailPort'

// E2E_PORT lets two checkouts run their suites side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 3100)
/** The SMTP server e2e/visitors/alerts.spec.ts runs, which the site sends its mail to (700 below E2E_PORT unless set). */
export const E2E_SMTP_PORT = mailPort(0)
export const E2E_ADMIN = { email: 'e2e-admin@example.com', password: 'e2e admin password 2026' }

/** Debian's Chromium: Playwright's own browser download is not available here. */
export const CHROMIUM: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}

/**
 * Tests that change every page at once (the urgent notice): run after all others, so that none of them meets the
 * notice, nor a cached page that its saves expired.
 */
const SITE_WIDE = ['**/urgent-notice.spec.ts']

// The end-to-end suite runs against the production build (`next build` first), on a database of its own.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  projects: [
    { name: 'pages', testIgnore: SITE_WIDE },
    { name: 'site-wide', testMatch: SITE_WIDE, dependencies: ['pages'] },
  ],
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM,
  },
  webServer: {
    command: 'npm run migrate && npm run seed -- --reset && node server/start.mjs -H 127.0.0.1 -p ' + PORT,
    url: `http://127.0.0.1:${PORT}/favicon.svg`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'pipe',
    env: {
      DATABASE_URI: 'file:./data/e2e/portal.db',
      MEDIA_DIR: 'data/e2e/media',
      PAYLOAD_SECRET: 'e2e-secret-not-for-production',
      SITE_URL: `http://127.0.0.1:${PORT}`,
      SEED_ADMIN_EMAIL: E2E_ADMIN.email,
      SEED_ADMIN_PASSWORD: E2E_ADMIN.password,
      NODE_ENV: 'production',
      // The tests play the load balancer: some speak for several clients through X-Forwarded-For.
      TRUSTED_PROXIES: '127.0.0.1',
      // Mail goes to the spec's own SMTP server; while it is not running, messages wait in the mail queue.
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(E2E_SMTP_PORT),
      SMTP_FROM: 'Қазақстан Республикасының СІМ <press@mfa.test>',
    },
  },
})
