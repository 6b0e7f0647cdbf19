import { defineConfig } from '@playwright/test'

import { CHROMIUM } from './playwright.config'

// DEV_E2E_PORT lets two checkouts run it side by side on one machine.
export const DEV_E2E_PORT = Number(process.env.DEV_E2E_PORT ?? 3200)

// What a fresh clone's `npm run dev` gives a developer (e2e/development/devServer.ts starts it). Every page compiles
// at its first request, a minute or more on two cores, so the waits are long.
export default defineConfig({
  testDir: 'e2e/development',
  testMatch: '**/*.dev.ts',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 20 * 60_000,
  expect: { timeout: 3 * 60_000 },
  use: {
    baseURL: `http://localhost:${DEV_E2E_PORT}`,
    locale: 'en-US',
    navigationTimeout: 5 * 60_000,
    actionTimeout: 3 * 60_000,
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM,
  },
})
