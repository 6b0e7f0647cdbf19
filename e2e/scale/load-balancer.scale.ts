// nginx with deploy/nginx.conf in front of the two instances: what it keeps, what it passes on, and an instance dying
// under steady traffic. Every request here goes through nginx.
import type { APIResponse } from '@playwright/test'

import { expect, test, throughNginx } from './deployment'
import { proxiedRequests, steadyLoad } from './load'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

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
    // From nginx's copy, fresh or (after a slow render of the other version: nginx keeps a copy a second) refreshing.
    const standard = await api.get(address)
    expect(standard.headers()['x-cache-status']).toMatch(/^(HIT|STALE|UPDATING)$/)
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

test('an instance killed under steady traffic: no request fails but those it was answering, and nginx sends those on', async ({
  deployment,
}) => {
  test.setTimeout(120_000)
  const b = `127.0.0.1:${deployment.instance('B').port}`
  // What reaches the instances whatever nginx keeps: the health check, search, the API; and cached pages.
  const paths = [
    '/api/health',
    `/ru/search?q=${encodeURIComponent('визит')}`,
    '/api/press-releases?locale=ru&limit=3&depth=0',
    '/kk/events',
    '/api/topics?locale=en&depth=0',
    '/ru',
  ]
  // Each instance renders each page once before the measured traffic (round robin: two requests a page).
  for (const path of [...paths, ...paths]) expect((await fetch(deployment.url + path)).status, path).toBe(200)
  let going = true
  const loadStarted = Date.now()
  const load = steadyLoad(deployment.url, paths, { clients: 8, keepGoing: () => going })
  const answeredByBSinceStart = () =>
    proxiedRequests(deployment.accessLog).filter(
      ({ at, upstreams }) => at >= loadStarted && upstreams.at(-1) === b,
    ).length
  // The kill takes a moment: from the signal sent to the process seen gone.
  let killedAt = 0
  let deadAt = 0
  try {
    // Killed in the middle of the traffic, once B has taken its part of it, however slow the machine.
    await expect.poll(answeredByBSinceStart, { timeout: 30_000, intervals: [250] }).toBeGreaterThanOrEqual(10)
    await pause(1_000)
    killedAt = Date.now()
    await deployment.kill('B')
    deadAt = Date.now()
    await pause(2_500)
  } finally {
    going = false
    const outcomes = await load
    try {
      const inFlight = outcomes.filter(({ sent, ended }) => sent <= deadAt && ended >= killedAt)
      const failed = outcomes.filter(({ status }) => status !== 200)
      const proxied = proxiedRequests(deployment.accessLog).filter(({ at }) => at >= loadStarted)
      const answeredByB = proxied.filter(({ at, upstreams }) => at < killedAt && upstreams.at(-1) === b)
      const retried = proxied.filter(({ upstreams }) => upstreams.length > 1)
      console.log(
        `Instance B killed under load: ${outcomes.length} requests through nginx in ` +
          `${((Date.now() - loadStarted) / 1000).toFixed(1)} s from 8 clients, ${answeredByB.length} answered by B ` +
          `before the kill; ${inFlight.length} in flight at the kill; ${failed.length} failed ` +
          `(${failed.map(({ path, status }) => `${path}: ${status}`).join('; ') || 'none'}); ` +
          `${retried.length} sent to B, found dead and answered by A`,
      )
      expect(answeredByB.length, 'B took its share before it was killed').toBeGreaterThan(0)
      expect(failed.filter((outcome) => !inFlight.includes(outcome))).toEqual([])
      // What nginx sent to B after it died went on to A: only a page B had begun to send could be lost.
      expect(
        proxied.filter(
          ({ at, status, upstreams }) => at >= killedAt && upstreams.includes(b) && status >= 500,
        ),
      ).toEqual([])
      expect(
        proxied.filter(({ startedAt, upstreams }) => startedAt > deadAt && upstreams.at(-1) === b),
      ).toEqual([])
    } finally {
      // The other scale tests need both instances.
      await deployment.restart('B')
    }
  }
})
