import type { APIRequestContext } from '@playwright/test'
import { expect } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'

/** Signs the seeded administrator in through REST and returns the header that authorizes further calls. */
export async function staffAuthorization(request: APIRequestContext): Promise<{ Authorization: string }> {
  const response = await request.post('/api/users/login', { data: E2E_ADMIN })
  expect(response.ok()).toBe(true)
  const { token } = (await response.json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}
