// nginx with deploy/nginx.conf in front of the two instances: what it keeps and what it passes on. Every request here
// goes through nginx.
import type { APIResponse } from '@playwright/test'

import { expect, test, throughNginx } from './deployment'

/** How many times a response carries a header (nginx adding a header the app already sent would make two). */
const count = (response: APIResponse, name: string) =>
  response.headersArray().filter((header) => header.name.toLowerCase() === name.toLowerCase()).length

test('nginx keeps public pages per version for the visually impaired, never the admin or the API, and passes the security headers on once', async ({
  deployment,
}) => {
  const api = await throughNginx(deployment)
  try {
    const address = '/ru/press-releases'
    await api.get(address)
    const cached = await api.get(address)
    expect(cached.status()).toBe(200)
    expect(cached.headers()['x-cache-status']).toBe('HIT')
    expect(cached.headers()['content-encoding']).toBe('gzip')
    expect(await cached.text()).not.toContain('data-contrast="high"')
    for (const name of [
      'Content-Security-Policy',
      'Strict-Transport-Security',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
    ]) {
      expect(count(cached, name), name).toBe(1)
    }
    expect(cached.headers()['server']).toBe('nginx')
    expect(cached.headers()['x-powered-by']).toBeUndefined()

    // The same address with the low-vision cookie is another page, kept apart from the standard one.
    const cookie = { Cookie: 'theme=dark; low-vision=150-high-shown' }
    const lowVision = await api.get(address, { headers: cookie })
    expect(lowVision.headers()['x-cache-status']).toBe('MISS')
    expect(await lowVision.text()).toContain('data-contrast="high"')
    expect((await api.get(address, { headers: cookie })).headers()['x-cache-status']).toBe('HIT')
    const standard = await api.get(address)
    expect(standard.headers()['x-cache-status']).toBe('HIT')
    expect(await standard.text()).not.toContain('data-contrast="high"')

    for (const path of ['/api/health', '/api/press-releases?locale=ru&limit=1&depth=0', '/admin/login']) {
      for (let round = 0; round < 2; round++) {
        const response = await api.get(path)
        expect(response.status(), path).toBe(200)
        expect(response.headers()['x-cache-status'], path).toBeUndefined()
        expect(count(response, 'Content-Security-Policy'), path).toBe(1)
      }
    }
    const health = await api.get('/api/health')
    expect(await health.json()).toEqual({ status: 'ok', database: 'ok' })
    expect(health.headers()['cache-control']).toBe('no-store')
  } finally {
    await api.dispose()
  }
})
