import { expect, test } from '@playwright/test'

import { workerAdministrator } from '../helpers/staff'

test('the administrator signs in to the admin and sees the newsroom', async ({ page, request }) => {
  const administrator = await workerAdministrator(request)
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  await page.getByLabel(/email/i).fill(administrator.email)
  await page.getByLabel(/password/i).fill(administrator.password)
  await page.getByRole('button', { name: /login/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: /Press Releases/i }).first()).toBeVisible()
  // The ministry's mark in the tab, the only icon the page declares.
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg')
})

test('a wrong password does not sign in', async ({ page, request }) => {
  const administrator = await workerAdministrator(request)
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(administrator.email)
  await page.getByLabel(/password/i).fill('not the password')
  await page.getByRole('button', { name: /login/i }).click()
  await expect(page.getByText(/incorrect/i)).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})
