import { expect, test as base } from '@playwright/test'

import { type DevServer, startDevServer } from './devServer'
import { DEV_E2E_PORT } from '../../playwright.dev.config'

const FIRST_ACCOUNT = {
  name: 'First Administrator',
  email: 'first-admin@example.com',
  password: 'a first password for development',
}

const test = base.extend<{ browserProblems: string[] }, { devServer: DevServer }>({
  devServer: [
    // Playwright reads a fixture's dependencies from the first argument's pattern: this one has none.
    async ({}, provide) => {
      const server = await startDevServer(DEV_E2E_PORT)
      try {
        await provide(server)
      } finally {
        await server.stop()
      }
    },
    { scope: 'worker', auto: true, timeout: 10 * 60_000 },
  ],
  // Whatever the browser reports as an error, and any answer 500 or above, fails the test that met it.
  browserProblems: [
    async ({ page, devServer }, provide, testInfo) => {
      const problems: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error')
          problems.push(`console: ${message.text()} (${message.location().url})`)
      })
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      page.on('response', (response) => {
        if (response.status() >= 500)
          problems.push(`${response.status()} ${response.request().method()} ${response.url()}`)
      })
      await provide(problems)
      if (testInfo.status !== testInfo.expectedStatus || problems.length > 0)
        await testInfo.attach('npm run dev', { body: devServer.output(), contentType: 'text/plain' })
      expect(problems, 'browser errors and server errors').toEqual([])
    },
    { auto: true },
  ],
})

test.describe.configure({ mode: 'serial' })

test('the public site renders in its languages on a database that was just created', async ({ page }) => {
  await page.goto('/kk')
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  await page.goto('/ru/press-releases')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})

test('the admin makes its first account an administrator, who then signs in again', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/create-first-user$/)
  await page.getByLabel('Email').fill(FIRST_ACCOUNT.email)
  await page.getByLabel('New Password').fill(FIRST_ACCOUNT.password)
  await page.getByLabel('Confirm Password').fill(FIRST_ACCOUNT.password)
  await page.getByLabel('Name').fill(FIRST_ACCOUNT.name)
  // No role to choose: the first account is the administrator.
  await expect(page.getByText('Role', { exact: true })).toHaveCount(0)
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: /Press Releases/i }).first()).toBeVisible()

  // Asked from the page, as the admin asks: Payload takes the session cookie only from its own origin.
  const role = await page.evaluate(async () => {
    const me = (await (await fetch('/api/users/me')).json()) as { user: { role: string } | null }
    return me.user?.role
  })
  expect(role).toBe('admin')

  // Through the menu, as a person signs out (loading /admin/logout directly makes Payload sign out twice, racing
  // its own reload of the account, and the second answers 400).
  await page.getByRole('button', { name: 'Open Menu' }).click()
  await page.getByRole('link', { name: 'Log out' }).click()
  await expect(page).toHaveURL(/\/admin\/login/)
  await page.getByLabel(/email/i).fill(FIRST_ACCOUNT.email)
  await page.getByLabel(/password/i).fill(FIRST_ACCOUNT.password)
  await page.getByRole('button', { name: /login/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: /Press Releases/i }).first()).toBeVisible()
})
