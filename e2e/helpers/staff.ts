import type { APIRequestContext, Page } from '@playwright/test'
import { expect } from '@playwright/test'

import type { Role } from '../../access/roles'
import { E2E_ADMIN } from '../../playwright.config'

export interface StaffCredentials {
  email: string
  password: string
}

/** Signs a staff member in through REST and returns the header that authorizes further calls. */
export async function staffAuthorization(
  request: APIRequestContext,
  credentials: StaffCredentials = E2E_ADMIN,
): Promise<{ Authorization: string }> {
  const response = await request.post('/api/users/login', { data: credentials })
  expect(response.ok()).toBe(true)
  const { token } = (await response.json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}

/** An account with this role, made by the administrator (or given a known password again if it exists). */
export async function staffMember(request: APIRequestContext, role: Role): Promise<StaffCredentials> {
  const credentials = { email: `e2e-${role}@example.com`, password: `e2e ${role} password 2026` }
  const headers = await staffAuthorization(request)
  const found = await request.get(
    `/api/users?where[email][equals]=${encodeURIComponent(credentials.email)}`,
    {
      headers,
    },
  )
  const existing = ((await found.json()) as { docs: { id: number }[] }).docs[0]
  const data = { ...credentials, name: `E2E ${role}`, role }
  const saved = existing
    ? await request.patch(`/api/users/${existing.id}`, { headers, data })
    : await request.post('/api/users', { headers, data })
  expect(saved.ok()).toBe(true)
  return credentials
}

/** Signs in through the admin's own login form. */
export async function signInToAdmin(page: Page, credentials: StaffCredentials): Promise<void> {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(credentials.email)
  await page.getByLabel(/password/i).fill(credentials.password)
  await page.getByRole('button', { name: /login/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}
