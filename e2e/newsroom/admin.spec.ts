import { expect, test } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'

test('the administrator signs in to the admin and sees the newsroom', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  await page.getByLabel(/email/i).fill(E2E_ADMIN.email)
  await page.getByLabel(/password/i).fill(E2E_ADMIN.password)
  await page.getByRole('button', { name: /login/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: /Press Releases/i }).first()).toBeVisible()
})

test('a wrong password does not sign in', async ({ page }) => {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(E2E_ADMIN.email)
  await page.getByLabel(/password/i).fill('not the password')
  await page.getByRole('button', { name: /login/i }).click()
  await expect(page.getByText(/incorrect/i)).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})
