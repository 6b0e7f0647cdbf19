import { defineConfig } from '@playwright/test'

// The scale test starts its own servers (e2e/scale/instances.ts) from the production build, one test at a time.
export default defineConfig({
  testDir: 'e2e/scale',
  testMatch: '**/*.scale.ts',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
})
