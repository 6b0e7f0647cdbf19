import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import type { Role } from '../../access/roles'
import { E2E_ADMIN } from '../../playwright.config'

export interface StaffCredentials {
  email: string
  password: string
}

/**
 * Signs a staff member in through REST and returns the header that authorizes further calls.
 *
 * Payload 3.90 loses one of two sign-ins of one account that overlap (payloadcms/payload#18132): both read the
 * account's sessions, and the later write drops the other's, whose token then reads as anonymous. Two workers
 * share the seeded administrator, so a sign-in counts only once the session it got is seen to exist.
 */
export async function staffAuthorization(
  request: APIRequestContext,
  credentials: StaffCredentials = E2E_ADMIN,
): Promise<{ Authorization: string }> {
  for (let attempt = 1; ; attempt++) {
    const response = await request.post('/api/users/login', { data: credentials })
    expect(response.ok()).toBe(true)
    const { token } = (await response.json()) as { token: string }
    const headers = { Authorization: `JWT ${token}` }
    const me = (await (await request.get('/api/users/me', { headers })).json()) as { user: unknown }
    if (me.user || attempt === 3) {
      expect(me.user, `the session of ${credentials.email} was lost three times`).toBeTruthy()
      return headers
    }
  }
}

/**
 * An account with this role, made by the administrator (or given a known password again if it exists). Each
 * parallel worker has its own, so that no sign-in in one worker overlaps one of the same account in the other.
 */
export async function staffMember(request: APIRequestContext, role: Role): Promise<StaffCredentials> {
  const worker = test.info().parallelIndex
  const credentials = {
    email: `e2e-${role}-${worker}@example.com`,
    password: `e2e ${role} password 2026`,
  }
  const headers = await staffAuthorization(request)
  const found = await request.get(
    `/api/users?where[email][equals]=${encodeURIComponent(credentials.email)}`,
    {
      headers,
    },
  )
  expect(found.ok(), await found.text()).toBe(true)
  const existing = ((await found.json()) as { docs: { id: number }[] }).docs[0]
  const data = { ...credentials, name: `E2E ${role}`, role }
  const saved = existing
    ? await request.patch(`/api/users/${existing.id}`, { headers, data })
    : await request.post('/api/users', { headers, data })
  expect(saved.ok()).toBe(true)
  return credentials
}

/** Signs a staff member (the administrator unless told) in to the admin in the page's browser. */
export async function signInToAdmin(page: Page, credentials: StaffCredentials = E2E_ADMIN): Promise<void> {
  // Payload answers a login with its session cookie too, and the page's requests share its browser's cookies.
  await staffAuthorization(page.request, credentials)
}
