import type { APIRequestContext, Page } from '@playwright/test'
import { expect } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'

/** Signs the seeded administrator in through REST and returns the header that authorizes further calls. */
export async function staffAuthorization(request: APIRequestContext): Promise<{ Authorization: string }> {
  const response = await request.post('/api/users/login', { data: E2E_ADMIN })
  expect(response.ok()).toBe(true)
  const { token } = (await response.json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}

/** Signs the seeded administrator in to the admin in the page's browser. */
export async function signInToAdmin(page: Page): Promise<void> {
  // Payload answers a login with its session cookie too, and the page's requests share its browser's cookies.
  await staffAuthorization(page.request)
}
