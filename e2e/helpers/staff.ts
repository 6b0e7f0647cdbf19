import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import type { Role } from '../../access/roles'
import { E2E_ADMIN } from '../../playwright.config'

export interface StaffCredentials {
  email: string
  password: string
}

/**
 * Signs a staff member (this worker's administrator unless told) in through REST and returns the header that
 * authorizes further calls.
 *
 * Payload 3.90 loses one of two sign-ins of one account that overlap (payloadcms/payload#18132): both read the
 * account's sessions, and the later write drops the other's, whose token then reads as anonymous. So each parallel
 * worker signs in accounts of its own, and a sign-in counts only once the session it got is seen to exist (the
 * seeded administrator, whom both workers use once to make their own, may still be signed in twice at once).
 */
export async function staffAuthorization(
  request: APIRequestContext,
  credentials?: StaffCredentials,
): Promise<{ Authorization: string }> {
  const account = credentials ?? (await workerAdministrator(request))
  for (let attempt = 1; ; attempt++) {
    const response = await request.post('/api/users/login', { data: account })
    expect(response.ok()).toBe(true)
    const { token } = (await response.json()) as { token: string }
    const headers = { Authorization: `JWT ${token}` }
    const me = (await (await request.get('/api/users/me', { headers })).json()) as { user: unknown }
    if (me.user || attempt === 3) {
      expect(me.user, `the session of ${account.email} was lost three times`).toBeTruthy()
      return headers
    }
  }
}

let administrator: Promise<StaffCredentials> | undefined

/**
 * This worker's administrator, made by the seeded one at its first use. Tests that sign in through the admin's login
 * form use it too: the seeded account is signed in by the other worker at any moment, which can drop the form's
 * session (see above) and send the browser back to the login page.
 */
export function workerAdministrator(request: APIRequestContext): Promise<StaffCredentials> {
  administrator ??= staffMember(request, 'admin', E2E_ADMIN)
  return administrator
}

/**
 * An account with this role for this parallel worker, made by an administrator (or given a known password again if
 * it exists); one of its own for a `purpose` whose traces (the admin's preferences) other tests must not meet.
 */
export async function staffMember(
  request: APIRequestContext,
  role: Role,
  madeBy?: StaffCredentials,
  purpose?: string,
): Promise<StaffCredentials> {
  const worker = test.info().parallelIndex
  const credentials = {
    email: `e2e-${role}${purpose ? `-${purpose}` : ''}-${worker}@example.com`,
    password: `e2e ${role} password 2026`,
  }
  const data = { ...credentials, name: `E2E ${role}`, role }
  // A session lost to an overlapping sign-in (see above) reads as anonymous even after it was seen: sign in again.
  for (let attempt = 1; ; attempt++) {
    const headers = await staffAuthorization(request, madeBy)
    const found = await request.get(
      `/api/users?where[email][equals]=${encodeURIComponent(credentials.email)}`,
      { headers },
    )
    const existing = found.ok() ? ((await found.json()) as { docs: { id: number }[] }).docs[0] : undefined
    const saved = !found.ok()
      ? found
      : existing
        ? await request.patch(`/api/users/${existing.id}`, { headers, data })
        : await request.post('/api/users', { headers, data })
    if (saved.ok()) return credentials
    if (![401, 403].includes(saved.status()) || attempt === 3) {
      expect(saved.ok(), await saved.text()).toBe(true)
    }
  }
}

/** Signs a staff member (this worker's administrator unless told) in to the admin in the page's browser. */
export async function signInToAdmin(page: Page, credentials?: StaffCredentials): Promise<void> {
  // Payload answers a login with its session cookie too, and the page's requests share its browser's cookies.
  await staffAuthorization(page.request, credentials)
}
