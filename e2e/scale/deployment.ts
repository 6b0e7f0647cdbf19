// One deployment for all the scale tests (migrating and seeding take most of a minute): a Playwright fixture of the
// worker, which runs every test file in turn (playwright.scale.config.ts: one worker). A test that stops a part puts
// it back before it ends.
import { request, test as base, type APIRequestContext } from '@playwright/test'

import { Deployment, SCALE_ADMIN } from './instances'

export const test = base.extend<object, { deployment: Deployment }>({
  deployment: [
    // Playwright reads a fixture's dependencies from the first argument's pattern: this one has none.
    async ({}, provide) => {
      const deployment = new Deployment()
      try {
        await deployment.start()
        await provide(deployment)
      } finally {
        await deployment.stop()
      }
    },
    // Migrating and seeding take about a minute on two idle cores, several on busy ones.
    { scope: 'worker', timeout: 480_000 },
  ],
})

export { expect } from '@playwright/test'

/** An administrator's Authorization header, signed in through `api`. */
export async function staffHeaders(api: APIRequestContext): Promise<{ Authorization: string }> {
  const login = await api.post('/api/users/login', { data: SCALE_ADMIN })
  if (!login.ok()) throw new Error(`Signing in answered ${login.status()}: ${await login.text()}`)
  return { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
}

/** A client of the public address, nginx. */
export const throughNginx = (deployment: Deployment) => request.newContext({ baseURL: deployment.url })
